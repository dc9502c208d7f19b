import type { ErrorObject } from 'ajv';
import type { DataPath, SchemaRuleId } from '../diagnostics.js';
import { identityPath, sourceText } from '../locate.js';
import type { Finding, Location, Params, ParsedFile } from '../parse/parsed-file.js';
import { nearest } from '../text/nearest.js';
import { isIsoDate, parseLooseDate, writtenDateShape } from '../model/dates.js';
import { numberMeant } from './number-meant.js';
import { slugify } from '../scaffold/slug.js';
import { list } from '../../messages/catalogue.js';
import { validators } from './validators.js';

/**
 * Validates a classified file against its kind's schema and rewrites ajv's errors into findings
 * that name keys and items the way the user wrote them, one finding per problem.
 */
export function checkSchema(file: ParsedFile): Finding[] {
  return schemaFindings(file, Infinity).findings;
}

/**
 * The schema's findings for a file, worded up to `limit` of them; the rest are only counted
 * (`omitted`), so a file with 150,000 schema errors costs a count, not 150,000 findings. The count
 * skips ajv's collapsed and repeated errors as the worded ones do, but not a missing key explained
 * by a typo beside it (rare past the first thousand), so it may count a few more than it would list.
 */
export function schemaFindings(file: ParsedFile, limit: number): { findings: Finding[]; omitted: number } {
  if (!file.kind) return { findings: [], omitted: 0 };
  const validate = validators[file.kind];
  if (validate(file.data)) return { findings: [], omitted: 0 };
  return rewriteErrors(file, validate.errors ?? [], limit);
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  examples?: unknown[];
  $comment?: string;
}

/**
 * Collapses ajv's raw errors: branch errors under a failing `oneOf`/`anyOf`/`contains` go (the one finding
 * says what the alternatives are), a `propertyNames` wrapper goes (its inner error names the key),
 * and duplicates go. Words the first `limit`; the rest are counted.
 */
export function rewriteErrors(file: ParsedFile, errors: readonly ErrorObject[], limit = Infinity): { findings: Finding[]; omitted: number } {
  // Errors inside alternatives (and inside `contains`, tried on every item) explain nothing on their own.
  const underFailedAlternative = failedAlternatives(errors);
  // A value of the wrong type beside a failed `oneOf` of the same node (`until: 2026-06-10` where a
  // `{ date }` or `{ milestone }` is expected) is one mistake: the oneOf's finding names the forms.
  const alternativeAt = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => `${e.instancePath}|${e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'))}`));
  const besideFailedAlternative = (error: ErrorObject): boolean =>
    error.keyword === 'type' && alternativeAt.has(`${error.instancePath}|${error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/'))}`);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  let omitted = 0;
  for (const error of errors) {
    if (underFailedAlternative(error) || besideFailedAlternative(error)) continue;
    // `if` only says that its `then` failed, and the `then` error says what: keep that one.
    if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
    const key = `${error.instancePath}|${error.keyword}|${error.propertyName ?? ''}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (findings.length < limit) findings.push(toFinding(file, error));
    else omitted++;
  }
  return { findings: dropExplainedRequired(findings), omitted };
}

/** Keywords whose failure is one finding that says what the alternatives are. */
const alternativeKeywords = new Set(['oneOf', 'anyOf', 'contains']);

/**
 * Whether an error is a branch error of a `oneOf`/`anyOf`/`contains` that failed: its schema path
 * lies under the failed keyword's and its data path under that keyword's data. Failures are indexed
 * by schema path (few: one per place in the schema) and then by data path, so the check costs a few
 * look-ups per error instead of a scan of every failure (45,000 failing list items made that quadratic).
 */
function failedAlternatives(errors: readonly ErrorObject[]): (error: ErrorObject) => boolean {
  const bySchemaPath = new Map<string, Set<string>>();
  const add = (prefix: string, instancePath: string): void => {
    let paths = bySchemaPath.get(prefix);
    if (!paths) bySchemaPath.set(prefix, (paths = new Set()));
    paths.add(instancePath);
  };
  for (const error of errors) {
    if (!alternativeKeywords.has(error.keyword)) continue;
    add(`${error.schemaPath}/`, error.instancePath);
    // A branch that is a `$ref` to a definition of another schema (`assessor`: a fixed value or a
    // `programme.schema.json#/$defs/RoleId`) has its errors reported at the definition's path, not
    // under the alternative's: those are branch errors too.
    if (!Array.isArray(error.schema)) continue;
    for (const branch of error.schema as unknown[]) {
      const ref = (branch as { $ref?: unknown } | null)?.$ref;
      if (typeof ref === 'string' && !ref.startsWith('#')) add(ref.includes('#') ? `${ref}/` : `${ref}#/`, error.instancePath);
    }
  }
  if (bySchemaPath.size === 0) return () => false;
  return (error) => {
    for (const [prefix, paths] of bySchemaPath) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      // The oneOf's data is the error's own data or one of its ancestors.
      for (let path = error.instancePath; ; path = path.slice(0, path.lastIndexOf('/'))) {
        if (paths.has(path)) return true;
        if (path === '') break;
      }
    }
    return false;
  };
}

/**
 * A missing key next to an unknown key that is its near-miss (`nmae` for `name`) is one typo, not
 * two problems. Likewise the keys an item lacks because they were to come from a merge key
 * (`<<: *anchor`, which mentor does not read): the merge key's own finding says what to do.
 */
function dropExplainedRequired(findings: Finding[]): Finding[] {
  const typos = new Set(
    findings.filter((f) => f.ruleId === 'schema-unknown-key' && f.params['suggestion'] !== undefined).map((f) => `${f.params['owner']}|${f.params['suggestion']}`),
  );
  const merged = new Set(findings.filter((f) => f.ruleId === 'schema-unknown-key' && f.params['key'] === '<<').map((f) => String(f.params['owner'])));
  return findings.filter((f) => !(f.ruleId === 'schema-required' && (typos.has(`${f.params['owner']}|${f.params['key']}`) || merged.has(String(f.params['owner'])))));
}

function toPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

function lastKey(file: ParsedFile, path: DataPath): string {
  if (path.length === 0) return '(document)';
  return identityPath(file.data, path).split('.').pop() ?? '';
}

function format(schema: SchemaNode | undefined): string {
  const match = /mentor-format: ([a-z-]+)/.exec(schema?.$comment ?? '');
  return match?.[1] ?? 'pattern';
}

/**
 * A value as a message quotes it. Big lists and mappings are named by their shape, not written out:
 * one finding per bad item must not copy the whole file into the output each time.
 */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && (value.length > 10 || value.some((v) => v !== null && typeof v === 'object'))) return '[…]';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.values(value as Record<string, unknown>);
    if (entries.length > 10 || entries.some((v) => v !== null && typeof v === 'object')) return '{…}';
  }
  return JSON.stringify(value) ?? String(value);
}

function toFinding(file: ParsedFile, error: ErrorObject): Finding {
  const path = toPath(error.instancePath);
  const parent = error.parentSchema as SchemaNode | undefined;
  const key = lastKey(file, path);
  // The mapping that holds the key (for unknown and missing keys: the value's own mapping).
  const owner = path.length === 0 ? '' : identityPath(file.data, path);
  const parentOwner = path.length <= 1 ? '' : identityPath(file.data, path.slice(0, -1));
  const at: Location = { file, path };
  const finding = (ruleId: SchemaRuleId, params: Params, where: Location = at): Finding => ({ ruleId, params, at: where });
  const p = error.params as Record<string, unknown>;

  // A key that breaks `propertyNames` (a mentor's `levels` keyed by competency ids): ajv reports the
  // key's own error at the mapping, with the key in `propertyName`. Say it of the key, at the key.
  if (error.propertyName !== undefined) {
    const name = error.propertyName;
    const suggestion = format(parent) === 'id' ? slugify(name) : '';
    return finding(
      'schema-format',
      { reason: 'key', key: name, owner, format: format(parent), actual: name, ...(suggestion && suggestion !== name ? { example: suggestion } : {}) },
      { file, path: [...path, name], target: 'key' },
    );
  }

  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(p['additionalProperty'] ?? p['unevaluatedProperty']);
      const allowed = Object.keys(parent?.properties ?? {});
      const suggestion = nearest(extra, allowed);
      // `{ hours: 1,5 }`: the comma ends the value inside braces, and the fraction becomes a key.
      const fraction = /^\d+$/.test(extra) ? { fraction: extra } : {};
      // `{ descriptor: Zna przepisy, pracuje pod nadzorem }`: the same comma cuts text, and the
      // words after it become a key with no value. Name the value to put in quotes.
      const splitFrom = fraction.fraction === undefined ? textSplitFrom(error.data, extra, suggestion !== undefined) : undefined;
      // `<<: *defaults` is a YAML 1.1 merge key, which the YAML 1.2 mentor reads does not have.
      const merge = extra === '<<' ? { merge: 'yaml-1.1' } : {};
      return finding(
        'schema-unknown-key',
        { key: extra, owner, allowed: list(allowed), ...(suggestion && extra !== '<<' && !splitFrom ? { suggestion } : {}), ...fraction, ...merge, ...(splitFrom ? { splitFrom } : {}) },
        { file, path: [...path, extra], target: 'key' },
      );
    }
    case 'false schema':
      // A key the schema forbids outright (`propertyName: false`): unknown, as far as the user can tell.
      return finding('schema-unknown-key', { key, owner: parentOwner, allowed: '' }, { file, path, target: 'key' });
    case 'required': {
      const missing = String(p['missingProperty']);
      const description = parent?.properties?.[missing]?.description ?? '';
      return finding('schema-required', { key: missing, owner, description: firstSentence(description) }, { file, path, target: 'key' });
    }
    case 'dependentRequired':
    case 'dependencies': {
      const missing = String(p['missingProperty']);
      const description = parent?.properties?.[missing]?.description ?? '';
      return finding('schema-required', { key: missing, owner, because: String(p['property']), description: firstSentence(description) }, { file, path: [...path, String(p['property'])], target: 'key' });
    }
    case 'type': {
      const expected = String(p['type']);
      const value = error.data;
      const source = sourceText(at);
      // 60.5 where a whole number belongs is a fraction: "a whole number, not a number" says nothing.
      const fraction = expected === 'integer' && typeof value === 'number' && !Number.isInteger(value);
      const params: Params = { key, owner: parentOwner, expected, actual: fraction ? 'fraction' : describeType(value) };
      if (source !== undefined && source !== show(value)) params['source'] = source;
      if (expected === 'string' && source !== undefined && (typeof value === 'number' || typeof value === 'boolean' || value === null)) {
        params['quote'] = `"${source}"`;
      }
      if ((expected === 'number' || expected === 'integer') && typeof value === 'string') {
        const meant = numberMeant(value, key, expected === 'integer');
        if (meant !== undefined) params['suggestion'] = String(meant);
      }
      return finding('schema-type', params);
    }
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[]).map(show);
      const suggestion = nearest(show(error.data), allowed);
      return finding('schema-enum', { key, owner: parentOwner, actual: show(error.data), allowed: list(allowed), ...(suggestion ? { suggestion } : {}) });
    }
    case 'const':
      // Only apiVersion and kind are constants, and checkDocument reports those before the schema runs.
      return finding('schema-enum', { key, owner: parentOwner, actual: show(error.data), allowed: list([show(p['allowedValue'])]) });
    case 'pattern':
    case 'format': {
      const example = parent?.examples?.[0];
      const expected = format(parent);
      // A date written the right way that the calendar does not have (`2026-02-30`) gets its own words.
      if (expected === 'date' && typeof error.data === 'string' && datePattern.test(error.data)) {
        const days = daysInMonth(error.data);
        // No such month (`2026-13-01`): most often day and month swapped, so offer the swap when it is a day.
        const swapped = `${error.data.slice(0, 4)}-${error.data.slice(8, 10)}-${error.data.slice(5, 7)}`;
        const swappedDays = daysInMonth(swapped);
        const detail =
          days !== undefined
            ? { month: error.data.slice(0, 7), monthDays: days }
            : swappedDays !== undefined && Number(swapped.slice(8, 10)) >= 1 && Number(swapped.slice(8, 10)) <= swappedDays
              ? { suggestion: swapped }
              : { badMonth: error.data.slice(5, 7) };
        return finding('schema-format', { key, owner: parentOwner, format: 'calendar-date', actual: error.data, ...detail });
      }
      // A date written another common way (`02.03.2026`, `28/12/2026`, `28 grudnia 2026`) is shown back as YYYY-MM-DD.
      const shape = expected === 'date' && typeof error.data === 'string' ? writtenDateShape(error.data) : undefined;
      if (shape !== undefined && isIsoDate(shape)) return finding('schema-format', { key, owner: parentOwner, format: expected, actual: show(error.data), suggestion: shape });
      // Written another common way, and not a day of the calendar either (`31.02.2026`): say which month it is.
      const shapeDays = shape !== undefined ? daysInMonth(shape) : undefined;
      if (shape !== undefined && shapeDays !== undefined) {
        return finding('schema-format', { key, owner: parentOwner, format: 'calendar-date', actual: error.data as string, month: shape.slice(0, 7), monthDays: shapeDays });
      }
      // An id with accents or spaces (`n-górecki`, `Jan Kowalski`): offer the id it would be (`n-gorecki`).
      const slug = expected === 'id' && typeof error.data === 'string' ? slugify(error.data) : '';
      if (slug !== '' && slug !== error.data) return finding('schema-format', { key, owner: parentOwner, format: expected, actual: show(error.data), suggestion: slug });
      // A path written the Windows way is shown back with `/` (`records\\` → `records/`).
      const shown = expected === 'relative-path' && typeof error.data === 'string' && error.data.includes('\\') ? error.data.replaceAll('\\', '/') : example;
      return finding('schema-format', { key, owner: parentOwner, format: expected, actual: show(error.data), ...(shown !== undefined ? { example: show(shown) } : {}) });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return finding('schema-range', { key, owner: parentOwner, comparison: String(p['comparison']), limit: Number(p['limit']), actual: show(error.data) });
    case 'multipleOf':
      return finding('schema-range', { key, owner: parentOwner, comparison: 'multiple', limit: Number(p['multipleOf']), actual: show(error.data) });
    case 'minItems':
    case 'minLength':
    case 'minProperties':
    case 'maxItems':
    case 'maxLength':
    case 'maxProperties':
      return finding('schema-size', {
        key,
        owner: parentOwner,
        limit: Number(p['limit']),
        bound: error.keyword.startsWith('min') ? 'min' : 'max',
        what: error.keyword.endsWith('Items') ? 'items' : error.keyword.endsWith('Length') ? 'characters' : 'keys',
      });
    case 'uniqueItems': {
      // ajv names the later duplicate `i` and the earlier one `j`: point at the repeat.
      const repeat = Number(p['i']);
      const items = Array.isArray(error.data) ? (error.data as unknown[]) : [];
      return finding('schema-size', { key, owner: parentOwner, bound: 'unique', actual: show(items[repeat]), first: Number(p['j']) + 1, second: repeat + 1 }, { file, path: [...path, repeat] });
    }
    case 'contains':
    case 'minContains':
    case 'maxContains':
      return finding('schema-one-of', { key, owner: parentOwner, reason: 'contains', description: firstSentence(parent?.description ?? '') });
    case 'oneOf':
    case 'anyOf': {
      // The text written, for a suggestion from the programme (`assessor: Peer reviewer` names role `peer`).
      const actual = typeof error.data === 'string' ? { actual: error.data } : {};
      return finding('schema-one-of', { key, owner: parentOwner, ...actual, ...alternativeKeys(parent, error), description: firstSentence(parent?.description ?? '') });
    }
    default:
      // `not`, a `then` without a nested error, or a keyword a later schema adds: never the keyword's name.
      return finding('schema-one-of', { key, owner: parentOwner, description: firstSentence(parent?.description ?? '') });
  }
}

const datePattern = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const idLike = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The key whose text a comma cut off, when `extra` is words with no value standing right after a
 * key with a text value: the mark of an unquoted comma inside `{ … }`.
 */
function textSplitFrom(data: unknown, extra: string, nearKey: boolean): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  if (record[extra] !== null) return undefined;
  const keys = Object.keys(record);
  const before = keys[keys.indexOf(extra) - 1];
  if (before === undefined || typeof record[before] !== 'string') return undefined;
  // Several words after the comma (`…, ryzyka i terminy`) are text. One word (`note: MES scrap
  // report, September`) is text too when it is no near miss of a key and the value before it is
  // words: after an id (`{ pair: p1, minutes }`) or beside a misspelt key (`topik`) it is a key.
  const words = (text: string): boolean => /\s/.test(text.trim());
  return words(extra) || (!nearKey && words(record[before])) ? before : undefined;
}

/** Days in the month of a `YYYY-MM-…` date, or undefined when the month itself does not exist. */
function daysInMonth(date: string): number | undefined {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month === 2 && isLeapYear(year)) return 29;
  return monthLengths[month - 1];
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * For alternatives that differ by which key they require (`when`: a `date`, or a `milestone`), the
 * keys that tell them apart and which of them the value has: both, or none.
 */
function alternativeKeys(parent: SchemaNode | undefined, error: ErrorObject): Params {
  const branches = (parent?.oneOf ?? parent?.anyOf ?? []).map((b) => b.required?.[0]).filter((k): k is string => k !== undefined);
  const data = error.data;
  // One value where a mapping of one key is expected (`until: 2026-06-15` for `until: { date: 2026-06-15 }`):
  // shown back wrapped in the key it fits, a date in `date`, an id in the other key.
  if (branches.length >= 2 && (typeof data === 'string' || typeof data === 'number')) {
    const text = String(data);
    const date = datePattern.test(text) ? text : parseLooseDate(text);
    const key = date !== undefined && branches.includes('date') ? 'date' : idLike.test(text) ? branches.find((k) => k !== 'date') : undefined;
    if (key !== undefined) return { reason: 'scalar', keys: list(branches), wrapped: `{ ${key}: ${key === 'date' && date !== undefined ? date : text} }` };
  }
  if (branches.length < 2 || data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const present = branches.filter((k) => k in data);
  if (present.length === 1) return {};
  return { reason: present.length === 0 ? 'none' : 'several', keys: list(branches), present: list(present) };
}

/** The text up to its first full stop; "e.g." and "i.e." do not end a sentence. */
export function firstSentence(text: string): string {
  const end = text.search(/(?<!\b(e\.g|i\.e))\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end);
}
