import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { summarise, type Diagnostic } from '../../core/diagnostics.js';
import { answerKeys, mixDeviationFromNorm, parseAnswers, resolveAnswers, type InitInput, type MissingAnswer, type Mix } from '../../core/scaffold/answers.js';
import { checkScaffold, scaffoldDocuments } from '../../core/scaffold/check-scaffold.js';
import { defaultStart } from '../../core/scaffold/dates.js';
import { checkSelections, leftOut } from '../../core/scaffold/frame.js';
import { pilotState } from '../../core/scaffold/from-pilot.js';
import type { Programme } from '../../core/model/types.js';
import { nearest } from '../../core/text/nearest.js';
import { hasPlaceholders, planScaffoldWithIds } from '../../core/scaffold/plan-scaffold.js';
import type { Frame, MadeId, Phase, RecruitmentMethod } from '../../core/scaffold/types.js';
import { cancelledExitCode, IoError, UsageError } from '../../errors.js';
import { readAnswersFile } from '../../io/answers-file.js';
import { insideGitRepository } from '../../io/git-repository.js';
import { loadPilot, resolveSource } from '../../io/scaffold-source.js';
import { localToday } from '../../io/clock.js';
import { createPrompts, isPromptCancel, type Prompts } from '../../io/prompts.js';
import { inspectTarget, writeScaffold, WriteCancelledError } from '../../io/scaffold-write.js';
import { loadEditorSchemas } from '../../io/editor-schemas.js';
import { defaultTemplate, listTemplates, packageRoot } from '../../io/templates.js';
import { detectToolSource, publishedName } from '../../io/tool-source.js';
import type { ToolSource } from '../../core/scaffold/tool-source.js';
import { catalogue, locales, type Locale } from '../../messages/index.js';
import type { InitText } from '../../messages/init-text.js';
import { loadFormatter } from '../../render/diagnostics/index.js';
import { packageName, version } from '../../version.js';
import { decideColor, interactiveTerminal, type CliIo } from '../env.js';
import { askAnswers, type LoadedSource } from './init-dialog.js';

export interface InitFlags {
  template?: string;
  listTemplates?: boolean;
  from?: string;
  answers?: string;
  yes?: boolean;
  interactive?: boolean;
  id?: string;
  name?: string;
  organisation?: string;
  phase?: Phase;
  start?: string;
  weeks?: number;
  goals?: string[];
  competencies?: string[];
  criteria?: string[];
  recruitment?: RecruitmentMethod;
  size?: number;
  hrOwner?: string;
  sponsor?: string;
  cadenceWeeks?: number;
  sessionMinutes?: number;
  mix?: Mix;
  kpis?: string[];
  toolSource?: string;
  force?: boolean;
  dryRun?: boolean;
  /** The global --locale, when given: it chooses the programme's language too. */
  locale?: Locale;
  /** Whether --locale or the environment (MENTOR_LOCALE, LC_*, LANG) names a language; when none does, the answers' `locale` is the language of the messages too. */
  localeNamed?: boolean;
  color?: boolean;
}

/** Test seams: the prompts (a fake in tests) and the clock. */
export interface InitDeps {
  prompts?: (io: CliIo) => Promise<Prompts>;
  today?: () => string;
}

// Every answer has a flag except the folder (an argument), the locale (the global --locale), the
// description, people (line managers, mentors, mentees, pairs) and the frame's own items (scale, roles,
// milestones, messages, modules), which need more structure than a flag can carry.
const notFlags = ['dir', 'locale', 'description', 'lineManagers', 'mentors', 'mentees', 'mentorsPrepared', 'pairs', 'scale', 'roles', 'milestones', 'communications', 'preparation'] as const;
type FlagAnswerKey = Exclude<(typeof answerKeys)[number], (typeof notFlags)[number]>;
const flagInputKeys: readonly (FlagAnswerKey & keyof InitFlags & keyof InitInput)[] = answerKeys.filter(
  (key): key is FlagAnswerKey => !(notFlags as readonly string[]).includes(key),
);

/** The flags as answers; flags override the answers file. */
function inputFromFlags(dir: string | undefined, flags: InitFlags): InitInput {
  const input: InitInput = {};
  if (dir !== undefined) input.dir = dir;
  if (flags.locale) input.locale = flags.locale;
  for (const key of flagInputKeys) if (flags[key] !== undefined) (input as Record<string, unknown>)[key] = flags[key];
  return input;
}

/** How a path is shown: relative to the working folder when inside it, with `/`. */
function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

function missingItems(missing: MissingAnswer[], text: InitText): string[] {
  const label: Record<MissingAnswer, string> = { dir: `<dir>            ${text.prompts.dir}`, organisation: `--organisation   ${text.prompts.organisation}` };
  return missing.map((m) => label[m]);
}

/**
 * Refuses answers that name what the frame does not have, or would drop or re-attach something
 * silently: every problem at once, each named by the flag or the answers file's key it came from.
 */
function checkAnswers(input: InitInput, frame: Frame, text: InitText, flags: InitFlags): void {
  const fromFlag = (key: string): boolean => flags[key as keyof InitFlags] !== undefined;
  // A selection is named by its flag when a flag gave it, else by the answers file's key.
  const named = (key: string): string => (fromFlag(key) ? `--${key}` : key);
  const fileMessages: string[] = [];
  const flagMessages: string[] = [];
  const inFile = (message: string, key: string | undefined): void => void (flags.answers && (key === undefined || !fromFlag(key)) ? fileMessages : flagMessages).push(message);
  for (const p of checkSelections(frame, input)) {
    switch (p.kind) {
      case 'unknown':
        inFile(text.errors.unknownId(fromFlag(p.what) ? `--${p.what}` : (p.at ?? p.what), p.id, p.suggestion, p.known), p.what);
        break;
      case 'none-left':
        inFile(text.errors.noneLeft(named(p.what)), p.what);
        break;
      case 'unknown-goal':
        inFile(text.errors.unknownGoal(p.key, p.id, p.known), undefined);
        break;
      case 'goal-missing':
        inFile(text.errors.goalMissing(p.key, p.name, p.known), undefined);
        break;
      case 'goal-not-kept':
        inFile(text.errors.goalNotKept(named('competencies'), p.competency, p.goal), 'competencies');
        break;
      case 'id-taken':
        inFile(text.errors.idTaken(p.key, p.id, p.made, p.by), undefined);
        break;
      case 'unknown-competency':
        inFile(text.errors.unknownCompetency(p.key, p.id, p.known), undefined);
        break;
      case 'kpi-emptied':
        inFile(text.errors.kpiEmptied(named('kpis'), p.kpi, p.competencies), 'kpis');
        break;
      case 'unknown-milestone':
        inFile(text.errors.unknownMilestone(p.key, p.id, p.known), undefined);
        break;
      case 'milestone-needs-date':
        inFile(text.errors.milestoneNeedsDate(p.key, p.known), undefined);
        break;
      case 'unknown-role':
        inFile(text.errors.unknownRole(p.key, p.id, p.known), undefined);
        break;
    }
  }
  const tolerance = frame.process.learningMix.tolerance ?? 10;
  if (input.mix && mixDeviationFromNorm(input.mix) > tolerance) inFile(text.errors.badValue(named('mix'), text.invalid.mixDeviation(tolerance)), 'mix');
  const messages = [...flagMessages, ...(fileMessages.length > 0 ? [answersFileProblems(flags.answers!, fileMessages, text)] : [])];
  if (messages.length > 0) throw new UsageError(messages.join('\n'));
}

/** Problems of an answers file under one heading: inline when there is one, one per line when there are more. */
function answersFileProblems(path: string, problems: string[], text: InitText): string {
  const file = path === '-' ? '(stdin)' : path;
  if (problems.length === 1) return text.errors.answersFile(file, problems[0]!);
  return [text.errors.answersFile(file, '').trimEnd(), ...problems.map((p) => `  ${p}`)].join('\n');
}

/** A suggestion for a mistyped key, for the catalogues' "did you mean". */
function suggest(key: string, known: readonly string[]): { suggestion?: string } {
  const suggestion = nearest(key, known);
  return suggestion ? { suggestion } : {};
}

function refusal(dir: string, entries: string[], overwrites: string[], text: InitText): UsageError {
  const message = [text.errors.notEmpty(dir, entries), ...(overwrites.length > 0 ? [text.errors.wouldOverwrite(overwrites)] : [])].join('\n');
  return new UsageError(message, text.errors.forceHint);
}

/**
 * `mentor init [dir]`: asks (in a terminal) or reads flags and an answers file, plans every file
 * of the new programme, checks the plan with the validator, and writes all files or none.
 */
export async function initCommand(dir: string | undefined, flags: InitFlags, io: CliIo, requestedLocale: Locale, deps: InitDeps = {}): Promise<number> {
  let uiLocale = requestedLocale;
  let text = catalogue(uiLocale).init;
  const out = (line = ''): void => void io.stdout.write(`${line}\n`);

  if (flags.listTemplates) {
    out(text.out.templatesHeading);
    for (const t of await listTemplates(uiLocale)) {
      const available = locales.filter((l) => t.frames[l] !== undefined);
      const mark = t.name === defaultTemplate ? `, ${text.out.defaultTemplate}` : '';
      out(`  ${t.name.padEnd(18)} ${t.meta.title[uiLocale] ?? t.meta.title.en ?? ''} (${text.out.templateLocales(available)}${mark})`);
      const description = t.meta.description[uiLocale];
      if (description) for (const line of wrap(description, 72)) out(`  ${''.padEnd(18)} ${line}`);
    }
    return 0;
  }

  let input: InitInput = {};
  if (flags.answers) {
    const { input: fromFile, problems } = parseAnswers(await readAnswersFile(flags.answers, io, text, uiLocale));
    const found = [
      ...(problems.unknown.length > 0 ? [text.errors.answersUnknown(problems.unknown.map((key) => ({ key, ...suggest(key, answerKeys) })), [...answerKeys])] : []),
      ...problems.invalid.map((p) => text.errors.badValue(p.key, text.errors.expected(p.expected))),
    ];
    if (found.length > 0) throw new UsageError(answersFileProblems(flags.answers, found, text));
    input = fromFile;
    // As for any command about a programme: with no language named (LANG=C on CI), speak the programme's.
    if (flags.localeNamed === false && flags.locale === undefined && fromFile.locale !== undefined && fromFile.locale !== uiLocale) {
      uiLocale = fromFile.locale;
      text = catalogue(uiLocale).init;
    }
  }
  input = { ...input, ...inputFromFlags(dir, flags) };
  if (input.from && input.template) throw new UsageError(text.errors.fromWithTemplate);
  if (input.phase === 'rollout' && !input.from && (flags.yes || flags.answers || !canPrompt(flags, io))) throw new UsageError(text.errors.rolloutNeedsFrom);

  const interactive = canPrompt(flags, io) && !flags.answers;
  const today = (deps.today ?? localToday)();
  let prompts: Prompts | undefined;
  try {
    if (interactive) {
      prompts = await (deps.prompts ?? ((cli: CliIo) => createPrompts({ stdin: cli.stdin, stdout: cli.stdout }, { ui: text.ui, color: decideColor(flags.color, cli.env, cli.stdout.isTTY) })))(io);
      input = await askAnswers({
        prompts,
        text,
        uiLocale,
        given: input,
        templates: () => listTemplates(uiLocale),
        defaultTemplate,
        loadSource: async (current) => {
          const r = await resolveSource(current, io, uiLocale, text, today);
          return { frame: r.source.frame, locales: r.frameLocales, defaults: { ...r.defaults, start: r.defaults.start ?? defaultStart(today) }, fromPilot: current.from !== undefined } satisfies LoadedSource;
        },
        checkFolder: async (candidate) => {
          if (flags.force) return true;
          const state = await inspectTarget(resolve(io.cwd, candidate), [], candidate).catch(() => undefined);
          return state && state.entries.length > 0 ? text.invalid.notEmptyFolder : true;
        },
        checkPilot: async (path, phase) => {
          try {
            const pilot = await loadPilot(path, io, text);
            const state = pilotState(pilot.programme, today);
            // Any run can come before a cycle; only a rollout needs a pilot.
            if (phase === 'rollout' && state.kind === 'rollout') return text.errors.fromRollout(path, state.pilot && display(io.cwd, resolve(dirname(pilot.file.absolutePath), state.pilot)));
            return true;
          } catch (error) {
            if (error instanceof UsageError) return error.message;
            if (error instanceof IoError) return `${path}: ${error.code}`;
            throw error;
          }
        },
      });
    }

    const resolved = await resolveSource(input, io, uiLocale, text, today);
    const result = resolveAnswers(input, { defaults: resolved.defaults, locale: resolved.locale, yes: flags.yes === true, today, placeholderOrganisation: catalogue(resolved.locale).init.file.placeholders.organisation, ...(input.dir ? { folderName: basename(resolve(io.cwd, input.dir)) } : {}) });
    if (!('answers' in result)) {
      const example = `mentor init ${input.dir ?? 'acme-sales'} --organisation "Acme Ltd" --template ${input.template ?? defaultTemplate} --locale ${resolved.locale}`;
      throw new UsageError(text.errors.missing(missingItems(result.missing, text)), text.errors.missingHint(example));
    }
    const { answers } = result;
    if (answers.phase === 'rollout' && !input.from) throw new UsageError(text.errors.rolloutNeedsFrom);
    if (answers.phase === 'rollout' && input.from && resolved.pilotFile) {
      // Step 5 calibrates on a pilot's evidence: a rollout is no pilot, and a running pilot has no evidence yet.
      const state = pilotState(resolved.pilotFile.data as Programme, today);
      if (state.kind === 'rollout') throw new UsageError(text.errors.fromRollout(input.from, state.pilot && display(io.cwd, resolve(dirname(resolved.pilotFile.absolutePath), state.pilot))));
      if (state.kind === 'running') io.stderr.write(`${text.out.pilotRunning(input.from, state.end)}\n`);
    }
    // A cycle follows a run of any phase; one still running has no evidence to calibrate on either.
    const previousEnd = answers.phase === 'cycle' && input.from ? (resolved.pilotFile?.data as Programme | undefined)?.metadata.period.end : undefined;
    if (previousEnd !== undefined && previousEnd > today) io.stderr.write(`${text.out.previousRunning(input.from!, previousEnd)}\n`);
    checkAnswers(input, resolved.source.frame, text, flags);

    const target = resolve(io.cwd, input.dir!);
    const shown = display(io.cwd, target);
    const toolSource: ToolSource = input.toolSource ? { spec: input.toolSource, origin: 'flag' } : await detectToolSource(packageRoot, { env: io.env, name: packageName, version, ...(publishedName ? { published: publishedName } : {}) });
    const plan = planScaffoldWithIds(answers, resolved.source, { schemas: await loadEditorSchemas(), toolVersion: version, ...(toolSource.spec ? { toolSource: toolSource.spec } : {}) });
    const { files } = plan;
    const state = await inspectTarget(target, files, shown);
    if (state.entries.length > 0 && !flags.force) throw refusal(shown, state.entries, state.overwrites, text);
    // Nothing goes without a word: what went with the goals left out.
    const dropped = leftOut(resolved.source.frame, input);
    if (dropped.competencies.length + dropped.kpis.length > 0) out(text.out.leftOut(dropped));
    // What is about to be written, and the ids made from names, before anything is written (also in a dry run).
    out(text.out.summary(plan.counts, plan.scale));
    for (const line of madeIdLines(plan.made, text)) out(line);

    const documents = scaffoldDocuments(files);
    const checkedCount = (documents.programme ? 1 : 0) + documents.people.length + documents.records.length;
    const checked = checkScaffold(files, { folder: target, shown, today, locale: uiLocale, ...(resolved.pilotFile ? { pilot: resolved.pilotFile } : {}) });
    // A fresh scaffold's placeholders are expected: counted in one line, not listed as problems.
    const diagnostics = checked.filter((d) => d.ruleId !== 'placeholder-unfilled');
    const placeholders = checked.length - diagnostics.length;
    const summary = summarise(diagnostics, 3);
    const checkedLine = (): void => {
      const clean = summary.errors + summary.warnings === 0;
      out(!clean ? text.out.checkedProblems(summary.errors, summary.warnings) : placeholders > 0 ? text.out.checkedPlaceholders(placeholders) : text.out.checkedClean);
    };
    if (flags.dryRun) {
      out(text.out.dryRun(shown));
      for (const f of files) out(`  ${shown === '.' ? '' : `${shown}/`}${f.path}${state.overwrites.includes(f.path) ? '  (--force)' : ''}`);
      await report(diagnostics, io, uiLocale, flags, checkedCount);
      checkedLine();
      return summary.errors > 0 ? 1 : 0;
    }
    // A value the schema refuses (from the answers file, a flag or a custom template) would write a
    // programme `mentor validate` rejects: show where, and write nothing (exit 2).
    const refused = diagnostics.filter((d) => d.severity === 'error' && /^(schema|yaml|file)-/.test(d.ruleId));
    if (refused.length > 0) {
      await report(refused, io, uiLocale, flags, checkedCount);
      throw new UsageError(catalogue(uiLocale).safety.schemaRefusesAnswers(refused.length));
    }
    if (prompts) {
      if (!(await prompts.confirm({ message: text.prompts.write(files.length, shown), default: true }))) {
        io.stderr.write(`${text.out.cancelled}\n`);
        return 0;
      }
    }

    const { replaced, recovered } = await writeScaffold(target, files, shown, { force: flags.force === true });
    for (const r of recovered) io.stderr.write(`${catalogue(uiLocale).safety.recovered(r)}\n`);
    out(text.out.created(shown, files.length));
    if (toolSource.spec) out(text.out.toolSource(toolSource.spec, toolSource.origin));
    if (replaced.length > 0) out(text.out.forced(replaced));
    await report(diagnostics, io, uiLocale, flags, checkedCount);
    checkedLine();
    out();
    out(text.out.nextHeading);
    const steps = text.out.next({
      dir: shown,
      cd: shown !== '.',
      inGit: await insideGitRepository(target),
      placeholders: hasPlaceholders(files, answers.locale),
      noPeople: !answers.mentees || answers.mentees.length === 0,
      ...(input.from !== undefined ? { copiedFrom: input.from } : {}),
      // Mentors given without preparation and no `mentorsPrepared`: every pair starts unprepared.
      unprepared: answers.mentorsPrepared === undefined && diagnostics.some((d) => d.ruleId === 'pair-before-preparation'),
      ...(toolSource.spec === undefined ? { toolSourceGap: toolSource.reason } : {}),
    });
    steps.forEach((step, i) => out(`  ${i + 1}. ${step}`));
    return summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (isPromptCancel(error) || error instanceof WriteCancelledError) {
      io.stderr.write(`\n${text.out.cancelled}\n`);
      // 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP: the signal that stopped the writes.
      return error instanceof WriteCancelledError ? error.exitCode : cancelledExitCode;
    }
    throw error;
  }
}

/** The ids made from names, one a line under a heading: section, id, and the name it was made from. */
function madeIdLines(unordered: readonly MadeId[], text: InitText): string[] {
  if (unordered.length === 0) return [];
  // In the method's order: the frame, the roles, the process, preparation, KPIs, then people.
  const order: MadeId['section'][] = ['goal', 'scale', 'competency', 'criterion', 'staff', 'milestone', 'communication', 'module', 'kpi', 'mentor', 'mentee', 'pair'];
  const made = [...unordered].sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  const sections = made.map((m) => text.out.madeIdSection[m.section]);
  const sectionWidth = Math.max(...sections.map((s) => s.length));
  const idWidth = Math.max(...made.map((m) => m.id.length));
  return [text.out.madeIdsHeading, ...made.map((m, i) => `  ${sections[i]!.padEnd(sectionWidth)}  ${m.id.padEnd(idWidth)}  ${m.name}`)];
}

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Interactive only in a terminal (stdin and stdout), outside CI, and unless told not to ask. */
function canPrompt(flags: InitFlags, io: CliIo): boolean {
  return flags.yes !== true && flags.interactive !== false && interactiveTerminal(io);
}

/** Shows the check's findings the way `mentor validate` would (rare: a custom template's or a pilot's mistakes). */
async function report(diagnostics: Diagnostic[], io: CliIo, locale: Locale, flags: InitFlags, checked: number): Promise<void> {
  if (diagnostics.length === 0) return;
  const stylish = await loadFormatter('stylish');
  const files = [...new Set(diagnostics.map((d) => d.file))];
  // The summary counts every document checked (programme, people, records), as `mentor validate` will.
  io.stderr.write(stylish(diagnostics, { color: decideColor(flags.color, io.env, io.stderr.isTTY), locale, files, summary: summarise(diagnostics, Math.max(checked, files.length)), toolVersion: version }));
}
