import { mergeRows } from '../../core/comms/merge.js';
import { planComms } from '../../core/comms/plan.js';
import { applyView, viewProblems, type CommsView, type ViewProblem } from '../../core/comms/view.js';
import { UsageError } from '../../errors.js';
import { localToday } from '../../io/clock.js';
import { catalogue } from '../../messages/index.js';
import type { CommsText } from '../../messages/comms-text.js';
import { commsFormats, loadCommsRenderer, loadMergeRenderer, mergeFormats, type CommsFormat, type CommsRenderContext, type MergeFormat } from '../../render/comms/index.js';
import { version } from '../../version.js';
import { decideColor } from '../env.js';
import { planOutputs, writeOutputs, type OutputSpec } from '../outputs.js';
import type { CommandContext } from '../program.js';
import { documentLocale, programmeMessageLocale, readProgramme, warnProblems } from '../programme-input.js';

export interface CommsFlags {
  format?: string;
  output?: string[];
  force?: boolean;
  asOf?: string;
  to?: string;
  from?: string;
  person?: string;
  between?: string[];
  upcoming?: number;
  proposedOnly?: boolean;
  merge?: boolean;
  /** A config file, or false for --no-config. */
  config?: string | false;
}

/** --format and --output of `mentor comms`: `--output plan.ics` writes a calendar. */
function outputSpec(flags: CommsFlags): OutputSpec<CommsFormat> {
  const fallback: CommsFormat = flags.merge ? 'csv' : flags.proposedOnly ? 'yaml' : 'table';
  return {
    formats: commsFormats,
    defaultFormat: fallback,
    // With --output FILE alone nothing goes to stdout (see printStdout); `table` marks that case.
    humanFormat: 'table',
    extensions: { '.md': 'md', '.csv': 'csv', '.json': 'json', '.ics': 'ics', '.yaml': 'yaml', '.yml': 'yaml' },
    aliases: { markdown: 'md', ical: 'ics' },
  };
}

function problemText(problem: ViewProblem, texts: CommsText): string {
  switch (problem.kind) {
    case 'unknown-role':
      return texts.errors.unknownRole(problem.flag, problem.value, problem.known);
    case 'unknown-person':
      return texts.errors.unknownPerson(problem.value);
    case 'between-order':
      return texts.errors.betweenOrder(problem.from, problem.to);
  }
}

/**
 * `mentor comms`: the programme's dated communication plan, with the method's proposals where it is
 * silent, in a view (--to, --from, --person, --between, --upcoming, --proposed-only), as a table,
 * Markdown, CSV, JSON, a calendar, YAML proposals or mail-merge rows.
 */
export async function commsCommand(path: string | undefined, flags: CommsFlags, { io, locale, localeNamed, explicitLocale, color }: CommandContext): Promise<number> {
  const ui = catalogue(explicitLocale ?? locale).comms;
  const plan = planOutputs(outputSpec(flags), flags.format, flags.output ?? [], io.cwd);
  // `--output plan.ics` asks for a file: stdout stays quiet (the file is named on stderr) unless
  // --format asks for something there too (`--format table --output ics=plan.ics`).
  const printStdout = !(plan.files.length > 0 && plan.stdout === 'table' && flags.format === undefined);
  const used = [...(printStdout ? [plan.stdout] : []), ...plan.files.map((f) => f.format)];
  if (flags.merge) {
    const wrong = used.find((f) => !(mergeFormats as readonly string[]).includes(f));
    if (wrong) throw new UsageError(ui.errors.mergeFormat(wrong));
  } else if (!flags.proposedOnly && used.includes('yaml')) {
    throw new UsageError(ui.errors.yamlNeedsProposedOnly);
  }
  if (flags.between && flags.between.length !== 2) throw new UsageError(ui.errors.betweenCount);

  const asOf = flags.asOf ?? localToday();
  // Records are checked against the real today: --as-of only moves the plan's point of view.
  // The plan reads no records: a typo in a monthly records file must not cost HR the whole plan.
  const input = await readProgramme(path, { io, today: localToday(), locale, localeNamed, withoutRecords: true, ...(flags.config !== undefined ? { config: flags.config } : {}) });
  const outcome = warnProblems(input, path, io, programmeMessageLocale({ locale, localeNamed }, input));
  if (!input.model) return outcome;
  const docLocale = documentLocale(explicitLocale, input, locale);
  const texts = catalogue(docLocale).comms;

  const full = planComms(input.model, { asOf, texts });
  const view: CommsView = {
    ...(flags.to !== undefined ? { to: flags.to } : {}),
    ...(flags.from !== undefined ? { from: flags.from } : {}),
    ...(flags.person !== undefined ? { person: flags.person } : {}),
    ...(flags.between ? { between: [flags.between[0]!, flags.between[1]!] as [string, string] } : {}),
    ...(flags.upcoming !== undefined ? { upcoming: flags.upcoming } : {}),
    ...(flags.proposedOnly ? { proposedOnly: true } : {}),
  };
  const problems = viewProblems(full, view, (id) => full.scope.directory.people.has(id));
  if (problems.length > 0) throw new UsageError(problems.map((p) => problemText(p, texts)).join('\n'));
  const shown = applyView(full, view);

  const base: Omit<CommsRenderContext, 'color'> = { locale: docLocale, view, toolVersion: version, ...(io.stdout.columns ? { width: io.stdout.columns } : {}) };
  const render = async (format: CommsFormat, colored: boolean): Promise<string> => {
    const ctx = { ...base, color: colored };
    if (flags.merge) return (await loadMergeRenderer(format as MergeFormat))(mergeRows(shown, view), shown, ctx);
    return (await loadCommsRenderer(format))(shown, ctx);
  };
  await writeOutputs(plan, (format) => render(format, false), { cwd: io.cwd, force: flags.force === true });
  for (const { file } of plan.files) io.stderr.write(`${catalogue(locale).ui.wrote(file)}\n`);
  if (!printStdout) return outcome;
  const colored = plan.stdout === 'table' && decideColor(color, io.env, io.stdout.isTTY);
  io.stdout.write(await render(plan.stdout, colored));
  return outcome;
}
