import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('pair-self-mentoring', () => {
  it('reports a pair whose mentor is its own mentee, at the mentee', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentees.push({ id: 'm1', name: 'Maria Mentor', competencies: [{ competency: 'negotiation', baseline: 3, target: 4 }] });
      d.people.pairs.push({ id: 'p2', mentor: 'm1', mentee: 'm1', competencies: ['negotiation'], start: '2026-02-02' });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'pair-self-mentoring');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'pair-self-mentoring', severity: 'error', path: 'people.pairs[id=p2].mentee' });
    expect(textAt(yaml, d)).toBe('m1');
    expect(d!.message).toBe('Pair `p2`: `m1` cannot mentor themselves.');
  });

  it('accepts a mentor who is mentored by someone else', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors.push({ id: 'm2', name: 'Max Senior', capacity: 1, levels: { negotiation: 5 } });
      d.people.mentees.push({ id: 'm1', name: 'Maria Mentor', competencies: [{ competency: 'negotiation', baseline: 3, target: 5 }] });
      d.people.pairs.push({ id: 'p2', mentor: 'm2', mentee: 'm1', competencies: ['negotiation'], start: '2026-02-02' });
    });
    expect(diagnosticsOf(yaml, 'pair-self-mentoring')).toEqual([]);
  });
});
