import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('buy-in-missing', () => {
  it('warns when a buy-in message misses a role, at the communications key', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].to = ['mentor'];
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'buy-in-missing');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'buy-in-missing', severity: 'warning', path: 'communications' });
    expect(textAt(yaml, d)).toBe('communications:');
    expect(d!.message).toBe('No buy-in message reaches `line-manager`, `mentee` before kick-off (2026-01-19).');
  });

  it('does not count a message dated on or after kick-off, or one with another purpose', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].when = { milestone: 'kick-off' };
      d.communications.push({ id: 'info', when: { date: '2026-01-10' }, from: 'hr-owner', to: ['line-manager', 'mentor', 'mentee'], channel: 'email', purpose: 'information' });
    });
    expect(diagnosticsOf(yaml, 'buy-in-missing')).toHaveLength(1);
  });

  it('points at the kick-off date when there is no communication plan', () => {
    const yaml = programmeYaml((d) => {
      delete d.communications;
    });
    const [d] = diagnosticsOf(yaml, 'buy-in-missing');
    expect(d).toMatchObject({ path: 'process.milestones[id=kick-off].date' });
    expect(textAt(yaml, d)).toBe('2026-01-19');
  });

  it('accepts buy-in spread over several messages with fixed dates and offsets', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].to = ['mentor', 'mentee'];
      d.communications.push({ id: 'lm', when: { date: '2026-01-05' }, from: 'hr-owner', to: ['line-manager'], channel: 'meeting', purpose: 'buy-in' });
    });
    expect(diagnosticsOf(yaml, 'buy-in-missing')).toEqual([]);
  });

  it('demands only the roles the programme defines', () => {
    const community = programmeYaml((d) => {
      d.roles = d.roles.filter((r: { id: string }) => r.id !== 'line-manager');
      d.communications[0].to = ['mentor', 'mentee'];
      d.people.mentees[0].lineManager = undefined;
      delete d.people.mentees[0].lineManager;
    });
    expect(diagnosticsOf(community)).toEqual([]);
    const missingMentee = programmeYaml((d) => {
      d.roles = d.roles.filter((r: { id: string }) => r.id !== 'line-manager');
      d.communications[0].to = ['mentor'];
    });
    expect(diagnosticsOf(missingMentee, 'buy-in-missing')).toMatchObject([{ message: 'No buy-in message reaches `mentee` before kick-off (2026-01-19).' }]);
  });

  it('reports a message to a role the programme does not define as an unknown role, and only that', () => {
    const yaml = programmeYaml((d) => {
      d.roles = d.roles.filter((r: { id: string }) => r.id !== 'line-manager');
    });
    const found = diagnosticsOf(yaml);
    expect(found.map((d) => [d.ruleId, d.path])).toEqual([['unknown-reference', 'communications[id=buy-in].to[0]']]);
    expect(found[0]!.message).toBe('`communications[id=buy-in].to[0]` refers to role `line-manager`, which is not defined.');
  });
});
