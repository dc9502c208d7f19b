import jsYaml from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { checkDocument, duplicateKeys, maxDepth, type DocumentProblem } from './check-document.js';
import { coreSchema } from './core-schema.js';
import { yamlProblems } from './yaml-errors.js';
import { yamlLib } from './yaml-lib.js';
import type { Finding, ParsedFile } from './parsed-file.js';
import { documentKinds, type DocumentKind } from './parsed-file.js';
import { bytePosition, firstInvalidUtf8 } from './utf8.js';
import type { FileRuleId } from '../diagnostics.js';

/** Files above this size are refused with a finding instead of parsed (bounded time and memory). */
export const maxFileBytes = 16 * 1024 * 1024;

function fileFinding(file: ParsedFile, ruleId: FileRuleId, params: Finding['params'], position = { line: 1, column: 1 }): Finding {
  return { ruleId, params, at: { file, path: [], position } };
}

/** A file that was not read, with the one finding that says why (not a regular file, a link out of the folder…). */
export function fileProblem(file: string, absolutePath: string, ruleId: FileRuleId, params: Finding['params']): ParsedFile {
  const parsed = emptyParsedFile(file, absolutePath);
  parsed.findings.push(fileFinding(parsed, ruleId, params));
  return parsed;
}

/** An empty shell for a file, so findings can point at it before anything is parsed. */
export function emptyParsedFile(file: string, absolutePath = file): ParsedFile {
  return { file, absolutePath, data: undefined, isMentorDocument: false, findings: [] };
}

/** A finding for a file too large to parse; the I/O layer calls this instead of reading it. */
export function tooLargeFile(file: string, absolutePath: string, size: number): ParsedFile {
  const parsed = emptyParsedFile(file, absolutePath);
  parsed.findings.push(fileFinding(parsed, 'file-too-large', { size: megabytes(size), limit: megabytes(maxFileBytes) }));
  return parsed;
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

let fatalUtf8: InstanceType<typeof TextDecoder> | undefined;

/**
 * Parses one file's bytes into a positioned YAML document and its plain value. Never throws on bad
 * input: every problem (binary or non-UTF-8 bytes, YAML errors, alias bombs, circular aliases)
 * becomes a finding, and `data` stays undefined when the value cannot be trusted.
 */
export function parseSource(file: string, bytes: Uint8Array, absolutePath = file): ParsedFile {
  const parsed = emptyParsedFile(file, absolutePath);
  if (bytes.length > maxFileBytes) return tooLargeFile(file, absolutePath, bytes.length);
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) {
    parsed.findings.push(fileFinding(parsed, 'file-binary', {}, bytePosition(bytes, nul)));
    return parsed;
  }
  let text: string;
  try {
    // Checked and decoded in one native pass; the byte loop (slow while the code is still cold,
    // which it always is in a short run) only says where a file that fails breaks.
    text = (fatalUtf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (bad !== -1) {
      parsed.findings.push(fileFinding(parsed, 'file-encoding', {}, bytePosition(bytes, bad)));
      return parsed;
    }
    text = new TextDecoder('utf-8').decode(bytes);
  }
  // A BOM is legal but invisible: drop it so columns on line 1 match what editors show.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseText(parsed, text);
}

/**
 * Parses a text already decoded (a stand-in made from a file's text, say), as `parseSource` parses
 * bytes. `dataText`, when given, holds the same data as `text` in fewer lines (a stand-in without
 * the empty lines that keep its line numbers): the fast path reads that, and `text` (which may then
 * be given as a function) is made only when something asks for positions.
 */
export function parseSourceText(file: string, text: string, absolutePath?: string): ParsedFile;
export function parseSourceText(file: string, text: string | (() => string), absolutePath: string, dataText: string): ParsedFile;
export function parseSourceText(file: string, text: string | (() => string), absolutePath = file, dataText?: string): ParsedFile {
  const parsed = emptyParsedFile(file, absolutePath);
  if (typeof text === 'string' || dataText === undefined) return parseText(parsed, typeof text === 'string' ? text : text());
  // A stand-in of a 5 MB file is megabytes of empty lines: made only when a finding needs a position.
  let made: string | undefined;
  const full = (): string => (made ??= text());
  if (onlyComments(dataText)) return parseText(parsed, full());
  const fast = readFast(dataText, file);
  if (fast.kind !== 'data') return parseText(parsed, full());
  Object.defineProperty(parsed, 'text', { get: full, enumerable: true, configurable: true });
  parsed.data = fast.data;
  classify(parsed);
  return parsed;
}

function parseText(parsed: ParsedFile, text: string): ParsedFile {
  if (onlyComments(text)) {
    parsed.findings.push(fileFinding(parsed, 'file-empty', {}));
    return parsed;
  }
  parsed.text = text;
  // Fast path: js-yaml builds the plain value about ten times faster than yaml builds a positioned
  // document, and most files have no problem at all. Positions are computed later, only for files
  // with findings (documentOf). Every file goes this way first, so which parser decides never
  // depends on the text's look; a file with anchors (whose aliases can expand or loop), with
  // explicit scalar tags, or that js-yaml refuses is then read by yaml, whose reading is the
  // reference, so that its positioned diagnostics report it.
  const fast = readFast(text, parsed.file);
  if (fast.kind === 'data') {
    parsed.data = fast.data;
    classify(parsed);
    return parsed;
  }
  if (fast.kind === 'too-deep') {
    parsed.findings.push(fileFinding(parsed, 'yaml-too-deep', { limit: maxDepth }, fast.position));
    return parsed;
  }
  const { doc, lineCounter } = positionedDocument(text);
  parsed.doc = doc;
  parsed.lineCounter = lineCounter;
  // The parser's errors, worded by the mistake and placed at the line to change (yaml-errors.ts);
  // a stack overflow on absurd nesting is the depth limit's finding.
  const problems = yamlProblems(doc, lineCounter, text);
  for (const problem of problems) {
    const params = problem.ruleId === 'yaml-too-deep' ? { limit: maxDepth } : problem.params;
    parsed.findings.push({ ruleId: problem.ruleId, params, at: { file: parsed, path: [], offset: problem.offset } });
  }
  // Duplicate keys are found here, in one pass, rather than by yaml (see duplicateKeys).
  const duplicates = duplicateKeys(doc);
  for (const offset of duplicates) {
    // The repeated key by name, for outputs without a code frame (JSON, SARIF, GitHub annotations).
    const key = /^["']?([^"':\n]+?)["']?\s*:/.exec(text.slice(offset, offset + 200))?.[1];
    parsed.findings.push({ ruleId: 'yaml-duplicate-key', params: key ? { key } : {}, at: { file: parsed, path: [], offset } });
  }
  if (problems.length > 0 || doc.errors.length > 0 || duplicates.length > 0) return parsed;
  const problem = checkDocument(doc);
  if (problem) {
    parsed.findings.push(documentFinding(parsed, problem));
    return parsed;
  }
  // checkDocument bounded the aliases (count and expansion) and ruled out cycles: yaml's own alias
  // count, which rescans the document for every alias, is not needed on top (-1 turns it off).
  parsed.data = doc.toJS({ maxAliasCount: -1 });
  // A tag mentor does not read (`!foo`, `!!binary`, `!!float 3`) leaves the value as text: say so.
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      parsed.findings.push({ ruleId: 'yaml-unknown-tag', params: { tag: tagAt(text, warning.pos[0]) }, at: { file: parsed, path: [], offset: warning.pos[0] } });
    }
  }
  classify(parsed);
  return parsed;
}

/**
 * Text in which a mapping key may be a collection (`[a]: b`, `{a: 1}: b`, an explicit `? …` key)
 * or null (`~: x`, `null: x`, an empty key `: x`). js-yaml and yaml turn such keys into different
 * strings (`a` and `[ a ]`; `null` and ``), so yaml, the reference, reads these files. A key can
 * only be written so with one of these patterns; a match in a comment or a string merely costs the
 * slower path, never a different reading (the fuzz campaign checks the two paths agree).
 */
// Each alternative starts with one or two known characters and no two quantifiers compete for the
// same characters, so the scan is linear (a long run of spaces is crossed once) and about as fast as
// a search for those characters. Conservative on purpose: `key : value` or `Why? Because` in text
// also match, and only cost the slower path.
const keysReadDifferently = /[\]}][ \t]*:[ \t\r\n]|[ \t[{,-]:[ \t\r\n]|(?:~|null|Null|NULL):[ \t\r\n]|^:[ \t\r\n]|[ \t[{,]\?[ \t\r\n]|^\?[ \t\r\n]/m;
/** The same at the very end of a text with no line break after it (its last few characters, with one added). */
const endsLikeAKey = (text: string): boolean => keysReadDifferently.test(`${text.trimEnd().slice(-8)}\n`);

/**
 * True when a text holds nothing but whitespace and comments. A scan, not a regular expression:
 * `^(\s*#[^\n]*\n?)*\s*$` backtracks exponentially on comment lines followed by anything else (17
 * comment lines took 70 s; found by npm run fuzz).
 */
function onlyComments(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch !== '#') return false;
    const end = text.indexOf('\n', i);
    if (end === -1) return true;
    i = end + 1;
  }
  return true;
}

type FastRead = { kind: 'data'; data: unknown } | { kind: 'too-deep'; position: { line: number; column: number } } | { kind: 'positioned' };

/** js-yaml's reading of a file, when it is one yaml would give too; otherwise why yaml must read it. */
function readFast(text: string, filename: string): FastRead {
  let state: { anchorMap?: Record<string, unknown> } | undefined;
  try {
    // maxDepth is js-yaml's (4.3+), not yet in its type definitions.
    const options: jsYaml.LoadOptions & { maxDepth: number } = {
      schema: coreSchema,
      filename,
      maxDepth,
      // The listener sees the loader's state on the first node; it then unhooks itself, so the
      // parse runs at full speed, and the state's anchor map says afterwards whether anchors were seen.
      listener(_event, loaderState) {
        const loader = loaderState as unknown as { anchorMap?: Record<string, unknown>; listener: unknown };
        state = loader;
        loader.listener = null;
      },
    };
    const data = jsYaml.load(text, options);
    const anchors = state?.anchorMap;
    // No state means no node at all; an unknown shape (a js-yaml change) errs on the careful side.
    if (state !== undefined && (anchors === undefined || Object.keys(anchors).length > 0)) return { kind: 'positioned' };
    if (keysReadDifferently.test(text) || endsLikeAKey(text)) return { kind: 'positioned' };
    // A lone CR is a line break to js-yaml (as YAML 1.2 says) but not to yaml, which positions every
    // finding: yaml reads such a file, so its lines and its values are the ones reported.
    if (text.includes('\r') && /\r(?!\n)/.test(text)) return { kind: 'positioned' };
    return { kind: 'data', data };
  } catch (error) {
    if (error instanceof jsYaml.YAMLException && error.reason.startsWith('nesting exceeded maxDepth')) {
      return { kind: 'too-deep', position: { line: error.mark.line + 1, column: error.mark.column + 1 } };
    }
    // Anything else (syntax errors, duplicate keys, tags, a stack overflow) is yaml's to report.
    return { kind: 'positioned' };
  }
}

function documentFinding(parsed: ParsedFile, problem: DocumentProblem): Finding {
  const at = { file: parsed, path: [], offset: problem.offset };
  switch (problem.kind) {
    case 'too-deep':
      return { ruleId: 'yaml-too-deep', params: { limit: maxDepth }, at };
    case 'circular-alias':
      return { ruleId: 'yaml-circular-alias', params: {}, at };
    case 'unknown-alias':
      return { ruleId: 'yaml-syntax', params: { code: 'BAD_ALIAS', detail: `Unresolved alias (the anchor must be set before the alias): ${problem.name}` }, at };
    case 'alias-limit':
      return { ruleId: 'yaml-alias-limit', params: { limit: problem.limit, what: problem.what }, at };
  }
}

/** The tag written at an offset (`!foo`, `!!binary`), for the message. */
function tagAt(text: string, offset: number): string {
  return /^!\S*/.exec(text.slice(offset, offset + 200))?.[0] ?? '!';
}

function positionedDocument(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const { parseDocument } = yamlLib();
  // YAML 1.1 types (`!!binary`, `!!timestamp`, `!!set`…) stay unresolved: mentor's values are JSON data.
  // Duplicate keys are checked by duplicateKeys, in linear time (yaml's check is quadratic).
  // logLevel 'error': yaml's warnings (a collection used as a key…) would go to stderr as Node warnings.
  const options = { prettyErrors: false, uniqueKeys: false, strict: true, resolveKnownTags: false, logLevel: 'error' } as const;
  const lineCounter = linesOf(text);
  try {
    return { doc: parseDocument(text, options), lineCounter };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // yaml catches its own stack overflow on deep nesting; should one escape, keep the lines (for
    // positions and code frames) and an empty document, and let the finding already made stand.
    return { doc: parseDocument('', options), lineCounter };
  }
}

/**
 * The line starts of a text, counted here rather than by yaml's parser: in its error recovery the
 * parser skips newlines inside broken tokens, and every later position would be off by those
 * lines (a finding at 114:5 on an empty line, found by npm run fuzz).
 */
function linesOf(text: string): LineCounter {
  const lines = new (yamlLib().LineCounter)();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/**
 * The positioned yaml document of a file, parsed on first use: files read by the fast path only
 * pay for positions when a finding points into them.
 */
export function documentOf(file: ParsedFile): { doc: Document.Parsed; lineCounter: LineCounter } | undefined {
  if (file.doc && file.lineCounter) return { doc: file.doc, lineCounter: file.lineCounter };
  if (file.text === undefined) return undefined;
  const { doc, lineCounter } = positionedDocument(file.text);
  file.doc = doc;
  file.lineCounter = lineCounter;
  return { doc, lineCounter };
}

function classify(parsed: ParsedFile): void {
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  const record = data as Record<string, unknown>;
  const apiVersion = record['apiVersion'];
  if (typeof apiVersion !== 'string' || !apiVersion.startsWith('mentor/')) return;
  parsed.isMentorDocument = true;
  const kind = record['kind'];
  if (typeof kind === 'string' && (documentKinds as readonly string[]).includes(kind)) parsed.kind = kind as DocumentKind;
}

