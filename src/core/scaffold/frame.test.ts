import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate, packageRoot } from '../../io/templates.js';
import { checkSelections, leftOut, selectFrame } from './frame.js';
import type { Frame, MadeId } from './types.js';

// The key-accounts frame: goals key-account-retention (account-planning) and contract-margin
// (key-account-negotiation, contract-profitability); KPI contract-margin is scoped to the latter two.
let frame: Frame;
beforeAll(async () => {
  frame = (await loadTemplate('key-accounts', { cwd: packageRoot, locale: 'en' })).frames.en!;
});

describe('checkSelections', () => {
  it('accepts the template as it is, and own items that serve a kept goal', () => {
    expect(checkSelections(frame, {})).toEqual([]);
    expect(
      checkSelections(frame, {
        goals: ['contract-margin'],
        customGoals: [{ name: 'Shift leaders', at: 'goals[1]' }],
        customCompetencies: [{ name: 'Handovers', importance: 'tactical', goal: 'shift-leaders', at: 'competencies[0]' }],
        competencies: ['key-account-negotiation'],
      }),
    ).toEqual([]);
  });

  it('names each id the template lacks, at its place in an answers file, with the nearest known id', () => {
    expect(checkSelections(frame, { goals: ['contract-margin', 'contract-margins', 'zzz'], selectedAt: { goals: ['goals[0]', 'goals[2]', 'goals[3]'] } })).toEqual([
      { kind: 'unknown', what: 'goals', id: 'contract-margins', at: 'goals[2]', suggestion: 'contract-margin', known: ['key-account-retention', 'contract-margin'] },
      { kind: 'unknown', what: 'goals', id: 'zzz', at: 'goals[3]', known: ['key-account-retention', 'contract-margin'] },
    ]);
  });

  it('refuses an own competency whose goal is not kept, instead of attaching it to another', () => {
    const problems = checkSelections(frame, { goals: ['contract-margin'], customCompetencies: [{ name: 'Mine', importance: 'tactical', goal: 'key-account-retention', at: 'competencies[2]' }] });
    expect(problems).toEqual([{ kind: 'unknown-goal', key: 'competencies[2].goal', id: 'key-account-retention', known: ['contract-margin'] }]);
  });

  it('asks which goal an own competency serves when more than one is kept', () => {
    expect(checkSelections(frame, { customCompetencies: [{ name: 'Mine', importance: 'tactical', at: 'competencies[0]' }] })).toEqual([
      { kind: 'goal-missing', key: 'competencies[0].goal', name: 'Mine', known: ['key-account-retention', 'contract-margin'] },
    ]);
    // With a single goal there is nothing to choose.
    expect(checkSelections(frame, { goals: ['contract-margin'], customCompetencies: [{ name: 'Mine', importance: 'tactical' }] })).toEqual([]);
  });

  it('refuses a template competency listed to keep whose goal is left out, instead of dropping it', () => {
    expect(checkSelections(frame, { goals: ['key-account-retention'], competencies: ['account-planning', 'contract-profitability'] })).toEqual([
      { kind: 'goal-not-kept', competency: 'contract-profitability', goal: 'contract-margin' },
    ]);
  });

  it('refuses own ids that a template item or another own item already has, given or made from the name', () => {
    const problems = checkSelections(frame, {
      customGoals: [
        { id: 'contract-margin', name: 'Mine', at: 'goals[2]' },
        { name: 'Key account retention', at: 'goals[3]' },
        { name: 'Twice', at: 'goals[4]' },
        { name: 'twice', at: 'goals[5]' },
      ],
    });
    expect(problems).toEqual([
      { kind: 'id-taken', key: 'goals[2].id', id: 'contract-margin', made: false, by: 'template' },
      { kind: 'id-taken', key: 'goals[3].name', id: 'key-account-retention', made: true, by: 'template' },
      { kind: 'id-taken', key: 'goals[5].name', id: 'twice', made: true, by: 'answers' },
    ]);
  });

  it('names people\'s competencies that are not kept, by their place in the answers', () => {
    const problems = checkSelections(frame, {
      goals: ['key-account-retention'],
      mentees: [{ name: 'Ola', competencies: [{ competency: 'account-planning', baseline: 2, target: 4 }, { competency: 'contract-profitability', baseline: 1, target: 3 }] }],
      mentors: [{ name: 'Piotr', levels: { 'account-planning': 5, 'key-account-negotiation': 5 } }],
    });
    expect(problems).toEqual([
      { kind: 'unknown-competency', key: 'mentees[0].competencies[1].competency', id: 'contract-profitability', known: ['account-planning'] },
      { kind: 'unknown-competency', key: 'mentors[0].levels.key-account-negotiation', id: 'key-account-negotiation', known: ['account-planning'] },
    ]);
  });

  it('refuses a KPI listed to keep that measures only competencies left out', () => {
    expect(checkSelections(frame, { goals: ['key-account-retention'], kpis: ['gap-closed', 'contract-margin'] })).toEqual([
      { kind: 'kpi-emptied', kpi: 'contract-margin', competencies: ['key-account-negotiation', 'contract-profitability'] },
    ]);
  });
});

describe('leftOut', () => {
  it('lists what goes with a goal left out when no answer named it', () => {
    expect(leftOut(frame, { goals: ['key-account-retention'] })).toEqual({
      competencies: [
        { id: 'key-account-negotiation', goal: 'contract-margin' },
        { id: 'contract-profitability', goal: 'contract-margin' },
      ],
      kpis: [{ id: 'contract-margin', competencies: ['key-account-negotiation', 'contract-profitability'] }],
    });
    expect(leftOut(frame, {})).toEqual({ competencies: [], kpis: [] });
    // Listed explicitly, they are the user's choice, not a side effect.
    expect(leftOut(frame, { goals: ['key-account-retention'], competencies: ['account-planning'], kpis: ['gap-closed'] })).toEqual({ competencies: [], kpis: [] });
  });

  it('agrees with selectFrame', () => {
    const selected = selectFrame(frame, { goals: ['key-account-retention'] });
    expect(selected.competencies.map((c) => c.id)).toEqual(['account-planning']);
    expect(selected.kpis.map((k) => k.id)).not.toContain('contract-margin');
  });
});

describe('own items of a brief', () => {
  it('refuses messages that name a role or milestone the programme lacks, new milestones without a date, and taken ids', () => {
    const problems = checkSelections(frame, {
      customCommunications: [{ from: 'ceo', to: ['mentor'], channel: 'email', purpose: 'buy-in', milestone: 'launch', at: 'communications[0]' }],
      milestones: [{ name: 'Review day', at: 'milestones[0]' }, { id: 'kick-off', name: 'Start' }],
      customKpis: [{ id: frame.kpis[0]!.id, name: 'Mine', level: 4, at: 'kpis[1]' }],
    });
    expect(problems.map((p) => p.kind).sort()).toEqual(['id-taken']);
    const later = checkSelections(frame, {
      customCommunications: [{ from: 'ceo', to: ['mentor'], channel: 'email', purpose: 'buy-in', milestone: 'launch', at: 'communications[0]' }],
      milestones: [{ name: 'Review day', at: 'milestones[0]' }, { id: 'kick-off', name: 'Start' }],
    });
    expect(later).toEqual([
      { kind: 'milestone-needs-date', key: 'milestones[0].date', known: frame.process.milestones.map((m) => m.id) },
      { kind: 'unknown-milestone', key: 'communications[0].milestone', id: 'launch', known: expect.any(Array) },
      { kind: 'unknown-role', key: 'communications[0].from', id: 'ceo', known: expect.arrayContaining(['mentor', 'sponsor']) },
    ]);
  });

  it('puts every competency on the scale of the answers, and lists the ids it made from names', () => {
    const made: MadeId[] = [];
    const selected = selectFrame(
      frame,
      {
        scale: { name: 'Five steps', levels: [1, 2, 3, 4, 5].map((level) => ({ level, label: `L${level}` })) },
        customCriteria: [{ description: 'At least a year with the organisation', minTenureMonths: 12 }],
        customModules: [{ name: 'Feedback that lands', hours: 2 }],
        roles: { mentor: { responsibilities: ['Listens first'] } },
      },
      made,
    );
    expect(selected.scales.map((s) => s.id)).toEqual(['five-steps']);
    expect(selected.competencies.every((c) => c.scale === 'five-steps')).toBe(true);
    expect(selected.addressees!.criteria.at(-1)).toEqual({ id: 'at-least-a-year', description: 'At least a year with the organisation', minTenureMonths: 12 });
    expect(selected.preparation!.modules.at(-1)).toEqual({ id: 'feedback-that-lands', name: 'Feedback that lands', hours: 2 });
    expect(selected.roles.find((r) => r.id === 'mentor')!.responsibilities).toEqual(['Listens first']);
    expect(made).toEqual([
      { section: 'scale', id: 'five-steps', name: 'Five steps' },
      { section: 'criterion', id: 'at-least-a-year', name: 'At least a year with the organisation' },
      { section: 'module', id: 'feedback-that-lands', name: 'Feedback that lands' },
    ]);
  });
});
