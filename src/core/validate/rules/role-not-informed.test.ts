import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('role-not-informed', () => {
  it('reports a defined role that neither receives nor sends anything before kick-off, at its id', () => {
    const yaml = programmeYaml((d) => {
      d.roles.push({ id: 'consultant', name: 'Consultant' });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'role-not-informed');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', path: 'roles[id=consultant].id' });
    expect(textAt(yaml, d)).toMatch(/^consultant/);
    expect(d!.message).toBe('Role `consultant` hears nothing about the programme before kick-off (2026-01-19).');
  });

  it('counts senders and any purpose, but not messages on or after kick-off', () => {
    const yaml = programmeYaml((d) => {
      d.roles.push({ id: 'consultant', name: 'Consultant' }, { id: 'finance', name: 'Finance' });
      d.communications.push(
        { id: 'c', when: { milestone: 'kick-off', offsetDays: -1 }, from: 'consultant', to: ['mentor'], channel: 'email', purpose: 'information' },
        { id: 'f', when: { milestone: 'kick-off' }, from: 'hr-owner', to: ['finance'], channel: 'email', purpose: 'information' },
      );
    });
    expect(diagnosticsOf(yaml, 'role-not-informed').map((d) => d.path)).toEqual(['roles[id=finance].id']);
  });

  it('asks nothing of the HR owner, who keeps the plan, nor of roles the programme does not define', () => {
    expect(diagnosticsOf(baseProgrammeYaml, 'role-not-informed')).toEqual([]);
    const noLineManagers = programmeYaml((d) => {
      d.roles = d.roles.filter((r: { id: string }) => r.id !== 'line-manager');
      d.communications[0].to = ['mentor', 'mentee'];
    });
    expect(diagnosticsOf(noLineManagers, 'role-not-informed')).toEqual([]);
  });

  it('does nothing without a kick-off milestone', () => {
    const yaml = programmeYaml((d) => {
      d.roles.push({ id: 'consultant', name: 'Consultant' });
      d.process.milestones[0].id = 'start';
      d.communications[0].when.milestone = 'start';
    });
    expect(diagnosticsOf(yaml, 'role-not-informed')).toEqual([]);
  });
});
