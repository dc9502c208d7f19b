import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('message-after-milestone', () => {
  it('reports buy-in on or after kick-off, at what decides the date', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].when = { milestone: 'kick-off' };
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'message-after-milestone');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', path: 'communications[id=buy-in].when.milestone' });
    expect(textAt(yaml, d)).toMatch(/^kick-off/);
    expect(d!.message).toBe('Message `buy-in` (`buy-in`) goes out on 2026-01-19, not before `kick-off` (2026-01-19), which it prepares.');
  });

  it('holds the early steps to kick-off and an assessment reminder to its milestone', () => {
    const yaml = programmeYaml((d) => {
      d.communications.push(
        { id: 'pairs', step: 'pairing-announcement', when: { date: '2026-01-20' }, from: 'hr-owner', to: ['mentee', 'mentor'], channel: 'email', purpose: 'information' },
        { id: 'assess', step: 'assessment-reminder', when: { milestone: 'closing', offsetDays: 2 }, from: 'hr-owner', to: ['mentor'], channel: 'email', purpose: 'reminder' },
        { id: 'thanks', when: { milestone: 'kick-off', offsetDays: 30 }, from: 'sponsor', to: ['mentor'], channel: 'email', purpose: 'celebration' },
      );
    });
    expect(diagnosticsOf(yaml, 'message-after-milestone').map((d) => d.path)).toEqual(['communications[id=pairs].when.date', 'communications[id=assess].when.offsetDays']);
  });

  it('checks every occurrence of a recurring buy-in message', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].every = { weeks: 1, until: { milestone: 'kick-off', offsetDays: 7 } };
    });
    expect(diagnosticsOf(yaml, 'message-after-milestone')[0]!.message).toContain('goes out on 2026-01-19');
    expect(diagnosticsOf(baseProgrammeYaml, 'message-after-milestone')).toEqual([]);
  });
});
