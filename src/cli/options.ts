import { isIsoDate } from '../core/model/dates.js';
import { UsageError } from '../errors.js';
import { isId, limits, parseIdList, parseMix, phases, recruitmentMethods, type Mix } from '../core/scaffold/answers.js';
import { commsFormats } from '../render/comms/formats.js';
import { diagnosticFormats } from '../render/diagnostics/names.js';
import { diffFormats } from '../render/diff/names.js';
import { audiences, reportSections } from '../core/report/report-types.js';
import { reportFormatAliases, reportFormats } from '../render/report/names.js';
import type { FieldSpec } from '../core/add/fields.js';
import type { AddKind, KindInfo } from '../core/add/kinds.js';
import { syntaxOf } from '../core/add/read-value.js';
import { rulesFormats } from '../render/rules/index.js';
import type { HelpText, OptionKey, ParseText } from '../messages/help-text.js';

/** One command-line option, declared once: commander flags, help and docs/cli.md come from it. */
export interface OptionSpec {
  flags: string;
  /** Its help line: a key of the help catalogues (src/messages/help-*.ts), or built from them. */
  help: OptionKey | ((text: HelpText) => string);
  /** Values for `{name}` placeholders of the help line. */
  helpArgs?: Readonly<Record<string, string>>;
  choices?: readonly string[];
  defaultValue?: string | boolean;
  /** The default as docs and help show it, when the command applies it itself (e.g. --format, so an --output extension can decide). */
  defaultText?: string;
  /** A default that needs words rather than a value: its key in the help catalogues. */
  defaultHelp?: OptionKey;
  /** Converts and checks the raw value; throws UsageError worded by `text` (the help catalogue's). */
  parse?: (value: string, previous: unknown, text: ParseText) => unknown;
}

/** An option's help line in one language. */
export function optionHelp(spec: OptionSpec, text: HelpText): string {
  const line = typeof spec.help === 'function' ? spec.help(text) : text.options[spec.help];
  return line.replace(/\{(\w+)\}/g, (whole, name: string) => spec.helpArgs?.[name] ?? whole);
}

/** An option's default as help shows it, in one language; undefined when it has none to show. */
export function optionDefault(spec: OptionSpec, text: HelpText): string | undefined {
  return spec.defaultHelp !== undefined ? text.options[spec.defaultHelp] : spec.defaultText;
}

/** Parses a non-negative whole number option such as --max-warnings. */
export function parseCount(flag: string) {
  return (value: string, _previous: unknown, text: ParseText): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(text.wholeNumber(flag, value));
    return Number(value);
  };
}

/** Parses a YYYY-MM-DD date option such as --today. */
export function parseDate(flag: string) {
  return (value: string, _previous: unknown, text: ParseText): string => {
    if (!isIsoDate(value)) throw new UsageError(text.date(flag, value));
    return value;
  };
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: unknown): string[] {
  return [...(Array.isArray(previous) ? (previous as string[]) : []), value];
}

export const globalOptions: OptionSpec[] = [
  { flags: '--color', help: 'color' },
  { flags: '--no-color', help: 'noColor' },
  { flags: '--locale <locale>', help: 'locale', choices: ['en', 'pl'] },
  { flags: '--debug', help: 'debug' },
];

export const validateOptions: OptionSpec[] = [
  { flags: '-f, --format <format>', help: 'format', choices: diagnosticFormats, defaultText: 'stylish' },
  {
    flags: '-o, --output <file>',
    help: 'validateOutput',
    parse: collect,
  },
  { flags: '--force', help: 'forceOutput' },
  { flags: '--max-warnings <n>', help: 'maxWarnings', parse: parseCount('--max-warnings') },
  { flags: '--strict', help: 'strict' },
  { flags: '-q, --quiet', help: 'quiet' },
  { flags: '--today <date>', help: 'validateToday', parse: parseDate('--today') },
  { flags: '--config <file>', help: 'config' },
  { flags: '--no-config', help: 'noConfig' },
  { flags: '--stdin-filepath <path>', help: 'stdinFilepath' },
];

// ── documents: report, comms, diff, match ──────────────────────────────────────────────────

/** --as-of of a document command: the day it is computed for, so a report can be reproduced. */
export const asOfOption: OptionSpec = { flags: '--as-of <date>', help: 'asOf', parse: parseDate('--as-of') };

/** --today of a document command: its --as-of under the name `validate` and `add` use (see `asOfFromToday`). */
export const todayAsAsOfOption: OptionSpec = { flags: '--today <date>', help: 'todayAsAsOf', parse: parseDate('--today') };

/** A command's flags with --today read as its --as-of; two different days are a usage error. */
export function asOfFromToday<F extends { asOf?: unknown; today?: unknown }>(flags: F, text: ParseText): Omit<F, 'today'> {
  const { today, ...rest } = flags;
  if (typeof today !== 'string') return rest;
  if (typeof rest.asOf === 'string' && rest.asOf !== today) throw new UsageError(text.asOfAndToday(rest.asOf, today));
  return { ...rest, asOf: today };
}

/**
 * --format, --output and --force of a document command; `src/cli/outputs.ts` turns them into a
 * plan (FORMAT=FILE, formats from extensions). `formats` lists the accepted names, aliases included.
 */
export function documentOutputOptions(formats: readonly string[], defaultFormat: string): OptionSpec[] {
  return [
    { flags: '-f, --format <format>', help: 'format', choices: formats, defaultText: defaultFormat },
    {
      flags: '-o, --output <file>',
      help: 'documentOutput',
      parse: collect,
    },
    { flags: '--force', help: 'forceOutput' },
  ];
}

// ── mentor comms ────────────────────────────────────────────────────────────────────────────

/** Parses one date of --between DATE DATE (a variadic option: each value comes on its own). */
export function parseBetween(value: string, previous: unknown, text: ParseText): string[] {
  const dates = Array.isArray(previous) ? (previous as string[]) : [];
  if (dates.length >= 2) throw new UsageError(text.between(value));
  return [...dates, parseDate('--between')(value, undefined, text)];
}

/** Parses a whole number ≥ 1, such as --upcoming. */
export function parsePositive(flag: string) {
  return (value: string, _previous: unknown, text: ParseText): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(text.positiveNumber(flag, value));
    return Number(value);
  };
}

export const commsOptions: OptionSpec[] = [
  ...documentOutputOptions([...commsFormats, 'markdown'], 'table').map((spec) =>
    spec.flags.startsWith('-f') ? { ...spec, defaultHelp: 'commsFormatDefault' as const } : spec,
  ),
  asOfOption,
  todayAsAsOfOption,
  { flags: '--to <role>', help: 'commsTo' },
  { flags: '--from <role>', help: 'commsFrom' },
  { flags: '--person <id>', help: 'commsPerson' },
  { flags: '--between <dates...>', help: 'commsBetween', parse: parseBetween },
  { flags: '--upcoming <days>', help: 'commsUpcoming', parse: parsePositive('--upcoming') },
  { flags: '--proposed-only', help: 'commsProposedOnly' },
  { flags: '--merge', help: 'commsMerge' },
  { flags: '--config <file>', help: 'commsConfig' },
];

// ── mentor diff ─────────────────────────────────────────────────────────────────────────────

export const diffOptions: OptionSpec[] = [
  ...documentOutputOptions([...diffFormats, 'markdown'], 'table'),
  { flags: '--git <rev>', help: 'diffGit' },
  { flags: '--exit-code', help: 'diffExitCode' },
  { flags: '--audience <audience>', help: 'diffAudience', choices: ['hr', 'sponsor'] },
  { ...asOfOption, help: 'diffAsOf' },
  // Not --as-of under another name: the KPIs' default day is the earlier of the pilot's last day and today.
  { flags: '--today <date>', help: 'diffToday', parse: parseDate('--today') },
  { flags: '--moves', help: 'diffMoves' },
];

export const showOptions: OptionSpec[] = [{ flags: '--normalised', help: 'showNormalised' }];

// ── mentor report ───────────────────────────────────────────────────────────────────────────

/** Parses --section: a name or a comma-separated list, repeatable; unknown names are a usage error. */
export function parseSections(value: string, previous: unknown, text: ParseText): string[] {
  const names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((n) => !(reportSections as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) throw new UsageError(text.unknownSection(unknown[0] ?? value, reportSections));
  return [...new Set([...(Array.isArray(previous) ? (previous as string[]) : []), ...names])];
}

/** Parses --delimiter: `,`, `;` or `tab` (also a real tab character). */
export function parseDelimiter(value: string, _previous: unknown, text: ParseText): ',' | ';' | '\t' {
  if (value === ',' || value === ';') return value;
  if (value === 'tab' || value === '\t' || value === '\\t') return '\t';
  throw new UsageError(text.delimiter('--delimiter', value));
}

export const reportOptions: OptionSpec[] = [
  ...documentOutputOptions([...reportFormats, ...Object.keys(reportFormatAliases)], 'table'),
  asOfOption,
  todayAsAsOfOption,
  { flags: '-a, --audience <audience>', help: 'reportAudience', choices: audiences, defaultText: 'hr' },
  { flags: '-p, --person <id>', help: 'reportPerson' },
  { flags: '--pseudonymise', help: 'reportPseudonymise' },
  { flags: '-s, --section <names>', help: 'reportSection', helpArgs: { sections: reportSections.join(', ') }, parse: parseSections },
  { flags: '--delimiter <char>', help: 'reportDelimiter', parse: parseDelimiter },
  { flags: '--config <file>', help: 'config' },
  { flags: '--no-config', help: 'noConfig' },
];

// ── mentor init ─────────────────────────────────────────────────────────────────────────────

/** Parses a whole number within limits, such as --weeks. */
export function parseRange(flag: string, min: number, max: number) {
  return (value: string, _previous: unknown, text: ParseText): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(text.range(flag, min, max, value));
    return n;
  };
}

/** Parses a comma-separated list of ids, such as --goals a,b. */
export function parseIds(flag: string) {
  return (value: string, _previous: unknown, text: ParseText): string[] => {
    const ids = parseIdList(value);
    const bad = ids.filter((id) => !isId(id));
    if (ids.length === 0 || bad.length > 0) throw new UsageError(text.ids(flag, bad));
    return ids;
  };
}

/** Parses one id, such as --id. */
export function parseId(flag: string) {
  return (value: string, _previous: unknown, text: ParseText): string => {
    if (!isId(value)) throw new UsageError(text.id(flag, value));
    return value;
  };
}

/** Parses --mix 70/20/10. */
export function parseMixOption(value: string, _previous: unknown, text: ParseText): Mix {
  const mix = parseMix(value);
  if (!mix) throw new UsageError(text.mix(value));
  return mix;
}

/** Every prompt of `mentor init` has a flag here; the dialogue skips what a flag already answered. */
export const initOptions: OptionSpec[] = [
  { flags: '-t, --template <name>', help: 'initTemplate' },
  { flags: '--list-templates', help: 'initListTemplates' },
  { flags: '--from <pilot>', help: 'initFrom' },
  { flags: '--answers <file>', help: 'initAnswers' },
  { flags: '-y, --yes', help: 'initYes' },
  { flags: '--no-interactive', help: 'initNoInteractive' },
  { flags: '--id <id>', help: 'initId', parse: parseId('--id') },
  { flags: '--name <name>', help: 'initName' },
  { flags: '--organisation <name>', help: 'initOrganisation' },
  { flags: '--phase <phase>', help: 'initPhase', choices: phases },
  { flags: '--start <date>', help: 'initStart', parse: parseDate('--start') },
  { flags: '--weeks <n>', help: 'initWeeks', helpArgs: { min: String(limits.weeks[0]), max: String(limits.weeks[1]) }, parse: parseRange('--weeks', ...limits.weeks) },
  { flags: '--goals <ids>', help: 'initGoals', parse: parseIds('--goals') },
  { flags: '--competencies <ids>', help: 'initCompetencies', parse: parseIds('--competencies') },
  { flags: '--criteria <ids>', help: 'initCriteria', parse: parseIds('--criteria') },
  { flags: '--recruitment <method>', help: 'initRecruitment', choices: recruitmentMethods },
  { flags: '--size <n>', help: 'initSize', parse: parseRange('--size', ...limits.size) },
  { flags: '--hr-owner <name>', help: 'initHrOwner' },
  { flags: '--sponsor <name>', help: 'initSponsor' },
  { flags: '--cadence-weeks <n>', help: 'initCadenceWeeks', parse: parseRange('--cadence-weeks', ...limits.cadenceWeeks) },
  { flags: '--session-minutes <n>', help: 'initSessionMinutes', parse: parseRange('--session-minutes', ...limits.sessionMinutes) },
  { flags: '--mix <e/s/f>', help: 'initMix', parse: parseMixOption },
  { flags: '--kpis <ids>', help: 'initKpis', parse: parseIds('--kpis') },
  { flags: '--tool-source <spec>', help: 'initToolSource' },
  { flags: '--force', help: 'initForce' },
  { flags: '--dry-run', help: 'initDryRun' },
];

// ── mentor add ──────────────────────────────────────────────────────────────────────────────

/** Options every `mentor add <kind>` takes; each kind adds one flag per field of its schema (see `addFieldOptions`). */
export const addOptions: OptionSpec[] = [
  { flags: '-p, --programme <path>', help: 'addProgramme' },
  {
    flags: '--from <file>',
    help: 'addFrom',
  },
  { flags: '--ignore-columns <names>', help: 'addIgnoreColumns', parse: collect },
  { flags: '--today <date>', help: 'addToday', parse: parseDate('--today') },
  { flags: '--dry-run', help: 'addDryRun' },
  { flags: '--strict', help: 'addStrict' },
  { flags: '--no-interactive', help: 'addNoInteractive' },
  { flags: '--config <file>', help: 'config' },
  { flags: '--no-config', help: 'noConfig' },
];

/** Keys of `mentor add`'s own options (and the global ones): a field of the same name gets no flag. */
export const addReservedKeys: readonly string[] = ['programme', 'from', 'ignoreColumns', 'today', 'dryRun', 'strict', 'interactive', 'config', 'color', 'locale', 'debug', 'help'];

/** The flag of each field of a kind, from its schema: `--line-manager <ID>`, its description as help. */
export function addFieldOptions(kind: AddKind, fields: readonly FieldSpec[], reserved: readonly string[], defaults: Pick<KindInfo, 'dateField' | 'planField'>): OptionSpec[] {
  const note = (f: FieldSpec, text: HelpText): string =>
    f.key === defaults.dateField ? (kind === 'pair' ? text.addField.defaultStart : text.addField.defaultToday) : f.key === defaults.planField ? text.addField.defaultPlan : f.required && f.key !== 'id' ? text.addField.required : '';
  return fields
    .filter((f) => f.type.kind !== 'other' && !reserved.includes(f.key))
    .map((f) => ({
      flags: `--${f.flag} <${syntaxOf(f.type)}>`,
      help: (text: HelpText) => `${text.addField.describe(kind, f.key, f.description)}${note(f, text)}`,
    }));
}

export const schemaOptions: OptionSpec[] = [
  { flags: '-w, --write <dir>', help: 'schemaWrite' },
  { flags: '--force', help: 'schemaForce' },
];

// ── mentor select ───────────────────────────────────────────────────────────────────────────

/** Parses a repeatable NAME=HEADER option such as --column id="Nr ewid.". */
export function parseAssignment(flag: string) {
  return (value: string, previous: unknown, text: ParseText): Record<string, string> => {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) throw new UsageError(text.assignment(flag, flag === '--level' ? 'negocjacje-kam="Negocjacje – poziom"' : 'id="Nr ewidencyjny"', value));
    return { ...((previous as Record<string, string> | undefined) ?? {}), [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
  };
}

export const selectOptions: OptionSpec[] = [
  ...documentOutputOptions(['table', 'json', 'csv', 'md', 'markdown'], 'table'),
  { flags: '--sheet <name>', help: 'selectSheet' },
  { flags: '--delimiter <sep>', help: 'selectDelimiter', parse: parseDelimiter },
  { flags: '--encoding <name>', help: 'selectEncoding', choices: ['utf-8', 'windows-1250', 'utf-16le'] },
  { flags: '--column <field=header>', help: 'selectColumn', parse: parseAssignment('--column') },
  { flags: '--level <competency=header>', help: 'selectLevel', parse: parseAssignment('--level') },
  { flags: '--date-format <format>', help: 'selectDateFormat', choices: ['DD/MM/YYYY', 'MM/DD/YYYY'] },
  { flags: '-w, --write', help: 'selectWrite' },
];

// ── mentor match ────────────────────────────────────────────────────────────────────────────

export const matchOptions: OptionSpec[] = [
  ...documentOutputOptions(['table', 'json', 'csv', 'md', 'markdown'], 'table'),
  { flags: '--start <date>', help: 'matchStart', parse: parseDate('--start') },
  { ...asOfOption, help: 'matchAsOf' },
  todayAsAsOfOption,
  { flags: '--rematch', help: 'matchRematch' },
  { flags: '-w, --write', help: 'matchWrite' },
];

// ── mentor rules, mentor explain ────────────────────────────────────────────────────────────

export const rulesOptions: OptionSpec[] = [{ flags: '-f, --format <format>', help: 'format', choices: rulesFormats, defaultValue: 'table' }];

// ── mentor doctor ───────────────────────────────────────────────────────────────────────────

export const doctorOptions: OptionSpec[] = [
  { flags: '--config <file>', help: 'doctorConfig' },
  { flags: '--no-config', help: 'doctorNoConfig' },
];
