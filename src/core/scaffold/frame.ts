import type { Competency, Criterion, Goal, Kpi, PreparationModule, Role, Scale } from '../model/schema-types.js';
import { isRelativeDate } from './dates.js';
import { idFromName, uniqueId } from './slug.js';
import type { Frame, FrameCommunication, FrameMilestone, MadeId, ScaffoldAnswers } from './types.js';
import type { InitInput } from './answers.js';
import { nearest } from '../text/nearest.js';

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
      const every = isObject(c) ? c['every'] : undefined;
      const until = isObject(every) ? every['until'] : undefined;
      if (isObject(until) && until['date'] !== undefined && !isRelativeDate(until['date'])) {
        problems.push(`\`communications[${i}].every.until.date\` must be a date relative to the period, like \`end-14\``);
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
export type SelectionKey = 'goals' | 'competencies' | 'criteria' | 'kpis' | 'preparation' | 'communications' | 'scale';

/**
 * A problem with the answers, for the CLI to word. `key` names where it was given, as an answers
 * file spells it (`competencies[2].goal`, `mentees[0].competencies[1].competency`); selections
 * may have come from a flag, which the CLI names instead.
 */
export type SelectionProblem =
  /** An id the template lacks, at its position in an answers file when it came from one, with the nearest known id. */
  | { kind: 'unknown'; what: SelectionKey; id: string; at?: string; suggestion?: string; known: string[] }
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
  | { kind: 'kpi-emptied'; kpi: string; competencies: string[] }
  /** An own message names a milestone the programme does not have. */
  | { kind: 'unknown-milestone'; key: string; id: string; known: string[] }
  /** A new milestone (no template milestone has its id) without a date. */
  | { kind: 'milestone-needs-date'; key: string; known: string[] }
  /** An own message comes from or goes to a role the programme does not have. */
  | { kind: 'unknown-role'; key: string; id: string; known: string[] };

type SelectionAnswers = Pick<
  ScaffoldAnswers,
  | 'goals'
  | 'competencies'
  | 'criteria'
  | 'kpis'
  | 'customGoals'
  | 'customCompetencies'
  | 'mentors'
  | 'mentees'
  | 'scale'
  | 'customCriteria'
  | 'preparation'
  | 'customModules'
  | 'customKpis'
  | 'communications'
  | 'customCommunications'
  | 'milestones'
  | 'roles'
  | 'recruitment'
  | 'lineManagers'
> & { selectedAt?: InitInput['selectedAt'] };

/** The id an own item gets: its own, or a short one made from its name (see idFromName). */
const ownId = (input: { id?: string | undefined; name: string }, fallback: string): { id: string; made: boolean } =>
  input.id !== undefined ? { id: input.id, made: false } : { id: idFromName(input.name, fallback), made: true };

/** What an own item is called, for an id made from it: its name, a criterion's words, a message's subject. */
const criterionName = (c: { description: string }): string => c.description;
const messageName = (c: { subject?: string | undefined; from: string; purpose: string }): string => c.subject ?? `${c.from} ${c.purpose}`;

/**
 * Checks the answers against the frame: selected ids exist; own goals and competencies have ids of
 * their own and serve a goal that is kept; a competency listed to keep has its goal kept; people
 * name only kept competencies; a KPI listed to keep still measures something; and some goal and
 * competency remain. Nothing the answers name explicitly is dropped or re-attached silently.
 */
export function checkSelections(frame: Frame, answers: SelectionAnswers): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  const check = (what: SelectionKey, selected: string[] | undefined, known: string[]): void => {
    (selected ?? []).forEach((id, i) => {
      if (known.includes(id)) return;
      const at = what === 'scale' ? undefined : answers.selectedAt?.[what]?.[i];
      const suggestion = nearest(id, known);
      problems.push({ kind: 'unknown', what, id, ...(at !== undefined ? { at } : {}), ...(suggestion !== undefined ? { suggestion } : {}), known });
    });
  };
  check('goals', answers.goals, frame.goals.map((g) => g.id));
  check('competencies', answers.competencies, frame.competencies.map((c) => c.id));
  check('criteria', answers.criteria, frame.addressees?.criteria.map((c) => c.id) ?? []);
  check('kpis', answers.kpis, frame.kpis.map((k) => k.id));
  check('preparation', answers.preparation, frame.preparation?.modules.map((m) => m.id) ?? []);
  check('communications', answers.communications, frame.communications?.map((c) => c.id) ?? []);
  if (typeof answers.scale === 'string') check('scale', [answers.scale], frame.scales.map((s) => s.id));
  if (problems.length > 0) return problems;

  // Own ids may not take a template's id (kept or not) or each other's. `nameKey` is the key the id
  // was made from, to name in a message; `suffix` lets made ids of the same name take -2, -3… (messages
  // without a subject), where a refusal would only make the user invent ids.
  const ownIdsOk = <T extends { id?: string; name: string; at?: string }>(items: readonly T[], templateIds: readonly string[], fallback: string, nameKey = 'name', suffix = false): string[] => {
    const seen = new Set<string>();
    const ids: string[] = [];
    for (const item of items) {
      const { id, made } = ownId(item, fallback);
      const key = item.at ? `${item.at}${made ? `.${nameKey}` : '.id'}` : item.name;
      if (templateIds.includes(id) && !(made && suffix)) problems.push({ kind: 'id-taken', key, id, made, by: 'template' });
      else if (seen.has(id) && !(made && suffix)) problems.push({ kind: 'id-taken', key, id, made, by: 'answers' });
      seen.add(id);
      ids.push(id);
    }
    return ids;
  };
  const ownGoals = ownIdsOk(answers.customGoals ?? [], frame.goals.map((g) => g.id), 'goal');
  const keptGoals = [...frame.goals.filter((g) => answers.goals === undefined || answers.goals.includes(g.id)).map((g) => g.id), ...ownGoals];
  ownIdsOk(answers.customCompetencies ?? [], frame.competencies.map((c) => c.id), 'competency');
  ownIdsOk((answers.customCriteria ?? []).map((c) => ({ ...c, name: criterionName(c) })), frame.addressees?.criteria.map((c) => c.id) ?? [], 'criterion', 'description');
  ownIdsOk(answers.customModules ?? [], frame.preparation?.modules.map((m) => m.id) ?? [], 'module');
  ownIdsOk(answers.customKpis ?? [], frame.kpis.map((k) => k.id), 'kpi');
  ownIdsOk((answers.customCommunications ?? []).map((c) => ({ ...c, name: messageName(c) })), frame.communications?.map((c) => c.id) ?? [], 'message', 'subject', true);

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
  answers.customKpis?.forEach((kpi, i) => {
    for (const id of kpi.competencies ?? []) if (!keptCompetencies.includes(id)) problems.push({ kind: 'unknown-competency', key: `${kpi.at ?? `kpis[${i}]`}.competencies`, id, known: keptCompetencies });
  });
  const templateMilestones = frame.process.milestones.map((m) => m.id);
  answers.milestones?.forEach((m, i) => {
    if (m.date === undefined && !(m.id !== undefined && templateMilestones.includes(m.id))) problems.push({ kind: 'milestone-needs-date', key: `${m.at ?? `milestones[${i}]`}.date`, known: templateMilestones });
  });
  const milestoneIds = [...new Set(selected.process.milestones.map((m) => m.id))];
  const roleIds = selected.roles.map((r) => r.id);
  answers.customCommunications?.forEach((c, i) => {
    const at = c.at ?? `communications[${i}]`;
    if (c.date === undefined && c.milestone !== undefined && !milestoneIds.includes(c.milestone)) problems.push({ kind: 'unknown-milestone', key: `${at}.milestone`, id: c.milestone, known: milestoneIds });
    for (const [key, role] of [['from', c.from], ...(c.to ?? []).map((r) => ['to', r] as const)] as const) {
      if (!roleIds.includes(role)) problems.push({ kind: 'unknown-role', key: `${at}.${key}`, id: role, known: roleIds });
    }
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
 * own), the competencies serving them on the chosen scale, the chosen criteria, preparation
 * modules, KPIs and messages with the user's own, the milestones as dated, and the role texts.
 * References to what was dropped are dropped with it (a KPI scoped only to dropped competencies
 * goes too). Ids made from names are pushed to `made`, so they can be shown before writing.
 */
export function selectFrame(frame: Frame, answers: Omit<SelectionAnswers, 'mentors' | 'mentees'>, made: MadeId[] = []): Frame {
  const own = <T extends { id?: string | undefined; made?: boolean }>(section: MadeId['section'], input: T, name: string, taken: Set<string>, fallback: string): string => {
    // checkSelections refuses a taken id first; uniqueId only keeps a programme that skipped it valid.
    const { id: base, made: wasMade } = ownId({ id: input.id, name }, fallback);
    const id = uniqueId(base, taken);
    if (wasMade || input.made === true) made.push({ section, id, name });
    return id;
  };
  const goalIds = new Set(frame.goals.map((g) => g.id));
  const goals: Goal[] = pick(frame.goals, answers.goals);
  for (const input of answers.customGoals ?? []) {
    const id = own('goal', input, input.name, goalIds, 'goal');
    goals.push({ id, name: input.name, ...(input.description ? { description: input.description } : {}) });
  }
  const keptGoals = new Set(goals.map((g) => g.id));

  // One scale for every competency when the answers choose one (a template's, or their own).
  let scales = frame.scales;
  let programmeScale: string | undefined;
  if (typeof answers.scale === 'string' && frame.scales.some((s) => s.id === answers.scale)) programmeScale = answers.scale;
  else if (typeof answers.scale === 'object') {
    const input = answers.scale;
    const id = own('scale', input, input.name, new Set(), 'scale');
    const scale: Scale = { id, name: input.name, levels: input.levels.map((l) => ({ level: l.level, label: l.label, ...(l.descriptor ? { descriptor: l.descriptor } : {}) })) as Scale['levels'] };
    scales = [scale];
    programmeScale = id;
  }

  const competencyIds = new Set(frame.competencies.map((c) => c.id));
  const competencies: Competency[] = pick(frame.competencies, answers.competencies)
    .filter((c) => keptGoals.has(c.goal))
    .map((c) => (programmeScale ? { ...c, scale: programmeScale } : c));
  const firstScale = programmeScale ?? frame.scales[0]?.id ?? 'scale';
  for (const input of answers.customCompetencies ?? []) {
    const id = own('competency', input, input.name, competencyIds, 'competency');
    const goal = input.goal !== undefined && keptGoals.has(input.goal) ? input.goal : (goals[0]?.id ?? '');
    competencies.push({
      id,
      name: input.name,
      importance: input.importance,
      scale: firstScale,
      goal,
      ...(input.whyVacant ? { whyVacant: input.whyVacant } : {}),
      ...(input.description ? { description: input.description } : {}),
      ...(input.defaultTarget !== undefined ? { defaultTarget: input.defaultTarget } : {}),
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
  const kpiIds = new Set(frame.kpis.map((k) => k.id));
  for (const input of answers.customKpis ?? []) {
    const { id: _id, at: _at, metric, direction, competencies: scope, ...rest } = input;
    const id = own('kpi', input, input.name, kpiIds, 'kpi');
    kpis.push({ id, ...rest, metric: metric ?? id, direction: direction ?? 'higher', ...(scope && scope.length > 0 ? { scope: { competencies: scope } } : {}) } as Kpi);
  }

  const criterionIds = new Set(frame.addressees?.criteria.map((c) => c.id) ?? []);
  const criteria: Criterion[] = pick(frame.addressees?.criteria ?? [], answers.criteria);
  for (const input of answers.customCriteria ?? []) {
    const { id: _id, at: _at, ...rest } = input;
    criteria.push({ id: own('criterion', input, criterionName(input), criterionIds, 'criterion'), ...rest });
  }
  // Own criteria in a frame without addressees start the section; the recruitment method is the answers' or nomination.
  const addressees: Frame['addressees'] =
    frame.addressees || criteria.length > 0
      ? { ...(frame.addressees ?? { recruitment: { method: answers.recruitment ?? 'nomination' } }), criteria: criteria as NonNullable<Frame['addressees']>['criteria'] }
      : undefined;

  const moduleIds = new Set(frame.preparation?.modules.map((m) => m.id) ?? []);
  const modules: PreparationModule[] = pick(frame.preparation?.modules ?? [], answers.preparation);
  for (const input of answers.customModules ?? []) {
    const { id: _id, at: _at, ...rest } = input;
    modules.push({ id: own('module', input, input.name, moduleIds, 'module'), ...rest });
  }

  // Milestones the answers date: a template's by id (moved, maybe renamed), or new ones.
  const milestoneIds = new Set(frame.process.milestones.map((m) => m.id));
  const milestones: FrameMilestone[] = frame.process.milestones.map((m) => {
    const given = answers.milestones?.find((g) => g.id === m.id);
    if (!given) return m;
    return { id: m.id, name: given.name ?? m.name, date: given.date ?? m.date, ...(given.date !== undefined ? { dated: { templateDate: m.date } } : {}) };
  });
  for (const input of answers.milestones ?? []) {
    if (input.id !== undefined && frame.process.milestones.some((m) => m.id === input.id)) continue;
    const name = input.name ?? input.id ?? '';
    if (input.date === undefined) continue; // checkSelections refuses it
    milestones.push({ id: own('milestone', input, name, milestoneIds, 'milestone'), name, date: input.date, dated: {} });
  }

  const messageIds = new Set(frame.communications?.map((c) => c.id) ?? []);
  const communications: FrameCommunication[] = pick(frame.communications ?? [], answers.communications);
  for (const input of answers.customCommunications ?? []) {
    const { id: _id, at: _at, date, milestone, offsetDays, ...rest } = input;
    const when: FrameCommunication['when'] = date !== undefined ? { date } : { milestone: milestone ?? 'kick-off', ...(offsetDays !== undefined ? { offsetDays } : {}) };
    communications.push({ id: own('communication', input, messageName(input), messageIds, 'message'), when, ...rest });
  }

  const roles: Role[] = frame.roles.map((r) => {
    const given = answers.roles?.[r.id];
    return given ? { ...r, ...(given.name ? { name: given.name } : {}), ...(given.responsibilities ? { responsibilities: given.responsibilities } : {}) } : r;
  });
  for (const [id, given] of Object.entries(answers.roles ?? {})) {
    if (!roles.some((r) => r.id === id)) roles.push({ id, name: given.name ?? id, ...(given.responsibilities ? { responsibilities: given.responsibilities } : {}) });
  }

  const { addressees: _a, preparation: _p, communications: _c, ...rest } = frame;
  const selected: Frame = {
    ...rest,
    goals,
    scales: scales.filter((s) => usedScales.has(s.id) || usedScales.size === 0),
    competencies,
    ...(addressees ? { addressees } : {}),
    roles,
    process: { ...frame.process, milestones },
    ...(modules.length > 0 ? { preparation: { ...frame.preparation, modules: modules as NonNullable<Frame['preparation']>['modules'] } } : {}),
    kpis,
    ...(communications.length > 0 || frame.communications ? { communications } : {}),
  };
  // `lineManagers: []` says the programme has none (a community, a network of freelancers).
  return answers.lineManagers?.length === 0 ? withoutRole(selected, 'line-manager') : selected;
}

/**
 * A frame without a role: gone from the roles, the role matrix (an activity it answered for goes to
 * the HR owner) and the messages (one it sent comes from the HR owner; one that reached only it goes).
 */
function withoutRole(frame: Frame, role: string): Frame {
  const other = (ids: readonly string[] | undefined): string[] => (ids ?? []).filter((id) => id !== role);
  const roleMatrix = frame.roleMatrix?.map((a) => {
    const responsible = other(a.responsible);
    return {
      ...a,
      responsible: (responsible.length > 0 ? responsible : ['hr-owner']) as [string, ...string[]],
      accountable: a.accountable === role ? 'hr-owner' : a.accountable,
      ...(a.consulted ? { consulted: other(a.consulted) } : {}),
      ...(a.informed ? { informed: other(a.informed) } : {}),
    };
  });
  const communications = frame.communications?.flatMap((c) => {
    const to = other(c.to);
    if (to.length === 0 && !c.toPeople) return [];
    const { to: _to, ...rest } = c;
    return [{ ...rest, from: c.from === role ? 'hr-owner' : c.from, ...(to.length > 0 ? { to: to as [string, ...string[]] } : {}) }];
  });
  return {
    ...frame,
    roles: frame.roles.filter((r) => r.id !== role),
    ...(roleMatrix ? { roleMatrix } : {}),
    ...(communications ? { communications } : {}),
  };
}
