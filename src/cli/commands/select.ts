import { resolve } from 'node:path';
import { personIndex } from '../../core/model/people.js';
import { menteesToWrite, unresolvedManagers } from '../../core/select/write-plan.js';
import { selectCandidates } from '../../core/select/select.js';
import { dateFormats } from '../../core/select/slashed-dates.js';
import type { PersonField } from '../../core/select/columns.js';
import { TableError, type Delimiter, type TableEncoding } from '../../core/table/types.js';
import { localToday } from '../../io/clock.js';
import { readTable } from '../../io/read-table.js';
import { catalogue } from '../../messages/index.js';
import { loadSelectRenderer, type SelectFormat } from '../../render/select/index.js';
import { appendPeople } from '../append-people.js';
import { decideColor } from '../env.js';
import { planOutputs, tableDocumentOutputs, writeOutputs } from '../outputs.js';
import { documentLocale, readProgramme, warnProblems } from '../programme-input.js';
import type { CommandContext, ExitCode } from '../program.js';

export interface SelectFlags {
  format?: string;
  output?: string[];
  force?: boolean;
  sheet?: string;
  delimiter?: Delimiter;
  encoding?: TableEncoding;
  column?: Record<string, string>;
  level?: Record<string, string>;
  dateFormat?: string;
  write?: boolean;
}

/**
 * `mentor select PROGRAMME EXPORT`: step 1 on an HR export. Exit 0 when the selection is made
 * (whoever qualifies), 1 when cells of the export cannot be read or the programme has errors,
 * 2 when the export is not a table, its columns cannot be mapped, or a file cannot be read/written.
 */
export async function selectCommand(programmePath: string, exportPath: string, flags: SelectFlags, ctx: CommandContext): Promise<ExitCode> {
  const { io } = ctx;
  const plan = planOutputs(tableDocumentOutputs, flags.format, flags.output ?? [], io.cwd);
  const input = await readProgramme(programmePath, { io, today: localToday(), locale: ctx.locale });
  const locale = documentLocale(ctx.explicitLocale, input, ctx.locale);
  const text = catalogue(locale).select;
  const programmeExit = warnProblems(input, programmePath, io, ctx.locale);
  if (!input.model) return 2;
  const model = input.model;

  let table;
  try {
    table = await readTable(resolve(io.cwd, exportPath), exportPath, { ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}), ...(flags.delimiter ? { delimiter: flags.delimiter } : {}), ...(flags.encoding ? { encoding: flags.encoding } : {}) });
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    const where = [exportPath, error.at.line, error.at.column].filter((p) => p !== undefined).join(':');
    io.stderr.write(`mentor: ${text.tableError(where, error.code, error.params)}\n${text.tableHint(error.code)}\n`);
    return 2;
  }

  const outcome = selectCandidates(model, table, exportPath, {
    ...(flags.column ? { flagFields: flags.column as Partial<Record<PersonField, string>> } : {}),
    ...(flags.level ? { flagLevels: flags.level } : {}),
    ...(flags.dateFormat !== undefined && dateFormats[flags.dateFormat] ? { dateOrder: dateFormats[flags.dateFormat] } : {}),
  });
  if (outcome.kind === 'columns') {
    for (const problem of outcome.problems) io.stderr.write(`mentor: ${text.columnProblem(exportPath, problem)}\n`);
    // Naming columns helps with columns; a missing `defaultTarget` is fixed in the programme (its message says how).
    if (outcome.problems.some((p) => p.code !== 'no-default-target')) io.stderr.write(`${text.columnHint}\n`);
    return 2;
  }
  if (outcome.kind === 'cells') {
    for (const problem of outcome.problems) io.stderr.write(`${text.cellProblem(`${exportPath}:${problem.line}:${problem.column}`, problem)}\n`);
    io.stderr.write(`${text.cellSummary(outcome.problems.length, exportPath)}\n`);
    return 1;
  }
  const { result } = outcome;
  const color = plan.stdout === 'table' && decideColor(ctx.color, io.env, io.stdout.isTTY);
  const render = async (format: SelectFormat, colored: boolean): Promise<string> => (await loadSelectRenderer(format))(result, { text, locale, color: colored });
  // Files first: a refused --output (exists, no --force) must leave the people file untouched too.
  await writeOutputs(plan, (format) => render(format, false), { cwd: io.cwd, force: flags.force === true });
  io.stdout.write(await render(plan.stdout, color));

  if (flags.write) {
    const known = new Set(personIndex(model).keys());
    const mentees = menteesToWrite(result, known);
    if (mentees.length === 0) {
      io.stderr.write(`${text.nothingToWrite}\n`);
      return programmeExit;
    }
    const written = await appendPeople(model, 'mentees', mentees);
    if ('refused' in written) {
      io.stderr.write(`mentor: ${text.writeRefused(written.file, written.refused)}\n`);
      return 2;
    }
    const shown = written.file;
    io.stderr.write(`${text.wroteMentees(mentees.length, shown)}\n`);
    const skipped = unresolvedManagers(result, known);
    if (skipped.length > 0) io.stderr.write(`${text.writeSkipsManagers(skipped)}\n`);
    io.stderr.write(`${text.validateAfterWrite(programmePath)}\n`);
  }
  return programmeExit;
}
