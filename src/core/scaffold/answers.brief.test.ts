import { describe, expect, it } from 'vitest';
import { parseAnswers, parseLevels, parseLevelsLine } from './answers.js';
import { idFromName, slugify } from './slug.js';

// The parts of a brief that go beyond picking from a template: an own scale, criteria, modules,
// KPIs, messages, milestones and role texts. Each wrong value is named by its key.

describe('parseAnswers: the whole brief', () => {
  it('reads own items next to the template ids kept', () => {
    const { input, problems } = parseAnswers({
      scale: { name: 'Proficiency', levels: ['Novice', 'Practitioner', 'Expert'] },
      criteria: ['gap', { description: 'A year with us', minTenureMonths: 12 }],
      preparation: ['mentor-role', { name: 'Feedback', hours: 2.5, required: false }],
      kpis: [{ name: 'Review wait', level: 4, baseline: 26, target: 12, unit: 'hours', direction: 'lower', source: 'Git export' }],
      communications: [{ from: 'sponsor', to: 'mentor, mentee', channel: 'letter', purpose: 'buy-in', date: '2027-01-04', toPeople: ['Maria Zając'] }],
      milestones: [{ id: 'kick-off', date: '2027-01-25' }, { name: 'Review day', date: 'mid+7' }],
      roles: { mentor: { responsibilities: 'Designs with the mentee.' }, consultant: { name: 'Consultant', responsibilities: ['Runs the workshop'] } },
    });
    expect(problems).toEqual({ unknown: [], invalid: [] });
    expect(input.scale).toEqual({ name: 'Proficiency', levels: [{ level: 1, label: 'Novice' }, { level: 2, label: 'Practitioner' }, { level: 3, label: 'Expert' }], at: 'scale' });
    expect(input.criteria).toEqual(['gap']);
    expect(input.customCriteria).toEqual([{ description: 'A year with us', minTenureMonths: 12, at: 'criteria[1]' }]);
    expect(input.preparation).toEqual(['mentor-role']);
    expect(input.customModules).toEqual([{ name: 'Feedback', hours: 2.5, required: false, at: 'preparation[1]' }]);
    expect(input.kpis).toEqual([]);
    expect(input.customKpis).toEqual([{ name: 'Review wait', level: 4, baseline: 26, target: 12, unit: 'hours', direction: 'lower', source: 'Git export', at: 'kpis[0]' }]);
    expect(input.customCommunications).toEqual([{ from: 'sponsor', to: ['mentor', 'mentee'], channel: 'letter', purpose: 'buy-in', date: '2027-01-04', toPeople: ['Maria Zając'], at: 'communications[0]' }]);
    expect(input.milestones).toEqual([{ id: 'kick-off', date: '2027-01-25', at: 'milestones[0]' }, { name: 'Review day', date: 'mid+7', at: 'milestones[1]' }]);
    expect(input.roles).toEqual({ mentor: { responsibilities: ['Designs with the mentee.'] }, consultant: { name: 'Consultant', responsibilities: ['Runs the workshop'] } });
  });

  it('names the key of every wrong or missing value, with the key it probably meant', () => {
    const { problems } = parseAnswers({
      scale: { name: 'S', levels: ['Only one'] },
      criteria: [{ description: 'Gap', minGap: 0, importnace: 'strategic' }],
      preparation: [{ name: 'Feedback' }],
      kpis: [{ name: 'Wait', level: 5, direction: 'down' }],
      communications: [{ from: 'sponsor', channel: 'pigeon', purpose: 'buy-in' }],
      milestones: [{ date: 'someday' }],
      roles: { mentor: { duties: ['x'] } },
    });
    expect(problems.unknown).toEqual([]);
    expect(problems.invalid.map((p) => p.key)).toEqual([
      'scale.levels',
      'criteria[0].minGap',
      'criteria[0].importnace',
      'preparation[0].hours',
      'kpis[0].level',
      'kpis[0].direction',
      'communications[0].channel',
      'communications[0].date',
      'milestones[0].date',
      'milestones[0].name',
      'roles.mentor.duties',
    ]);
    expect(problems.invalid.find((p) => p.key === 'criteria[0].importnace')!.expected).toMatchObject({ kind: 'no-such-key', suggestion: 'importance' });
    expect(problems.invalid.find((p) => p.key === 'preparation[0].hours')!.expected).toEqual({ kind: 'required' });
    expect(problems.invalid.find((p) => p.key === 'communications[0].date')!.expected).toEqual({ kind: 'when' });
  });
});

describe('levels of an own scale', () => {
  it('numbers labels from 1, keeps numbers written, and refuses fewer than two or falling levels', () => {
    expect(parseLevelsLine('Novice, Practitioner, Expert')).toEqual([{ level: 1, label: 'Novice' }, { level: 2, label: 'Practitioner' }, { level: 3, label: 'Expert' }]);
    expect(parseLevelsLine('0 None, 1 Aware, 2 Able')).toEqual([{ level: 0, label: 'None' }, { level: 1, label: 'Aware' }, { level: 2, label: 'Able' }]);
    expect(parseLevelsLine('Only')).toBeUndefined();
    expect(parseLevelsLine('2 High, 1 Low')).toBeUndefined();
    expect(parseLevels([{ level: 1, label: 'A' }, { level: 3, label: 'C', descriptor: 'D' }])).toEqual([{ level: 1, label: 'A' }, { level: 3, label: 'C', descriptor: 'D' }]);
  });
});

describe('ids made from names', () => {
  it('are at most 32 characters, cut after a whole word, with diacritics folded', () => {
    const id = idFromName('Przenieść wiedzę architektoniczną przed odejściem architekta na emeryturę', 'goal');
    expect(id).toBe('przeniesc-wiedze');
    expect(idFromName('Mediana czasu oczekiwania na przegląd kodu', 'kpi')).toBe('mediana-czasu-oczekiwania');
    expect(idFromName('Zarządzanie łańcuchem dostaw', 'x')).toBe('zarzadzanie-lancuchem-dostaw');
    // One word longer than the limit is cut inside it; nothing usable falls back.
    expect(idFromName('a'.repeat(40), 'x')).toBe('a'.repeat(32));
    expect(idFromName('!!!', 'criterion')).toBe('criterion');
    for (const name of ['Przenieść wiedzę architektoniczną przed odejściem', 'A gap of at least two levels in a strategic competency']) {
      const made = idFromName(name, 'x');
      expect(made.length).toBeLessThanOrEqual(32);
      expect(slugify(name).startsWith(made)).toBe(true);
      expect(slugify(name)[made.length] ?? '-').toBe('-');
    }
  });
});
