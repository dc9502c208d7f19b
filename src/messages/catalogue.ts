import type { RuleId } from '../core/diagnostics.js';
import type { Params } from '../core/parse/parsed-file.js';
import type { OutputProblem } from '../errors.js';
import type { DiffText } from './diff-text.js';
import type { AddText } from './add-text.js';
import type { CalendarText } from './calendar-text.js';
import type { CommsText } from './comms-text.js';
import type { InitText } from './init-text.js';
import type { MatchText } from './match-text.js';
import type { ReportText } from './report-text.js';
import type { SuppressText } from './suppress-text.js';
import type { ProgressText } from './progress-text.js';
import type { SafetyText } from './safety-text.js';
import type { SelectText } from './select-text.js';

export type Locale = 'en' | 'pl';
export const locales: readonly Locale[] = ['en', 'pl'];

export type Template = (p: Params) => string;

export interface RuleText {
  /** One line saying what is wrong, naming the thing by its id or key. */
  message: Template;
  /** What to do about it. */
  hint?: Template;
  /** One line for docs/rules.md: what the rule checks. */
  describe: string;
}

/** Every user-facing string of one locale: rule texts, schema vocabulary and CLI wording. */
export interface Catalogue {
  rules: Record<RuleId, RuleText>;
  /** Names of JSON types and formats as used in schema messages. */
  types: Record<string, string>;
  /** A schema description (its first sentence, in English) in this locale, or '' when there is none to show. */
  schemaDescription: (english: string) => string;
  ui: UiText;
  /** `mentor init`: its dialogue, errors and the comments it writes into files. */
  init: InitText;
  /** `mentor comms`: default message texts per step and purpose, and the command's wording. */
  comms: CommsText;
  /** `mentor diff` and `mentor show`: the calibration report and its errors. */
  diff: DiffText;
  /** `mentor report`: its document texts and CLI messages. */
  report: ReportText;
  /** Reading and writing safely: refused write targets, interrupted runs, recovered leftovers. */
  safety: SafetyText;
  /** Weekdays and public holidays. */
  calendar: CalendarText;
  /** `mentor select`: reading an HR export and applying the addressee criteria. */
  select: SelectText;
  /** `mentor match`: proposed pairs, their reasons, what blocked the others. */
  match: MatchText;
  /** `mentor add`: what it says, asks and refuses. */
  add: AddText;
  /** Inline `# mentor-disable…` suppressions. */
  suppress: SuppressText;
  /** The progress line of a long run on a terminal. */
  progress: ProgressText;
}

export interface UiText {
  summary: (s: { files: number; valid: number; invalid: number; errors: number; warnings: number }) => string;
  noProblems: (files: number) => string;
  /** Heading of the list of YAML files a folder scan passed over because they are not mentor documents. */
  skipped: (count: number) => string;
  /** A programme whose method rules did not run because its files have YAML, file or schema errors. */
  rulesNotRun: (programme: string) => string;
  skippedReason: (reason: 'no-api-version' | 'other-api-version' | 'not-a-mapping', apiVersion?: string) => string;
  skippedMore: (count: number) => string;
  /** `flag` is the option that set the limit: `--strict` (none allowed) or `--max-warnings`. */
  tooManyWarnings: (count: number, max: number, flag: '--strict' | '--max-warnings') => string;
  errorLabel: string;
  warningLabel: string;
  internalError: string;
  pathNotFound: (path: string) => string;
  noDocuments: (path: string) => string;
  cannotRead: (path: string, reason: string) => string;
  refuseOverwrite: (path: string) => string;
  /** A file edited in place changed on disk between reading and writing: nothing was written. */
  changedOnDisk: (path: string) => string;
  /** A glob named on the command line matches no file. */
  noMatch: (pattern: string) => string;
  /** A file to edit is not UTF-8 (`at` is `line:column` of its first bad byte): nothing written. */
  notUtf8: (path: string, at: string) => string;
  wrote: (path: string) => string;
  unknownSchema: (name: string, known: readonly string[]) => string;
  configProblem: (
    kind: 'not-a-mapping' | 'unknown-key' | 'unknown-rule' | 'bad-setting' | 'bad-number' | 'not-a-list' | 'bad-files',
    value: string,
    suggestion?: string,
    range?: { key?: string; min?: number; max?: number },
  ) => string;
  configUnreadable: (file: string, ruleId: string) => string;
  configHint: string;
  schemaWriteTakesNoKind: string;
  /** A --format or --output value that does not fit, and what to write instead. */
  outputProblem: (problem: OutputProblem) => { message: string; hint?: string };
  /** A document command on a programme with errors: how many, and the command that lists them. */
  programmeHasErrors: (errors: number, path: string, rendered: boolean) => string;
}

/**
 * The preparation modules a pair's mentor had not finished (pair-before-preparation's `modules`:
 * `module=date` pairs, the date empty when there is no record), each with `describe(date)`.
 */
export function preparationModules(modules: string, describe: (completed: string) => string): string {
  return modules
    .split(' ')
    .map((entry) => {
      const [module, completed] = entry.split('=');
      return `\`${module}\` (${describe(completed ?? '')})`;
    })
    .join(', ');
}

/** Formats `a, b, c` lists with backticks, the way every message names keys and values. */
export function list(values: Iterable<string | number>): string {
  return [...values].map((v) => `\`${v}\``).join(', ');
}
