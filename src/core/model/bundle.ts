import type { Finding, ParsedFile } from '../parse/parsed-file.js';

/**
 * The links from a programme to the run it was calibrated from: a rollout's pilot, a cycle's
 * previous cycle. Both are loaded and checked the same way (found, a Programme, `id` matching).
 */
export const programmeLinks = [
  { key: 'pilot', ruleId: 'pilot-not-found' },
  { key: 'previous', ruleId: 'previous-not-found' },
] as const;

/** A programme file with the people and records files it includes, and its pilot when it names one. */
export interface ProgrammeBundle {
  programme: ParsedFile;
  people: ParsedFile[];
  records: ParsedFile[];
  /** The pilot's programme file, when `metadata.pilot.path` leads to one. */
  pilot?: ParsedFile;
  /**
   * The previous cycle's programme file, when `metadata.previous.path` leads to one. Like `pilot`,
   * it is the run this programme was calibrated from: whatever compares a rollout with its pilot
   * compares a cycle with the one before the same way.
   */
  previous?: ParsedFile;
}

/** Everything one `validate` run looks at: the files named (directly or through folders), grouped into programmes. */
export interface Workspace {
  /** Every file read from the paths given, once each. */
  files: ParsedFile[];
  bundles: ProgrammeBundle[];
  /** Findings only the I/O layer can make (missing includes, missing pilot, files that are not mentor documents). */
  findings: Finding[];
  /** YAML files found by scanning folders that are not mentor documents, and why; absent when nothing was scanned. */
  skipped?: SkippedFile[];
}

/** Why a YAML file found by a folder scan was left out: it does not claim to be a mentor document. */
export type SkipReason = 'no-api-version' | 'other-api-version' | 'not-a-mapping';

/** A YAML file a folder scan passed over, and why, so the summary can say what was not checked. */
export interface SkippedFile {
  /** Path as shown to the user. */
  file: string;
  reason: SkipReason;
  /** The file's own `apiVersion` when it names another format (`apps/v1`). */
  apiVersion?: string;
}
