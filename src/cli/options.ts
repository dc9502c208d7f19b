import { UsageError } from '../errors.js';
import { diagnosticFormats } from '../render/diagnostics/names.js';

/** One command-line option, declared once: commander flags, help and docs/cli.md come from it. */
export interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  defaultValue?: string | boolean;
  /** Converts and checks the raw value; throws UsageError with a clear message. */
  parse?: (value: string, previous: unknown) => unknown;
}

/** Parses a non-negative whole number option such as --max-warnings. */
export function parseCount(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number ≥ 0, not "${value}".`);
    return Number(value);
  };
}

/** Parses a YYYY-MM-DD date option such as --today. */
export function parseDate(flag: string) {
  return (value: string): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`${flag} takes a date written YYYY-MM-DD, not "${value}".`);
    return value;
  };
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: unknown): string[] {
  return [...(Array.isArray(previous) ? (previous as string[]) : []), value];
}

export const globalOptions: OptionSpec[] = [
  { flags: '--color', description: 'force coloured output' },
  { flags: '--no-color', description: 'disable coloured output (also: NO_COLOR=1)' },
  { flags: '--locale <locale>', description: 'language of messages: en or pl (default: MENTOR_LOCALE, then LANG)', choices: ['en', 'pl'] },
  { flags: '--debug', description: 'show stack traces of internal errors' },
];

export const validateOptions: OptionSpec[] = [
  { flags: '-f, --format <format>', description: 'output format', choices: diagnosticFormats, defaultValue: 'stylish' },
  {
    flags: '-o, --output <file>',
    description: 'write the --format output to FILE (people still get stylish on stdout); FORMAT=FILE writes that format; repeatable',
    parse: collect,
  },
  { flags: '--force', description: 'overwrite existing --output files' },
  { flags: '--max-warnings <n>', description: 'exit 1 when there are more than N warnings', parse: parseCount('--max-warnings') },
  { flags: '--strict', description: 'treat warnings as problems (same as --max-warnings 0)' },
  { flags: '-q, --quiet', description: 'report errors only, not warnings' },
  { flags: '--today <date>', description: 'the date records are checked against (YYYY-MM-DD; default: today)', parse: parseDate('--today') },
];
