import type { FieldSpec, FieldType } from '../../core/add/fields.js';
import { kindInfo, type AddKind } from '../../core/add/kinds.js';
import { isIsoDate } from '../../core/model/dates.js';
import { personIdFromName } from '../../core/scaffold/slug.js';
import type { AddScope } from '../../io/add-scope.js';
import type { Choice, Prompts } from '../../io/prompts.js';
import type { AddText } from '../../messages/add-text.js';

type Item = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): Item[] => (Array.isArray(v) ? v.filter((x): x is Item => typeof x === 'object' && x !== null) : []);

/** What the dialog can offer as choices: the programme's frame and its people, as plain data. */
function lookups(scope: AddScope) {
  const programme = (scope.bundle.programme.data ?? {}) as Item;
  const bodies = [programme['people'], ...scope.parsedPeople().map((p) => p.data)].filter((b): b is Item => typeof b === 'object' && b !== null);
  const people = (key: string): Item[] => bodies.flatMap((b) => list(b[key]));
  const staff = people('staff');
  const mentors = people('mentors');
  const mentees = people('mentees');
  const pairs = people('pairs');
  const names = new Map<string, string>();
  for (const p of [...staff, ...mentors, ...mentees]) if (typeof p['id'] === 'string' && !names.has(p['id'])) names.set(p['id'], str(p['name']));
  const competencies = list(programme['competencies']);
  const scales = list(programme['scales']);
  const levelsOf = (competency: string): number[] => {
    const scale = scales.find((s) => s['id'] === competencies.find((c) => c['id'] === competency)?.['scale']);
    return list(scale?.['levels'])
      .map((l) => l['level'])
      .filter((l): l is number => typeof l === 'number')
      .sort((a, b) => a - b);
  };
  const preparation = (programme['preparation'] ?? {}) as Item;
  const process = (programme['process'] ?? {}) as Item;
  return { programme, staff, mentors, mentees, pairs, names, competencies, levelsOf, roles: list(programme['roles']), modules: list(preparation['modules']), kpis: list(programme['kpis']), minutes: str((process['cadence'] as Item | undefined)?.['minutes']) };
}

/** The competencies in a mentee's plan (what a new pair works on when none are named, as `mentor init` does). */
/** The one mentee whose name `id` was made from (`priya-shah` for Priya Shah, `mentee-01`), as `unknown-reference` suggests. */
export function menteeNamed(scope: AddScope, id: string): string | undefined {
  const named = lookups(scope).mentees.filter((m) => typeof m['name'] === 'string' && personIdFromName(m['name'], '') === id);
  return named.length === 1 ? str(named[0]!['id']) : undefined;
}

export function menteePlan(scope: AddScope, mentee: string): string[] {
  const entry = lookups(scope).mentees.find((m) => m['id'] === mentee);
  return list(entry?.['competencies'])
    .map((c) => str(c['competency']))
    .filter((c) => c !== '');
}

/** A person, competency or KPI as a choice: its name, with its id to tell namesakes apart. */
const named = (p: Item): Choice<string> => ({ value: str(p['id']), name: p['name'] ? `${str(p['name'])} (${str(p['id'])})` : str(p['id']) });
const person = named;

export interface AskContext {
  prompts: Prompts;
  text: AddText;
  fields: readonly FieldSpec[];
  given: Record<string, string>;
  kind: AddKind;
  scope: AddScope;
  today: string;
}

/**
 * Asks in a terminal for what the flags did not give, field by field in the schema's order: ids
 * are picked from lists (the pair with its mentor and mentee, the mentee's own competencies), dates
 * default to today, and optional fields may be left empty. Returns the texts of every field.
 */
export async function askMissing(ctx: AskContext): Promise<Record<string, string>> {
  const { prompts, text, fields, kind } = ctx;
  const texts: Record<string, string> = { ...ctx.given };
  const data = lookups(ctx.scope);
  const info = kindInfo(kind);
  const label = (f: FieldSpec): string => text.labels[f.key] ?? f.key;
  const pick = async (f: FieldSpec, choices: Choice<string>[], preselect?: string): Promise<string | undefined> => {
    if (choices.length === 0) return typed(f);
    const options = f.required ? choices : [...choices, { value: '', name: text.prompts.skip }];
    const value = await prompts.select<string>({ message: text.prompts.pick(label(f)), choices: options, ...(preselect ? { default: preselect } : {}) });
    return value === '' ? undefined : value;
  };
  const typed = async (f: FieldSpec, preset?: string): Promise<string | undefined> => {
    const value = await prompts.input({ message: text.prompts.value(label(f), !f.required), ...(preset ? { default: preset } : {}), validate: (v) => check(f.type, v, f.required, text) });
    return value.trim() === '' ? undefined : value.trim();
  };

  for (const f of fields) {
    if (texts[f.key] !== undefined && texts[f.key] !== '') continue;
    // A new person's id follows the list's own pattern (`mentee-07`); `--id` gives another.
    if (f.key === 'id' && info.idPrefix) continue;
    let value: string | undefined;
    const mentee = data.mentees.find((m) => m['id'] === texts['mentee']);
    switch (true) {
      case f.key === 'pair':
        value = await pick(
          f,
          data.pairs.map((p) => ({ value: str(p['id']), name: `${str(p['id'])}: ${data.names.get(str(p['mentor'])) || str(p['mentor'])} → ${data.names.get(str(p['mentee'])) || str(p['mentee'])}` })),
        );
        break;
      case f.key === 'mentee' && f.type.kind === 'id':
        value = await pick(f, data.mentees.map(person));
        break;
      case f.key === 'mentor' && f.type.kind === 'id':
        value = await pick(f, data.mentors.map(person));
        break;
      case (f.key === 'respondent' || f.key === 'lineManager') && f.type.kind === 'id':
        value = await pick(f, [...data.staff, ...data.mentors, ...data.mentees].map(person).filter((c, i, all) => all.findIndex((o) => o.value === c.value) === i));
        break;
      case f.key === 'competency' && f.type.kind === 'id': {
        const plan = list(mentee?.['competencies']).map((c) => str(c['competency']));
        const ordered = [...data.competencies].sort((a, b) => Number(!plan.includes(str(a['id']))) - Number(!plan.includes(str(b['id']))));
        value = await pick(f, ordered.map(named));
        break;
      }
      case f.key === 'level' && typeof texts['competency'] === 'string' && data.levelsOf(texts['competency']).length > 0:
        // A level on the competency's own scale.
        value = await pick(f, data.levelsOf(texts['competency']!).map((l) => ({ value: String(l), name: String(l) })));
        break;
      case f.key === 'kpi' && f.type.kind === 'id':
        value = await pick(f, data.kpis.map(named));
        break;
      case f.key === 'competencies' && f.type.kind === 'list': {
        const plan = list(mentee?.['competencies']).map((c) => str(c['competency']));
        const offered = plan.length > 0 ? data.competencies.filter((c) => plan.includes(str(c['id']))) : data.competencies;
        const chosen = await prompts.checkbox<string>({ message: text.prompts.pick(label(f)), choices: offered.map((c) => ({ ...named(c), checked: plan.length > 0 })), ...(f.required ? { required: text.invalid.required } : {}) });
        value = chosen.length > 0 ? chosen.join(',') : undefined;
        break;
      }
      case f.key === 'competencies' && f.type.kind === 'tuples':
        value = await askPlan(ctx, data);
        break;
      case f.key === 'levels' && f.type.kind === 'map':
        value = await askLevels(ctx, data);
        break;
      case f.key === 'preparation' && f.type.kind === 'tuples':
        value = await askPreparation(ctx, data);
        break;
      case f.type.kind === 'enum' && f.type.orId === true && f.key === 'assessor' && data.roles.length > 0: {
        // The roles the programme defines (its own among them), by name, and `external`, the one value that needs no role.
        const roles = data.roles.map(named);
        const external = f.type.values.includes('external') && !roles.some((r) => r.value === 'external') ? [{ value: 'external', name: 'external' }] : [];
        value = await pick(f, [...roles, ...external]);
        break;
      }
      case f.type.kind === 'enum': {
        const choices = f.type.values.map((v) => ({ value: String(v), name: String(v) }));
        if (f.required) value = await pick(f, choices);
        else {
          // An optional choice (a session's status) defaults to none: the key is left out, and the schema's default (held) applies.
          const chosen = await prompts.select<string>({ message: text.prompts.pick(label(f)), choices: [{ value: '', name: text.prompts.skip }, ...choices], default: '' });
          value = chosen === '' ? undefined : chosen;
        }
        break;
      }
      case f.type.kind === 'boolean':
        value = f.required || (await prompts.confirm({ message: label(f), default: false })) ? 'yes' : undefined;
        break;
      case f.type.kind === 'date':
        value = await typed(f, f.key === info.dateField ? ctx.today : undefined);
        break;
      case f.type.kind === 'integer' || f.type.kind === 'number':
        value = await typed(f, kind === 'session' && f.key === 'minutes' ? data.minutes : kind === 'mentor' && f.key === 'capacity' ? '2' : undefined);
        break;
      case f.type.kind === 'tuples' || f.type.kind === 'map' || f.type.kind === 'list' || f.type.kind === 'other':
        // A structure the dialog has no questions for: given with its flag, or left out when optional.
        if (f.required) value = await typed(f);
        break;
      default:
        value = await typed(f);
    }
    if (value !== undefined) texts[f.key] = value;
  }
  return texts;
}

/** A mentee's plan: for each competency a baseline (or not in the plan) and a target above it. */
async function askPlan(ctx: AskContext, data: ReturnType<typeof lookups>): Promise<string | undefined> {
  const { prompts, text } = ctx;
  const plan: string[] = [];
  for (const c of data.competencies) {
    const id = str(c['id']);
    const levels = data.levelsOf(id);
    if (levels.length < 2) continue;
    const baseline = await prompts.select<number | null>({ message: text.prompts.baseline(str(c['name']) || id), choices: [{ value: null, name: text.prompts.notInPlan }, ...levels.slice(0, -1).map((l) => ({ value: l, name: String(l) }))], default: null });
    if (baseline === null) continue;
    const above = levels.filter((l) => l > baseline);
    const target = await prompts.select<number>({ message: text.prompts.target(str(c['name']) || id), choices: above.map((l) => ({ value: l, name: String(l) })), default: above[Math.min(1, above.length - 1)]! });
    plan.push(`${id}:${baseline}:${target}`);
  }
  return plan.length > 0 ? plan.join(',') : undefined;
}

/** A mentor's own level in each competency (or none). */
async function askLevels(ctx: AskContext, data: ReturnType<typeof lookups>): Promise<string | undefined> {
  const { prompts, text } = ctx;
  const levels: string[] = [];
  for (const c of data.competencies) {
    const id = str(c['id']);
    const scale = data.levelsOf(id);
    if (scale.length === 0) continue;
    const level = await prompts.select<number | null>({ message: text.prompts.level(str(c['name']) || id), choices: [...scale.map((l) => ({ value: l as number | null, name: String(l) })), { value: null, name: text.prompts.notInPlan }], default: scale[scale.length - 1]! });
    if (level !== null) levels.push(`${id}:${level}`);
  }
  return levels.length > 0 ? levels.join(',') : undefined;
}

/** The preparation modules a mentor finished, with the day each was finished. */
async function askPreparation(ctx: AskContext, data: ReturnType<typeof lookups>): Promise<string | undefined> {
  const { prompts, text } = ctx;
  const done: string[] = [];
  for (const m of data.modules) {
    const id = str(m['id']);
    const day = (await prompts.input({ message: text.prompts.completed(str(m['name']) || id), validate: (v) => (v.trim() === '' || isIsoDate(v.trim()) ? true : text.invalid.date) })).trim();
    if (day) done.push(`${id}:${day}`);
  }
  return done.length > 0 ? done.join(',') : undefined;
}

/** Checks a typed value the way the schema will, so the dialog asks again rather than refusing later. */
function check(type: FieldType, value: string, required: boolean, text: AddText): true | string {
  const v = value.trim();
  if (v === '') return required ? text.invalid.required : true;
  if (type.kind === 'date') return isIsoDate(v) ? true : text.invalid.date;
  if (type.kind === 'integer' || type.kind === 'number') {
    const n = Number(v.replace(',', '.'));
    const ok = /^[+-]?\d+(?:[.,]\d+)?$/.test(v) && (type.kind === 'number' || Number.isInteger(n)) && (type.min === undefined || n >= type.min) && (type.max === undefined || n <= type.max);
    return ok ? true : text.invalid.number(type.min, type.max);
  }
  return true;
}
