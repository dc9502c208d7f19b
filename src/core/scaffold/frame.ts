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

/** A problem with the answers' selections, for the CLI to word. */
export type SelectionProblem = { kind: 'unknown'; what: 'goals' | 'competencies' | 'criteria' | 'kpis'; ids: string[]; known: string[] } | { kind: 'none-left'; what: 'goals' | 'competencies' };

/** Checks that selected ids exist in the frame and that some goal and competency remain. */
export function checkSelections(frame: Frame, answers: Pick<ScaffoldAnswers, 'goals' | 'competencies' | 'criteria' | 'kpis' | 'customGoals' | 'customCompetencies'>): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  const check = (what: 'goals' | 'competencies' | 'criteria' | 'kpis', selected: string[] | undefined, known: string[]): void => {
    const unknown = (selected ?? []).filter((id) => !known.includes(id));
    if (unknown.length > 0) problems.push({ kind: 'unknown', what, ids: unknown, known });
  };
  check('goals', answers.goals, frame.goals.map((g) => g.id));
  check('competencies', answers.competencies, frame.competencies.map((c) => c.id));
  check('criteria', answers.criteria, frame.addressees?.criteria.map((c) => c.id) ?? []);
  check('kpis', answers.kpis, frame.kpis.map((k) => k.id));
  if (problems.length > 0) return problems;
  const selected = selectFrame(frame, answers);
  if (selected.goals.length === 0) problems.push({ kind: 'none-left', what: 'goals' });
  else if (selected.competencies.length === 0) problems.push({ kind: 'none-left', what: 'competencies' });
  return problems;
}

function pick<T extends { id: string }>(items: readonly T[], ids: readonly string[] | undefined): T[] {
  return ids === undefined ? [...items] : items.filter((item) => ids.includes(item.id));
}

/**
 * Applies the answers' selections and additions to a frame: the chosen goals (and the user's
 * own), the competencies serving them, the chosen criteria and KPIs. References to what was
 * dropped are dropped with it (a KPI scoped only to dropped competencies goes too).
 */
export function selectFrame(
  frame: Frame,
  answers: Pick<ScaffoldAnswers, 'goals' | 'competencies' | 'criteria' | 'kpis' | 'customGoals' | 'customCompetencies'>,
): Frame {
  const goalIds = new Set(frame.goals.map((g) => g.id));
  const goals: Goal[] = pick(frame.goals, answers.goals);
  for (const input of answers.customGoals ?? []) {
    const id = uniqueId(input.id ?? (slugify(input.name) || 'goal'), goalIds);
    goals.push({ id, name: input.name, ...(input.description ? { description: input.description } : {}) });
  }
  const keptGoals = new Set(goals.map((g) => g.id));

  const competencyIds = new Set(frame.competencies.map((c) => c.id));
  const competencies: Competency[] = pick(frame.competencies, answers.competencies).filter((c) => keptGoals.has(c.goal));
  const firstScale = frame.scales[0]?.id ?? 'scale';
  for (const input of answers.customCompetencies ?? []) {
    const id = uniqueId(input.id ?? (slugify(input.name) || 'competency'), competencyIds);
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
