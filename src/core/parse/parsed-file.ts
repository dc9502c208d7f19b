import type { Document, LineCounter } from 'yaml';
import type { DataPath, RuleId, Severity } from '../diagnostics.js';

export type DocumentKind = 'Programme' | 'People' | 'Records';
export const documentKinds: readonly DocumentKind[] = ['Programme', 'People', 'Records'];

/** One source file after parsing: the yaml Document keeps positions, `data` is its plain JS value. */
export interface ParsedFile {
  /** Path as shown to the user. */
  file: string;
  /** Absolute path, used to resolve includes; equal to `file` for in-memory sources. */
  absolutePath: string;
  /** The source text (without a BOM), kept so positions can be computed when a finding needs them. */
  text?: string;
  /** The positioned document; parsed lazily by `documentOf` for files read by the fast path. */
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  /** The plain value; `undefined` when the file could not be read as one YAML document. */
  data: unknown;
  /** The mentor kind, when `apiVersion` says mentor and `kind` is known. */
  kind?: DocumentKind;
  /** True when the file carries `apiVersion: mentor/...` (so a folder scan picks it up). */
  isMentorDocument: boolean;
  findings: Finding[];
}

export type Params = Record<string, string | number>;

/** Where a finding points: a data path inside a parsed file. */
export interface Location {
  file: ParsedFile;
  path: DataPath;
  /** Point at the key of the last path segment instead of its value (unknown keys, missing values). */
  target?: 'key' | 'value';
  /** A position already known (from the YAML parser or the bytes), used when there is no node. */
  offset?: number;
  position?: { line: number; column: number };
  /** A span inside the string value at `path` (offsets into the parsed value, end exclusive): a word in a message. */
  inValue?: { start: number; end: number };
}

/** A finding before it is worded: rule id, parameters for the message catalogue, and a location. */
export interface Finding {
  ruleId: RuleId;
  severity?: Severity;
  params: Params;
  at: Location;
}
