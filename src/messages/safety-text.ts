/** What became of an interrupted `mentor init` found on the next run. */
export interface Recovery {
  /** The folder shown to the user. */
  folder: string;
  /** Files put back as they were before the interrupted run. */
  restored: number;
  /** Files the interrupted run had added, removed again. */
  removed: number;
  /** Files changed since, left alone: the paths where their earlier versions are kept. */
  kept: string[];
}

/** Texts about reading and writing safely: refused write targets, interrupted runs, recovered leftovers. */
export interface SafetyText {
  cannotWrite: (path: string, reason: string) => string;
  /** A write target that is a device, FIFO, socket or folder (`kind` names which). */
  notRegularTarget: (path: string, kind: string) => string;
  /** A write target that is a symbolic link to nothing. */
  refuseLink: (path: string) => string;
  /** A write that would go through a symbolic link (`link` names it). */
  throughLink: (path: string, link: string) => string;
  /** Two writes to one file in one run. */
  sameFile: (path: string, first: string) => string;
  /** Stopped by a signal; what was in progress was undone. */
  interrupted: string;
  /** `mentor init` refused to write: the answers (or a custom template) give values the schema refuses, shown above. */
  schemaRefusesAnswers: (errors: number) => string;
  /** An interrupted `mentor init` was found and undone (or its staging folder removed). */
  recovered: (r: Recovery) => string;
}
