import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, peopleYaml, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('programme-mismatch', () => {
  it('reports a records file of another programme, at its `programme` value', () => {
    const records = recordsYaml('sessions: []\n', 'other');
    const [d, ...rest] = diagnosticsOf({ programme: baseProgrammeYaml, records: { 'records/2026-02.yaml': records } }, 'programme-mismatch');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'programme-mismatch', severity: 'error', file: 'records/2026-02.yaml', path: 'programme', start: { line: 3, column: 12 } });
    expect(textAt(records, d)).toBe('other');
    expect(d!.message).toBe('This file belongs to programme `other`, but it is included by `demo`.');
  });

  it('accepts people and records files of this programme', () => {
    const files = { programme: baseProgrammeYaml, people: { 'people.yaml': peopleYaml('staff: []\n') }, records: { 'records.yaml': recordsYaml('sessions: []\n') } };
    expect(diagnosticsOf(files, 'programme-mismatch')).toEqual([]);
  });
});
