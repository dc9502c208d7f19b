import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

const programme = programmeYaml();

describe('session-duplicate', () => {
  it('reports a session copied into a second file, naming where it was first recorded', () => {
    const february = recordsYaml('sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n');
    const march = recordsYaml('sessions:\n  - { pair: p1, date: 2026-03-09, minutes: 60 }\n  - { pair: p1, date: 2026-02-09, minutes: 60, topic: Copied }\n');
    const [d, ...rest] = diagnosticsOf({ programme, records: { 'records/2026-02.yaml': february, 'records/2026-03.yaml': march } }, 'session-duplicate');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'session-duplicate', severity: 'error', file: 'records/2026-03.yaml', path: 'sessions[1].date' });
    expect(textAt(march, d)).toMatch(/^2026-02-09/);
    expect(d!.message).toBe('Session of pair `p1` on 2026-02-09 (60 min) is recorded twice.');
    expect(d!.hint).toBe('It is first recorded at line 5 of `records/2026-02.yaml`. Delete the copy, or record two sessions on one day as one.');
  });

  it('tells sessions apart by pair, date and minutes', () => {
    const records = recordsYaml('sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  - { pair: p1, date: 2026-02-09, minutes: 30 }\n  - { pair: p1, date: 2026-02-10, minutes: 60 }\n');
    expect(diagnosticsOf({ programme, records: { 'r.yaml': records } }, 'session-duplicate')).toEqual([]);
  });
});
