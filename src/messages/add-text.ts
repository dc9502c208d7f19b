import type { AddKind } from '../core/add/kinds.js';
import type { YamlEditErrorCode } from '../core/edit/yaml-edit.js';

/** Every user-facing string of `mentor add`, in one locale. */
export interface AddText {
  /** A number of additions of a kind, as the object of "Added …": `a session`, `3 sessions`; `1 sesję`, `5 sesji`. */
  counted: Record<AddKind, (n: number) => string>;
  /** Names of fields in prompts; a field the catalogue does not know (new in the schema) is shown by its key. */
  labels: Partial<Record<string, string>>;
  /**
   * Other names a column of `--from FILE.csv` may give a field, besides its key and its label in
   * either language: what people title a spreadsheet's column (`Minuty`, `Wydział`).
   */
  columnNames: Partial<Record<string, readonly string[]>>;
  out: {
    /** `file` got `what`; `created` when the file is new (a month's first records). */
    added: (what: string, file: string, created: boolean) => string;
    wouldAdd: (what: string, file: string, created: boolean) => string;
    /** Nothing written: the addition would make the programme invalid (or, with --strict, warn). */
    refused: (strict: boolean) => string;
    /** Warnings the addition causes, shown with the addition written anyway. */
    /** The heading of the warnings an addition brings; `dryRun`: nothing was written. */
    warnings: (n: number, dryRun: boolean) => string;
    /** Problems the programme had before, not caused by the addition. */
    preexisting: (errors: number, warnings: number, command: string) => string;
    cancelled: string;
  };
  /** Where a finding points, in the terms the user typed it. */
  where: {
    flag: (flag: string) => string;
    row: (row: number, column: string | undefined) => string;
    file: (file: string, line: number, column: number) => string;
  };
  errors: {
    /** Required values no flag gave, without a terminal to ask in. */
    missing: (kind: AddKind, items: { flag: string; label: string }[]) => string;
    missingHint: (example: string) => string;
    /** The same, for rows of a CSV file. */
    missingInRows: (rows: { row: number; columns: string[] }[]) => string;
    /** Items of a flag or cell not in the field's form (`negotiation:1-3` for `ID:BASELINE:TARGET`): where (`--competencies`, `row 3, column Kompetencje`), the item and the form. */
    misshapen: (items: { where: string; item: string; syntax: string }[]) => string;
    /** A pair for a mentee the programme does not have, without --competencies: there is no plan to take them from. */
    unknownMentee: (id: string, row: number | undefined) => string;
    /** What to do about it: the id meant, if one is close, else add the mentee first. */
    unknownMenteeHint: (suggestion: string | undefined) => string;
    noRecordsFolder: (programme: string) => string;
    /** The programme file is not YAML mentor can read, so nothing can be added to the programme. */
    programmeUnreadable: (programme: string) => string;
    noPeopleFile: (programme: string) => string;
    /** `known`: every field, by key and by the label a column may also carry (`date`, „Data”). */
    csvColumns: (file: string, problems: { column: string; index: number; kind: 'unknown' | 'duplicate'; suggestion?: string }[], known: { key: string; label?: string }[]) => string;
    csvColumnsHint: string;
    csvEmpty: (file: string) => string;
    /** A --from file with nothing in it, not even a header (select's words speak of people). */
    csvBlank: (file: string) => string;
    /** What to do when --from is no table at all (empty, binary, no header row). */
    csvNotATable: string;
    csv: (file: string, line: number, column: string | undefined, problem: 'quote' | 'row-length' | 'other', detail: string) => string;
    /** A file the addition goes into cannot be edited safely. */
    edit: (file: string, code: YamlEditErrorCode, detail: string) => string;
    /** Problems the programme already has keep the addition from being checked. */
    cannotCheck: (command: string) => string;
  };
  prompts: {
    /** A value to type: the label, and `(optional)` when it may be left empty. */
    value: (label: string, optional: boolean) => string;
    /** A value to pick from a list. */
    pick: (label: string) => string;
    /** The choice that leaves an optional value out. */
    skip: string;
    baseline: (competency: string) => string;
    target: (competency: string) => string;
    level: (competency: string) => string;
    completed: (module: string) => string;
    notInPlan: string;
    confirm: (what: string, file: string) => string;
  };
  invalid: {
    required: string;
    date: string;
    number: (min: number | undefined, max: number | undefined) => string;
  };
}
