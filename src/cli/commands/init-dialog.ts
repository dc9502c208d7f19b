import { limits, mixDeviation, parseMix, recruitmentMethods, type InitInput } from '../../core/scaffold/answers.js';
import { isIsoDate } from '../../core/scaffold/dates.js';
import { slugify, uniqueId } from '../../core/scaffold/slug.js';
import type { Competency, Scale } from '../../core/model/schema-types.js';
import type { CompetencyInput, Frame, GoalInput, MenteeInput, MentorInput, Template } from '../../core/scaffold/types.js';
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
  /** Checks a pilot path: true, or why it cannot be used. */
  checkPilot: (path: string) => Promise<true | string>;
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

const levelsOf = (frame: Frame, c: Competency): number[] => (frame.scales.find((s: Scale) => s.id === c.scale)?.levels.map((l) => l.level) ?? []).slice().sort((a, b) => a - b);

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
      choices: (['pilot', 'rollout'] as const).map((value) => ({ value, name: text.choices.phase[value] })),
      default: 'pilot',
    });
  }
  if (answers.phase === 'rollout' && !answers.from) {
    let from = '';
    for (;;) {
      from = (await prompts.input({ message: t.from, validate: required(text) })).trim();
      const ok = await ctx.checkPilot(from);
      if (ok === true) break;
      prompts.note(ok);
    }
    answers.from = from;
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
    const own = await askOwnItems<GoalInput>(prompts, text, t.addGoal, answers.goals.length, async (name) => ({ id: uniqueId(slugify(name) || 'goal', taken), name }));
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
      // Named now, so mentees below can be given a baseline and a target in it.
      return { id: uniqueId(slugify(name) || 'competency', takenCompetencies), name, importance, ...(goal ? { goal } : {}) };
    });
    if (own.length > 0) answers.customCompetencies = own;
  }
  const scale = frame.scales[0];
  if (scale) prompts.note(t.scale(scale.name, scale.levels.map((l) => `${l.level} ${l.label}`).join(' · ')));

  // Step 1, after the goals: who the programme is for.
  if (frame.addressees) {
    prompts.note(text.steps.addressees);
    if (!answers.criteria) {
      answers.criteria = await prompts.checkbox({
        message: t.criteria,
        choices: frame.addressees.criteria.map((c) => ({ value: c.id, name: c.description, checked: true })),
        required: text.invalid.pickOne,
      });
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
        return mixDeviation(parsed) > tolerance ? text.invalid.mixDeviation(tolerance) : true;
      },
    });
    answers.mix = parseMix(mix)!;
  }

  // Step 4: success measures.
  // Only KPIs that still measure something: one scoped to competencies left out has nothing to measure.
  const keptCompetencies = new Set([...(answers.competencies ?? []), ...(answers.customCompetencies ?? []).map((c) => c.id)]);
  const measurable = frame.kpis.filter((k) => !k.scope?.competencies || k.scope.competencies.some((c) => keptCompetencies.has(c)));
  if (!answers.kpis && measurable.length > 0) {
    prompts.note(text.steps.kpis);
    answers.kpis = await prompts.checkbox({ message: t.kpis, choices: measurable.map((k) => ({ value: k.id, name: k.name, checked: true })) });
  }

  // Only then, and only if the user wants to: people.
  if (!answers.mentees && !answers.mentors) {
    prompts.note(text.steps.people);
    if (await prompts.confirm({ message: t.addPeople, default: false })) {
      const firstScale = frame.scales[0]?.id ?? '';
      const competencies: Competency[] = [
        ...frame.competencies.filter((c) => answers.competencies!.includes(c.id) && answers.goals!.includes(c.goal)),
        ...(answers.customCompetencies ?? []).map((c) => ({ id: c.id!, name: c.name, importance: c.importance, scale: firstScale, goal: c.goal ?? '' })),
      ];
      answers.mentees = await askMentees(ctx, frame, competencies);
      answers.mentors = await askMentors(ctx, frame, competencies);
    }
  }
  return answers;
}

async function askMentees(ctx: DialogContext, frame: Frame, competencies: Competency[]): Promise<MenteeInput[]> {
  const { prompts, text } = ctx;
  const mentees: MenteeInput[] = [];
  for (;;) {
    const name = (await prompts.input({ message: text.prompts.menteeName })).trim();
    if (name === '') return mentees;
    const plan: MenteeInput['competencies'][number][] = [];
    for (const c of competencies) {
      const levels = levelsOf(frame, c);
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
    mentees.push({ name, competencies: plan as MenteeInput['competencies'] });
  }
}

async function askMentors(ctx: DialogContext, frame: Frame, competencies: Competency[]): Promise<MentorInput[]> {
  const { prompts, text } = ctx;
  const mentors: MentorInput[] = [];
  for (;;) {
    const name = (await prompts.input({ message: text.prompts.mentorName })).trim();
    if (name === '') return mentors;
    const capacity = Number(await prompts.input({ message: text.prompts.capacity, default: '2', validate: wholeNumber(text, [1, 20]) }));
    const levels: Record<string, number> = {};
    for (const c of competencies) {
      const scale = levelsOf(frame, c);
      const top = scale[scale.length - 1]!;
      const level = await prompts.select<number | null>({
        message: text.prompts.mentorLevel(c.name),
        choices: [...scale.map((l) => ({ value: l, name: String(l) })), { value: null, name: text.prompts.notInPlan }],
        default: top,
      });
      if (level !== null) levels[c.id] = level;
    }
    mentors.push({ name, capacity, levels });
  }
}
