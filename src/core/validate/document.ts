import type { SkippedFile } from '../model/bundle.js';
import { documentKinds, type DocumentKind, type Finding, type ParsedFile } from '../parse/parsed-file.js';
import { nearest } from '../text/nearest.js';
import { list } from '../../messages/catalogue.js';

/** The one format version this build of mentor reads. */
export const supportedApiVersion = 'mentor/v1';

function topLevel(file: ParsedFile): Record<string, unknown> | undefined {
  const data = file.data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/** The mentor kind a `kind` value names or nearly names (`Record`, `people`, `Programm`). */
export function intendedKind(kind: unknown): DocumentKind | undefined {
  return typeof kind === 'string' ? (nearest(kind, documentKinds) as DocumentKind | undefined) : undefined;
}

/**
 * Whether a file is meant as a mentor document: it says `apiVersion: mentor/…`, or its `kind` is
 * (nearly) a mentor kind. Other YAML in a folder (CI workflows, tool settings) is not ours to judge.
 */
export function looksLikeMentorDocument(file: ParsedFile): boolean {
  if (file.isMentorDocument) return true;
  return intendedKind(topLevel(file)?.['kind']) !== undefined;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * Findings about a document's `apiVersion` and `kind`, made before its schema is checked. Each
 * comes alone: the schema of another format version, or of no kind at all, would only bury the one
 * real problem under "missing key" findings.
 */
export function checkDocument(file: ParsedFile): Finding[] {
  const data = topLevel(file);
  if (!data || !looksLikeMentorDocument(file)) return [];
  const version = data['apiVersion'];
  const kind = data['kind'];
  if (version !== supportedApiVersion) {
    const params = version === undefined ? { expected: supportedApiVersion, kind: show(kind) } : { expected: supportedApiVersion, actual: show(version) };
    return [{ ruleId: 'api-version-unsupported', params, at: { file, path: version === undefined ? [] : ['apiVersion'] } }];
  }
  if (typeof kind === 'string' && (documentKinds as readonly string[]).includes(kind)) return [];
  const suggestion = intendedKind(kind);
  return [
    {
      ruleId: 'kind-unknown',
      params: { kinds: list(documentKinds), ...(kind !== undefined ? { actual: show(kind) } : {}), ...(suggestion ? { suggestion } : {}) },
      at: { file, path: kind === undefined ? [] : ['kind'] },
    },
  ];
}

/** An entry of a programme's `includes`. */
export interface IncludeEntry {
  /** The entry as written, e.g. `records/`. */
  entry: string;
  list: 'people' | 'records';
  expected: DocumentKind;
}

/** The `includes` list a kind of document belongs in. */
const listOf: Partial<Record<DocumentKind, string>> = { People: 'includes.people', Records: 'includes.records' };

/**
 * Whether a file found under an included path belongs in the bundle. Everything there must be a
 * mentor document of the expected kind: a stray file is a finding, never skipped in silence. Files
 * that cannot be read, or whose own `apiVersion` or `kind` is wrong, are taken in so that their
 * YAML or document findings are reported (once) where the problem is.
 */
export function checkIncludedFile(file: ParsedFile, include: IncludeEntry): Finding | undefined {
  if (file.data === undefined || file.kind === include.expected) return undefined;
  if (checkDocument(file).length > 0) return undefined;
  const data = topLevel(file);
  const at = { file, path: data && 'kind' in data ? ['kind'] : data && 'apiVersion' in data ? ['apiVersion'] : [] };
  const params = { entry: include.entry, expected: include.expected };
  if (!file.isMentorDocument || !file.kind) return { ruleId: 'include-wrong-kind', params: { ...params, reason: 'not-mentor' }, at };
  const belongs = listOf[file.kind];
  return { ruleId: 'include-wrong-kind', params: { ...params, reason: 'other-kind', actual: file.kind, ...(belongs ? { belongs } : {}) }, at };
}

/** Why a scanned YAML file is not a mentor document, for the list of skipped files. */
export function skipReason(file: ParsedFile): Omit<SkippedFile, 'file'> {
  const data = topLevel(file);
  if (!data) return { reason: 'not-a-mapping' };
  const version = data['apiVersion'];
  return version === undefined ? { reason: 'no-api-version' } : { reason: 'other-api-version', apiVersion: show(version) };
}
