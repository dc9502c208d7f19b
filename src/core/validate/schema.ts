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
  examples?: unknown[];
  $comment?: string;
}

/** Collapses ajv's raw errors: branch errors under a failing `oneOf` go, duplicates go. Words the first `limit`. */
export function rewriteErrors(file: ParsedFile, errors: readonly ErrorObject[], limit = Infinity): { findings: Finding[]; omitted: number } {
  const underFailedOneOf = failedOneOfs(errors);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  let omitted = 0;
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && underFailedOneOf(error)) continue;
    // `not`, `if` and friends only ever appear inside the oneOf branches collapsed above.
    if (error.keyword === 'not' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (findings.length < limit) findings.push(toFinding(file, error));
    else omitted++;
  }
  return { findings: dropExplainedRequired(findings), omitted };
}

/**
 * Whether an error is a branch error of a `oneOf` that failed: its schema path lies under the
 * oneOf's and its data path under the oneOf's data. Failed oneOfs are indexed by schema path (few:
 * one per place in the schema) and then by data path, so the check costs a few look-ups per error
 * instead of a scan of every failed oneOf (45,000 failing list items made that quadratic).
 */
function failedOneOfs(errors: readonly ErrorObject[]): (error: ErrorObject) => boolean {
  const bySchemaPath = new Map<string, Set<string>>();
  for (const error of errors) {
    if (error.keyword !== 'oneOf') continue;
    const prefix = `${error.schemaPath}/`;
    let paths = bySchemaPath.get(prefix);
    if (!paths) bySchemaPath.set(prefix, (paths = new Set()));
    paths.add(error.instancePath);
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
      return finding('schema-const', { key, owner: parentOwner, expected: show(p['allowedValue']), actual: show(error.data) });
    case 'pattern':
    case 'format': {
      const example = parent?.examples?.[0];
      return finding('schema-format', { key, owner: parentOwner, format: format(parent), actual: show(error.data), ...(example !== undefined ? { example: show(example) } : {}) });
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

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end);
}
