import { limits, mixDeviationFromNorm, parseLevelsLine, parseMix, phases, recruitmentMethods, type InitInput } from '../../core/scaffold/answers.js';
import { endOf, isIsoDate, resolveDate } from '../../core/scaffold/dates.js';
import { idFromName, uniqueId } from '../../core/scaffold/slug.js';
import { builtinMetricIds } from '../../core/report/index.js';
import type { Competency, Scale } from '../../core/model/schema-types.js';
import { personNameKey } from '../../core/model/people.js';
import { placeholderPattern } from '../../core/comms/placeholders.js';
import type {
  CommunicationInput,
  CompetencyInput,
  CriterionInput,
  Frame,
  GoalInput,
  KpiInput,
  MenteeInput,
  MentorInput,
  MilestoneInput,
  ModuleInput,
  PairInput,
  PersonInput,
  ScaleInput,
  Template,
} from '../../core/scaffold/types.js';
import type { Prompts } from '../../io/prompts.js';
import type { Locale } from '../../messages/index.js';
import type { InitText } from '../../messages/init-text.js';

/** What the dialogue knows about where the frame comes from, once the template or pilot is chosen. */
export interface LoadedSource {
  frame: Frame;
  /** Locales the source has texts for. */
  locales: Locale[];
  defaults: { name: string; weeks: number; organisation?: string; start: string };
  /** True for a pilot: its staff carry over, so the role prompts are skipped. */
  fromPilot: boolean;
}

export interface DialogContext {
  prompts: Prompts;
  text: InitText;
  uiLocale: Locale;
  /** Answers given as flags: their prompts are skipped. */
  given: InitInput;
  templates: () => Promise<Template[]>;
  /** The template preselected in the list. */
  defaultTemplate: string;
  /** Loads the chosen template or pilot, for the given locale (undefined = the source's own). */
  loadSource: (input: InitInput) => Promise<LoadedSource>;
  /** Checks a folder answer: true, or why it cannot be used. */
  checkFolder: (dir: string) => Promise<true | string>;
  /** Checks the path of a pilot (for a rollout) or of the cycle before (for a cycle): true, or why it cannot be used. */
  checkPilot: (path: string, phase: 'rollout' | 'cycle') => Promise<true | string>;
}

const required =
  (text: InitText) =>
  (value: string): true | string =>
    value.trim() === '' ? text.invalid.required : true;

/**
 * Asks for the user's own items one name at a time until an empty answer; an empty answer is
 * refused while nothing at all is chosen (`picked` from the template plus the user's own).
 */
async function askOwnItems<T>(prompts: Prompts, text: InitText, message: string, picked: number, make: (name: string) => Promise<T>): Promise<T[]> {
  const own: T[] = [];
  for (;;) {
    const name = (await prompts.input({ message })).trim();
    if (name !== '') own.push(await make(name));
    else if (picked + own.length > 0) return own;
    else prompts.note(text.invalid.pickOne);
  }
}

function wholeNumber(text: InitText, [min, max]: readonly [number, number]) {
  return (value: string): true | string => {
    const n = Number(value);
    return /^\d+$/.test(value.trim()) && n >= min && n <= max ? true : text.invalid.wholeNumber(min, max);
  };
}

const levelsOf = (scales: readonly Scale[], c: Competency): number[] => (scales.find((s: Scale) => s.id === c.scale)?.levels.map((l) => l.level) ?? []).slice().sort((a, b) => a - b);

/** An optional whole number: empty is fine. */
function optionalWhole(text: InitText, min: number, max: number) {
  return (value: string): true | string => (value.trim() === '' || (/^-?\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max) ? true : text.invalid.optionalWhole(min, max));
}

const numberPattern = /^-?\d+(\.\d+)?$/;

/** Reads `2027-01-04`, `kick-off-14` or `closing+7` as when a message goes out; undefined if it is neither. */
export function parseWhen(value: string, milestones: readonly string[]): { date: string } | { milestone: string; offsetDays?: number } | undefined {
  const v = value.trim().replace(/\s+/g, '');
  if (isIsoDate(v)) return { date: v };
  if (milestones.includes(v)) return { milestone: v };
  const m = /^(.+?)([+-]\d{1,3})$/.exec(v);
  if (m && milestones.includes(m[1]!)) return { milestone: m[1]!, offsetDays: Number(m[2]) };
  return undefined;
}

/**
 * Walks the method in its own order (the frame: goals, then competencies and their scale, then the
 * addressees; roles; process; KPIs; and only then, optionally, people) and returns the answers.
 * Every question a flag already answered is skipped. Throws inquirer's ExitPromptError on Ctrl-C;
 * nothing has been written by then.
 */
export async function askAnswers(ctx: DialogContext): Promise<InitInput> {
  const { prompts, text } = ctx;
  const t = text.prompts;
  const answers: InitInput = { ...ctx.given };

  prompts.note(text.steps.start);
  if (!answers.dir) {
    const dir = await prompts.input({ message: t.dir, validate: required(text) });
    const ok = await ctx.checkFolder(dir.trim());
    if (ok !== true) {
      // The folder check needs the disk, so it runs after the answer; ask once more, then give up.
      prompts.note(ok);
      answers.dir = (await prompts.input({ message: t.dir, validate: required(text) })).trim();
    } else answers.dir = dir.trim();
  }
  if (!answers.phase && !answers.template && !answers.from) {
    answers.phase = await prompts.select({
      message: t.phase,
      choices: phases.map((value) => ({ value, name: text.choices.phase[value] })),
      default: 'pilot',
    });
  }
  if (answers.phase === 'rollout' && !answers.from) {
    let from = '';
    for (;;) {
      from = (await prompts.input({ message: t.from, validate: required(text) })).trim();
      const ok = await ctx.checkPilot(from, 'rollout');
      if (ok === true) break;
      prompts.note(ok);
    }
    answers.from = from;
  }
  // A cycle follows the one before it, if there was one (a first cycle starts from a template).
  if (answers.phase === 'cycle' && !answers.from && !answers.template) {
    for (;;) {
      const from = (await prompts.input({ message: t.previous })).trim();
      if (from === '') break;
      const ok = await ctx.checkPilot(from, 'cycle');
      if (ok === true) {
        answers.from = from;
        break;
      }
      prompts.note(ok);
    }
  }
  if (!answers.from && !answers.template) {
    const templates = await ctx.templates();
    answers.template = await prompts.select({
      message: t.template,
      choices: templates.map((tpl) => ({
        value: tpl.name,
        name: `${tpl.meta.title[ctx.uiLocale] ?? tpl.name} (${tpl.name})`,
        ...(tpl.meta.description[ctx.uiLocale] ? { description: tpl.meta.description[ctx.uiLocale]! } : {}),
      })),
      default: ctx.defaultTemplate,
    });
  }
  let source = await ctx.loadSource(answers);
  if (!answers.locale && !source.fromPilot && source.locales.length > 1) {
    answers.locale = await prompts.select({
      message: t.locale,
      choices: source.locales.map((value) => ({ value, name: text.choices.locale[value] })),
      default: source.locales.includes(ctx.uiLocale) ? ctx.uiLocale : source.locales[0]!,
    });
    source = await ctx.loadSource(answers);
  }
  const frame = source.frame;
  if (!answers.name) answers.name = (await prompts.input({ message: t.name, default: source.defaults.name.replace('{year}', source.defaults.start.slice(0, 4)), validate: required(text) })).trim();
  if (!answers.organisation) {
    answers.organisation = (await prompts.input({ message: t.organisation, ...(source.defaults.organisation ? { default: source.defaults.organisation } : {}), validate: required(text) })).trim();
  }

  // Step 1: goals first, then the competencies that serve them.
  prompts.note(text.steps.frame);
  if (!answers.goals) {
    answers.goals = await prompts.checkbox({ message: t.goals, choices: frame.goals.map((g) => ({ value: g.id, name: g.name, checked: true })) });
    const taken = new Set(frame.goals.map((g) => g.id));
    // Named now, so the user's own competencies can point at it.
    const own = await askOwnItems<GoalInput>(prompts, text, t.addGoal, answers.goals.length, async (name) => ({ id: uniqueId(idFromName(name, 'goal'), taken), made: true, name }));
    if (own.length > 0) answers.customGoals = own;
  }
  const keptGoals = [...frame.goals.filter((g) => answers.goals!.includes(g.id)).map((g) => ({ id: g.id, name: g.name })), ...(answers.customGoals ?? []).map((g) => ({ id: g.id, name: g.name }))];
  if (!answers.competencies) {
    const serving = frame.competencies.filter((c) => answers.goals!.includes(c.goal));
    answers.competencies =
      serving.length > 0
        ? await prompts.checkbox({
            message: t.competencies,
            choices: serving.map((c) => ({ value: c.id, name: `${c.name} (${text.choices.importance[c.importance]})`, checked: true })),
          })
        : [];
    const takenCompetencies = new Set(frame.competencies.map((c) => c.id));
    const own = await askOwnItems<CompetencyInput>(prompts, text, t.addCompetency, answers.competencies.length, async (name) => {
      const importance = await prompts.select({
        message: t.importance(name),
        choices: (['strategic', 'tactical'] as const).map((value) => ({ value, name: text.choices.importance[value] })),
      });
      const goalIndex =
        keptGoals.length > 1 ? await prompts.select({ message: t.goalOf(name), choices: keptGoals.map((g, i) => ({ value: i, name: g.name })) }) : 0;
      const goal = keptGoals[goalIndex]?.id;
      const whyVacant = (await prompts.input({ message: t.whyVacant(name) })).trim();
      // Named now, so mentees below can be given a baseline and a target in it.
      return { id: uniqueId(idFromName(name, 'competency'), takenCompetencies), made: true, name, importance, ...(goal ? { goal } : {}), ...(whyVacant ? { whyVacant } : {}) };
    });
    if (own.length > 0) answers.customCompetencies = own;
  }
  // The scale every competency is assessed on: one of the template's, or the user's own levels and labels.
  if (answers.scale === undefined) {
    const own = '\u0000own';
    const levelsText = (sc: { levels: readonly { level: number; label: string }[] }): string => sc.levels.map((l) => `${l.level} ${l.label}`).join(' · ');
    const usedScales = new Set(frame.competencies.filter((c) => answers.competencies!.includes(c.id)).map((c) => c.scale));
    const firstUsed = frame.scales.find((sc) => usedScales.has(sc.id)) ?? frame.scales[0];
    const choice = await prompts.select<string>({
      message: t.scaleChoice,
      choices: [...frame.scales.map((sc) => ({ value: sc.id, name: t.scale(sc.name, levelsText(sc)) })), { value: own, name: text.choices.ownScale }],
      ...(firstUsed ? { default: firstUsed.id } : {}),
    });
    if (choice === own) {
      const name = (await prompts.input({ message: t.scaleName, validate: required(text) })).trim();
      const line = await prompts.input({ message: t.scaleLevels, validate: (v) => (parseLevelsLine(v) ? true : text.invalid.levels) });
      answers.scale = { name, levels: parseLevelsLine(line)! } satisfies ScaleInput;
    } else if (frame.scales.length > 1 || usedScales.size > 1) answers.scale = choice;
  }
  const scales: Scale[] =
    typeof answers.scale === 'object'
      ? [{ id: '\u0000own', name: answers.scale.name, levels: answers.scale.levels as Scale['levels'] }]
      : frame.scales;
  const scaleOf = (c: Competency): Competency => (typeof answers.scale === 'object' ? { ...c, scale: '\u0000own' } : typeof answers.scale === 'string' ? { ...c, scale: answers.scale } : c);

  // Step 1, after the goals: who the programme is for.
  if (frame.addressees) {
    prompts.note(text.steps.addressees);
    if (!answers.criteria) {
      // None of the template's is fine when the user writes their own below; the section needs one at least.
      answers.criteria = await prompts.checkbox({
        message: t.criteria,
        choices: frame.addressees.criteria.map((c) => ({ value: c.id, name: c.description, checked: true })),
      });
    }
    if (!answers.customCriteria && !ctx.given.criteria) {
      const own: CriterionInput[] = [];
      for (;;) {
        const description = (await prompts.input({ message: t.addCriterion })).trim();
        if (description === '') {
          if (answers.criteria.length + own.length > 0) break;
          prompts.note(text.invalid.pickOne);
          continue;
        }
        const gap = (await prompts.input({ message: t.criterionGap, validate: optionalWhole(text, 1, 20) })).trim();
        const importance =
          gap === ''
            ? 'any'
            : await prompts.select<'any' | 'strategic' | 'tactical'>({
                message: t.criterionImportance,
                choices: [{ value: 'any', name: text.choices.anyImportance }, ...(['strategic', 'tactical'] as const).map((value) => ({ value, name: text.choices.importance[value] }))],
                default: 'any',
              });
        const tenure = (await prompts.input({ message: t.criterionTenure, validate: optionalWhole(text, 0, 600) })).trim();
        own.push({ description, ...(gap ? { minGap: Number(gap) } : {}), ...(importance !== 'any' ? { importance } : {}), ...(tenure ? { minTenureMonths: Number(tenure) } : {}) });
      }
      if (own.length > 0) answers.customCriteria = own;
    }
    if (!answers.recruitment) {
      answers.recruitment = await prompts.select({
        message: t.recruitment,
        choices: recruitmentMethods.map((value) => ({ value, name: text.choices.recruitment[value] })),
        default: frame.addressees.recruitment.method,
      });
    }
    if (answers.size === undefined) {
      const size = await prompts.input({ message: t.size, default: String(frame.addressees.size ?? 10), validate: wholeNumber(text, limits.size) });
      answers.size = Number(size);
    }
  }

  // Step 2: roles, then the process.
  if (!source.fromPilot) {
    prompts.note(text.steps.roles);
    if (answers.hrOwner === undefined) {
      const name = (await prompts.input({ message: t.hrOwner })).trim();
      if (name) answers.hrOwner = name;
    }
    if (answers.sponsor === undefined) {
      const name = (await prompts.input({ message: t.sponsor })).trim();
      if (name) answers.sponsor = name;
    }
    if (answers.lineManagers === undefined) {
      const managers: PersonInput[] = [];
      for (;;) {
        const name = (await prompts.input({ message: t.lineManager })).trim();
        if (name === '') break;
        const department = (await prompts.input({ message: t.department(name) })).trim();
        managers.push({ name, ...(department ? { department } : {}) });
      }
      if (managers.length > 0) answers.lineManagers = managers;
      // None named: a placeholder to fill in later, unless the programme has no line managers at all (a community).
      else if (!(await prompts.confirm({ message: t.hasLineManagers, default: true }))) answers.lineManagers = [];
    }
    if (answers.roles === undefined && (await prompts.confirm({ message: t.editRoles, default: false }))) {
      const roles: NonNullable<InitInput['roles']> = {};
      for (const role of frame.roles) {
        const given = await prompts.input({ message: t.roleResponsibilities(role.name), default: (role.responsibilities ?? []).join('; ') });
        const responsibilities = given.split(';').map((r) => r.trim()).filter(Boolean);
        if (responsibilities.length > 0) roles[role.id] = { responsibilities };
      }
      answers.roles = roles;
    }
  }
  prompts.note(text.steps.process);
  if (!answers.start) {
    answers.start = (await prompts.input({ message: t.start, default: source.defaults.start, validate: (v) => (isIsoDate(v.trim()) ? true : text.invalid.date) })).trim();
  }
  if (answers.weeks === undefined) answers.weeks = Number(await prompts.input({ message: t.weeks, default: String(source.defaults.weeks), validate: wholeNumber(text, limits.weeks) }));
  if (answers.cadenceWeeks === undefined) {
    answers.cadenceWeeks = Number(await prompts.input({ message: t.cadenceWeeks, default: String(frame.process.cadence.everyWeeks), validate: wholeNumber(text, limits.cadenceWeeks) }));
  }
  if (answers.sessionMinutes === undefined) {
    answers.sessionMinutes = Number(await prompts.input({ message: t.sessionMinutes, default: String(frame.process.cadence.minutes), validate: wholeNumber(text, limits.sessionMinutes) }));
  }
  if (!answers.mix) {
    const m = frame.process.learningMix;
    const tolerance = m.tolerance ?? 10;
    const mix = await prompts.input({
      message: t.mix,
      default: `${m.experience}/${m.social}/${m.formal}`,
      validate: (v) => {
        const parsed = parseMix(v);
        if (!parsed) return text.invalid.mix;
        return mixDeviationFromNorm(parsed) > tolerance ? text.invalid.mixDeviation(tolerance) : true;
      },
    });
    answers.mix = parseMix(mix)!;
  }
  if (answers.milestones === undefined) {
    const period = { start: answers.start, end: endOf(answers.start, answers.weeks) };
    const dated: MilestoneInput[] = [];
    const newOne = '\u0000new';
    const done = '\u0000done';
    for (;;) {
      // The template's milestones with the dates given so far: shown by name with the day they fall on.
      const current = frame.process.milestones.map((m) => ({ ...m, date: dated.find((d) => d.id === m.id)?.date ?? m.date }));
      const choice = await prompts.select<string>({
        message: t.milestone,
        choices: [
          { value: done, name: text.choices.done },
          ...current.map((m) => ({ value: m.id, name: `${m.name} – ${resolveDate(m.date, period)}` })),
          ...dated.filter((d) => !frame.process.milestones.some((m) => m.id === d.id)).map((d) => ({ value: `\u0000added:${d.name}`, name: `${d.name} – ${d.date}` })),
          { value: newOne, name: text.choices.newMilestone },
        ],
        default: done,
      });
      if (choice === done) break;
      if (choice.startsWith('\u0000added:')) continue;
      const name = choice === newOne ? (await prompts.input({ message: t.milestoneName, validate: required(text) })).trim() : (frame.process.milestones.find((m) => m.id === choice)?.name ?? choice);
      const date = (await prompts.input({ message: t.milestoneDate(name), validate: (v) => (isIsoDate(v.trim()) ? true : text.invalid.date) })).trim();
      if (choice === newOne) dated.push({ name, date });
      else {
        const at = dated.findIndex((d) => d.id === choice);
        if (at === -1) dated.push({ id: choice, date });
        else dated[at] = { id: choice, date };
      }
    }
    if (dated.length > 0) answers.milestones = dated;
  }
  if (answers.communications === undefined && !answers.customCommunications) {
    const templateMessages = frame.communications ?? [];
    if (templateMessages.length > 0) {
      answers.communications = await prompts.checkbox({
        message: t.communications,
        choices: templateMessages.map((c) => ({ value: c.id, name: `${c.subject ? checklistSubject(c.subject, answers) : c.id} (${text.choices.purpose[c.purpose]}, ${text.choices.channel[c.channel]})`, checked: true })),
      });
    }
    const roleChoices = frame.roles.map((r) => ({ value: r.id, name: r.name }));
    const milestoneIds = [...frame.process.milestones.map((m) => m.id), ...(answers.milestones ?? []).flatMap((m) => (m.id ? [m.id] : m.name ? [idFromName(m.name, 'milestone')] : []))];
    const own: CommunicationInput[] = [];
    for (;;) {
      const subject = (await prompts.input({ message: t.addMessage })).trim();
      if (subject === '') break;
      const from = await prompts.select<string>({ message: t.messageFrom(subject), choices: roleChoices, default: 'hr-owner' });
      const to = await prompts.checkbox<string>({ message: t.messageTo(subject), choices: roleChoices.map((r) => ({ ...r, checked: false })), required: text.invalid.pickOne });
      const channel = await prompts.select<CommunicationInput['channel']>({ message: t.messageChannel(subject), choices: (Object.keys(text.choices.channel) as CommunicationInput['channel'][]).map((value) => ({ value, name: text.choices.channel[value] })), default: 'email' });
      const purpose = await prompts.select<CommunicationInput['purpose']>({ message: t.messagePurpose(subject), choices: (Object.keys(text.choices.purpose) as CommunicationInput['purpose'][]).map((value) => ({ value, name: text.choices.purpose[value] })), default: 'buy-in' });
      const when = parseWhen(await prompts.input({ message: t.messageWhen(subject), default: 'kick-off-7', validate: (v) => (parseWhen(v, milestoneIds) ? true : text.invalid.when(milestoneIds)) }), milestoneIds)!;
      const body = (await prompts.input({ message: t.messageText(subject) })).trim();
      own.push({ subject, from, to: to as NonNullable<CommunicationInput['to']>, channel, purpose, ...when, ...(body ? { text: body } : {}) });
    }
    if (own.length > 0) answers.customCommunications = own;
  }

  // Step 3: preparing mentors, before anyone mentors.
  if (answers.preparation === undefined && !answers.customModules) {
    prompts.note(text.steps.preparation);
    const modules = frame.preparation?.modules ?? [];
    if (modules.length > 0) {
      answers.preparation = await prompts.checkbox({ message: t.preparation, choices: modules.map((m) => ({ value: m.id, name: `${m.name} (${m.hours} h)`, checked: true })) });
    }
    const own: ModuleInput[] = [];
    for (;;) {
      const name = (await prompts.input({ message: t.addModule })).trim();
      if (name === '') break;
      const hours = Number(await prompts.input({ message: t.moduleHours(name), default: '2', validate: (v) => (numberPattern.test(v.trim()) && Number(v) > 0 ? true : text.invalid.number) }));
      own.push({ name, hours });
    }
    if (own.length > 0) answers.customModules = own;
  }

  // Step 4: success measures.
  // Only KPIs that still measure something: one scoped to competencies left out has nothing to measure.
  const keptCompetencies = new Set([...(answers.competencies ?? []), ...(answers.customCompetencies ?? []).map((c) => c.id)]);
  const measurable = frame.kpis.filter((k) => !k.scope?.competencies || k.scope.competencies.some((c) => keptCompetencies.has(c)));
  if (!answers.kpis && !answers.customKpis) {
    prompts.note(text.steps.kpis);
    if (measurable.length > 0) answers.kpis = await prompts.checkbox({ message: t.kpis, choices: measurable.map((k) => ({ value: k.id, name: k.name, checked: true })) });
    else answers.kpis = [];
    const own: KpiInput[] = [];
    const external = '\u0000external';
    for (;;) {
      const name = (await prompts.input({ message: t.addKpi })).trim();
      if (name === '') break;
      const level = await prompts.select<1 | 2 | 3 | 4>({ message: t.kpiLevel(name), choices: ([1, 2, 3, 4] as const).map((value) => ({ value, name: text.choices.kirkpatrick[value] })), default: 4 });
      const metric = await prompts.select<string>({ message: t.kpiMetric(name), choices: [{ value: external, name: text.choices.externalMetric }, ...builtinMetricIds.map((value) => ({ value, name: value }))], default: external });
      const optionalNumber = (v: string): true | string => (v.trim() === '' || numberPattern.test(v.trim()) ? true : text.invalid.number);
      const baseline = (await prompts.input({ message: t.kpiBaseline(name), validate: optionalNumber })).trim();
      const target = (await prompts.input({ message: t.kpiTarget(name), validate: (v) => (numberPattern.test(v.trim()) ? true : text.invalid.number) })).trim();
      const unit = (await prompts.input({ message: t.kpiUnit(name) })).trim();
      const direction = await prompts.select<'higher' | 'lower'>({ message: t.kpiDirection(name), choices: (['higher', 'lower'] as const).map((value) => ({ value, name: text.choices.direction[value] })), default: 'higher' });
      const source = metric === external ? (await prompts.input({ message: t.kpiSource(name), validate: required(text) })).trim() : '';
      own.push({
        name,
        level,
        ...(metric !== external ? { metric } : {}),
        ...(baseline ? { baseline: Number(baseline) } : {}),
        target: Number(target),
        ...(unit ? { unit } : {}),
        direction,
        ...(source ? { source } : {}),
      });
    }
    if (own.length > 0) answers.customKpis = own;
  }

  // Only then, and only if the user wants to: people.
  if (!answers.mentees && !answers.mentors) {
    prompts.note(text.steps.people);
    if (await prompts.confirm({ message: t.addPeople, default: false })) {
      const firstScale = scales[0]?.id ?? '';
      const competencies: Competency[] = [
        ...frame.competencies.filter((c) => answers.competencies!.includes(c.id) && answers.goals!.includes(c.goal)).map(scaleOf),
        ...(answers.customCompetencies ?? []).map((c) => scaleOf({ id: c.id!, name: c.name, importance: c.importance, scale: firstScale, goal: c.goal ?? '' })),
      ];
      const managers = answers.lineManagers ?? [];
      answers.mentees = await askMentees(ctx, scales, competencies, managers);
      answers.mentors = await askMentors(ctx, scales, competencies, managers);
      const pairs = await askPairs(ctx, answers.mentors, answers.mentees);
      if (pairs.length > 0) answers.pairs = pairs;
      const modules = (answers.preparation?.length ?? 0) + (answers.customModules?.length ?? 0);
      if (answers.mentors.length > 0 && modules > 0 && answers.mentorsPrepared === undefined) {
        const day = (await prompts.input({ message: t.mentorsPrepared, validate: (v) => (v.trim() === '' || isIsoDate(v.trim()) ? true : text.invalid.date) })).trim();
        if (day) answers.mentorsPrepared = day;
      }
    }
  }
  return answers;
}

/**
 * A template message's subject as the checklist shows it: the programme's name and organisation
 * typed so far put in, any other placeholder (a date the plan fills in later) as `…`, never
 * `{recruitment-closes}` raw.
 */
export function checklistSubject(subject: string, known: { name?: string; organisation?: string }): string {
  return subject.replace(placeholderPattern, (whole, name: string) => (name === 'programme' ? (known.name ?? whole) : name === 'organisation' ? (known.organisation ?? whole) : '…'));
}

/**
 * The line manager offered first for a person: the one heading the department just typed, else the
 * only one there is. With several and none of that department, none: a hurried Enter never files
 * someone under whichever manager was named first.
 */
export function defaultManager(department: string, managers: readonly PersonInput[]): string | undefined {
  const key = personNameKey(department);
  const own = key === '' ? [] : managers.filter((m) => m.department !== undefined && personNameKey(m.department) === key);
  if (own.length === 1) return own[0]!.name;
  return managers.length === 1 ? managers[0]!.name : undefined;
}

/** A department and a line manager for a person typed in the dialogue: the manager picked from those named in step 2. */
async function askPlace(ctx: DialogContext, name: string, managers: readonly PersonInput[]): Promise<{ department?: string; lineManager?: string }> {
  const { prompts, text } = ctx;
  const department = (await prompts.input({ message: text.prompts.department(name) })).trim();
  const none = '\u0000none';
  const lineManager =
    managers.length > 0
      ? await prompts.select<string>({ message: text.prompts.lineManagerOf(name), choices: [...managers.map((m) => ({ value: m.name, name: m.name })), { value: none, name: text.choices.noLineManager }], default: defaultManager(department, managers) ?? none })
      : none;
  return { ...(department ? { department } : {}), ...(lineManager !== none ? { lineManager } : {}) };
}

/** Pairs picked from the people typed: a mentor with room left, then a mentee not yet paired; an empty choice goes on. */
async function askPairs(ctx: DialogContext, mentors: readonly MentorInput[], mentees: readonly MenteeInput[]): Promise<PairInput[]> {
  const { prompts, text } = ctx;
  const pairs: PairInput[] = [];
  const done = '\u0000done';
  for (;;) {
    const free = mentees.filter((m) => !pairs.some((p) => p.mentee === m.name));
    const open = mentors.filter((m) => pairs.filter((p) => p.mentor === m.name).length < (m.capacity ?? 2));
    if (free.length === 0 || open.length === 0) return pairs;
    const mentor = await prompts.select<string>({ message: text.prompts.pairMentor, choices: [{ value: done, name: text.choices.done }, ...open.map((m) => ({ value: m.name, name: m.name }))], default: done });
    if (mentor === done) return pairs;
    const mentee = await prompts.select<string>({ message: text.prompts.pairMentee(mentor), choices: free.map((m) => ({ value: m.name, name: m.name })) });
    pairs.push({ mentor, mentee });
  }
}

async function askMentees(ctx: DialogContext, scales: readonly Scale[], competencies: Competency[], managers: readonly PersonInput[]): Promise<MenteeInput[]> {
  const { prompts, text } = ctx;
  const mentees: MenteeInput[] = [];
  for (;;) {
    const name = (await prompts.input({ message: text.prompts.menteeName })).trim();
    if (name === '') return mentees;
    const place = await askPlace(ctx, name, managers);
    const plan: MenteeInput['competencies'][number][] = [];
    for (const c of competencies) {
      const levels = levelsOf(scales, c);
      const baseline = await prompts.select<number | null>({
        message: text.prompts.baseline(c.name),
        choices: [{ value: null, name: text.prompts.notInPlan }, ...levels.slice(0, -1).map((l) => ({ value: l, name: String(l) }))],
        default: null,
      });
      if (baseline === null) continue;
      const above = levels.filter((l) => l > baseline);
      const target = await prompts.select<number>({ message: text.prompts.target(c.name), choices: above.map((l) => ({ value: l, name: String(l) })), default: above[Math.min(1, above.length - 1)]! });
      plan.push({ competency: c.id, baseline, target });
    }
    if (plan.length === 0) {
      prompts.note(text.invalid.pickOne);
      continue;
    }
    mentees.push({ name, ...place, competencies: plan as MenteeInput['competencies'] });
  }
}

async function askMentors(ctx: DialogContext, scales: readonly Scale[], competencies: Competency[], managers: readonly PersonInput[]): Promise<MentorInput[]> {
  const { prompts, text } = ctx;
  const mentors: MentorInput[] = [];
  for (;;) {
    const name = (await prompts.input({ message: text.prompts.mentorName })).trim();
    if (name === '') return mentors;
    const place = await askPlace(ctx, name, managers);
    const capacity = Number(await prompts.input({ message: text.prompts.capacity, default: '2', validate: wholeNumber(text, [1, 20]) }));
    const levels: Record<string, number> = {};
    for (const c of competencies) {
      const scale = levelsOf(scales, c);
      const top = scale[scale.length - 1]!;
      const level = await prompts.select<number | null>({
        message: text.prompts.mentorLevel(c.name),
        choices: [...scale.map((l) => ({ value: l, name: String(l) })), { value: null, name: text.prompts.notInPlan }],
        default: top,
      });
      if (level !== null) levels[c.id] = level;
    }
    mentors.push({ name, ...place, capacity, levels });
  }
}
