import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

const programme = programmeYaml((d) => {
  d.people.pairs[0].end = '2026-05-15';
});
const sessions = (...dates: string[]): string => recordsYaml(`sessions:\n${dates.map((date) => `  - { pair: p1, date: ${date}, minutes: 60 }\n`).join('')}`);

describe('session-outside-pair', () => {
  it('reports a session before the pair starts, at its date', () => {
    const records = sessions('2026-01-20');
    const [d, ...rest] = diagnosticsOf({ programme, records: { 'records/2026-01.yaml': records } }, 'session-outside-pair');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'session-outside-pair', severity: 'error', file: 'records/2026-01.yaml', path: 'sessions[0].date' });
    expect(textAt(records, d)).toBe('2026-01-20, minutes: 60 }');
    expect(d!.message).toBe('Session of pair `p1` on 2026-01-20 is before the pair starts (2026-01-26).');
  });

  it('reports a session after the pair ended', () => {
    const [d, ...rest] = diagnosticsOf({ programme, records: { 'r.yaml': sessions('2026-05-15', '2026-05-18') } }, 'session-outside-pair');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'sessions[1].date', message: 'Session of pair `p1` on 2026-05-18 is after the pair ended (2026-05-15).' });
  });

  it("accepts sessions on the pair's first and last day, and any date of a pair without an end", () => {
    expect(diagnosticsOf({ programme, records: { 'r.yaml': sessions('2026-01-26', '2026-05-15') } }, 'session-outside-pair')).toEqual([]);
    expect(diagnosticsOf({ programme: programmeYaml(), records: { 'r.yaml': sessions('2026-06-29') } }, 'session-outside-pair')).toEqual([]);
  });
});
