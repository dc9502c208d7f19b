import type { Finding, ParsedFile } from '../parse/parsed-file.js';

/** A programme file with the people and records files it includes, and its pilot when it names one. */
export interface ProgrammeBundle {
  programme: ParsedFile;
  people: ParsedFile[];
  records: ParsedFile[];
  /** The pilot's programme file, when `metadata.pilot.path` leads to one. */
  pilot?: ParsedFile;
}

/** Everything one `validate` run looks at: the files named (directly or through folders), grouped into programmes. */
export interface Workspace {
  /** Every file read from the paths given, once each. */
  files: ParsedFile[];
  bundles: ProgrammeBundle[];
  /** Findings only the I/O layer can make (missing includes, missing pilot, files that are not mentor documents). */
  findings: Finding[];
}
