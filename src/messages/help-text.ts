import type { AddKind } from '../core/add/kinds.js';
import type { optionsEn } from './help-en.js';

/** The commands of `mentor`, as `mentor --help` lists them. */
export type CommandName = 'validate' | 'init' | 'report' | 'add' | 'schema' | 'select' | 'match' | 'comms' | 'diff' | 'show' | 'rules' | 'explain' | 'completion' | 'doctor';

/** The key of one option's help line (src/cli/options.ts names it; the English text defines the keys). */
export type OptionKey = keyof typeof optionsEn;

/** One command's help: its line in `mentor --help`, its arguments, notes and examples. */
export interface CommandHelp {
  description: string;
  /** One line per positional argument, by the name commander shows (`paths...`, `dir`). */
  arguments?: Readonly<Record<string, string>>;
  /** Lines printed after the options and before the examples (exit codes, set-up), or none. */
  notes?: readonly string[];
  /**
   * Real command lines on the bundled examples (run from the repository's root, as a user who cloned
   * it would), each with what it does. test/cli/help-examples.test.ts runs every one of them.
   */
  examples: readonly (readonly [command: string, what: string])[];
}

/** What commander itself prints, in the order its Help class uses them. */
export interface CommanderText {
  /** Titles of the help sections: `Usage:`, `Options:`… keyed by commander's English title. */
  titles: Readonly<Record<'Usage:' | 'Arguments:' | 'Options:' | 'Commands:' | 'Global Options:', string>>;
  /** The name shown for an argument or an option's value (`<file>`, `[paths...]`): only shown, the name itself stays. */
  placeholder: (name: string) => string;
  /** The words `[options]` and `[command]` of a usage line. */
  optionsTerm: string;
  commandTerm: string;
  /** The parenthesis after an option's help: its choices, default, preset and environment variable. */
  choices: (values: string) => string;
  default: (value: string) => string;
  preset: (value: string) => string;
  env: (name: string) => string;
  /** commander's error messages, rebuilt from the parts of its English message. */
  errors: {
    unknownOption: (flag: string) => string;
    unknownCommand: (name: string) => string;
    /** Appended to an unknown option or command: the nearest names. */
    didYouMean: (names: readonly string[]) => string;
    missingArgument: (name: string) => string;
    optionMissingArgument: (flags: string) => string;
    missingMandatoryOption: (flags: string) => string;
    conflictingOption: (first: string, second: string) => string;
    /** `option '--x'` or `environment variable 'X'` in a conflict. */
    optionName: (flags: string) => string;
    envName: (name: string) => string;
    excessArguments: (command: string | undefined, expected: number, received: number) => string;
    invalidOptionValue: (flags: string, value: string, allowed: string | undefined) => string;
    invalidArgumentValue: (name: string, value: string, allowed: string | undefined) => string;
  };
}

/** The errors of option values that mentor checks itself (src/cli/options.ts parsers). */
export interface ParseText {
  wholeNumber: (flag: string, value: string) => string;
  positiveNumber: (flag: string, value: string) => string;
  date: (flag: string, value: string) => string;
  between: (value: string) => string;
  unknownSection: (name: string, known: readonly string[]) => string;
  delimiter: (flag: string, value: string) => string;
  range: (flag: string, min: number, max: number, value: string) => string;
  ids: (flag: string, bad: readonly string[]) => string;
  id: (flag: string, value: string) => string;
  mix: (value: string) => string;
  assignment: (flag: string, example: string, value: string) => string;
  /** --as-of and --today (the same option of a document command) naming two different days. */
  asOfAndToday: (asOf: string, today: string) => string;
}

/** Every text of `mentor --help` and of each command's help, and commander's own words, in one language. */
export interface HelpText {
  program: {
    description: string;
    version: string;
    help: string;
    /** The `help [command]` command. */
    helpCommand: string;
    /** Printed after a usage error. */
    afterError: string;
    /** The title of the examples at the end of a command's help. */
    examplesTitle: string;
  };
  commander: CommanderText;
  commands: Readonly<Record<CommandName, CommandHelp>>;
  /** `mentor add <kind>`: one line per kind, and its examples. */
  addKinds: Readonly<Record<AddKind, Omit<CommandHelp, 'arguments'>>>;
  /** The help of a field flag of `mentor add <kind>`: its schema description (English) in this language, and what is appended. */
  addField: { describe: (kind: AddKind, key: string, english: string) => string; defaultToday: string; defaultStart: string; defaultPlan: string; required: string };
  /** Option help lines; `{name}` placeholders are filled from the option's `helpArgs`. */
  options: Readonly<Record<OptionKey, string>>;
  parse: ParseText;
}
