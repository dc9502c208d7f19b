import { Argument, Command, Option } from 'commander';
import { decideLocale, namedLocale, type CliIo } from './env.js';
import { addFieldOptions, addOptions as addCommandOptions, addReservedKeys, commsOptions, diffOptions, doctorOptions, globalOptions, initOptions, matchOptions, reportOptions, rulesOptions, schemaOptions, selectOptions, showOptions, validateOptions, type OptionSpec } from './options.js';
import { fieldsOf } from '../core/add/fields.js';
import { addKindNames, kindInfo, type AddKind } from '../core/add/kinds.js';
import { schemaSet } from '../io/schema-set.js';
import type { Locale } from '../messages/index.js';
import { version } from '../version.js';

/** One line of help per kind `mentor add` takes. */
const addDescriptions: Record<AddKind, string> = {
  session: 'a mentoring session held (pair, date, minutes), into the month\'s records file',
  assessment: 'an assessment of a mentee in a competency on its scale',
  learning: 'a learning activity of a mentee (experience, social or formal: 70:20:10)',
  survey: 'a survey answer (satisfaction, NPS); a forms tool\'s export with --from',
  'kpi-value': 'a KPI value measured outside mentor (CRM, ERP, HR system)',
  mentee: 'a mentee with a baseline and a target per competency, into the people file',
  mentor: 'a mentor with their own levels and capacity',
  pair: 'a mentor–mentee pair and the competencies it works on',
  staff: 'a person who is neither mentor nor mentee (HR owner, sponsor, line manager)',
};

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

function addOptions(command: Command, specs: readonly OptionSpec[]): Command {
  for (const spec of specs) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
    else if (spec.defaultText !== undefined) option.default(undefined, spec.defaultText);
    if (spec.parse) option.argParser(spec.parse);
    command.addOption(option);
  }
  return command;
}

/**
 * Builds the commander program. Command modules are imported inside their actions, so `--help`
 * and `--version` load none of them (cold start is paid on every CI run).
 */
export function buildProgram(io: CliIo, args: readonly string[], setExitCode: (code: number) => void): Command {
  const program = new Command('mentor');
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
    .description('Corporate mentoring programmes as versioned files: validate, report, plan and calibrate.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  addOptions(program, globalOptions);

  const validate = program
    .command('validate')
    .description('check programme files against the schema and the method rules')
    .argument('[paths...]', 'programme files or folders (default: the current folder)')
    .addHelpText(
      'after',
      '\nExit codes: 0 no problems, 1 problems found, 2 usage or I/O error.\nExamples:\n  mentor validate examples\n  mentor validate --format sarif --output mentor.sarif .\n  mentor validate --format github programme.yaml',
    );
  addOptions(validate, validateOptions).action(async (paths: string[], flags: Record<string, unknown>) => {
    const { validateCommand } = await import('./commands/validate.js');
    const color = colorOf();
    setExitCode(await validateCommand(paths, { ...flags, ...(color === undefined ? {} : { color }) }, io, localeOf(), localeNamed()));
  });

  const init = program
    .command('init')
    .description('scaffold a programme folder that validates at once, interactively or from flags')
    .argument('[dir]', 'the folder to create (new, or empty but for .git)')
    .addHelpText(
      'after',
      '\nIn a terminal it asks, step by step; with --yes, --answers, CI=true or without a terminal it never asks.\nThe global --locale en|pl also sets the language of the programme, its comments and its README.\nExit codes: 0 written (or --dry-run), 1 written but the check found errors, 2 usage or I/O error (nothing written), 130 cancelled (nothing written; 143 SIGTERM, 129 SIGHUP).\nExamples:\n  mentor init acme-sales\n  mentor init acme-sales --yes --template new-managers --locale pl --organisation "Acme S.A."\n  mentor init acme-rollout --from acme-sales --start 2027-01-11\n  mentor init --list-templates',
    );
  addOptions(init, initOptions).action(async (dir: string | undefined, flags: Record<string, unknown>) => {
    const { initCommand } = await import('./commands/init.js');
    const locale = program.opts<{ locale?: Locale }>().locale;
    const color = colorOf();
    setExitCode(await initCommand(dir, { ...flags, ...(locale ? { locale } : {}), ...(color === undefined ? {} : { color }) }, io, localeOf()));
  });

  const report = program
    .command('report')
    .description("the programme's progress, sessions, learning mix and KPIs as of a date, for HR, a line manager, a mentee or the sponsor")
    .argument('[path]', 'the programme folder or its programme file (default: the current folder)')
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 written but the programme has errors (see mentor validate), 2 usage or I/O error.\nExamples:\n  mentor report examples/kam-pilot --as-of 2026-06-30\n  mentor report . -o report.html\n  mentor report . --audience manager --person s-tlewandowski --format md\n  mentor report . --audience sponsor --pseudonymise -o sponsor.html\n  mentor report . --section kpis --format csv > kpis.csv',
    );
  addOptions(report, reportOptions).action(async (path: string | undefined, flags: Record<string, unknown>) => {
    const { reportCommand } = await import('./commands/report.js');
    setExitCode(await reportCommand(path, flags, contextOf()));
  });

  const add = program
    .command('add')
    .description('record people and monitoring data (a session, an assessment, a mentee…), comments and layout kept')
    .addHelpText(
      'after',
      '\nEach kind takes one flag per field of its schema (mentor add session --help lists them).\nExit codes: 0 added, 1 refused (the addition would make the programme invalid; nothing written), 2 usage or I/O error, 130 cancelled.\nExamples:\n  mentor add session --pair pair-01 --date 2026-03-02 --minutes 60\n  mentor add assessment --mentee mentee-01 --competency negotiation --level 3 --assessor mentor\n  mentor add survey --survey mid-point --from survey-export.csv',
    );
  // The kinds' flags come from the schemas: read only when the command line is about `add`.
  if (args.includes('add')) {
    for (const kind of addKindNames) {
      const info = kindInfo(kind);
      const sub = add.command(kind).description(addDescriptions[kind]);
      addOptions(sub, [...addCommandOptions, ...addFieldOptions(fieldsOf(schemaSet(), info.schema, info.list), addReservedKeys, info.dateField)]).action(async (flags: Record<string, unknown>) => {
        const { addCommand } = await import('./commands/add.js');
        const color = colorOf();
        setExitCode(await addCommand(kind, { ...flags, ...(color === undefined ? {} : { color }) }, contextOf()));
      });
    }
  }

  const schema = program
    .command('schema')
    .description('print the JSON Schema of a document kind, or write them all for editors')
    .argument('[kind]', 'programme, people, records or common (none: list them)')
    .addHelpText('after', '\nExamples:\n  mentor schema programme > programme.schema.json\n  mentor schema --write .mentor/schemas');
  addOptions(schema, schemaOptions).action(async (kind: string | undefined, flags: { write?: string; force?: boolean }) => {
    const { schemaCommand } = await import('./commands/schema.js');
    setExitCode(await schemaCommand(kind, flags, contextOf()));
  });
  const select = program
    .command('select')
    .description("apply the programme's addressee criteria to an HR export (CSV or XLSX): who qualifies and why")
    .argument('<programme>', 'the programme folder or file')
    .argument('<export>', 'the HR export: CSV (UTF-8, UTF-16 or Windows-1250; "," ";" or tab) or XLSX')
    .addHelpText(
      'after',
      '\nExit codes: 0 selection made, 1 cells of the export cannot be read (nothing written) or the programme has errors, 2 usage or I/O error, an export that is not a table or whose columns cannot be mapped.\nExamples:\n  mentor select examples/kam-rollout examples/kam-rollout/hr/kandydaci.csv\n  mentor select . kandydaci.xlsx --sheet Pracownicy --format json\n  mentor select . export.csv --column id="Nr ewid." --level negocjacje-kam="Negocjacje" --write',
    );
  addOptions(select, selectOptions).action(async (programme: string, file: string, flags: Record<string, unknown>) => {
    const { selectCommand } = await import('./commands/select.js');
    setExitCode(await selectCommand(programme, file, flags, contextOf()));
  });
  const match = program
    .command('match')
    .description('propose mentor–mentee pairs under hard constraints, the best by the programme\'s weights, each with its reasons')
    .argument('[programme]', 'the programme folder or file (default: the current folder)')
    .addHelpText(
      'after',
      '\nExit codes: 0 every mentee has a mentor, 1 some are left without one (each with what blocked them) or the programme has errors, 2 usage or I/O error.\nExamples:\n  mentor match examples/kam-rollout\n  mentor match . --format md --output pary.md\n  mentor match . --write',
    );
  addOptions(match, matchOptions).action(async (programme: string | undefined, flags: Record<string, unknown>) => {
    const { matchCommand } = await import('./commands/match.js');
    setExitCode(await matchCommand(programme, flags, contextOf()));
  });

  const comms = program
    .command('comms')
    .description('the dated communication plan: who tells whom what and when, with the method\'s proposals and ready texts')
    .argument('[path]', 'the programme folder or file (default: the current folder)')
    .addHelpText(
      'after',
      '\nProposed entries (steps of the method the programme does not cover yet) are marked; --proposed-only prints them as YAML to paste.\nThe plan is in the programme\'s language (metadata.locale) unless --locale says otherwise.\nExit codes: 0 plan written, 1 written but the programme has errors (run mentor validate), 2 usage or I/O error.\nExamples:\n  mentor comms examples/kam-pilot\n  mentor comms --to line-manager --format md\n  mentor comms --upcoming 7 --as-of 2026-03-02\n  mentor comms --output plan.ics\n  mentor comms --proposed-only >> proposals.yaml\n  mentor comms --merge --to mentee --output mail-merge.csv',
    );
  addOptions(comms, commsOptions).action(async (path: string | undefined, flags: Record<string, unknown>) => {
    const { commsCommand } = await import('./commands/comms.js');
    setExitCode(await commsCommand(path, flags, contextOf()));
  });
  const diff = program
    .command('diff')
    .description('what changed between a pilot and its rollout (or two versions of a programme), beside the pilot\'s evidence and the decisions')
    .argument('[old]', 'the pilot, or the older version: a folder or programme file, or REV:PATH in a git revision (alone: a rollout, compared with its pilot)')
    .argument('[new]', 'the rollout, or the newer version (same forms)')
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 1 differences found (with --exit-code) or a programme has errors, 2 usage, I/O or git error.\nExamples:\n  mentor diff examples/kam-rollout\n  mentor diff examples/kam-pilot examples/kam-rollout --format md -o calibration.md\n  mentor diff HEAD~1:examples/kam-rollout examples/kam-rollout\n  mentor diff --git main examples/kam-rollout --exit-code',
    );
  addOptions(diff, diffOptions).action(async (old: string | undefined, now: string | undefined, flags: Record<string, unknown>) => {
    const { diffCommand } = await import('./commands/diff.js');
    setExitCode(await diffCommand([old, now].filter((p): p is string => p !== undefined), flags, contextOf()));
  });

  const show = program
    .command('show')
    .description('print a programme file in canonical form, for git diff (a textconv driver)')
    .argument('<file>', 'a programme, people or records file (- reads standard input)')
    .addHelpText('after', '\nSet-up for git (see docs/diff.md):\n  echo "*.yaml diff=mentor" >> .gitattributes\n  git config diff.mentor.textconv "mentor show --normalised"');
  addOptions(show, showOptions).action(async (file: string, flags: { normalised?: boolean }) => {
    const { showCommand } = await import('./commands/show.js');
    setExitCode(await showCommand(file, flags, contextOf()));
  });
  const rules = program
    .command('rules')
    .description('list every rule: its id, default severity and what it checks')
    .addHelpText('after', '\nExamples:\n  mentor rules\n  mentor --locale pl rules\n  mentor rules --format json');
  addOptions(rules, rulesOptions).action(async (flags: { format?: string }) => {
    const { rulesCommand } = await import('./commands/rules.js');
    setExitCode(await rulesCommand(flags, contextOf()));
  });

  program
    .command('explain')
    .description('explain one rule: what it checks, why it matters, a failing and a passing snippet, how to fix it')
    .argument('<rule-id>', 'a rule id, as `mentor rules` lists them and findings show them')
    .addHelpText('after', '\nExit codes: 0 explained, 2 no such rule (the nearest ids are suggested).\nExamples:\n  mentor explain mentor-over-capacity\n  mentor --locale pl explain buy-in-missing')
    .action(async (id: string) => {
      const { explainCommand } = await import('./commands/explain.js');
      setExitCode(await explainCommand(id, contextOf()));
    });

  program
    .command('completion')
    .description('print a shell completion script: commands, options, their values, rule ids and paths')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', '\nInstall (then open a new shell):\n  mentor completion bash > ~/.local/share/bash-completion/completions/mentor\n  mentor completion zsh > "${fpath[1]}/_mentor"\n  mentor completion fish > ~/.config/fish/completions/mentor.fish')
    .action(async (shell: string) => {
      const { completionCommand } = await import('./commands/completion.js');
      setExitCode(await completionCommand(shell as 'bash', program, contextOf()));
    });

  const doctor = program
    .command('doctor')
    .description('show what mentor uses here and why: config file, language, format version, Node')
    .addHelpText('after', '\nExit codes: 0, or 2 when the config file has problems (as validate would stop).\nExamples:\n  mentor doctor\n  LANG=pl_PL.UTF-8 mentor doctor\n  mentor doctor --config ci/.mentor.yaml');
  addOptions(doctor, doctorOptions).action(async (flags: { config?: string | false }) => {
    const { doctorCommand } = await import('./commands/doctor.js');
    setExitCode(await doctorCommand(flags, contextOf()));
  });
  return program;
}
