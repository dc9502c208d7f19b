import { InterruptedError, IoError, OutputError, UsageError } from '../errors.js';
import type { Locale, UiText } from '../messages/catalogue.js';
import type { HelpText } from '../messages/help-text.js';
import type { SafetyText } from '../messages/safety-text.js';
import { visibleName } from '../render/visible.js';
import { version } from '../version.js';
import { decideLocale, type CliIo } from './env.js';

function ioMessage(error: IoError, ui: UiText, safety: SafetyText): string {
  // Paths can come from a folder scan of someone else's repository: no raw control characters.
  const path = visibleName(error.path);
  const reason = visibleName(error.reason);
  switch (error.code) {
    case 'path-not-found':
      return ui.pathNotFound(path);
    case 'no-match':
      return ui.noMatch(path);
    case 'no-documents':
      return ui.noDocuments(path);
    case 'refuse-overwrite':
      return ui.refuseOverwrite(path);
    case 'cannot-read':
      return ui.cannotRead(path, reason);
    case 'cannot-write':
      return safety.cannotWrite(path, reason);
    case 'not-regular':
      return safety.notRegularTarget(path, reason);
    case 'refuse-link':
      return safety.refuseLink(path);
    case 'through-link':
      return safety.throughLink(path, reason);
    case 'same-file':
      return safety.sameFile(path, reason);
    case 'changed-on-disk':
      return ui.changedOnDisk(path);
    case 'not-utf8':
      return ui.notUtf8(path, reason);
  }
}

/**
 * Runs the CLI with the given arguments (without node and script) and returns the exit code:
 * 0 success, 1 problems found, 2 usage, configuration or I/O error. Never exits the process.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  // `mentor --version` is what CI scripts call most: answer it before loading commander.
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  let exitCode = 0;
  // The language is decided before the program is built: its help and commander's words come from it.
  const locale = decideLocale(localeFlag(args), io.env);
  const { buildProgram } = await import('./program.js');
  const program = buildProgram(io, args, (code) => {
    exitCode = code;
  }, await helpText(locale));
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (isCommanderError(error)) {
      // --help and --version arrive here as "errors" with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    // Messages load only when there is something to say (a cheaper start for every clean run).
    const texts = (await import('../messages/index.js')).catalogue(locale);
    const ui = texts.ui;
    if (error instanceof UsageError) {
      const { message, hint } = error instanceof OutputError ? ui.outputProblem(error.problem) : error;
      io.stderr.write(`mentor: ${message}\n${hint ? `${hint}\n` : ''}`);
      return 2;
    }
    if (error instanceof IoError) {
      io.stderr.write(`mentor: ${ioMessage(error, ui, texts.safety)}\n`);
      return 2;
    }
    if (error instanceof InterruptedError) {
      io.stderr.write(`mentor: ${texts.safety.interrupted}\n`);
      return error.exitCode;
    }
    const debug = args.includes('--debug');
    io.stderr.write(`mentor: ${ui.internalError}: ${(error as Error).message ?? String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

/** commander's errors, recognised by shape so this module need not import commander. */
function isCommanderError(error: unknown): error is { code: string; exitCode: number } {
  const { code, exitCode } = (error ?? {}) as { code?: unknown; exitCode?: unknown };
  return typeof code === 'string' && code.startsWith('commander.') && typeof exitCode === 'number';
}

/** One language's help texts: only that catalogue is loaded (two chunks in the bundle). */
async function helpText(locale: Locale): Promise<HelpText> {
  return locale === 'pl' ? (await import('../messages/help-pl.js')).helpPl : (await import('../messages/help-en.js')).helpEn;
}

function localeFlag(args: readonly string[]): string | undefined {
  const i = args.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (i === -1) return undefined;
  const arg = args[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
}

/** Entry point for bin/mentor: sets process.exitCode and lets pending output drain (no process.exit). */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processIo());
}

/**
 * The process's streams, each made on first use: Node builds process.stdin/stdout/stderr lazily,
 * and building one loads the stream modules (a run that never reads stdin should not pay for it).
 */
function processIo(): CliIo {
  const guarded = new WeakSet<NodeJS.WriteStream>();
  // A reader that stops early (`mentor … | head`) closes the pipe: that is not an error of ours.
  const guard = (stream: NodeJS.WriteStream): NodeJS.WriteStream => {
    if (!guarded.has(stream)) {
      guarded.add(stream);
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
    return stream;
  };
  return {
    get stdout() {
      return guard(process.stdout);
    },
    get stderr() {
      return guard(process.stderr);
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
