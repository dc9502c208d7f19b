import type { Locale } from '../../messages/index.js';
import { defaultStart, isIsoDate } from './dates.js';
import type { CompetencyInput, GoalInput, MenteeInput, MentorInput, PairInput, PersonInput, Phase, RecruitmentMethod, ScaffoldAnswers } from './types.js';
import { slugify } from './slug.js';
import { nearest } from '../text/nearest.js';

export interface Mix {
  experience: number;
  social: number;
  formal: number;
}

/**
 * Everything `mentor init` can be told, by flags, an answers file or prompts, before defaults.
 * The answers file uses these keys, except that own goals and competencies are written inline in
 * `goals` and `competencies` as mappings next to the ids kept from the template.
 */
export interface InitInput extends Partial<Pick<ScaffoldAnswers, SharedAnswerKey>> {
  dir?: string;
  template?: string;
  from?: string;
  locale?: Locale;
  phase?: Phase;
  weeks?: number;
  cadenceWeeks?: number;
  sessionMinutes?: number;
  mix?: Mix;
  kpis?: string[];
  mentors?: MentorInput[];
  mentees?: MenteeInput[];
  /** Where the CI workflow installs mentor from (an npm install spec). */
  toolSource?: string;
}

/** Answers that pass from the user's input to the resolved answers unchanged in shape. */
type SharedAnswerKey =
  | 'id'
  | 'name'
  | 'organisation'
  | 'description'
  | 'goals'
  | 'customGoals'
  | 'competencies'
  | 'customCompetencies'
  | 'criteria'
  | 'recruitment'
  | 'size'
  | 'hrOwner'
  | 'sponsor'
  | 'lineManagers'
  | 'pairs'
  | 'mentorsPrepared'
  | 'start';

/** Keys an answers file may hold. */
export const answerKeys = [
  'dir',
  'template',
  'from',
  'locale',
  'phase',
  'id',
  'name',
  'organisation',
  'description',
  'goals',
  'competencies',
  'criteria',
  'recruitment',
  'size',
  'hrOwner',
  'sponsor',
  'lineManagers',
  'start',
  'weeks',
  'cadenceWeeks',
  'sessionMinutes',
  'mix',
  'kpis',
  'mentors',
  'mentees',
  'mentorsPrepared',
  'pairs',
  'toolSource',
] as const;

/** Keys of an own goal and an own competency in an answers file. */
const ownGoalKeys = ['id', 'name', 'description'] as const;
const ownCompetencyKeys = ['id', 'name', 'importance', 'goal', 'whyVacant', 'description'] as const;

/** Limits shared by flags, the answers file and prompts. */
export const limits = {
  weeks: [12, 104],
  cadenceWeeks: [1, 12],
  sessionMinutes: [15, 480],
  size: [1, 1000],
} as const satisfies Record<string, readonly [number, number]>;

export const phases: readonly Phase[] = ['pilot', 'rollout'];
export const recruitmentMethods: readonly RecruitmentMethod[] = ['nomination', 'application', 'mixed'];
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isId(value: string): boolean {
  return idPattern.test(value);
}

/** Reads `70/20/10` (or `70,20,10`, `70:20:10`) as a mix; undefined unless three numbers add up to 100. */
export function parseMix(text: string): Mix | undefined {
  const parts = text.split(/[/,:\s]+/).filter(Boolean).map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n) || n < 0 || n > 100)) return undefined;
  const [experience, social, formal] = parts as [number, number, number];
  return Math.abs(experience + social + formal - 100) < 1e-9 ? { experience, social, formal } : undefined;
}

/** The largest distance of a mix from 70:20:10, in points. */
export function mixDeviation(mix: Mix): number {
  return Math.max(Math.abs(mix.experience - 70), Math.abs(mix.social - 20), Math.abs(mix.formal - 10));
}

/** Splits `a,b, c` into ids. */
export function parseIdList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a value in an answers file should have been, for the catalogues to word. */
export type AnswerExpectation =
  | { kind: 'mapping' }
  | { kind: 'text' }
  | { kind: 'whole'; min: number; max: number }
  | { kind: 'ids' }
  | { kind: 'people' }
  /** A name, or a mapping with a `name` (the HR owner, the sponsor). */
  | { kind: 'person' }
  | { kind: 'pairs' }
  | { kind: 'id' }
  | { kind: 'one-of'; values: readonly string[] }
  | { kind: 'date' }
  | { kind: 'mix' }
  | { kind: 'selection' }
  | { kind: 'item' }
  | { kind: 'goal-id' }
  | { kind: 'importance' }
  /** A key an own goal or competency does not have (`allowed` lists those it has). */
  | { kind: 'no-such-key'; allowed: readonly string[]; suggestion?: string };

/** What is wrong with an answers file: unknown top-level keys, and values of the wrong kind, each named by its key. */
export interface AnswersProblems {
  unknown: string[];
  invalid: { key: string; expected: AnswerExpectation }[];
}

/**
 * Reads the plain value of an answers file (YAML or JSON) into `InitInput`, checking each value the
 * way the matching flag is checked. Dates may be written unquoted (YAML reads them as text here).
 */
export function parseAnswers(data: unknown): { input: InitInput; problems: AnswersProblems } {
  const problems: AnswersProblems = { unknown: [], invalid: [] };
  const input: InitInput = {};
  if (data === null || data === undefined) return { input, problems };
  if (!isObject(data)) {
    problems.invalid.push({ key: '(file)', expected: { kind: 'mapping' } });
    return { input, problems };
  }
  const bad = (key: string, expected: AnswerExpectation): void => void problems.invalid.push({ key, expected });
  const text = (key: string, value: unknown): string | undefined => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    bad(key, { kind: 'text' });
    return undefined;
  };
  const whole = (key: keyof typeof limits, value: unknown): number | undefined => {
    const [min, max] = limits[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    bad(key, { kind: 'whole', min, max });
    return undefined;
  };
  const ids = (key: string, value: unknown): string[] | undefined => {
    const list = typeof value === 'string' ? parseIdList(value) : Array.isArray(value) ? value : undefined;
    if (!list || !list.every((v) => typeof v === 'string')) {
      bad(key, { kind: 'ids' });
      return undefined;
    }
    return list as string[];
  };
  const people = <T>(key: string, value: unknown): T[] | undefined => {
    if (Array.isArray(value) && value.every((v) => isObject(v) && typeof v['name'] === 'string')) return value as T[];
    bad(key, { kind: 'people' });
    return undefined;
  };
  const set = <K extends keyof InitInput>(key: K, value: InitInput[K] | undefined): void => {
    if (value !== undefined) input[key] = value;
  };

  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case 'dir':
      case 'template':
      case 'from':
      case 'name':
      case 'organisation':
      case 'description':
      case 'toolSource':
        set(key, text(key, value));
        break;
      case 'id': {
        const id = text(key, value);
        if (id !== undefined && !isId(id)) bad(key, { kind: 'id' });
        else set('id', id);
        break;
      }
      case 'locale':
        if (value === 'en' || value === 'pl') input.locale = value;
        else bad(key, { kind: 'one-of', values: ['en', 'pl'] });
        break;
      case 'phase':
        if (value === 'pilot' || value === 'rollout') input.phase = value;
        else bad(key, { kind: 'one-of', values: phases });
        break;
      case 'recruitment':
        if ((recruitmentMethods as readonly unknown[]).includes(value)) input.recruitment = value as RecruitmentMethod;
        else bad(key, { kind: 'one-of', values: recruitmentMethods });
        break;
      case 'start':
      case 'mentorsPrepared': {
        // YAML 1.2 core schema keeps 2026-03-02 as text; a Date would mean another loader.
        const date = value instanceof Date ? value.toISOString().slice(0, 10) : value;
        if (typeof date === 'string' && isIsoDate(date)) input[key] = date;
        else bad(key, { kind: 'date' });
        break;
      }
      case 'weeks':
      case 'cadenceWeeks':
      case 'sessionMinutes':
      case 'size':
        set(key, whole(key, value));
        break;
      case 'mix': {
        const mix = typeof value === 'string' ? parseMix(value) : isObject(value) ? parseMix(`${String(value['experience'])}/${String(value['social'])}/${String(value['formal'])}`) : undefined;
        if (mix) input.mix = mix;
        else bad(key, { kind: 'mix' });
        break;
      }
      case 'goals':
      case 'competencies': {
        if (!Array.isArray(value) && typeof value !== 'string') {
          bad(key, { kind: 'selection' });
          break;
        }
        const list = typeof value === 'string' ? parseIdList(value) : (value as unknown[]);
        const kept: string[] = [];
        const own: Record<string, unknown>[] = [];
        const allowed = key === 'goals' ? ownGoalKeys : ownCompetencyKeys;
        list.forEach((item, i) => {
          const at = `${key}[${i}]`;
          if (typeof item === 'string') kept.push(item);
          else if (isObject(item) && typeof item['name'] === 'string') {
            for (const k of Object.keys(item)) {
              if ((allowed as readonly string[]).includes(k)) continue;
              const suggestion = nearest(k, allowed);
              bad(`${at}.${k}`, { kind: 'no-such-key', allowed, ...(suggestion ? { suggestion } : {}) });
            }
            if (item['id'] !== undefined && (typeof item['id'] !== 'string' || !isId(item['id']))) bad(`${at}.id`, { kind: 'id' });
            if (item['goal'] !== undefined && typeof item['goal'] !== 'string') bad(`${at}.goal`, { kind: 'goal-id' });
            own.push({ ...item, at });
          } else bad(at, { kind: 'item' });
        });
        // The ids listed are the template's to keep: `[{ name: Mine }]` alone keeps none of them.
        if (key === 'goals') {
          input.goals = kept;
          if (own.length > 0) input.customGoals = own as unknown as GoalInput[];
        } else {
          input.competencies = kept;
          for (const c of own) if (c['importance'] !== 'strategic' && c['importance'] !== 'tactical') bad(`${String(c['at'])}.importance`, { kind: 'importance' });
          if (own.length > 0) input.customCompetencies = own as unknown as CompetencyInput[];
        }
        break;
      }
      case 'criteria':
      case 'kpis':
        set(key, ids(key, value));
        break;
      case 'hrOwner':
      case 'sponsor':
        if (typeof value === 'string' && value.trim() !== '') input[key] = value.trim();
        else if (isObject(value) && typeof value['name'] === 'string' && (value['id'] === undefined || (typeof value['id'] === 'string' && isId(value['id'])))) input[key] = value as unknown as PersonInput;
        else bad(key, { kind: 'person' });
        break;
      case 'lineManagers':
        set('lineManagers', people<PersonInput>(key, value));
        break;
      case 'pairs':
        if (Array.isArray(value) && value.every((v) => isObject(v) && typeof v['mentor'] === 'string' && typeof v['mentee'] === 'string')) input.pairs = value as PairInput[];
        else bad(key, { kind: 'pairs' });
        break;
      case 'mentors':
        set('mentors', people<MentorInput>(key, value));
        break;
      case 'mentees':
        set('mentees', people<MenteeInput>(key, value));
        break;
      default:
        problems.unknown.push(key);
    }
  }
  return { input, problems };
}

/** Defaults that come from the template or the pilot, not from the tool. */
export interface SourceDefaults {
  name: string;
  weeks: number;
  description?: string;
  organisation?: string;
  start?: string;
}

export type MissingAnswer = 'dir' | 'organisation';

/**
 * Fills in defaults and says what is missing. Only the folder and the organisation have no
 * default; `--yes` accepts a marked placeholder for the organisation.
 */
export function resolveAnswers(
  input: InitInput,
  context: { defaults: SourceDefaults; locale: Locale; yes: boolean; today: string; placeholderOrganisation: string; folderName?: string },
): { answers: ScaffoldAnswers; missing: [] } | { missing: MissingAnswer[] } {
  const missing: MissingAnswer[] = [];
  if (!input.dir) missing.push('dir');
  const organisation = input.organisation ?? context.defaults.organisation ?? (context.yes ? context.placeholderOrganisation : undefined);
  if (organisation === undefined) missing.push('organisation');
  if (missing.length > 0) return { missing };

  // The programme id defaults to the folder's name (`.` means the folder the user is in).
  const folderName = context.folderName ?? input.dir!.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  const start = input.start ?? context.defaults.start ?? defaultStart(context.today);
  const answers: ScaffoldAnswers = {
    id: input.id ?? (slugify(folderName) || 'programme'),
    // `{year}` also in an accepted dialogue default: the start (and so its year) is asked after the name.
    name: (input.name ?? context.defaults.name).replace('{year}', start.slice(0, 4)),
    organisation: organisation!,
    locale: context.locale,
    phase: input.phase ?? (input.from ? 'rollout' : 'pilot'),
    start,
    weeks: input.weeks ?? context.defaults.weeks,
  };
  const description = input.description ?? context.defaults.description;
  if (description) answers.description = description;
  const copy = <K extends keyof ScaffoldAnswers & keyof InitInput>(key: K): void => {
    if (input[key] !== undefined) (answers as unknown as Record<string, unknown>)[key] = input[key];
  };
  for (const key of ['goals', 'customGoals', 'competencies', 'customCompetencies', 'criteria', 'recruitment', 'size', 'hrOwner', 'sponsor', 'lineManagers', 'kpis', 'mentors', 'mentees', 'pairs', 'mentorsPrepared'] as const) copy(key);
  if (input.cadenceWeeks !== undefined || input.sessionMinutes !== undefined) {
    answers.cadence = { ...(input.cadenceWeeks !== undefined ? { everyWeeks: input.cadenceWeeks } : {}), ...(input.sessionMinutes !== undefined ? { minutes: input.sessionMinutes } : {}) };
  }
  if (input.mix) answers.learningMix = input.mix;
  return { answers, missing: [] };
}
