import { join, resolve } from 'node:path';
import { fileRuleIds, schemaRuleIds } from '../../core/diagnostics.js';
import { diffProgrammes, pilotEvidence } from '../../core/diff/index.js';
import type { DiffAudience } from '../../core/diff/types.js';
import { IoError, UsageError } from '../../errors.js';
import { localToday } from '../../io/clock.js';
import { diskSource, type FileSource } from '../../io/file-source.js';
import { GitError, repositoryOf, resolveCommit, RevisionSource } from '../../io/git.js';
import { catalogue, type Locale } from '../../messages/index.js';
import type { DiffText } from '../../messages/diff-text.js';
import { diffFormats, loadDiffRenderer, type DiffFormat } from '../../render/diff/index.js';
import { version } from '../../version.js';
import { decideColor, withCwd } from '../env.js';
import { linkedProgrammePath } from '../linked-programme.js';
import { planOutputs, writeOutputs, type OutputSpec } from '../outputs.js';
import { documentLocale, programmeMessageLocale, readProgramme, warnProblems, type ProgrammeInput } from '../programme-input.js';
import type { CommandContext } from '../program.js';

export interface DiffFlags {
  format?: string;
  output?: string[];
  force?: boolean;
  exitCode?: boolean;
  audience?: 'hr' | 'sponsor';
  git?: string;
  asOf?: string;
  /** The day taken as today (as in validate and add), for the programmes' checks and the KPIs' default day. */
  today?: string;
  moves?: boolean;
  color?: boolean;
}

/** --format and --output of `mentor diff`: `-o calibration.md` writes Markdown. */
export const diffOutputs: OutputSpec<DiffFormat> = {
  formats: diffFormats,
  defaultFormat: 'table',
  humanFormat: 'table',
  extensions: { '.md': 'md', '.markdown': 'md', '.json': 'json', '.html': 'html', '.htm': 'html' },
  aliases: { markdown: 'md', text: 'table' },
};

/** One side of the comparison as the user named it: a path on disk, or `REV:PATH` in a git revision. */
interface SideSpec {
  path: string;
  revision?: string;
}

/** `REV:PATH` unless a file of that name exists (or it is a Windows drive, `C:\…`). */
async function sideOf(arg: string, cwd: string): Promise<SideSpec> {
  const colon = arg.indexOf(':');
  if (colon <= 0 || /^[A-Za-z]:[\\/]/.test(arg) || (await diskSource.stat(resolve(cwd, arg))) !== undefined) return { path: arg };
  return { revision: arg.slice(0, colon), path: arg.slice(colon + 1) || '.' };
}

interface Loaded {
  input: ProgrammeInput;
  /** The path as the user would write it (with `REV:` for a revision). */
  shown: string;
  /** Where the programme's files are read from, and the folder paths are relative to there. */
  source: FileSource;
  cwd: string;
}

/** The revisions read in this run, by name, so both sides of `REV:a REV:b` share one tree cache. */
type Revisions = Map<string, Promise<{ source: RevisionSource; cwd: string }>>;

async function openRevision(revision: string, cwd: string, revisions: Revisions): Promise<{ source: RevisionSource; cwd: string }> {
  let pending = revisions.get(revision);
  if (!pending) {
    pending = (async () => {
      const { root, prefix } = await repositoryOf(cwd);
      const commit = await resolveCommit(root, revision);
      // Paths are typed relative to the current folder, as git's `REV:./path` would read them.
      return { source: new RevisionSource(root, commit, revision), cwd: join(root, ...prefix.split('/').filter(Boolean)) };
    })();
    revisions.set(revision, pending);
  }
  return pending;
}

async function load(spec: SideSpec, ctx: CommandContext, revisions: Revisions, text: DiffText, today: string): Promise<Loaded> {
  const revision = spec.revision === undefined ? undefined : await openRevision(spec.revision, ctx.io.cwd, revisions);
  const source = revision?.source ?? diskSource;
  const cwd = revision?.cwd ?? ctx.io.cwd;
  const shown = spec.revision === undefined ? spec.path : `${spec.revision}:${spec.path}`;
  let input: ProgrammeInput;
  const read = (path: string) => readProgramme(path, { io: withCwd(ctx.io, cwd), today, locale: ctx.locale, localeNamed: ctx.localeNamed, source });
  try {
    input = await read(spec.path).catch(async (error: unknown) => {
      // A folder whose programme.yaml does not parse holds "no documents": read that file, so the
      // error names what is wrong in it instead.
      const inFolder = join(spec.path, 'programme.yaml');
      if (error instanceof IoError && error.code === 'no-documents' && (await source.stat(resolve(cwd, inFolder)))?.kind === 'file') return read(inFolder);
      throw error;
    });
  } catch (error) {
    if (error instanceof IoError && spec.revision !== undefined && (error.code === 'path-not-found' || error.code === 'no-documents')) {
      throw new UsageError(text.errors.missingInRevision(spec.revision, spec.path));
    }
    throw error;
  }
  if (!input.model) throw unreadable(input, shown, spec.revision !== undefined, text);
  return { input, shown, source, cwd };
}

/** A programme that cannot be compared (YAML or schema errors): says so, with the first problem and its position. */
function unreadable(input: ProgrammeInput, shown: string, inRevision: boolean, text: DiffText): UsageError {
  // The problem that stopped the reading (YAML, schema, a missing include), not an earlier-placed
  // method finding such as a pilot path that does not resolve.
  const stopping = new Set<string>([...fileRuleIds, ...schemaRuleIds, 'include-not-found', 'include-wrong-kind']);
  const errors = input.diagnostics.filter((d) => d.severity === 'error');
  const first = errors.find((d) => stopping.has(d.ruleId)) ?? errors[0];
  const where = first ? `\n${first.file}:${first.start.line}:${first.start.column}: ${first.message}` : '';
  return new UsageError(`${text.errors.brokenProgramme(shown, inRevision)}${where}`);
}

/** The programme a rollout (or a next cycle) was calibrated from: `metadata.pilot`, or `metadata.previous` for cycles. */
async function previousOf(rollout: Loaded, ctx: CommandContext, text: DiffText, today: string): Promise<Loaded> {
  const link = linkedProgrammePath(rollout.input.model!, rollout.input.bundle.programme.absolutePath, rollout.cwd);
  if (!link) throw new UsageError(text.errors.noPrevious(rollout.shown));
  const target = link.path;
  const label = rollout.source.label(target);
  try {
    const input = await readProgramme(target, { io: withCwd(ctx.io, rollout.cwd), today, locale: ctx.locale, localeNamed: ctx.localeNamed, source: rollout.source });
    if (!input.model) throw unreadable(input, label, rollout.source !== diskSource, text);
    return { input, shown: label, source: rollout.source, cwd: rollout.cwd };
  } catch (error) {
    if (error instanceof IoError) throw new UsageError(text.errors.previousMissing(rollout.shown, link.written));
    throw error;
  }
}

function gitMessage(error: GitError, text: DiffText): string {
  switch (error.code) {
    case 'git-missing':
      return text.errors.gitMissing;
    case 'not-a-repository':
      return text.errors.notARepository(error.detail);
    case 'unknown-revision':
      return text.errors.unknownRevision(error.detail);
    case 'git-failed':
      return text.errors.gitFailed(error.detail);
  }
}

/**
 * `mentor diff`: what changed between a pilot and its rollout (or two versions of a programme,
 * also from git revisions), beside the pilot's evidence and the decisions behind each change.
 * Exit 0; 1 with --exit-code when anything differs, or when a programme has validation errors
 * (the report is still written); 2 for usage, I/O and git errors.
 */
export async function diffCommand(paths: string[], flags: DiffFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const text = catalogue(ctx.locale).diff;
  const plan = planOutputs(diffOutputs, flags.format, flags.output ?? [], io.cwd);
  const revisions: Revisions = new Map();
  const today = flags.today ?? localToday();
  let oldSide: Loaded;
  let newSide: Loaded;
  try {
    if (flags.git !== undefined) {
      if (paths.length > 1) throw new UsageError(text.errors.gitTakesOnePath);
      const path = paths[0] ?? '.';
      oldSide = await load({ path, revision: flags.git }, ctx, revisions, text, today);
      newSide = await load({ path }, ctx, revisions, text, today);
    } else if (paths.length <= 1) {
      newSide = await load(await sideOf(paths[0] ?? '.', io.cwd), ctx, revisions, text, today);
      oldSide = await previousOf(newSide, ctx, text, today);
    } else if (paths.length === 2) {
      oldSide = await load(await sideOf(paths[0]!, io.cwd), ctx, revisions, text, today);
      newSide = await load(await sideOf(paths[1]!, io.cwd), ctx, revisions, text, today);
    } else {
      throw new UsageError(text.errors.tooManyPaths);
    }
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(gitMessage(error, text));
    throw error;
  }

  const locale: Locale = documentLocale(ctx.explicitLocale, newSide.input, ctx.locale);
  const audience: DiffAudience = flags.audience ?? 'default';
  const diff = diffProgrammes(oldSide.input.model!, newSide.input.model!, {
    audience,
    moves: flags.moves === true,
    evaluate: pilotEvidence,
    today,
    ...(flags.asOf !== undefined ? { asOf: flags.asOf } : {}),
  });

  const base = { locale, toolVersion: version };
  await writeOutputs(plan, async (format) => (await loadDiffRenderer(format))(diff, { ...base, color: false }), { cwd: io.cwd, force: flags.force === true });
  const color = plan.stdout === 'table' && decideColor(flags.color ?? ctx.color, io.env, io.stdout.isTTY);
  io.stdout.write((await loadDiffRenderer(plan.stdout))(diff, { ...base, color }));

  const problems = Math.max(
    warnProblems(oldSide.input, oldSide.shown, io, programmeMessageLocale(ctx, oldSide.input)),
    warnProblems(newSide.input, newSide.shown, io, programmeMessageLocale(ctx, newSide.input)),
  );
  return flags.exitCode && diff.differs ? 1 : problems;
}
