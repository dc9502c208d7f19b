import type { Locale } from '../../messages/index.js';
import { defaultStart, isIsoDate, isRelativeDate } from './dates.js';
import type {
  CommunicationInput,
  CompetencyInput,
  CriterionInput,
  GoalInput,
  KpiInput,
  MenteeInput,
  MentorInput,
  MilestoneInput,
  ModuleInput,
  PairInput,
  PersonInput,
  Phase,
  RecruitmentMethod,
  RoleInput,
  ScaffoldAnswers,
  ScaleInput,
} from './types.js';
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
  /**
   * Where an answers file listed each id a selection keeps (`preparation[2]`), in the order of the
   * selection's ids: for a message about an id the template lacks to name its position.
   */
  selectedAt?: Partial<Record<'goals' | 'competencies' | 'criteria' | 'kpis' | 'preparation' | 'communications', string[]>>;
}

/** Answers copied from the user's input to the resolved answers as they are. */
const copiedAnswerKeys = [
  'goals',
  'customGoals',
  'competencies',
  'customCompetencies',
  'scale',
  'criteria',
  'customCriteria',
  'recruitment',
  'size',
  'hrOwner',
  'sponsor',
  'lineManagers',
  'roles',
  'milestones',
  'communications',
  'customCommunications',
  'preparation',
  'customModules',
  'kpis',
  'customKpis',
  'mentors',
  'mentees',
  'pairs',
  'mentorsPrepared',
] as const;

/** Answers that pass from the user's input to the resolved answers unchanged in shape (KPIs, mentors and mentees are typed apart in InitInput). */
type SharedAnswerKey = 'id' | 'name' | 'organisation' | 'description' | 'start' | Exclude<(typeof copiedAnswerKeys)[number], 'kpis' | 'mentors' | 'mentees'>;

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
  'scale',
  'criteria',
  'recruitment',
  'size',
  'hrOwner',
  'sponsor',
  'lineManagers',
  'roles',
  'start',
  'weeks',
  'cadenceWeeks',
  'sessionMinutes',
  'mix',
  'milestones',
  'communications',
  'preparation',
  'kpis',
  'mentors',
  'mentees',
  'mentorsPrepared',
  'pairs',
  'toolSource',
] as const;

/** Keys of an own goal and an own competency in an answers file. */
const ownGoalKeys = ['id', 'name', 'description'] as const;
const ownCompetencyKeys = ['id', 'name', 'importance', 'goal', 'whyVacant', 'description', 'defaultTarget'] as const;

/** What one key of an own item (criterion, module, KPI, message, milestone) may hold. */
type Field =
  | { kind: 'id' | 'text' | 'number' | 'boolean' | 'ids' | 'texts' | 'day' | 'offset' | 'time' }
  | { kind: 'whole'; min: number; max: number }
  | { kind: 'one-of'; values: readonly (string | number)[] };

const channels = ['email', 'meeting', 'intranet', 'chat', 'letter', 'video', 'phone', 'other'] as const;
const purposes = ['buy-in', 'information', 'reminder', 'celebration'] as const;

/** The keys of the user's own items in an answers file, with what each holds; `required` ones must be there. */
const ownItems = {
  criteria: {
    required: ['description'],
    fields: {
      id: { kind: 'id' },
      description: { kind: 'text' },
      minGap: { kind: 'whole', min: 1, max: 20 },
      importance: { kind: 'one-of', values: ['strategic', 'tactical'] },
      minTenureMonths: { kind: 'whole', min: 0, max: 600 },
      titles: { kind: 'texts' },
      departments: { kind: 'texts' },
      maxPerDepartment: { kind: 'whole', min: 1, max: 1000 },
    },
  },
  preparation: {
    required: ['name', 'hours'],
    fields: { id: { kind: 'id' }, name: { kind: 'text' }, hours: { kind: 'number' }, required: { kind: 'boolean' } },
  },
  kpis: {
    required: ['name', 'level'],
    fields: {
      id: { kind: 'id' },
      name: { kind: 'text' },
      level: { kind: 'one-of', values: [1, 2, 3, 4] },
      metric: { kind: 'id' },
      baseline: { kind: 'number' },
      target: { kind: 'number' },
      unit: { kind: 'text' },
      direction: { kind: 'one-of', values: ['higher', 'lower'] },
      source: { kind: 'text' },
      competencies: { kind: 'ids' },
    },
  },
  communications: {
    required: ['from', 'channel', 'purpose'],
    fields: {
      id: { kind: 'id' },
      from: { kind: 'id' },
      to: { kind: 'ids' },
      toPeople: { kind: 'texts' },
      channel: { kind: 'one-of', values: channels },
      purpose: { kind: 'one-of', values: purposes },
      date: { kind: 'day' },
      milestone: { kind: 'id' },
      offsetDays: { kind: 'offset' },
      time: { kind: 'time' },
      minutes: { kind: 'whole', min: 5, max: 600 },
      subject: { kind: 'text' },
      text: { kind: 'text' },
    },
  },
  milestones: {
    required: [],
    fields: { id: { kind: 'id' }, name: { kind: 'text' }, date: { kind: 'day' } },
  },
} as const satisfies Record<string, { required: readonly string[]; fields: Record<string, Field> }>;

/** Words a value of a field must be, for the catalogues. */
function fieldExpectation(field: Field): AnswerExpectation {
  switch (field.kind) {
    case 'offset':
      return { kind: 'whole', min: -365, max: 365 };
    case 'whole':
      return { kind: 'whole', min: field.min, max: field.max };
    case 'one-of':
      return { kind: 'one-of', values: field.values.map(String) };
    default:
      // The other kinds are worded under their own name.
      return { kind: field.kind };
  }
}

/** The value of a field as the programme wants it, or undefined when it is not one. */
function fieldValue(field: Field, value: unknown): unknown {
  const list = (v: unknown): string[] | undefined => {
    const items = typeof v === 'string' ? parseIdList(v) : Array.isArray(v) ? v : undefined;
    return items && items.length > 0 && items.every((x) => typeof x === 'string' && x.trim() !== '') ? (items as string[]).map((x) => x.trim()) : undefined;
  };
  switch (field.kind) {
    case 'id':
      return typeof value === 'string' && isId(value) ? value : undefined;
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'ids': {
      const ids = list(value);
      return ids && ids.every(isId) ? ids : undefined;
    }
    case 'texts':
      return list(value);
    case 'day': {
      const day = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      return typeof day === 'string' && (isIsoDate(day.trim()) || isRelativeDate(day)) ? day.trim() : undefined;
    }
    case 'offset':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 365 ? value : undefined;
    case 'time':
      return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? value : undefined;
    case 'whole':
      return typeof value === 'number' && Number.isInteger(value) && value >= field.min && value <= field.max ? value : undefined;
    case 'one-of':
      return (field.values as readonly unknown[]).includes(value) ? value : undefined;
  }
}

/** Limits shared by flags, the answers file and prompts. */
export const limits = {
  weeks: [12, 104],
  cadenceWeeks: [1, 12],
  sessionMinutes: [15, 480],
  size: [1, 1000],
} as const satisfies Record<string, readonly [number, number]>;

export const phases: readonly Phase[] = ['pilot', 'rollout', 'cycle'];
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
export function mixDeviationFromNorm(mix: Mix): number {
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
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'texts' }
  /** A day: `YYYY-MM-DD`, or relative to the period (`start+14`, `mid`, `end-7`). */
  | { kind: 'day' }
  | { kind: 'time' }
  /** A required key is missing. */
  | { kind: 'required' }
  /** A message needs `date`, or `milestone` (with `offsetDays`). */
  | { kind: 'when' }
  /** A scale: a template's scale id, or `{ name, levels }`. */
  | { kind: 'scale' }
  /** Levels: at least two, each a label or `{ level, label, descriptor }`, levels rising. */
  | { kind: 'levels' }
  /** Roles: a mapping of role id to `{ name, responsibilities }`. */
  | { kind: 'roles' }
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
        if ((phases as readonly unknown[]).includes(value)) input.phase = value as Phase;
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
        const keptAt: string[] = [];
        list.forEach((item, i) => {
          const at = `${key}[${i}]`;
          if (typeof item === 'string') {
            kept.push(item);
            keptAt.push(at);
          }
          else if (isObject(item) && typeof item['name'] === 'string') {
            for (const k of Object.keys(item)) {
              if ((allowed as readonly string[]).includes(k)) continue;
              const suggestion = nearest(k, allowed);
              bad(`${at}.${k}`, { kind: 'no-such-key', allowed, ...(suggestion ? { suggestion } : {}) });
            }
            if (item['id'] !== undefined && (typeof item['id'] !== 'string' || !isId(item['id']))) bad(`${at}.id`, { kind: 'id' });
            if (item['goal'] !== undefined && typeof item['goal'] !== 'string') bad(`${at}.goal`, { kind: 'goal-id' });
            // The level a new mentee aims at (what `mentor select` measures a candidate's gap to); the validator checks it is on the scale.
            if (key === 'competencies' && item['defaultTarget'] !== undefined && !Number.isInteger(item['defaultTarget'])) bad(`${at}.defaultTarget`, { kind: 'whole', min: 0, max: 100 });
            own.push({ ...item, at });
          } else bad(at, { kind: 'item' });
        });
        input.selectedAt = { ...input.selectedAt, [key]: keptAt };
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
      case 'preparation':
      case 'communications':
      case 'milestones': {
        if (!Array.isArray(value) && typeof value !== 'string') {
          bad(key, { kind: key === 'milestones' ? 'item' : 'selection' });
          break;
        }
        const spec = ownItems[key];
        const kept: string[] = [];
        const keptAt: string[] = [];
        const own: Record<string, unknown>[] = [];
        (typeof value === 'string' ? parseIdList(value) : (value as unknown[])).forEach((item, i) => {
          const at = `${key}[${i}]`;
          if (typeof item === 'string' && key !== 'milestones') {
            kept.push(item);
            return void keptAt.push(at);
          }
          if (!isObject(item)) return bad(at, { kind: 'item' });
          const allowed = Object.keys(spec.fields);
          const checked: Record<string, unknown> = { at };
          for (const [k, v] of Object.entries(item)) {
            const field = (spec.fields as Record<string, Field>)[k];
            if (!field) {
              const suggestion = nearest(k, allowed);
              bad(`${at}.${k}`, { kind: 'no-such-key', allowed, ...(suggestion ? { suggestion } : {}) });
              continue;
            }
            const parsed = fieldValue(field, v);
            if (parsed === undefined) bad(`${at}.${k}`, fieldExpectation(field));
            else checked[k] = parsed;
          }
          for (const k of spec.required) if (item[k] === undefined) bad(`${at}.${k}`, { kind: 'required' });
          if (key === 'communications' && item['date'] === undefined && item['milestone'] === undefined) bad(`${at}.date`, { kind: 'when' });
          // A new milestone needs a name and a date; one of the template's (by id) may only be renamed or moved.
          if (key === 'milestones' && item['id'] === undefined && item['name'] === undefined) bad(`${at}.name`, { kind: 'required' });
          // (a date missing on a new one is the frame check's to report: only the frame knows its milestones)
          own.push(checked);
        });
        if (key !== 'milestones') input.selectedAt = { ...input.selectedAt, [key]: keptAt };
        if (key === 'criteria') {
          input.criteria = kept;
          if (own.length > 0) input.customCriteria = own as unknown as CriterionInput[];
        } else if (key === 'kpis') {
          input.kpis = kept;
          if (own.length > 0) input.customKpis = own as unknown as KpiInput[];
        } else if (key === 'preparation') {
          input.preparation = kept;
          if (own.length > 0) input.customModules = own as unknown as ModuleInput[];
        } else if (key === 'communications') {
          input.communications = kept;
          if (own.length > 0) input.customCommunications = own as unknown as CommunicationInput[];
        } else input.milestones = own as unknown as MilestoneInput[];
        break;
      }
      case 'scale': {
        const scale = parseScale(value, bad);
        if (scale !== undefined) input.scale = scale;
        break;
      }
      case 'roles': {
        if (!isObject(value)) {
          bad(key, { kind: 'roles' });
          break;
        }
        const roles: Record<string, RoleInput> = {};
        for (const [id, given] of Object.entries(value)) {
          const at = `roles.${id}`;
          if (!isId(id)) bad(at, { kind: 'id' });
          if (!isObject(given)) {
            bad(at, { kind: 'roles' });
            continue;
          }
          const role: RoleInput = {};
          for (const [k, v] of Object.entries(given)) {
            if (k === 'name') {
              const name = fieldValue({ kind: 'text' }, v) as string | undefined;
              if (name === undefined) bad(`${at}.name`, { kind: 'text' });
              else role.name = name;
            } else if (k === 'responsibilities') {
              const list = typeof v === 'string' ? [v.trim()].filter(Boolean) : (fieldValue({ kind: 'texts' }, v) as string[] | undefined);
              if (list === undefined || list.length === 0) bad(`${at}.responsibilities`, { kind: 'texts' });
              else role.responsibilities = list;
            } else if (k === 'people' && !['hr-owner', 'sponsor', 'line-manager'].includes(id)) {
              // Who holds the role (senior dispatchers a message goes to): names, or persons as under `lineManagers`.
              const list = Array.isArray(v) ? v.map((p) => (typeof p === 'string' ? { name: p } : p)) : undefined;
              const persons = people<PersonInput>(`${at}.people`, list);
              if (persons) role.people = persons;
            } else {
              // The HR owner, the sponsor and line managers are named under `hrOwner`, `sponsor` and `lineManagers`.
              const allowed = ['hr-owner', 'sponsor', 'line-manager'].includes(id) ? ['name', 'responsibilities'] : ['name', 'responsibilities', 'people'];
              const suggestion = nearest(k, allowed);
              bad(`${at}.${k}`, { kind: 'no-such-key', allowed, ...(suggestion ? { suggestion } : {}) });
            }
          }
          roles[id] = role;
        }
        input.roles = roles;
        break;
      }
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

/**
 * Reads `scale:`: a template scale's id, or `{ id?, name, levels }` whose levels are labels
 * (numbered from 1) or `{ level, label, descriptor? }`, each level above the one before.
 */
function parseScale(value: unknown, bad: (key: string, expected: AnswerExpectation) => void): string | ScaleInput | undefined {
  if (typeof value === 'string' && isId(value)) return value;
  if (!isObject(value)) return void bad('scale', { kind: 'scale' });
  let ok = true;
  for (const k of Object.keys(value)) {
    if (['id', 'name', 'levels'].includes(k)) continue;
    const suggestion = nearest(k, ['id', 'name', 'levels']);
    bad(`scale.${k}`, { kind: 'no-such-key', allowed: ['id', 'name', 'levels'], ...(suggestion ? { suggestion } : {}) });
    ok = false;
  }
  const name = typeof value['name'] === 'string' && value['name'].trim() !== '' ? value['name'].trim() : undefined;
  if (name === undefined) {
    bad('scale.name', { kind: value['name'] === undefined ? 'required' : 'text' });
    ok = false;
  }
  if (value['id'] !== undefined && (typeof value['id'] !== 'string' || !isId(value['id']))) {
    bad('scale.id', { kind: 'id' });
    ok = false;
  }
  const levels = parseLevels(value['levels']);
  if (!levels) {
    bad('scale.levels', { kind: 'levels' });
    ok = false;
  }
  return ok ? { ...(typeof value['id'] === 'string' ? { id: value['id'] } : {}), name: name!, levels: levels!, at: 'scale' } : undefined;
}

/**
 * Levels of an own scale: labels numbered from 1 (`Novice`), labels with their numbers (`0 None`,
 * when every one has a number), or `{ level, label, descriptor? }`; undefined unless two or more, rising.
 */
export function parseLevels(value: unknown): ScaleInput['levels'] | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const numbered = value.map((item) => (typeof item === 'string' ? /^(\d{1,2})\s*[-.:=)]?\s+(.+)$/.exec(item.trim()) : null));
  const levels: ScaleInput['levels'] = [];
  for (const [i, item] of value.entries()) {
    if (typeof item === 'string' && item.trim() !== '') {
      const m = numbered.every((n) => n !== null) ? numbered[i]! : null;
      levels.push(m ? { level: Number(m[1]), label: m[2]!.trim() } : { level: i + 1, label: item.trim() });
    } else if (isObject(item) && typeof item['level'] === 'number' && Number.isInteger(item['level']) && typeof item['label'] === 'string' && item['label'].trim() !== '' && (item['descriptor'] === undefined || typeof item['descriptor'] === 'string')) {
      levels.push({ level: item['level'], label: item['label'].trim(), ...(typeof item['descriptor'] === 'string' ? { descriptor: item['descriptor'] } : {}) });
    } else return undefined;
  }
  return levels.every((l, i) => i === 0 || l.level > levels[i - 1]!.level) ? levels : undefined;
}

/**
 * Reads levels typed on one line in the dialogue: `Novice, Basic, Competent` (numbered from 1) or
 * `0 None, 1 Aware, 2 Able` (numbered as written); undefined unless two or more, rising.
 */
export function parseLevelsLine(text: string): ScaleInput['levels'] | undefined {
  return parseLevels(text.split(/[,;|]/).map((p) => p.trim()).filter(Boolean));
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
  for (const key of copiedAnswerKeys) copy(key);
  if (input.cadenceWeeks !== undefined || input.sessionMinutes !== undefined) {
    answers.cadence = { ...(input.cadenceWeeks !== undefined ? { everyWeeks: input.cadenceWeeks } : {}), ...(input.sessionMinutes !== undefined ? { minutes: input.sessionMinutes } : {}) };
  }
  if (input.mix) answers.learningMix = input.mix;
  return { answers, missing: [] };
}
