import { extname, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import { writeFilesAtomic, type WriteTarget } from '../io/write.js';

/** How one command's --format and --output values map onto its formats. */
export interface OutputSpec<F extends string> {
  /** Every format the command can write. */
  formats: readonly F[];
  /** The format when neither --format nor an --output extension says otherwise. */
  defaultFormat: F;
  /** What people get on stdout while --output FILE takes the machine format (validate: stylish). */
  humanFormat: F;
  /** File extensions (lower case, with the dot) that name a format, e.g. `.sarif` → sarif. */
  extensions: Readonly<Record<string, F>>;
  /** Other spellings accepted by --format and FORMAT=FILE (e.g. `markdown` → md). */
  aliases?: Readonly<Record<string, F>>;
}

/** The formats of the table documents (select, match). */
export type TableDocumentFormat = 'table' | 'json' | 'csv' | 'md';

/**
 * The spec shared by the table documents: a table for people on stdout, and json/csv/md by
 * --format or by the --output file's extension.
 */
export const tableDocumentOutputs: OutputSpec<TableDocumentFormat> = {
  formats: ['table', 'json', 'csv', 'md'],
  defaultFormat: 'table',
  humanFormat: 'table',
  extensions: { '.json': 'json', '.csv': 'csv', '.md': 'md' },
  aliases: { markdown: 'md' },
};

export interface OutputPlan<F extends string> {
  /** The format printed on stdout. */
  stdout: F;
  /** Files to write, each in its own format; paths as the user wrote them. */
  files: { format: F; file: string }[];
}

function formatNamed<F extends string>(spec: OutputSpec<F>, name: string): F | undefined {
  if ((spec.formats as readonly string[]).includes(name)) return name as F;
  return spec.aliases?.[name];
}

/** The format a --format value names; a usage error (exit 2) listing the choices otherwise. */
export function parseFormat<F extends string>(spec: OutputSpec<F>, name: string | undefined, flag = '--format'): F | undefined {
  if (name === undefined) return undefined;
  const format = formatNamed(spec, name);
  if (format === undefined) throw new OutputError({ code: 'unknown-format', flag, name, formats: spec.formats });
  return format;
}

/**
 * Splits --output values into (format, file) pairs. `FORMAT=FILE` names its format; a bare FILE
 * takes --format, or, when --format is not given, the format its extension names (`.sarif`, `.xml`…),
 * so `--output mentor.sarif` never holds stylish text. A bare FILE whose extension names another
 * format than an explicit --format is refused rather than guessed. The same file twice is refused
 * before anything is written.
 */
export function planOutputs<F extends string>(spec: OutputSpec<F>, formatFlag: string | undefined, outputs: readonly string[], cwd = '.'): OutputPlan<F> {
  const explicit = parseFormat(spec, formatFlag);
  const files: { format: F; file: string }[] = [];
  let bare = false;
  for (const value of outputs) {
    const named = /^([a-z][a-z0-9]*)=(.*)$/i.exec(value);
    const format = named ? formatNamed(spec, named[1]!) : undefined;
    if (named && format !== undefined) {
      if (named[2] === '') throw new OutputError({ code: 'missing-file-name', value, format: named[1]! });
      files.push({ format, file: named[2]! });
      continue;
    }
    // `./a=b.txt` is a file; `jsn=out` is a misspelt format, not a file named `jsn=out`.
    if (named) throw new OutputError({ code: 'unknown-format', flag: '--output', name: named[1]!, formats: spec.formats });
    if (value === '') throw new OutputError({ code: 'empty-output' });
    const byExtension = spec.extensions[extname(value).toLowerCase()];
    if (explicit !== undefined && byExtension !== undefined && byExtension !== explicit) {
      throw new OutputError({ code: 'extension-mismatch', value, byExtension, explicit });
    }
    files.push({ format: explicit ?? byExtension ?? spec.defaultFormat, file: value });
    bare = true;
  }
  const seen = new Map<string, string>();
  for (const { file } of files) {
    const key = resolve(cwd, file);
    const first = seen.get(key);
    if (first !== undefined) throw new OutputError({ code: 'same-file-twice', first, second: file });
    seen.set(key, file);
  }
  return { stdout: bare ? spec.humanFormat : (explicit ?? spec.defaultFormat), files };
}

/**
 * Renders every --output file, then writes them atomically: every target is checked before any is
 * written (never over a file without --force, never over a device or through a link), so a refusal
 * leaves all of them as they were.
 */
export async function writeOutputs<F extends string>(
  plan: OutputPlan<F>,
  render: (format: F) => string | Promise<string>,
  options: { cwd: string; force: boolean },
): Promise<void> {
  const targets: WriteTarget[] = [];
  for (const { format, file } of plan.files) targets.push({ path: resolve(options.cwd, file), contents: await render(format), shown: file });
  await writeFilesAtomic(targets, { force: options.force });
}
