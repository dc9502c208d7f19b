import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('record-in-future', () => {
  it('reports a record dated after today, at the date', () => {
    const records = recordsYaml('sessions:\n  - pair: p1\n    date: 2026-03-02\n    minutes: 60\n');
    const [d, ...rest] = diagnosticsOf({ programme: baseProgrammeYaml, records: { 'records/2026-03.yaml': records } }, 'record-in-future', '2026-03-01');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'record-in-future', severity: 'error', file: 'records/2026-03.yaml', path: 'sessions[0].date', start: { line: 6, column: 11 } });
    expect(textAt(records, d)).toBe('2026-03-02');
    expect(d!.message).toBe('Record dated 2026-03-02 is in the future (today is 2026-03-01).');
  });

  it('accepts a record dated today', () => {
    const records = recordsYaml('kpiValues:\n  - { kpi: k1, date: 2026-03-01, value: 0.4 }\n');
    expect(diagnosticsOf({ programme: baseProgrammeYaml, records: { 'r.yaml': records } }, 'record-in-future', '2026-03-01')).toEqual([]);
  });
});
