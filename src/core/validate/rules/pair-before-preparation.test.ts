import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('pair-before-preparation', () => {
  it('reports a pair that starts before its mentor finished a module, at the start', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].preparation[0].completed = '2026-02-02';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'pair-before-preparation');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'pair-before-preparation', severity: 'error', path: 'people.pairs[id=p1].start' });
    expect(textAt(yaml, d)).toBe('2026-01-26');
    expect(d!.message).toBe('Pair `p1` starts 2026-01-26, before mentor `m1` finished module `role` (2026-02-02).');
  });

  it('reports a required module with no record (modules are required by default)', () => {
    const yaml = programmeYaml((d) => {
      d.preparation.modules.push({ id: 'ethics', name: 'Ethics', hours: 2 });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'pair-before-preparation');
    expect(rest).toEqual([]);
    expect(d!.message).toBe('Pair `p1` starts 2026-01-26, but mentor `m1` has no record of module `ethics`.');
  });

  it('accepts optional modules without a record and completion on the start day', () => {
    const yaml = programmeYaml((d) => {
      d.preparation.modules.push({ id: 'ethics', name: 'Ethics', hours: 2, required: false });
      d.people.mentors[0].preparation[0].completed = '2026-01-26';
    });
    expect(diagnosticsOf(yaml, 'pair-before-preparation')).toEqual([]);
  });
});
