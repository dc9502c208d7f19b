import { describe, expect, it } from 'vitest';
import { mixDeviationFromNorm, parseAnswers, parseMix, resolveAnswers } from './answers.js';

const context = { defaults: { name: 'Key account mentoring {year}', weeks: 24 }, locale: 'en' as const, yes: false, today: '2026-11-27', placeholderOrganisation: '(fill in: organisation)' };

describe('parseAnswers', () => {
  it('reads every kind of answer, own goals and competencies inline', () => {
    const { input, problems } = parseAnswers({
      dir: 'acme',
      organisation: 'Acme',
      start: '2027-01-11',
      weeks: 30,
      mix: '65/25/10',
      goals: ['g1', { name: 'Own goal' }],
      competencies: [{ name: 'Own competency', importance: 'tactical' }],
      kpis: 'a, b',
    });
    expect(problems).toEqual({ unknown: [], invalid: [] });
    expect(input).toEqual({
      dir: 'acme',
      organisation: 'Acme',
      start: '2027-01-11',
      weeks: 30,
      mix: { experience: 65, social: 25, formal: 10 },
      goals: ['g1'],
      customGoals: [{ name: 'Own goal', at: 'goals[1]' }],
      competencies: [],
      customCompetencies: [{ name: 'Own competency', importance: 'tactical', at: 'competencies[0]' }],
      kpis: ['a', 'b'],
      selectedAt: { goals: ['goals[0]'], competencies: [], kpis: ['kpis[0]', 'kpis[1]'] },
    });
  });

  it('names unknown keys and wrong values', () => {
    const { problems } = parseAnswers({ orgnisation: 'x', weeks: 3, start: '2027-02-30', locale: 'de', competencies: [{ name: 'No importance' }] });
    expect(problems.unknown).toEqual(['orgnisation']);
    expect(problems.invalid.map((p) => p.key)).toEqual(['weeks', 'start', 'locale', 'competencies[0].importance']);
  });

  it('names a mistyped key of an own goal or competency by its place, with what it probably meant', () => {
    const { problems } = parseAnswers({ goals: [{ name: 'G', descripton: 'x' }], competencies: ['c1', { name: 'C', importance: 'strategic', goal: 7, id: 'not an id' }] });
    expect(problems.unknown).toEqual([]);
    expect(problems.invalid).toEqual([
      { key: 'goals[0].descripton', expected: { kind: 'no-such-key', allowed: ['id', 'name', 'description'], suggestion: 'description' } },
      { key: 'competencies[1].id', expected: { kind: 'id' } },
      { key: 'competencies[1].goal', expected: { kind: 'goal-id' } },
    ]);
  });
});

describe('parseAnswers: a competency\'s default target', () => {
  it('takes the level a new mentee aims at (what `mentor select` measures gaps to), and names one that is not a whole number', () => {
    const ok = parseAnswers({ competencies: [{ name: 'Planowanie tras', importance: 'strategic', defaultTarget: 3 }] });
    expect(ok.problems.invalid).toEqual([]);
    expect(ok.input.customCompetencies?.[0]?.defaultTarget).toBe(3);
    const wrong = parseAnswers({ competencies: [{ name: 'WMS', importance: 'tactical', defaultTarget: 'high' }] });
    expect(wrong.problems.invalid).toEqual([{ key: 'competencies[0].defaultTarget', expected: { kind: 'whole', min: 0, max: 100 } }]);
  });
});

describe('resolveAnswers', () => {
  it('puts the start year into a name that still says {year}, including an accepted dialogue default', () => {
    const result = resolveAnswers({ dir: 'acme', organisation: 'Acme', start: '2027-03-01', name: 'Mentoring {year}' }, context);
    expect('answers' in result && result.answers.name).toBe('Mentoring 2027');
  });

  it('lists what has no default: the folder and the organisation', () => {
    expect(resolveAnswers({}, context)).toEqual({ missing: ['dir', 'organisation'] });
  });

  it('accepts a marked placeholder for the organisation with --yes', () => {
    const result = resolveAnswers({ dir: 'clients/Acme Sales' }, { ...context, yes: true });
    expect(result).toMatchObject({ answers: { id: 'acme-sales', organisation: '(fill in: organisation)', name: 'Key account mentoring 2026', phase: 'pilot', start: '2026-12-14', weeks: 24 } });
  });

  it('takes the start year into the default name, and cadence from two answers', () => {
    const result = resolveAnswers({ dir: 'x', organisation: 'A', start: '2027-03-01', sessionMinutes: 45 }, context);
    expect(result).toMatchObject({ answers: { name: 'Key account mentoring 2027', cadence: { minutes: 45 } } });
  });
});

describe('learning mix', () => {
  it('reads 70/20/10 in several spellings and refuses sums other than 100', () => {
    expect(parseMix('70/20/10')).toEqual({ experience: 70, social: 20, formal: 10 });
    expect(parseMix('70:20:10')).toEqual(parseMix('70, 20, 10'));
    expect(parseMix('70/20/20')).toBeUndefined();
    expect(mixDeviationFromNorm({ experience: 55, social: 35, formal: 10 })).toBe(15);
  });
});

describe('parseAnswers: the people of a brief', () => {
  it('reads the HR owner and sponsor as a name or a person, line managers, pairs and the preparation day', () => {
    const { input, problems } = parseAnswers({
      hrOwner: 'Joanna Kowal',
      sponsor: { name: 'Maria Zając', title: 'CTO' },
      lineManagers: [{ name: 'Ewa Sowa', department: 'Backend' }],
      pairs: [{ mentor: 'Piotr Wrona', mentee: 'mentee-01' }],
      mentorsPrepared: '2027-01-22',
    });
    expect(problems).toEqual({ unknown: [], invalid: [] });
    expect(input).toEqual({
      hrOwner: 'Joanna Kowal',
      sponsor: { name: 'Maria Zając', title: 'CTO' },
      lineManagers: [{ name: 'Ewa Sowa', department: 'Backend' }],
      pairs: [{ mentor: 'Piotr Wrona', mentee: 'mentee-01' }],
      mentorsPrepared: '2027-01-22',
    });
  });

  it('names each wrong value by its key', () => {
    const { problems } = parseAnswers({ sponsor: { title: 'CTO' }, lineManagers: ['Ewa Sowa'], pairs: [{ mentor: 'x' }], mentorsPrepared: 'January' });
    expect(problems.invalid).toEqual([
      { key: 'sponsor', expected: { kind: 'person' } },
      { key: 'lineManagers', expected: { kind: 'people' } },
      { key: 'pairs', expected: { kind: 'pairs' } },
      { key: 'mentorsPrepared', expected: { kind: 'date' } },
    ]);
  });
});
