import { buildReport, reportErrors, ReportOptionsError, type Audience, type ReportData, type ReportSection } from '../../core/report/index.js';
import { UsageError } from '../../errors.js';
import { localToday } from '../../io/clock.js';
import { catalogue, type Locale } from '../../messages/index.js';
import { csvDelimiterFor } from '../../render/csv.js';
import { loadReportRenderer, reportFormatAliases, reportFormats, type ReportFormat, type ReportRenderContext } from '../../render/report/index.js';
import { version } from '../../version.js';
import { decideColor } from '../env.js';
import { planOutputs, writeOutputs, type OutputSpec } from '../outputs.js';
import type { CommandContext } from '../program.js';
import { documentLocale, programmeMessageLocale, readProgramme, warnProblems, type ProgrammeInput } from '../programme-input.js';
import { programmeLocale } from '../../core/programme-locale.js';
import { unreadableReport } from '../../core/report/unreadable.js';

export interface ReportFlags {
  format?: string;
  output?: string[];
  force?: boolean;
  asOf?: string;
  audience?: Audience;
  person?: string;
  pseudonymise?: boolean;
  section?: ReportSection[];
  delimiter?: ',' | ';' | '\t';
  /** A config file, or false for --no-config. */
  config?: string | false;
}

/** --format and --output of `mentor report`: `-o report.html` writes HTML. */
export const reportOutputs: OutputSpec<ReportFormat> = {
  formats: reportFormats,
  defaultFormat: 'table',
  humanFormat: 'table',
  extensions: { '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.json': 'json', '.html': 'html', '.htm': 'html', '.txt': 'table' },
  aliases: reportFormatAliases,
};

function usageOf(error: ReportOptionsError, locale: Locale): UsageError {
  const t = catalogue(locale).report.cli;
  const { audience, person = '', section = '' } = error.detail;
  switch (error.problem) {
    case 'person-required':
      return new UsageError(t.personRequired(audience));
    case 'person-not-allowed':
      return new UsageError(t.personNotAllowed(audience));
    case 'unknown-person':
      return new UsageError(t.unknownPerson(person));
    case 'not-a-line-manager':
      return new UsageError(t.notALineManager(person));
    case 'not-a-mentee':
      return new UsageError(t.notAMentee(person));
    case 'section-not-for-audience':
      return new UsageError(t.sectionNotForAudience(section, audience, error.detail.allowed ?? []));
  }
}

/**
 * `mentor report`: the programme's progress, sessions, learning mix and KPIs as of a date, for one
 * audience, in the formats asked for. Exit 1 when the programme has errors (the report is still
 * written, with what could be computed), 2 for usage and I/O problems.
 */
export async function reportCommand(path: string | undefined, flags: ReportFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const plan = planOutputs(reportOutputs, flags.format, flags.output ?? [], io.cwd);
  const asOf = flags.asOf ?? localToday();
  // Checked as of the report's date, so the same files and date always give the same report.
  const read = await readProgramme(path, { io, today: asOf, locale: ctx.locale, localeNamed: ctx.localeNamed, ...(flags.config !== undefined ? { config: flags.config } : {}) });
  const input: ProgrammeInput = { ...read, errors: reportErrors(read.diagnostics) };
  // Without a model (schema or YAML errors) the programme file's own text may still name the language.
  const own = programmeLocale(input.bundle.programme);
  const locale = documentLocale(ctx.explicitLocale, input.model ? input : { model: { programme: { metadata: { ...(own ? { locale: own } : {}) } } } }, ctx.locale);
  const messageLocale = programmeMessageLocale(ctx, input);
  const t = catalogue(locale).report;

  let data: ReportData;
  if (input.model) {
    try {
      data = buildReport(input.model, {
        asOf,
        ...(flags.audience ? { audience: flags.audience } : {}),
        ...(flags.person !== undefined ? { person: flags.person } : {}),
        pseudonymise: flags.pseudonymise === true,
        ...(io.env['MENTOR_PSEUDONYM_KEY'] ? { pseudonymKey: io.env['MENTOR_PSEUDONYM_KEY'] } : {}),
        pseudonymLabels: t.pseudonym,
        ...(flags.section ? { sections: flags.section } : {}),
        programmeErrors: input.errors,
      });
    } catch (error) {
      if (error instanceof ReportOptionsError) throw usageOf(error, ctx.locale);
      throw error;
    }
  } else {
    data = unreadableReport(input.bundle.programme.data, path ?? '.', { asOf, audience: flags.audience ?? 'hr', pseudonymise: flags.pseudonymise === true });
  }

  const base: Omit<ReportRenderContext, 'color'> = { locale, tool: `mentor-cli ${version}`, delimiter: flags.delimiter ?? csvDelimiterFor(locale) };
  await writeOutputs(plan, async (format) => (await loadReportRenderer(format))(data, { ...base, color: false }), { cwd: io.cwd, force: flags.force === true });
  for (const { file } of plan.files) io.stderr.write(`${catalogue(messageLocale).ui.wrote(file)}\n`);
  // Files asked for replace the terminal table; `--format md -o html=report.html` prints Markdown as well.
  const onlyNamedFiles = (flags.output ?? []).every((o) => /^[a-z][a-z0-9]*=/i.test(o));
  if (plan.files.length === 0 || (flags.format !== undefined && onlyNamedFiles)) {
    const color = plan.stdout === 'table' && decideColor(ctx.color, io.env, io.stdout.isTTY);
    io.stdout.write((await loadReportRenderer(plan.stdout))(data, { ...base, color }));
  }
  return warnProblems(input, path, io, messageLocale);
}
