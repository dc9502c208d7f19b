import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

const addMentee = (d: Record<string, any>, id: string): void => {
  d.people.mentees.push({ id, name: `Mentee ${id}`, competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });
};

describe('mentor-over-capacity', () => {
  it('reports the pair whose start takes the mentor over capacity, at its start', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].capacity = 1;
      addMentee(d, 'e2');
      d.people.pairs.push({ id: 'p2', mentor: 'm1', mentee: 'e2', competencies: ['negotiation'], start: '2026-03-02' });
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'mentor-over-capacity');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'mentor-over-capacity', severity: 'error', path: 'people.pairs[id=p2].start' });
    expect(textAt(yaml, d)).toBe('2026-03-02');
    expect(d!.message).toBe('Mentor `m1` has 2 pairs at once (from 2026-03-02); capacity is 1.');
  });

  it('counts a pair ending the day another starts as overlapping it', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].capacity = 1;
      d.people.pairs[0].end = '2026-03-02';
      addMentee(d, 'e2');
      d.people.pairs.push({ id: 'p2', mentor: 'm1', mentee: 'e2', competencies: ['negotiation'], start: '2026-03-02' });
    });
    expect(diagnosticsOf(yaml, 'mentor-over-capacity')).toHaveLength(1);
  });

  it('accepts pairs that follow each other, and pairs within capacity', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].capacity = 2;
      d.people.pairs[0].end = '2026-03-01';
      for (const [id, start] of [['e2', '2026-03-02'], ['e3', '2026-03-09'], ['e4', '2026-04-01']] as const) {
        addMentee(d, id);
        d.people.pairs.push({ id: `p-${id}`, mentor: 'm1', mentee: id, competencies: ['negotiation'], start, ...(id === 'e2' ? { end: '2026-03-31' } : {}) });
      }
    });
    expect(diagnosticsOf(yaml, 'mentor-over-capacity')).toEqual([]);
  });

  // Speed is measured by `npm run bench`, not asserted here: a timed test fails on a busy runner.
  it('counts overlaps correctly with thousands of pairs for one mentor', () => {
    const yaml = programmeYaml((d) => {
      d.people.mentors[0].capacity = 20;
      for (let i = 0; i < 3000; i++) {
        addMentee(d, `x${i}`);
        const day = String(1 + (i % 28)).padStart(2, '0');
        d.people.pairs.push({ id: `px${i}`, mentor: 'm1', mentee: `x${i}`, competencies: ['negotiation'], start: `2026-02-${day}`, end: `2026-03-${day}` });
      }
    });
    const found = diagnosticsOf(yaml, 'mentor-over-capacity');
    // About 107 pairs start on 2026-02-01 alone, so the 21st of them is the first over capacity 20.
    expect(found[0]!.message).toBe('Mentor `m1` has 21 pairs at once (from 2026-02-01); capacity is 20.');
    expect(found.every((d) => d.message.startsWith('Mentor `m1` has '))).toBe(true);
  });
});
