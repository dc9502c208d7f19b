import type { ErrorObject } from 'ajv';
import type { DataPath, SchemaRuleId } from '../diagnostics.js';
import { identityPath, sourceText } from '../locate.js';
import type { Finding, Location, Params, ParsedFile } from '../parse/parsed-file.js';
import { nearest } from '../text/nearest.js';
import { list } from '../../messages/catalogue.js';
import { validators } from './validators.js';

/**
 * Validates a classified file against its kind's schema and rewrites ajv's errors into findings
 * that name keys and items the way the user wrote them, one finding per problem.
 */
export function checkSchema(file: ParsedFile): Finding[] {
  if (!file.kind) return [];
  const validate = validators[file.kind];
  if (validate(file.data)) return [];
  return rewriteErrors(file, validate.errors ?? []);
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  examples?: unknown[];
  $comment?: string;
}

/** Collapses ajv's raw errors: branch errors under a failing `oneOf` go, duplicates go. */
export function rewriteErrors(file: ParsedFile, errors: readonly ErrorObject[]): Finding[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && oneOfs.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    // `not`, `if` and friends only ever appear inside the oneOf branches collapsed above.
    if (error.keyword === 'not' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(toFinding(file, error));
  }
  return dropExplainedRequired(findings);
}

/** A missing key next to an unknown key that is its near-miss (`nmae` for `name`) is one typo, not two problems. */
function dropExplainedRequired(findings: Finding[]): Finding[] {
  const typos = new Set(
    findings.filter((f) => f.ruleId === 'schema-unknown-key' && f.params['suggestion'] !== undefined).map((f) => `${f.params['owner']}|${f.params['suggestion']}`),
  );
  return findings.filter((f) => !(f.ruleId === 'schema-required' && typos.has(`${f.params['owner']}|${f.params['key']}`)));
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

function show(value: unknown): string {
  if (typeof value === 'string') return value;
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

  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(p['additionalProperty']);
      const allowed = Object.keys(parent?.properties ?? {});
      const suggestion = nearest(extra, allowed);
      return finding(
        'schema-unknown-key',
        { key: extra, owner, allowed: list(allowed), ...(suggestion ? { suggestion } : {}) },
        { file, path: [...path, extra], target: 'key' },
      );
    }
    case 'required': {
      const missing = String(p['missingProperty']);
      const description = parent?.properties?.[missing]?.description ?? '';
      return finding('schema-required', { key: missing, owner, description: firstSentence(description) }, { file, path, target: 'key' });
    }
    case 'type': {
      const expected = String(p['type']);
      const value = error.data;
      const source = sourceText(at);
      const params: Params = { key, owner: parentOwner, expected, actual: describeType(value) };
      if (source !== undefined && source !== show(value)) params['source'] = source;
      if (expected === 'string' && source !== undefined && (typeof value === 'number' || typeof value === 'boolean' || value === null)) {
        params['quote'] = `"${source}"`;
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
        const detail = days !== undefined ? { month: error.data.slice(0, 7), monthDays: days } : example !== undefined ? { example: show(example) } : {};
        return finding('schema-format', { key, owner: parentOwner, format: 'calendar-date', actual: error.data, ...detail });
      }
      return finding('schema-format', { key, owner: parentOwner, format: expected, actual: show(error.data), ...(example !== undefined ? { example: show(example) } : {}) });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return finding('schema-range', { key, owner: parentOwner, comparison: String(p['comparison']), limit: Number(p['limit']), actual: show(error.data) });
    case 'minItems':
    case 'minLength':
    case 'minProperties':
      return finding('schema-size', { key, owner: parentOwner, limit: Number(p['limit']), what: error.keyword === 'minItems' ? 'items' : error.keyword === 'minLength' ? 'characters' : 'keys' });
    case 'oneOf':
      return finding('schema-one-of', { key, owner: parentOwner, description: parent?.description ?? '' });
    default:
      return finding('schema-type', { key, owner: parentOwner, expected: error.keyword, actual: show(error.data) });
  }
}

const datePattern = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

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

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end);
}
