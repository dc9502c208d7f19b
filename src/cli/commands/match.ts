import { proposePairs } from '../../core/match/match.js';
import { UsageError } from '../../errors.js';
import { localToday } from '../../io/clock.js';
import { catalogue } from '../../messages/index.js';
import { loadMatchRenderer, type MatchFormat } from '../../render/match/index.js';
import type { ProgrammeModel } from '../../core/model/model.js';
import type { Pair } from '../../core/model/types.js';
import { appendPeople } from '../append-people.js';
import { decideColor } from '../env.js';
import { linkedProgrammePath } from '../linked-programme.js';
import { planOutputs, tableDocumentOutputs, writeOutputs } from '../outputs.js';
import { documentLocale, readProgramme, warnProblems } from '../programme-input.js';
import type { CommandContext, ExitCode } from '../program.js';

export interface MatchFlags {
  format?: string;
  output?: string[];
  force?: boolean;
  start?: string;
  asOf?: string;
  rematch?: boolean;
  write?: boolean;
}

/**
 * The pilot's (or previous cycle's) pairs, read with its people files, for continuity with an
 * earlier mentor. Undefined when there is no link or it cannot be read: `validate` reports that,
 * and matching goes on with what the programme file itself holds.
 */
async function pairsOfRunBefore(model: ProgrammeModel, programmeFile: string, ctx: CommandContext): Promise<readonly Pair[] | undefined> {
  const link = linkedProgrammePath(model, programmeFile, ctx.io.cwd);
  if (!link) return undefined;
  const before = await readProgramme(link.path, { io: ctx.io, today: localToday(), locale: ctx.locale }).catch(() => undefined);
  return before?.model?.pairs;
}

/**
 * `mentor match PROGRAMME`: proposes pairs for the mentees without a mentor. Exit 0 when every
 * mentee has a mentor (proposed or kept), 1 when some are left without one or the programme has
 * errors, 2 on usage or I/O errors and a programme that cannot be read.
 */
export async function matchCommand(programmePath: string | undefined, flags: MatchFlags, ctx: CommandContext): Promise<ExitCode> {
  const { io } = ctx;
  const ui = catalogue(ctx.locale).match;
  if (flags.write && flags.rematch) throw new UsageError(ui.rematchNoWrite);
  const plan = planOutputs(tableDocumentOutputs, flags.format, flags.output ?? [], io.cwd);
  const input = await readProgramme(programmePath, { io, today: localToday(), locale: ctx.locale });
  const locale = documentLocale(ctx.explicitLocale, input, ctx.locale);
  const text = catalogue(locale).match;
  const programmeExit = warnProblems(input, programmePath, io, ctx.locale);
  if (!input.model) return 2;
  const earlierPairs = await pairsOfRunBefore(input.model, input.bundle.programme.absolutePath, ctx);
  const today = flags.asOf ?? localToday();
  const result = proposePairs(input.model, { today, ...(flags.start ? { start: flags.start } : {}), ...(flags.rematch ? { rematch: true } : {}), ...(earlierPairs ? { earlierPairs } : {}) });

  const color = plan.stdout === 'table' && decideColor(ctx.color, io.env, io.stdout.isTTY);
  const render = async (format: MatchFormat, colored: boolean): Promise<string> => (await loadMatchRenderer(format))(result, { text, locale, color: colored });
  await writeOutputs(plan, (format) => render(format, false), { cwd: io.cwd, force: flags.force === true });
  io.stdout.write(await render(plan.stdout, color));

  if (flags.write) {
    if (result.pairs.length === 0) io.stderr.write(`${text.nothingProposed}\n`);
    else {
      const values = result.pairs.map((p) => ({ id: p.id, mentor: p.mentor, mentee: p.mentee, competencies: p.competencies, start: p.start }));
      const written = await appendPeople(input.model, 'pairs', values);
      if ('refused' in written) {
        io.stderr.write(`mentor: ${text.writeRefused(written.file, written.refused)}\n`);
        return 2;
      }
      io.stderr.write(`${text.wrotePairs(result.pairs.length, written.file)}\n${text.validateAfterWrite(programmePath ?? '.')}\n`);
    }
  }
  return result.unmatched.length > 0 ? 1 : programmeExit;
}
