import { isIsoDate } from '../core/model/dates.js';
import { UsageError } from '../errors.js';
import { isId, limits, parseIdList, parseMix, phases, recruitmentMethods, type Mix } from '../core/scaffold/answers.js';
import { commsFormats } from '../render/comms/formats.js';
import { diagnosticFormats } from '../render/diagnostics/names.js';
import { diffFormats } from '../render/diff/names.js';
import { audiences, reportSections } from '../core/report/report-types.js';
import { reportFormatAliases, reportFormats } from '../render/report/names.js';
import type { FieldSpec } from '../core/add/fields.js';
import { syntaxOf } from '../core/add/read-value.js';
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

// ── mentor comms ────────────────────────────────────────────────────────────────────────────

/** Parses one date of --between DATE DATE (a variadic option: each value comes on its own). */
export function parseBetween(value: string, previous: unknown): string[] {
  const dates = Array.isArray(previous) ? (previous as string[]) : [];
  if (dates.length >= 2) throw new UsageError(`--between takes two dates; "${value}" is a third (put the programme path before --between).`);
  return [...dates, parseDate('--between')(value)];
}

/** Parses a whole number ≥ 1, such as --upcoming. */
export function parsePositive(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} takes a whole number ≥ 1, not "${value}".`);
    return Number(value);
  };
}

export const commsOptions: OptionSpec[] = [
  ...documentOutputOptions([...commsFormats, 'markdown'], 'table').map((spec) =>
    spec.flags.startsWith('-f') ? { ...spec, defaultText: 'table; yaml with --proposed-only, csv with --merge' } : spec,
  ),
  asOfOption,
  { flags: '--to <role>', description: 'only messages to this role (by role, or to a named person who holds it), e.g. line-manager' },
  { flags: '--from <role>', description: 'only messages this role sends, e.g. hr-owner' },
  { flags: '--person <id>', description: 'only the messages this person receives' },
  { flags: '--between <dates...>', description: 'only messages dated between two dates, both included: --between 2026-01-01 2026-03-31', parse: parseBetween },
  { flags: '--upcoming <days>', description: 'only messages in the N days from --as-of, as-of included (a weekly routine: --upcoming 7)', parse: parsePositive('--upcoming') },
  { flags: '--proposed-only', description: "only the method's proposals for steps the programme leaves uncovered, as YAML ready to paste under `communications:`" },
  { flags: '--merge', description: 'one row per recipient for a mail merge (recipient id, name, role, e-mail where the people file has one, subject, body), as csv or json' },
  { flags: '--config <file>', description: 'team settings such as comms.maxMessagesPerWeek (default: the nearest .mentor.yaml upwards)' },
];

// ── mentor diff ─────────────────────────────────────────────────────────────────────────────

export const diffOptions: OptionSpec[] = [
  ...documentOutputOptions([...diffFormats, 'markdown'], 'table'),
  { flags: '--git <rev>', description: 'compare the programme in the working tree with the same path in a git revision (HEAD, HEAD~1, a tag, a branch)' },
  { flags: '--exit-code', description: 'exit 1 when anything differs and 0 when nothing does, as git diff --exit-code (2 stays usage and I/O errors)' },
  { flags: '--audience <audience>', description: 'who reads it: hr (people by name), sponsor (people as counts only); default: people by id', choices: ['hr', 'sponsor'] },
  { ...asOfOption, description: "the date the pilot's KPIs are computed for (YYYY-MM-DD; default: the pilot's last day, or today while it runs)" },
  { flags: '--moves', description: 'also list items that only changed place in their list (order is otherwise no change)' },
];

export const showOptions: OptionSpec[] = [{ flags: '--normalised', description: 'print the canonical form: keys in schema order, lists with ids sorted by id, comments dropped (a git textconv driver)' }];

// ── mentor report ───────────────────────────────────────────────────────────────────────────

/** Parses --section: a name or a comma-separated list, repeatable; unknown names are a usage error. */
export function parseSections(value: string, previous: unknown): string[] {
  const names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((n) => !(reportSections as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) throw new UsageError(`--section: unknown section "${unknown[0] ?? value}" (use ${reportSections.join(', ')}).`);
  return [...new Set([...(Array.isArray(previous) ? (previous as string[]) : []), ...names])];
}

/** Parses --delimiter: `,`, `;` or `tab` (also a real tab character). */
export function parseDelimiter(value: string): ',' | ';' | '\t' {
  if (value === ',' || value === ';') return value;
  if (value === 'tab' || value === '\t' || value === '\\t') return '\t';
  throw new UsageError(`--delimiter takes ",", ";" or "tab", not "${value}".`);
}

export const reportOptions: OptionSpec[] = [
  ...documentOutputOptions([...reportFormats, ...Object.keys(reportFormatAliases)], 'table'),
  asOfOption,
  { flags: '-a, --audience <audience>', description: 'who reads it: hr (individuals), manager (their direct reports), mentee (one development sheet) or sponsor (aggregates only)', choices: audiences, defaultText: 'hr' },
  { flags: '-p, --person <id>', description: 'with --audience manager or mentee: the line manager or mentee the report is for' },
  { flags: '--pseudonymise', description: 'replace names and ids of people and pairs by stable pseudonyms (set MENTOR_PSEUDONYM_KEY to a secret so ids cannot be tried)' },
  { flags: '-s, --section <names>', description: `only these sections (comma-separated or repeated): ${reportSections.join(', ')}`, parse: parseSections },
  { flags: '--delimiter <char>', description: 'CSV separator: "," ";" or tab (default: ";" for Polish documents, "," otherwise)', parse: parseDelimiter },
  { flags: '--config <file>', description: 'rule settings (default: the nearest .mentor.yaml, .mentor.yml or mentor.config.yaml upwards)' },
  { flags: '--no-config', description: 'ignore any config file' },
];

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

// ── mentor add ──────────────────────────────────────────────────────────────────────────────

/** Options every `mentor add <kind>` takes; each kind adds one flag per field of its schema (see `addFieldOptions`). */
export const addOptions: OptionSpec[] = [
  { flags: '-p, --programme <path>', description: 'the programme folder or file (default: the current folder)' },
  {
    flags: '--from <file>',
    description: 'add many at once, one per row of a CSV file whose header names the fields (a survey export, a month of sessions); flags give values for columns the file lacks',
  },
  { flags: '--ignore-columns <names>', description: 'CSV columns to skip, comma-separated (e.g. a forms tool\'s "Timestamp")', parse: collect },
  { flags: '--today <date>', description: 'the date dates default to and records are checked against (YYYY-MM-DD; default: today)', parse: parseDate('--today') },
  { flags: '--dry-run', description: 'show what would be added and where, and write nothing' },
  { flags: '--strict', description: 'refuse an addition that causes warnings too, not only errors' },
  { flags: '--no-interactive', description: 'never ask, even in a terminal; values without a default must be given' },
  { flags: '--config <file>', description: 'rule settings (default: the nearest .mentor.yaml, .mentor.yml or mentor.config.yaml upwards)' },
  { flags: '--no-config', description: 'ignore any config file' },
];

/** Keys of `mentor add`'s own options (and the global ones): a field of the same name gets no flag. */
export const addReservedKeys: readonly string[] = ['programme', 'from', 'ignoreColumns', 'today', 'dryRun', 'strict', 'interactive', 'config', 'color', 'locale', 'debug', 'help'];

/** The flag of each field of a kind, from its schema: `--line-manager <ID>`, its description as help. */
export function addFieldOptions(fields: readonly FieldSpec[], reserved: readonly string[], dateField: string | undefined): OptionSpec[] {
  return fields
    .filter((f) => f.type.kind !== 'other' && !reserved.includes(f.key))
    .map((f) => ({
      flags: `--${f.flag} <${syntaxOf(f.type)}>`,
      description: `${f.description}${f.key === dateField ? ' (default: today)' : f.required && f.key !== 'id' ? ' (required)' : ''}`,
    }));
}

export const schemaOptions: OptionSpec[] = [
  { flags: '-w, --write <dir>', description: 'write every schema into DIR (for editors and air-gapped CI) instead of printing one' },
  { flags: '--force', description: 'overwrite schema files that exist in DIR' },
];

// ── mentor select ───────────────────────────────────────────────────────────────────────────

/** Parses a repeatable NAME=HEADER option such as --column id="Nr ewid.". */
export function parseAssignment(flag: string) {
  return (value: string, previous: unknown): Record<string, string> => {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) throw new UsageError(`${flag} takes NAME=HEADER, like ${flag} ${flag === '--level' ? 'negocjacje-kam="Negocjacje – poziom"' : 'id="Nr ewidencyjny"'}, not "${value}".`);
    return { ...((previous as Record<string, string> | undefined) ?? {}), [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
  };
}

export const selectOptions: OptionSpec[] = [
  ...documentOutputOptions(['table', 'json', 'csv', 'md', 'markdown'], 'table'),
  { flags: '--sheet <name>', description: 'XLSX: the sheet to read (default: the first)' },
  { flags: '--delimiter <sep>', description: 'CSV: the separator, "," ";" or "tab" (default: detected)', parse: parseDelimiter },
  { flags: '--encoding <name>', description: 'CSV: the text encoding (default: detected: UTF-8 with or without BOM, UTF-16, else Windows-1250)', choices: ['utf-8', 'windows-1250', 'utf-16le'] },
  { flags: '--column <field=header>', description: 'the column of a person field: id, name, firstName, lastName, title, department, lineManager, hired, tenureMonths (repeatable; overrides addressees.import)', parse: parseAssignment('--column') },
  { flags: '--level <competency=header>', description: 'the column with the current level in a competency (repeatable; overrides addressees.import)', parse: parseAssignment('--level') },
  { flags: '-w, --write', description: 'add the qualified candidates as mentees to the people file (comments and layout kept; never one already there)' },
];

// ── mentor match ────────────────────────────────────────────────────────────────────────────

export const matchOptions: OptionSpec[] = [
  ...documentOutputOptions(['table', 'json', 'csv', 'md', 'markdown'], 'table'),
  { flags: '--start <date>', description: 'the day proposed pairs start (YYYY-MM-DD; default: matching.start, else the kick-off milestone, else the programme start)', parse: parseDate('--start') },
  { flags: '--rematch', description: 'also match again the mentees whose pairs have not started by the start date (their pairs are set aside)' },
  { flags: '-w, --write', description: 'add the proposed pairs to the people file (comments and layout kept)' },
];

// ── mentor rules, mentor explain ────────────────────────────────────────────────────────────

export const rulesOptions: OptionSpec[] = [{ flags: '-f, --format <format>', description: 'output format', choices: rulesFormats, defaultValue: 'table' }];

// ── mentor doctor ───────────────────────────────────────────────────────────────────────────

export const doctorOptions: OptionSpec[] = [
  { flags: '--config <file>', description: 'check this config file instead of the nearest one upwards' },
  { flags: '--no-config', description: 'as validate --no-config: report that no config is used' },
];
