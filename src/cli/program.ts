import { Argument, Option, type Command } from 'commander';
import { decideLocale, namedLocale, type CliIo } from './env.js';
import { LocalisedCommand } from './help.js';
import { addFieldOptions, asOfFromToday, addOptions as addCommandOptions, addReservedKeys, commsOptions, diffOptions, doctorOptions, globalOptions, initOptions, matchOptions, optionDefault, optionHelp, reportOptions, rulesOptions, schemaOptions, selectOptions, showOptions, validateOptions, type OptionSpec } from './options.js';
import { fieldsOf } from '../core/add/fields.js';
import { addKindNames, kindInfo } from '../core/add/kinds.js';
import { schemaSet } from '../io/schema-set.js';
import type { CommandHelp, CommandName, HelpText } from '../messages/help-text.js';
import type { Locale } from '../messages/index.js';
import { version } from '../version.js';

/** What a command's action hands back to `run`: the exit code. */
export type ExitCode = 0 | 1 | 2;

/** What every command gets besides its own flags: the world, the language and the colour intent. */
export interface CommandContext {
  io: CliIo;
  /** Language of messages: --locale, else MENTOR_LOCALE, else the system's, else English. */
  locale: Locale;
  /**
   * False when nothing named a language (no --locale or MENTOR_LOCALE; LANG unset, `C` or `POSIX`):
   * messages about a programme then follow the programme's `metadata.locale`.
   */
  localeNamed: boolean;
  /** --locale when given: documents (report, plan, diff) otherwise follow the programme's own locale. */
  explicitLocale?: Locale;
  /** --color / --no-color when given; undefined leaves it to NO_COLOR, FORCE_COLOR and the terminal. */
  color?: boolean;
}

function addOptions(command: Command, specs: readonly OptionSpec[], text: HelpText): Command {
  for (const spec of specs) {
    const option = new Option(spec.flags, optionHelp(spec, text));
    if (spec.choices) option.choices(spec.choices);
    const shownDefault = optionDefault(spec, text);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
    else if (shownDefault !== undefined) option.default(undefined, shownDefault);
    const parse = spec.parse;
    if (parse) option.argParser((value: string, previous: unknown) => parse(value, previous, text.parse));
    command.addOption(option);
  }
  return command;
}

/** What follows a command's options in its help: notes (exit codes…), then the examples, each under what it does. */
function afterOptions(help: Pick<CommandHelp, 'notes' | 'examples'>, text: HelpText): string {
  const examples = help.examples.flatMap(([command, what]) => [`  # ${what}`, `  ${command}`]);
  return ['', ...(help.notes ?? []), ...(help.notes?.length ? [''] : []), text.program.examplesTitle, ...examples].join('\n');
}

/** A command with its description, arguments (their help by name), notes and examples from the help catalogue. */
function declare(parent: Command, name: CommandName, text: HelpText, args: readonly string[] = []): Command {
  const help = text.commands[name];
  const command = parent.command(name).description(help.description);
  for (const arg of args) command.argument(arg, help.arguments?.[arg.slice(1, -1)] ?? '');
  return command.addHelpText('after', afterOptions(help, text));
}

/**
 * Builds the commander program. Command modules are imported inside their actions, so `--help`
 * and `--version` load none of them (cold start is paid on every CI run).
 */
export function buildProgram(io: CliIo, args: readonly string[], setExitCode: (code: number) => void, text: HelpText): Command {
  const program = new LocalisedCommand(text, 'mentor');
  const localeOf = (): Locale => decideLocale(program.opts<{ locale?: string }>().locale, io.env);
  const localeNamed = (): boolean => namedLocale(program.opts<{ locale?: string }>().locale, io.env) !== undefined;
  const colorOf = (): boolean | undefined => {
    // commander folds --color/--no-color into one boolean that defaults to true: read the raw intent.
    const last = args.findLast((a) => a === '--color' || a === '--no-color');
    return last === undefined ? undefined : last === '--color';
  };
  const contextOf = (): CommandContext => {
    const explicitLocale = program.opts<{ locale?: Locale }>().locale;
    const color = colorOf();
    return { io, locale: localeOf(), localeNamed: localeNamed(), ...(explicitLocale ? { explicitLocale } : {}), ...(color === undefined ? {} : { color }) };
  };
  program
    .description(text.program.description)
    .version(version, '-V, --version', text.program.version)
    .helpOption('-h, --help', text.program.help)
    .helpCommand('help [command]', text.program.helpCommand)
    .showHelpAfterError(text.program.afterError)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  addOptions(program, globalOptions, text);

  const validate = declare(program, 'validate', text, ['[paths...]']);
  addOptions(validate, validateOptions, text).action(async (paths: string[], flags: Record<string, unknown>) => {
    const { validateCommand } = await import('./commands/validate.js');
    const color = colorOf();
    setExitCode(await validateCommand(paths, { ...flags, ...(color === undefined ? {} : { color }) }, io, localeOf(), localeNamed()));
  });

  const init = declare(program, 'init', text, ['[dir]']);
  addOptions(init, initOptions, text).action(async (dir: string | undefined, flags: Record<string, unknown>) => {
    const { initCommand } = await import('./commands/init.js');
    const locale = program.opts<{ locale?: Locale }>().locale;
    const color = colorOf();
    setExitCode(await initCommand(dir, { ...flags, ...(locale ? { locale } : {}), localeNamed: localeNamed(), ...(color === undefined ? {} : { color }) }, io, localeOf()));
  });

  const report = declare(program, 'report', text, ['[path]']);
  addOptions(report, reportOptions, text).action(async (path: string | undefined, flags: Record<string, unknown>) => {
    const { reportCommand } = await import('./commands/report.js');
    setExitCode(await reportCommand(path, asOfFromToday(flags, text.parse), contextOf()));
  });

  const add = declare(program, 'add', text);
  // The kinds' flags come from the schemas: read only when the command line is about `add` (or
  // asks for the shell completion, which offers them).
  if (args.includes('add') || args.includes('completion')) {
    for (const kind of addKindNames) {
      const info = kindInfo(kind);
      const help = text.addKinds[kind];
      const sub = add.command(kind).description(help.description).addHelpText('after', afterOptions(help, text));
      // A kind's flags only where they can be used or shown: `mentor add --help` lists the kinds by name.
      const fields = args.includes(kind) || args.includes('completion') ? addFieldOptions(kind, fieldsOf(schemaSet(), info.schema, info.list), addReservedKeys, info) : [];
      addOptions(sub, [...addCommandOptions, ...fields], text).action(async (flags: Record<string, unknown>) => {
        const { addCommand } = await import('./commands/add.js');
        const color = colorOf();
        setExitCode(await addCommand(kind, { ...flags, ...(color === undefined ? {} : { color }) }, contextOf()));
      });
    }
  }

  const schema = declare(program, 'schema', text, ['[kind]']);
  addOptions(schema, schemaOptions, text).action(async (kind: string | undefined, flags: { write?: string; force?: boolean }) => {
    const { schemaCommand } = await import('./commands/schema.js');
    setExitCode(await schemaCommand(kind, flags, contextOf()));
  });
  const select = declare(program, 'select', text, ['<programme>', '<export>']);
  addOptions(select, selectOptions, text).action(async (programme: string, file: string, flags: Record<string, unknown>) => {
    const { selectCommand } = await import('./commands/select.js');
    setExitCode(await selectCommand(programme, file, flags, contextOf()));
  });
  const match = declare(program, 'match', text, ['[programme]']);
  addOptions(match, matchOptions, text).action(async (programme: string | undefined, flags: Record<string, unknown>) => {
    const { matchCommand } = await import('./commands/match.js');
    setExitCode(await matchCommand(programme, asOfFromToday(flags, text.parse), contextOf()));
  });

  const comms = declare(program, 'comms', text, ['[path]']);
  addOptions(comms, commsOptions, text).action(async (path: string | undefined, flags: Record<string, unknown>) => {
    const { commsCommand } = await import('./commands/comms.js');
    setExitCode(await commsCommand(path, asOfFromToday(flags, text.parse), contextOf()));
  });
  const diff = declare(program, 'diff', text, ['[old]', '[new]']);
  addOptions(diff, diffOptions, text).action(async (old: string | undefined, now: string | undefined, flags: Record<string, unknown>) => {
    const { diffCommand } = await import('./commands/diff.js');
    setExitCode(await diffCommand([old, now].filter((p): p is string => p !== undefined), flags, contextOf()));
  });

  const show = declare(program, 'show', text, ['<file>']);
  addOptions(show, showOptions, text).action(async (file: string, flags: { normalised?: boolean }) => {
    const { showCommand } = await import('./commands/show.js');
    setExitCode(await showCommand(file, flags, contextOf()));
  });
  const rules = declare(program, 'rules', text);
  addOptions(rules, rulesOptions, text).action(async (flags: { format?: string }) => {
    const { rulesCommand } = await import('./commands/rules.js');
    setExitCode(await rulesCommand(flags, contextOf()));
  });

  declare(program, 'explain', text, ['<rule-id>'])
    .action(async (id: string) => {
      const { explainCommand } = await import('./commands/explain.js');
      setExitCode(await explainCommand(id, contextOf()));
    });

  declare(program, 'completion', text)
    .addArgument(new Argument('<shell>', text.commands.completion.arguments?.['shell'] ?? '').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: string) => {
      const { completionCommand } = await import('./commands/completion.js');
      setExitCode(await completionCommand(shell as 'bash', program, contextOf()));
    });

  const doctor = declare(program, 'doctor', text);
  addOptions(doctor, doctorOptions, text).action(async (flags: { config?: string | false }) => {
    const { doctorCommand } = await import('./commands/doctor.js');
    setExitCode(await doctorCommand(flags, contextOf()));
  });
  return program;
}
