import type { Competency, Goal, Kpi } from '../model/schema-types.js';
import { isRelativeDate } from './dates.js';
import { slugify, uniqueId } from './slug.js';
import type { Frame, ScaffoldAnswers } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks what a template frame needs beyond the programme schema (which the scaffold's output is
 * checked against anyway): the sections exist, and dates are relative (`start+14`, `mid`, `end-7`).
 * Returns the problems, each naming its path; none means the data can be used as a `Frame`.
 */
export function checkFrame(data: unknown): string[] {
  if (!isObject(data)) return ['the frame must be a mapping of programme sections'];
  const problems: string[] = [];
  for (const key of ['goals', 'scales', 'competencies', 'roles', 'kpis'] as const) {
    if (!Array.isArray(data[key]) || (key !== 'kpis' && data[key].length === 0)) problems.push(`\`${key}\` must be a non-empty list`);
  }
  const process = data['process'];
  if (!isObject(process)) problems.push('`process` is missing');
  else {
    const milestones = process['milestones'];
    if (!Array.isArray(milestones) || milestones.length === 0) problems.push('`process.milestones` must be a non-empty list');
    else {
      milestones.forEach((m, i) => {
        if (!isObject(m) || !isRelativeDate(m['date'])) problems.push(`\`process.milestones[${i}].date\` must be a date relative to the period, like \`start+14\`, \`mid\` or \`end-7\``);
      });
      if (!milestones.some((m) => isObject(m) && m['id'] === 'kick-off')) problems.push('`process.milestones` needs a `kick-off` milestone');
    }
    if (!isObject(process['cadence'])) problems.push('`process.cadence` is missing');
    if (!isObject(process['learningMix'])) problems.push('`process.learningMix` is missing');
  }
  const communications = data['communications'];
  if (communications !== undefined && !Array.isArray(communications)) problems.push('`communications` must be a list');
  if (Array.isArray(communications)) {
    communications.forEach((c, i) => {
      const when = isObject(c) ? c['when'] : undefined;
      if (!isObject(when) || (when['date'] !== undefined ? !isRelativeDate(when['date']) : typeof when['milestone'] !== 'string')) {
        problems.push(`\`communications[${i}].when\` must be \`{ milestone: <id>, offsetDays: N }\` or \`{ date: start+N }\``);
      }
    });
  }
  const kpis = data['kpis'];
  if (Array.isArray(kpis)) {
    kpis.forEach((k, i) => {
      const checkpoints = isObject(k) ? k['checkpoints'] : undefined;
      if (!Array.isArray(checkpoints)) return;
      checkpoints.forEach((c, j) => {
        if (!isObject(c) || !isRelativeDate(c['date'])) problems.push(`\`kpis[${i}].checkpoints[${j}].date\` must be a date relative to the period, like \`mid\` or \`end-30\``);
      });
    });
  }
  const addressees = data['addressees'];
  if (addressees !== undefined) {
    const recruitment = isObject(addressees) ? addressees['recruitment'] : undefined;
    const closes = isObject(recruitment) ? recruitment['closes'] : undefined;
    if (closes !== undefined && !isRelativeDate(closes)) problems.push('`addressees.recruitment.closes` must be a relative date like `start-7`');
  }
  return problems;
}

/** Selections an answer can make among the template's items; the key is the flag's and the answers file's. */
export type SelectionKey = 'goals' | 'competencies' | 'criteria' | 'kpis';

/**
 * A problem with the answers, for the CLI to word. `key` names where it was given, as an answers
 * file spells it (`competencies[2].goal`, `mentees[0].competencies[1].competency`); selections
 * may have come from a flag, which the CLI names instead.
 */
export type SelectionProblem =
  | { kind: 'unknown'; what: SelectionKey; ids: string[]; known: string[] }
  | { kind: 'none-left'; what: 'goals' | 'competencies' }
  /** An own competency's `goal` is not among the goals kept. */
  | { kind: 'unknown-goal'; key: string; id: string; known: string[] }
  /** An own competency names no goal while several are kept. */
  | { kind: 'goal-missing'; key: string; name: string; known: string[] }
  /** A template competency listed to keep serves a goal that is not kept. */
  | { kind: 'goal-not-kept'; competency: string; goal: string }
  /** An own goal's or competency's id (given, or made from its name) is already taken. */
  | { kind: 'id-taken'; key: string; id: string; made: boolean; by: 'template' | 'answers' }
  /** A mentee's plan or a mentor's levels name a competency the programme does not have. */
  | { kind: 'unknown-competency'; key: string; id: string; known: string[] }
  /** A KPI listed to keep measures only competencies that are not kept. */
  | { kind: 'kpi-emptied'; kpi: string; competencies: string[] };

type SelectionAnswers = Pick<ScaffoldAnswers, 'goals' | 'competencies' | 'criteria' | 'kpis' | 'customGoals' | 'customCompetencies' | 'mentors' | 'mentees'>;

/** The id an own goal or competency gets: its own, or one made from its name. */
const ownId = (input: { id?: string; name: string }, fallback: string): { id: string; made: boolean } =>
  input.id !== undefined ? { id: input.id, made: false } : { id: slugify(input.name) || fallback, made: true };

/**
 * Checks the answers against the frame: selected ids exist; own goals and competencies have ids of
 * their own and serve a goal that is kept; a competency listed to keep has its goal kept; people
 * name only kept competencies; a KPI listed to keep still measures something; and some goal and
 * competency remain. Nothing the answers name explicitly is dropped or re-attached silently.
 */
export function checkSelections(frame: Frame, answers: SelectionAnswers): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  const check = (what: SelectionKey, selected: string[] | undefined, known: string[]): void => {
    const unknown = (selected ?? []).filter((id) => !known.includes(id));
    if (unknown.length > 0) problems.push({ kind: 'unknown', what, ids: unknown, known });
  };
  check('goals', answers.goals, frame.goals.map((g) => g.id));
  check('competencies', answers.competencies, frame.competencies.map((c) => c.id));
  check('criteria', answers.criteria, frame.addressees?.criteria.map((c) => c.id) ?? []);
  check('kpis', answers.kpis, frame.kpis.map((k) => k.id));
  if (problems.length > 0) return problems;

  // Own ids may not take a template's id (kept or not) or each other's.
  const ownIdsOk = <T extends { id?: string; name: string; at?: string }>(items: readonly T[], templateIds: readonly string[], fallback: string): string[] => {
    const seen = new Set<string>();
    const ids: string[] = [];
    for (const item of items) {
      const { id, made } = ownId(item, fallback);
      const key = item.at ? `${item.at}${made ? '.name' : '.id'}` : item.name;
      if (templateIds.includes(id)) problems.push({ kind: 'id-taken', key, id, made, by: 'template' });
      else if (seen.has(id)) problems.push({ kind: 'id-taken', key, id, made, by: 'answers' });
      seen.add(id);
      ids.push(id);
    }
    return ids;
  };
  const ownGoals = ownIdsOk(answers.customGoals ?? [], frame.goals.map((g) => g.id), 'goal');
  const keptGoals = [...frame.goals.filter((g) => answers.goals === undefined || answers.goals.includes(g.id)).map((g) => g.id), ...ownGoals];
  ownIdsOk(answers.customCompetencies ?? [], frame.competencies.map((c) => c.id), 'competency');

  for (const c of answers.customCompetencies ?? []) {
    const key = c.at ? `${c.at}.goal` : c.name;
    if (c.goal === undefined) {
      if (keptGoals.length > 1) problems.push({ kind: 'goal-missing', key, name: c.name, known: keptGoals });
    } else if (!keptGoals.includes(c.goal)) problems.push({ kind: 'unknown-goal', key, id: c.goal, known: keptGoals });
  }
  for (const id of answers.competencies ?? []) {
    const competency = frame.competencies.find((c) => c.id === id)!;
    if (!keptGoals.includes(competency.goal)) problems.push({ kind: 'goal-not-kept', competency: id, goal: competency.goal });
  }
  if (problems.length > 0) return problems;

  const selected = selectFrame(frame, answers);
  const keptCompetencies = selected.competencies.map((c) => c.id);
  answers.mentees?.forEach((mentee, i) =>
    mentee.competencies?.forEach((plan, j) => {
      if (!keptCompetencies.includes(plan.competency)) problems.push({ kind: 'unknown-competency', key: `mentees[${i}].competencies[${j}].competency`, id: plan.competency, known: keptCompetencies });
    }),
  );
  answers.mentors?.forEach((mentor, i) => {
    for (const id of Object.keys(mentor.levels ?? {})) if (!keptCompetencies.includes(id)) problems.push({ kind: 'unknown-competency', key: `mentors[${i}].levels.${id}`, id, known: keptCompetencies });
  });
  for (const id of answers.kpis ?? []) {
    const scoped = frame.kpis.find((k) => k.id === id)?.scope?.competencies;
    if (scoped && !scoped.some((c) => keptCompetencies.includes(c))) problems.push({ kind: 'kpi-emptied', kpi: id, competencies: scoped });
  }
  if (selected.goals.length === 0) problems.push({ kind: 'none-left', what: 'goals' });
  else if (selected.competencies.length === 0) problems.push({ kind: 'none-left', what: 'competencies' });
  return problems;
}

/** What the frame loses with the goals left out, though no answer named it: to be said, not done silently. */
export interface LeftOut {
  competencies: { id: string; goal: string }[];
  kpis: { id: string; competencies: string[] }[];
}

/** The template competencies and KPIs that go with goals left out (the answers listed none of them). */
export function leftOut(frame: Frame, answers: SelectionAnswers): LeftOut {
  const selected = selectFrame(frame, answers);
  const keptCompetencies = new Set(selected.competencies.map((c) => c.id));
  const keptKpis = new Set(selected.kpis.map((k) => k.id));
  const wanted = (ids: string[] | undefined, id: string): boolean => ids === undefined || ids.includes(id);
  return {
    competencies: frame.competencies.filter((c) => wanted(answers.competencies, c.id) && !keptCompetencies.has(c.id)).map((c) => ({ id: c.id, goal: c.goal })),
    kpis: frame.kpis.filter((k) => wanted(answers.kpis, k.id) && !keptKpis.has(k.id)).map((k) => ({ id: k.id, competencies: k.scope?.competencies ?? [] })),
  };
}

function pick<T extends { id: string }>(items: readonly T[], ids: readonly string[] | undefined): T[] {
  return ids === undefined ? [...items] : items.filter((item) => ids.includes(item.id));
}

/**
 * Applies the answers' selections and additions to a frame: the chosen goals (and the user's
 * own), the competencies serving them, the chosen criteria and KPIs. References to what was
 * dropped are dropped with it (a KPI scoped only to dropped competencies goes too).
 */
export function selectFrame(frame: Frame, answers: Pick<ScaffoldAnswers, 'goals' | 'competencies' | 'criteria' | 'kpis' | 'customGoals' | 'customCompetencies'>): Frame {
  const goalIds = new Set(frame.goals.map((g) => g.id));
  const goals: Goal[] = pick(frame.goals, answers.goals);
  for (const input of answers.customGoals ?? []) {
    // checkSelections refuses a taken id first; uniqueId only keeps a programme that skipped it valid.
    const id = uniqueId(ownId(input, 'goal').id, goalIds);
    goals.push({ id, name: input.name, ...(input.description ? { description: input.description } : {}) });
  }
  const keptGoals = new Set(goals.map((g) => g.id));

  const competencyIds = new Set(frame.competencies.map((c) => c.id));
  const competencies: Competency[] = pick(frame.competencies, answers.competencies).filter((c) => keptGoals.has(c.goal));
  const firstScale = frame.scales[0]?.id ?? 'scale';
  for (const input of answers.customCompetencies ?? []) {
    const id = uniqueId(ownId(input, 'competency').id, competencyIds);
    const goal = input.goal !== undefined && keptGoals.has(input.goal) ? input.goal : (goals[0]?.id ?? '');
    competencies.push({
      id,
      name: input.name,
      importance: input.importance,
      scale: firstScale,
      goal,
      ...(input.whyVacant ? { whyVacant: input.whyVacant } : {}),
      ...(input.description ? { description: input.description } : {}),
    });
  }
  const keptCompetencies = new Set(competencies.map((c) => c.id));
  const usedScales = new Set(competencies.map((c) => c.scale));

  const kpis: Kpi[] = [];
  for (const kpi of pick(frame.kpis, answers.kpis)) {
    const scoped = kpi.scope?.competencies;
    if (!scoped) {
      kpis.push(kpi);
      continue;
    }
    const still = scoped.filter((c) => keptCompetencies.has(c));
    if (still.length === 0) continue;
    kpis.push({ ...kpi, scope: { ...kpi.scope, competencies: still } });
  }

  const addressees = frame.addressees && {
    ...frame.addressees,
    criteria: pick(frame.addressees.criteria, answers.criteria) as NonNullable<Frame['addressees']>['criteria'],
  };
  return {
    ...frame,
    goals,
    scales: frame.scales.filter((s) => usedScales.has(s.id) || usedScales.size === 0),
    competencies,
    ...(addressees ? { addressees } : {}),
    kpis,
  };
}
