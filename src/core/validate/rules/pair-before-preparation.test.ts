import { describe, expect, it } from 'vitest';
import { bundleOf, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';
import { word } from '../../word.js';
import { checkRules } from '../index.js';

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

  it('reports a pair once, naming every module its mentor had not finished, each with its date or none', () => {
    const yaml = programmeYaml((d) => {
      d.preparation.modules.push({ id: 'ethics', name: 'Ethics', hours: 2 }, { id: 'feedback', name: 'Feedback', hours: 2 });
      d.people.mentors[0].preparation.push({ module: 'feedback', completed: '2026-02-09' });
    });
    const found = diagnosticsOf(yaml, 'pair-before-preparation');
    expect(found.map((f) => f.path)).toEqual(['people.pairs[id=p1].start']);
    expect(found[0]!.message).toBe('Pair `p1` starts 2026-01-26, before mentor `m1` finished 2 preparation modules: `ethics` (no record), `feedback` (finished 2026-02-09).');
    const polish = checkRules(bundleOf({ programme: yaml }), '2026-11-27').filter((f) => f.ruleId === 'pair-before-preparation').map((f) => word(f, 'pl').message);
    expect(polish).toEqual([
      'Para `p1` startuje 2026-01-26, przed ukończeniem przez mentora `m1` 2 modułów przygotowania: `ethics` (brak zapisu), `feedback` (ukończony 2026-02-09).',
    ]);
  });

  it('accepts optional modules without a record and completion on the start day', () => {
    const yaml = programmeYaml((d) => {
      d.preparation.modules.push({ id: 'ethics', name: 'Ethics', hours: 2, required: false });
      d.people.mentors[0].preparation[0].completed = '2026-01-26';
    });
    expect(diagnosticsOf(yaml, 'pair-before-preparation')).toEqual([]);
  });
});
