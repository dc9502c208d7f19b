import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('kick-off-missing', () => {
  it('says which checks could not run when no milestone is `kick-off`, at the milestones key', () => {
    const yaml = programmeYaml((d) => {
      d.process.milestones[0].id = 'launch';
      d.communications[0].when.milestone = 'launch';
    });
    const [d, ...rest] = diagnosticsOf(yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'kick-off-missing', severity: 'error', path: 'process.milestones' });
    expect(textAt(yaml, d)).toBe('milestones:');
    expect(d!.message).toBe('No milestone has the id `kick-off`, so these checks could not run: `buy-in-missing`.');
    expect(d!.hint).toContain('the milestones now: `launch`, `closing`.');
  });

  it('is quiet when the process has a kick-off', () => {
    expect(diagnosticsOf(programmeYaml(), 'kick-off-missing')).toEqual([]);
  });
});
