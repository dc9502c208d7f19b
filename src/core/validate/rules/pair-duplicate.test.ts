import { describe, expect, it } from 'vitest';
import { bundleOf, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';
import { word } from '../../word.js';
import { checkRules } from '../index.js';

const copy = { id: 'p2', mentor: 'm1', mentee: 'e1', competencies: ['negotiation'], start: '2026-03-02' };

describe('pair-duplicate', () => {
  it('reports the later of two pairs of the same mentor and mentee that overlap, at its mentee, in English and Polish', () => {
    const yaml = programmeYaml((d) => {
      d.people.pairs.push(copy);
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'pair-duplicate');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'pair-duplicate', severity: 'warning', path: 'people.pairs[id=p2].mentee' });
    expect(textAt(yaml, d)).toBe('e1');
    expect(d!.message).toBe('Pairs `p1` and `p2` join mentor `m1` and mentee `e1` at the same time.');
    const [finding] = checkRules(bundleOf({ programme: yaml }), '2026-11-27').filter((f) => f.ruleId === 'pair-duplicate');
    expect(word(finding!, 'pl').message).toBe('Pary `p1` i `p2` łączą w tym samym czasie mentora `m1` i mentee `e1`.');
  });

  it('counts a pair to its end, both days included, or to the end of the programme', () => {
    const sameDay = programmeYaml((d) => {
      d.people.pairs[0].end = '2026-03-02';
      d.people.pairs.push(copy);
    });
    expect(diagnosticsOf(sameDay, 'pair-duplicate')).toHaveLength(1);
    // Listed first but starting first: the pair listed after it is the later one.
    const before = programmeYaml((d) => {
      d.people.pairs.unshift({ ...copy, start: '2026-01-19' });
    });
    expect(diagnosticsOf(before, 'pair-duplicate').map((f) => f.path)).toEqual(['people.pairs[id=p1].mentee']);
    // A long first pair overlaps a third one even past the second pair's end.
    const long = programmeYaml((d) => {
      d.people.pairs.push({ ...copy, end: '2026-03-09' }, { ...copy, id: 'p3', start: '2026-04-06' });
    });
    expect(diagnosticsOf(long, 'pair-duplicate').map((f) => f.message)).toEqual(['Pairs `p1` and `p2` join mentor `m1` and mentee `e1` at the same time.', 'Pairs `p1` and `p3` join mentor `m1` and mentee `e1` at the same time.']);
  });

  it('accepts the same two people again after the first pair ended, and a mentee with two mentors', () => {
    const again = programmeYaml((d) => {
      d.people.pairs[0].end = '2026-02-27';
      d.people.pairs[0].endReason = 'workload';
      d.people.pairs.push(copy);
    });
    expect(diagnosticsOf(again, 'pair-duplicate')).toEqual([]);
    const twoMentors = programmeYaml((d) => {
      d.people.mentors.push({ id: 'm2', name: 'Max Senior', capacity: 1, lineManager: 'sp1', levels: { negotiation: 5 }, preparation: [{ module: 'role', completed: '2026-01-12' }] });
      d.people.pairs.push({ ...copy, mentor: 'm2' });
    });
    expect(diagnosticsOf(twoMentors, 'pair-duplicate')).toEqual([]);
  });
});
