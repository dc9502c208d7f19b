import { describe, expect, it } from 'vitest';
import { checkRules } from '../index.js';
import { bundleOf, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';
import { mondayOf } from './role-overloaded.js';

const busyWeek = programmeYaml((d) => {
  d.communications.push(
    { id: 'a', when: { date: '2026-01-13' }, from: 'hr-owner', to: ['mentee'], channel: 'email', purpose: 'information' },
    { id: 'b', when: { date: '2026-01-18' }, from: 'hr-owner', to: ['mentor', 'mentee'], channel: 'email', purpose: 'information' },
    { id: 'c', when: { date: '2026-01-14' }, from: 'hr-owner', to: ['mentee'], channel: 'email', purpose: 'reminder' },
    { id: 'next-week', when: { date: '2026-01-19' }, from: 'hr-owner', to: ['mentee'], channel: 'email', purpose: 'reminder' },
  );
});

describe('role-overloaded', () => {
  it('reports a role over three messages in one Monday-to-Sunday week, at the first one over the limit', () => {
    const [d, ...rest] = diagnosticsOf(busyWeek, 'role-overloaded');
    expect(rest).toEqual([]);
    // By date: buy-in (12th), a (13th), c (14th), b (18th): b is the fourth.
    expect(d).toMatchObject({ severity: 'warning', path: 'communications[id=b].to[1]' });
    expect(textAt(busyWeek, d)).toMatch(/^mentee/);
    expect(d!.message).toBe('Role `mentee` receives 4 messages in the week of 2026-01-12 (at most 3).');
  });

  it('takes the limit from the settings (comms.maxMessagesPerWeek)', () => {
    const bundle = bundleOf({ programme: busyWeek });
    expect(checkRules(bundle, '2026-11-27', { maxMessagesPerWeek: 4 }).filter((f) => f.ruleId === 'role-overloaded')).toEqual([]);
    expect(checkRules(bundle, '2026-11-27', { maxMessagesPerWeek: 1 }).filter((f) => f.ruleId === 'role-overloaded').map((f) => f.params['role']).sort()).toEqual(['mentee', 'mentor']);
  });

  it('counts each occurrence of a recurring message', () => {
    const yaml = programmeYaml((d) => {
      d.communications.push({ id: 'daily', when: { date: '2026-02-02' }, every: { weeks: 1 }, from: 'hr-owner', to: ['mentor'], channel: 'chat', purpose: 'reminder' });
      d.communications.push({ id: 'x', when: { date: '2026-02-03' }, from: 'hr-owner', to: ['mentor'], channel: 'chat', purpose: 'reminder' });
    });
    expect(diagnosticsOf(yaml, 'role-overloaded')).toEqual([]);
  });

  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-01-12')).toBe('2026-01-12');
    expect(mondayOf('2026-01-18')).toBe('2026-01-12');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
  });
});
