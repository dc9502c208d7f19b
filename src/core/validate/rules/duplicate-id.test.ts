import { describe, expect, it } from 'vitest';
import { diagnosticsOf, peopleYaml, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('duplicate-id', () => {
  it('reports the second goal with the same id, at its id, naming the first line', () => {
    const yaml = programmeYaml((d) => {
      d.goals.push({ id: 'g1', name: 'Grow key accounts' });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'duplicate-id');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'duplicate-id', severity: 'error', path: 'goals[1].id' });
    expect(d!.start.line).toBeGreaterThan(yaml.split('\n').indexOf('  - id: g1') + 1);
    expect(textAt(yaml, d)).toBe('g1');
    expect(d!.message).toBe('Duplicate id `g1` in `goals`.');
    expect(d!.hint).toContain(`line ${yaml.split('\n').indexOf('  - id: g1') + 1}.`);
  });

  it('keeps ids unique within each people list, across files', () => {
    const yaml = programmeYaml();
    const people = peopleYaml('staff:\n  - id: hr1\n    name: Hanna Reed\n');
    const [d, ...rest] = diagnosticsOf({ programme: yaml, people: { 'people.yaml': people } }, 'duplicate-id');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'people.yaml', path: 'staff[id=hr1].id', start: { line: 5, column: 9 }, message: 'Duplicate id `hr1` in `staff`.' });
    expect(textAt(people, d)).toBe('hr1');
    expect(d!.hint).toContain('of `programme.yaml`');
  });

  it('tells one person listed twice (same id and name) to keep one entry, and two people sharing an id to rename one', () => {
    const yaml = programmeYaml();
    const twice = peopleYaml('staff:\n  - id: hr1\n    name: Hanna  reed\n');
    const [same] = diagnosticsOf({ programme: yaml, people: { 'plant-b.yaml': twice } }, 'duplicate-id');
    expect(same!.hint).toMatch(/^Hanna {2}reed is already listed at line \d+ of `programme.yaml`: one person is listed once, so keep one entry \(with what the other adds\) and delete the other\.$/);
    const other = peopleYaml('staff:\n  - id: hr1\n    name: Harry Rees\n');
    const [two] = diagnosticsOf({ programme: yaml, people: { 'plant-b.yaml': other } }, 'duplicate-id');
    expect(two!.hint).toMatch(/Ids must be unique: rename one\.$/);
  });

  it('lets one person be staff, mentor and mentee under one id', () => {
    const people = peopleYaml('mentees:\n  - id: m1\n    name: Maria Mentor\n    competencies: [{ competency: negotiation, baseline: 1, target: 3 }]\n');
    expect(diagnosticsOf({ programme: programmeYaml(), people: { 'people.yaml': people } }, 'duplicate-id')).toEqual([]);
  });

  it("reports a competency listed twice in one mentee's plan, at the second entry", () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees[0].competencies.push({ competency: 'negotiation', baseline: 1, target: 5 });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'duplicate-id');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'people.mentees[id=e1].competencies[1].competency' });
    expect(d!.message).toBe('`competency: negotiation` is listed twice in `mentees[id=e1].competencies`.');
    expect(d!.hint).toMatch(/^It is first listed at line \d+\. Each `competency` is listed there once: fix the value of this entry, or delete it\.$/);
    expect(textAt(yaml, d)).toBe('negotiation');
  });

  it('reports a preparation module recorded twice for one mentor', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].preparation.push({ module: 'role', completed: '2026-01-13' });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'duplicate-id');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'people.mentors[id=m1].preparation[1].module' });
  });

  it('reports a repeated scale level at the level', () => {
    const yaml = programmeYaml((d) => {
      d.scales[0].levels[2].level = 2;
    });
    const found = diagnosticsOf(yaml).filter((x) => x.ruleId !== 'competency-unused');
    expect(found.map((x) => x.ruleId)).toEqual(['duplicate-id']);
    expect(found[0]).toMatchObject({ path: 'scales[id=s5].levels[2].level' });
    expect(textAt(yaml, found[0])).toBe('2');
    // A level is a number on the scale, not an id to rename.
    expect(found[0]!.message).toBe('`level: 2` is listed twice in `scales[id=s5].levels`.');
    expect(found[0]!.hint).not.toContain('rename');
  });

  it('checks pairs, milestones, KPIs and communications too', () => {
    const yaml = programmeYaml((d) => {
      d.people.pairs.push({ ...d.people.pairs[0] });
      d.process.milestones.push({ ...d.process.milestones[1] });
      d.kpis.push({ ...d.kpis[0] });
      d.communications.push({ ...d.communications[0] });
    });
    const paths = diagnosticsOf(yaml, 'duplicate-id').map((x) => x.path);
    expect(paths.sort()).toEqual(['communications[1].id', 'kpis[1].id', 'people.pairs[1].id', 'process.milestones[2].id']);
  });

  it('accepts unique ids', () => {
    expect(diagnosticsOf(programmeYaml(), 'duplicate-id')).toEqual([]);
  });
});
