import jsYaml from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import type { Finding, ParsedFile } from './parsed-file.js';
import { documentKinds, type DocumentKind } from './parsed-file.js';
import { bytePosition, firstInvalidUtf8 } from './utf8.js';
import { yamlProblems } from './yaml-errors.js';
import type { FileRuleId } from '../diagnostics.js';

/** Files above this size are refused with a finding instead of parsed (bounded time and memory). */
export const maxFileBytes = 16 * 1024 * 1024;
/** yaml's default (100) rejects ordinary anchors in big files; this still stops billion-laughs. */
const maxAliasCount = 1000;
/** `&name` after a space or flow indicator: an anchor, or text that looks like one ("R&D" does not). */
const mayHaveAnchor = /(^|[\s[{,])&[^\s[\]{},]/;

function fileFinding(file: ParsedFile, ruleId: FileRuleId, params: Finding['params'], position = { line: 1, column: 1 }): Finding {
  return { ruleId, params, at: { file, path: [], position } };
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
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    parsed.findings.push(fileFinding(parsed, 'file-encoding', {}, bytePosition(bytes, bad)));
    return parsed;
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  // A BOM is legal but invisible: drop it so columns on line 1 match what editors show.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseText(parsed, text);
}

function parseText(parsed: ParsedFile, text: string): ParsedFile {
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    parsed.findings.push(fileFinding(parsed, 'file-empty', {}));
    return parsed;
  }
  parsed.text = text;
  // Fast path: js-yaml builds the plain value about ten times faster than yaml builds a positioned
  // document, and most files have no problem at all. Positions are computed later, only for files
  // with findings (documentOf). Anchors take the careful path: yaml bounds alias expansion and
  // detects cycles; any error does too, so that yaml's positioned diagnostics report it.
  if (!mayHaveAnchor.test(text)) {
    try {
      parsed.data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: parsed.file });
      classify(parsed);
      return parsed;
    } catch {
      parsed.data = undefined;
    }
  }
  const { doc, lineCounter } = positionedDocument(text);
  parsed.doc = doc;
  parsed.lineCounter = lineCounter;
  // The parser's errors, worded by the mistake and placed at the line to change (yaml-errors.ts).
  const problems = yamlProblems(doc, lineCounter, text);
  for (const problem of problems) parsed.findings.push({ ruleId: problem.ruleId, params: problem.params, at: { file: parsed, path: [], offset: problem.offset } });
  if (problems.length > 0) return parsed;
  if (doc.errors.length > 0) return parsed;
  // Without an anchor there can be no alias: skip the walk over the whole tree (most files).
  const circular = mayHaveAnchor.test(text) ? findCircularAlias(doc) : undefined;
  if (circular !== undefined) {
    parsed.findings.push({ ruleId: 'yaml-circular-alias', params: {}, at: { file: parsed, path: [], offset: circular } });
    return parsed;
  }
  try {
    parsed.data = doc.toJS({ maxAliasCount });
  } catch (error) {
    // yaml throws a ReferenceError for alias expansion beyond maxAliasCount (a "billion laughs" file).
    parsed.findings.push(fileFinding(parsed, 'yaml-alias-limit', { limit: maxAliasCount, detail: String((error as Error).message) }));
    return parsed;
  }
  classify(parsed);
  return parsed;
}

function positionedDocument(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const { LineCounter: Counter, parseDocument } = yamlLib();
  const lineCounter = new Counter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  return { doc, lineCounter };
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

/** Offset of an alias that points at one of its own ancestors (`- &x [ *x ]`), which makes a cycle. */
function findCircularAlias(doc: Document.Parsed): number | undefined {
  const { isCollection, visit } = yamlLib();
  let found: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      const target = node.resolve(doc);
      const at = node.range?.[0];
      if (target && isCollection(target) && target.range && at !== undefined && at >= target.range[0] && at < target.range[2]) {
        found = at;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
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

