import { isIsoDate } from '../core/model/dates.js';
import { UsageError } from '../errors.js';
import { isId, limits, parseIdList, parseMix, phases, recruitmentMethods, type Mix } from '../core/scaffold/answers.js';
import { diagnosticFormats } from '../render/diagnostics/names.js';
import { rulesFormats } from '../render/rules/index.js';

/** One command-line option, declared once: commander flags, help and docs/cli.md come from it. */
export interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  defaultValue?: string | boolean;
  /** The default as docs and help show it, when the command applies it itself (e.g. --format, so an --output extension can decide). */
  defaultText?: string;
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
    if (!isIsoDate(value)) throw new UsageError(`${flag} takes a date written YYYY-MM-DD, not "${value}".`);
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
  { flags: '--locale <locale>', description: 'language of messages: en or pl (default: MENTOR_LOCALE, then LANG; when neither names one, as with LANG=C on CI, messages about a programme follow its metadata.locale)', choices: ['en', 'pl'] },
  { flags: '--debug', description: 'show stack traces of internal errors' },
];

export const validateOptions: OptionSpec[] = [
  { flags: '-f, --format <format>', description: 'output format', choices: diagnosticFormats, defaultText: 'stylish' },
  {
    flags: '-o, --output <file>',
    description:
      'write to FILE in the --format, or the format its extension names (.json, .sarif, .xml = junit); people still get stylish on stdout; FORMAT=FILE writes that format; repeatable',
    parse: collect,
  },
  { flags: '--force', description: 'overwrite existing --output files' },
  { flags: '--max-warnings <n>', description: 'exit 1 when there are more than N warnings', parse: parseCount('--max-warnings') },
  { flags: '--strict', description: 'treat warnings as problems (same as --max-warnings 0)' },
  { flags: '-q, --quiet', description: 'report errors only, not warnings' },
  { flags: '--today <date>', description: 'the date records are checked against (YYYY-MM-DD; default: today)', parse: parseDate('--today') },
  { flags: '--config <file>', description: 'rule settings (default: the nearest .mentor.yaml, .mentor.yml or mentor.config.yaml upwards)' },
  { flags: '--no-config', description: 'ignore any config file' },
  { flags: '--stdin-filepath <path>', description: 'with the path `-` (read standard input): the file it stands for, for messages and includes' },
];

// ── documents: report, comms, diff, match ──────────────────────────────────────────────────

/** --as-of of a document command: the day it is computed for, so a report can be reproduced. */
export const asOfOption: OptionSpec = { flags: '--as-of <date>', description: 'the date the document is computed for (YYYY-MM-DD; default: today)', parse: parseDate('--as-of') };

/**
 * --format, --output and --force of a document command; `src/cli/outputs.ts` turns them into a
 * plan (FORMAT=FILE, formats from extensions). `formats` lists the accepted names, aliases included.
 */
export function documentOutputOptions(formats: readonly string[], defaultFormat: string): OptionSpec[] {
  return [
    { flags: '-f, --format <format>', description: 'output format', choices: formats, defaultText: defaultFormat },
    {
      flags: '-o, --output <file>',
      description: 'write to FILE (atomically) in the --format, or the format its extension names; FORMAT=FILE writes that format; repeatable',
      parse: collect,
    },
    { flags: '--force', description: 'overwrite existing --output files' },
  ];
}

// ── mentor init ─────────────────────────────────────────────────────────────────────────────

/** Parses a whole number within limits, such as --weeks. */
export function parseRange(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${flag} takes a whole number from ${min} to ${max}, not "${value}".`);
    return n;
  };
}

/** Parses a comma-separated list of ids, such as --goals a,b. */
export function parseIds(flag: string) {
  return (value: string): string[] => {
    const ids = parseIdList(value);
    const bad = ids.filter((id) => !isId(id));
    if (ids.length === 0 || bad.length > 0) throw new UsageError(`${flag} takes ids separated by commas${bad.length > 0 ? `; not ids: ${bad.join(', ')}` : ''}.`);
    return ids;
  };
}

/** Parses one id, such as --id. */
export function parseId(flag: string) {
  return (value: string): string => {
    if (!isId(value)) throw new UsageError(`${flag} takes an id (letters, digits, ".", "_", "-"; at most 64 characters), not "${value}".`);
    return value;
  };
}

/** Parses --mix 70/20/10. */
export function parseMixOption(value: string): Mix {
  const mix = parseMix(value);
  if (!mix) throw new UsageError(`--mix takes three shares that add up to 100, like 70/20/10, not "${value}".`);
  return mix;
}

/** Every prompt of `mentor init` has a flag here; the dialogue skips what a flag already answered. */
export const initOptions: OptionSpec[] = [
  { flags: '-t, --template <name>', description: 'template: a built-in name (see --list-templates) or a folder of your own (./my-template)' },
  { flags: '--list-templates', description: 'list the built-in templates and exit' },
  { flags: '--from <pilot>', description: 'scaffold a rollout from a pilot (its folder or programme file): frame copied, dates moved, people and records left empty' },
  { flags: '--answers <file>', description: 'read the answers from a YAML or JSON file (- reads stdin); flags override it' },
  { flags: '-y, --yes', description: 'ask nothing: take defaults, and marked placeholders where there is none' },
  { flags: '--no-interactive', description: 'ask nothing even in a terminal; answers without a default must be given' },
  { flags: '--id <id>', description: 'programme id (default: from the folder name)', parse: parseId('--id') },
  { flags: '--name <name>', description: "programme name (default: the template's)" },
  { flags: '--organisation <name>', description: 'the client organisation and unit' },
  { flags: '--phase <phase>', description: 'pilot, or rollout (needs --from)', choices: phases },
  { flags: '--start <date>', description: 'first day, YYYY-MM-DD (default: the first Monday two weeks from today)', parse: parseDate('--start') },
  { flags: '--weeks <n>', description: `length in weeks, ${limits.weeks[0]}–${limits.weeks[1]} (default: the template's)`, parse: parseRange('--weeks', ...limits.weeks) },
  { flags: '--goals <ids>', description: "keep only these of the template's goals (ids, comma-separated)", parse: parseIds('--goals') },
  { flags: '--competencies <ids>', description: "keep only these of the template's competencies", parse: parseIds('--competencies') },
  { flags: '--criteria <ids>', description: "keep only these of the template's eligibility criteria", parse: parseIds('--criteria') },
  { flags: '--recruitment <method>', description: 'how mentees are recruited', choices: recruitmentMethods },
  { flags: '--size <n>', description: 'planned number of mentees', parse: parseRange('--size', ...limits.size) },
  { flags: '--hr-owner <name>', description: 'name of the HR process owner (default: a placeholder to fill in)' },
  { flags: '--sponsor <name>', description: 'name of the sponsor (default: a placeholder to fill in)' },
  { flags: '--cadence-weeks <n>', description: 'a session every N weeks', parse: parseRange('--cadence-weeks', ...limits.cadenceWeeks) },
  { flags: '--session-minutes <n>', description: 'session length in minutes', parse: parseRange('--session-minutes', ...limits.sessionMinutes) },
  { flags: '--mix <e/s/f>', description: 'planned learning mix experience/social/formal (default: 70/20/10)', parse: parseMixOption },
  { flags: '--kpis <ids>', description: "keep only these of the template's KPIs", parse: parseIds('--kpis') },
  { flags: '--tool-source <spec>', description: 'where the CI workflow installs mentor from: an npm install spec (github:org/mentor#v0.1.0, a tarball URL, mentor-cli@0.1.0); default: MENTOR_TOOL_SOURCE, else where this mentor came from' },
  { flags: '--force', description: 'write into a folder that is not empty, replacing files of the same name' },
  { flags: '--dry-run', description: 'list the files it would write, and write nothing' },
];

export const schemaOptions: OptionSpec[] = [
  { flags: '-w, --write <dir>', description: 'write every schema into DIR (for editors and air-gapped CI) instead of printing one' },
  { flags: '--force', description: 'overwrite schema files that exist in DIR' },
];

// ── mentor rules, mentor explain ────────────────────────────────────────────────────────────

export const rulesOptions: OptionSpec[] = [{ flags: '-f, --format <format>', description: 'output format', choices: rulesFormats, defaultValue: 'table' }];

// ── mentor doctor ───────────────────────────────────────────────────────────────────────────

export const doctorOptions: OptionSpec[] = [
  { flags: '--config <file>', description: 'check this config file instead of the nearest one upwards' },
  { flags: '--no-config', description: 'as validate --no-config: report that no config is used' },
];
