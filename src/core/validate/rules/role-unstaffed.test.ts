import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('role-unstaffed', () => {
  it('reports a sponsor role with no people, at its empty staffedBy', () => {
    const yaml = programmeYaml((d) => {
      d.roles[4].staffedBy = [];
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'role-unstaffed');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'role-unstaffed', severity: 'error', path: 'roles[id=sponsor].staffedBy' });
    expect(textAt(yaml, d)).toBe('[]');
  });

  it('reports an HR owner role without staffedBy at its id, and a missing sponsor role at `roles`', () => {
    const yaml = programmeYaml((d) => {
      delete d.roles[3].staffedBy;
      d.roles.splice(4, 1);
    });
    const found = diagnosticsOf(yaml, 'role-unstaffed');
    expect(found.map((d) => [d.path, textAt(yaml, d)])).toEqual([
      ['roles[id=hr-owner].id', 'hr-owner'],
      ['roles', 'roles:'],
    ]);
    expect(found[1]!.message).toBe('Role `sponsor` has no one staffing it.');
  });

  it('accepts staffed HR owner and sponsor roles', () => {
    expect(diagnosticsOf(programmeYaml(), 'role-unstaffed')).toEqual([]);
  });
});
