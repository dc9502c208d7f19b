import type { HelpText } from './help-text.js';

/**
 * Option help lines, by the key `src/cli/options.ts` gives each option. These keys define
 * `OptionKey`: a key added here must be added to help-pl.ts too (the compiler says so).
 */
export const optionsEn = {
  // global
  color: 'force coloured output',
  noColor: 'disable coloured output (also: NO_COLOR=1)',
  locale: 'language of messages and help: en or pl (default: MENTOR_LOCALE, then LC_ALL, LC_MESSAGES, LANG; when none names one, as with LANG=C on CI, messages about a programme follow its metadata.locale)',
  debug: 'show stack traces of internal errors',
  // shared
  format: 'output format',
  documentOutput: 'write to FILE (atomically) in the --format, or the format its extension names; FORMAT=FILE writes that format; repeatable',
  forceOutput: 'overwrite existing --output files',
  config: 'rule settings (default: the nearest .mentor.yaml, .mentor.yml or mentor.config.yaml upwards)',
  noConfig: 'ignore any config file',
  asOf: 'the date the document is computed for (YYYY-MM-DD; default: today; --today is the same)',
  todayAsAsOf: 'the same as --as-of, under the name validate and add use',
  // validate
  validateOutput: 'write to FILE in the --format, or the format its extension names (.json, .sarif, .xml = junit); people still get stylish on stdout; FORMAT=FILE writes that format; repeatable',
  maxWarnings: 'exit 1 when there are more than N warnings',
  strict: 'treat warnings as problems (same as --max-warnings 0)',
  quiet: 'report errors only, not warnings',
  validateToday: 'the date records are checked against (YYYY-MM-DD; default: today)',
  stdinFilepath: 'with the path `-` (read standard input): the file it stands for, for messages and includes',
  // comms
  commsFormatDefault: 'table; yaml with --proposed-only, csv with --merge',
  commsTo: 'only messages to this role (by role, or to a named person who holds it), e.g. line-manager',
  commsFrom: 'only messages this role sends, e.g. hr-owner',
  commsPerson: 'only the messages this person receives',
  commsBetween: 'only messages dated between two dates, both included: --between 2026-01-01 2026-03-31',
  commsUpcoming: 'only messages in the N days from --as-of, as-of included (a weekly routine: --upcoming 7)',
  commsProposedOnly: "only the method's proposals for steps the programme leaves uncovered, as YAML ready to paste under `communications:`",
  commsMerge: 'one row per recipient for a mail merge (recipient id, name, role, e-mail where the people file has one, subject, body), as csv or json',
  commsConfig: 'team settings such as comms.maxMessagesPerWeek (default: the nearest .mentor.yaml upwards)',
  // diff, show
  diffGit: 'compare the programme in the working tree with the same path in a git revision (HEAD, HEAD~1, a tag, a branch)',
  diffExitCode: 'exit 1 when anything differs and 0 when nothing does, as git diff --exit-code (2 stays usage and I/O errors)',
  diffAudience: 'who reads it: hr (people by name), sponsor (people as counts only); default: people by id',
  diffAsOf: "the date the pilot's KPIs are computed for (YYYY-MM-DD; default: the pilot's last day, or today while it runs)",
  diffToday: "the day taken as today, as in validate and add (YYYY-MM-DD; default: today): before the pilot's last day, its KPIs are computed for it; --as-of names their date outright",
  diffMoves: 'also list items that only changed place in their list (order is otherwise no change)',
  showNormalised: 'print the canonical form: keys in schema order, lists with ids sorted by id, comments dropped (a git textconv driver)',
  // report
  reportAudience: 'who reads it: hr (individuals), manager (their direct reports), mentee (one development sheet) or sponsor (aggregates only)',
  reportPerson: 'with --audience manager or mentee: the line manager or mentee the report is for',
  reportPseudonymise: 'replace names and ids of people and pairs by stable pseudonyms (set MENTOR_PSEUDONYM_KEY to a secret so ids cannot be tried)',
  reportSection: 'only these sections (comma-separated or repeated): {sections}',
  reportDelimiter: 'CSV separator: "," ";" or tab (default: ";" for Polish documents, "," otherwise)',
  // init
  initTemplate: 'template: a built-in name (see --list-templates) or a folder of your own (./my-template)',
  initListTemplates: 'list the built-in templates and exit',
  initFrom: 'scaffold a rollout from a pilot, or with --phase cycle the next cycle from the one before (its folder or programme file): frame copied, dates moved, people and records left empty',
  initAnswers: 'read the answers from a YAML or JSON file (- reads stdin); flags override it',
  initYes: 'ask nothing: take defaults, and marked placeholders where there is none',
  initNoInteractive: 'ask nothing even in a terminal; answers without a default must be given',
  initId: 'programme id (default: from the folder name)',
  initName: "programme name (default: the template's)",
  initOrganisation: 'the client organisation and unit',
  initPhase: 'pilot, rollout (needs --from), or cycle (one run of a repeating programme; --from the cycle before)',
  initStart: 'first day, YYYY-MM-DD (default: the first Monday two weeks from today)',
  initWeeks: "length in weeks, {min}–{max} (default: the template's)",
  initGoals: "keep only these of the template's goals (ids, comma-separated)",
  initCompetencies: "keep only these of the template's competencies",
  initCriteria: "keep only these of the template's eligibility criteria",
  initRecruitment: 'how mentees are recruited',
  initSize: 'planned number of mentees',
  initHrOwner: 'name of the HR process owner (default: a placeholder to fill in)',
  initSponsor: 'name of the sponsor (default: a placeholder to fill in)',
  initCadenceWeeks: 'a session every N weeks',
  initSessionMinutes: 'session length in minutes',
  initMix: 'planned learning mix experience/social/formal (default: 70/20/10)',
  initKpis: "keep only these of the template's KPIs",
  initToolSource: 'where the CI workflow installs mentor from: an npm install spec (github:org/mentor#v0.1.0, a tarball URL, mentor-cli@0.1.0); default: MENTOR_TOOL_SOURCE, else where this mentor came from',
  initForce: 'write into a folder that is not empty, replacing files of the same name',
  initDryRun: 'list the files it would write, and write nothing',
  // add
  addProgramme: 'the programme folder or file (default: the current folder)',
  addFrom: 'add many at once, one per row of a CSV file whose header names the fields (a survey export, a month of sessions); flags give values for columns the file lacks',
  addIgnoreColumns: 'CSV columns to skip, comma-separated (e.g. a forms tool\'s "Timestamp")',
  addToday: 'the date dates default to and records are checked against (YYYY-MM-DD; default: today)',
  addDryRun: 'show what would be added and where, and write nothing',
  addStrict: 'refuse an addition that causes warnings too, not only errors',
  addNoInteractive: 'never ask, even in a terminal; values without a default must be given',
  // schema
  schemaWrite: 'write every schema into DIR (for editors and air-gapped CI) instead of printing one',
  schemaForce: 'overwrite schema files that exist in DIR',
  // select
  selectSheet: 'XLSX: the sheet to read (default: the first)',
  selectDelimiter: 'CSV: the separator, "," ";" or "tab" (default: detected)',
  selectEncoding: 'CSV: the text encoding (default: detected: UTF-8 with or without BOM, UTF-16, else Windows-1250)',
  selectColumn: 'the column of a person field: id, name, firstName, lastName, title, department, lineManager, hired, tenureMonths (repeatable; overrides addressees.import)',
  selectLevel: 'the column with the current level in a competency (repeatable; overrides addressees.import)',
  selectDateFormat: 'how the export writes dates with slashes: DD/MM/YYYY (UK, Poland) or MM/DD/YYYY (US) (default: the column shows it by a number above 12; a Polish programme\'s exports are day first)',
  selectWrite: 'add the qualified candidates as mentees to the people file (comments and layout kept; never one already there)',
  // match
  matchStart: "the day proposed pairs start (YYYY-MM-DD; default: matching.start, else the kick-off milestone, else the programme start; once that day has passed, the first working day on or after today)",
  matchAsOf: 'the day taken as today for the default start (YYYY-MM-DD; default: today; --today is the same)',
  matchRematch: 'also match again the mentees whose pairs have not started by the start date (their pairs are set aside)',
  matchWrite: 'add the proposed pairs to the people file (comments and layout kept)',
  // doctor
  doctorConfig: 'check this config file instead of the nearest one upwards',
  doctorNoConfig: 'as validate --no-config: report that no config is used',
} as const satisfies Record<string, string>;

const exitCodes = (text: string): string => `Exit codes: ${text}.`;

/** `mentor --help` and every command's help in English, and commander's own words. */
export const helpEn: HelpText = {
  program: {
    description: 'Corporate mentoring programmes as versioned files: validate, report, plan and calibrate.',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    afterError: '(run with --help for usage)',
    examplesTitle: 'Examples:',
  },
  commander: {
    titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global Options:' },
    placeholder: (name) => name,
    optionsTerm: '[options]',
    commandTerm: '[command]',
    choices: (values) => `choices: ${values}`,
    default: (value) => `default: ${value}`,
    preset: (value) => `preset: ${value}`,
    env: (name) => `env: ${name}`,
    errors: {
      unknownOption: (flag) => `error: unknown option '${flag}'`,
      unknownCommand: (name) => `error: unknown command '${name}'`,
      didYouMean: (names) => (names.length === 1 ? `\n(Did you mean ${names[0]}?)` : `\n(Did you mean one of ${names.join(', ')}?)`),
      missingArgument: (name) => `error: missing required argument '${name}'`,
      optionMissingArgument: (flags) => `error: option '${flags}' argument missing`,
      missingMandatoryOption: (flags) => `error: required option '${flags}' not specified`,
      conflictingOption: (first, second) => `error: ${first} cannot be used with ${second}`,
      optionName: (flags) => `option '${flags}'`,
      envName: (name) => `environment variable '${name}'`,
      excessArguments: (command, expected, received) =>
        `error: too many arguments${command ? ` for '${command}'` : ''}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${received}.`,
      invalidOptionValue: (flags, value, allowed) => `error: option '${flags}' argument '${value}' is invalid.${allowed ? ` Allowed choices are ${allowed}.` : ''}`,
      invalidArgumentValue: (name, value, allowed) => `error: command-argument value '${value}' is invalid for argument '${name}'.${allowed ? ` Allowed choices are ${allowed}.` : ''}`,
    },
  },
  commands: {
    validate: {
      description: 'check programme files against the schema and the method rules',
      arguments: { 'paths...': 'programme files or folders (default: the current folder)' },
      notes: [exitCodes('0 no problems, 1 problems found, 2 usage or I/O error')],
      examples: [
        ['mentor validate examples', 'every programme in a folder'],
        ['mentor validate --format sarif --output mentor.sarif examples/kam-pilot', 'a SARIF file for code scanning, and the findings on screen'],
        ['mentor validate --format github examples/kam-rollout/programme.yaml', 'annotations for GitHub Actions'],
        ['mentor validate --strict examples/expert-transfer', 'warnings fail the run too'],
      ],
    },
    init: {
      description: 'scaffold a programme folder that validates at once, interactively or from flags',
      arguments: { dir: 'the folder to create (new, or empty but for .git)' },
      notes: [
        'In a terminal it asks, step by step; with --yes, --answers, CI=true or without a terminal it never asks.',
        'The global --locale en|pl also sets the language of the programme, its comments and its README.',
        exitCodes('0 written (or --dry-run), 1 written but the check found errors, 2 usage or I/O error (nothing written), 130 cancelled (nothing written; 143 SIGTERM, 129 SIGHUP)'),
      ],
      examples: [
        ['mentor init acme-sales --yes', 'a programme from the default template, no questions asked'],
        ['mentor init acme-sales --yes --template expert-transfer --locale pl --organisation "Acme S.A."', 'another template, in Polish'],
        ['mentor init acme-rollout --yes --from examples/kam-pilot --start 2027-01-11', 'a rollout from a pilot, dates moved'],
        ['mentor init --list-templates', 'the built-in templates'],
      ],
    },
    report: {
      description: "the programme's progress, sessions, learning mix and KPIs as of a date, for HR, a line manager, a mentee or the sponsor",
      arguments: { path: 'the programme folder or its programme file (default: the current folder)' },
      notes: [exitCodes('0 written, 1 written but the programme has errors (see mentor validate), 2 usage or I/O error')],
      examples: [
        ['mentor report examples/kam-pilot --as-of 2026-06-30', 'the report on screen, as of the pilot\'s last day'],
        ['mentor report examples/kam-pilot -o report.html', 'an HTML file for HR'],
        ['mentor report examples/kam-pilot --audience manager --person s-tlewandowski --format md', "a line manager's view of their direct reports"],
        ['mentor report examples/kam-pilot --audience sponsor --pseudonymise -o sponsor.html', 'aggregates only, no names'],
        ['mentor report examples/kam-pilot --section kpis --format csv > kpis.csv', 'the KPIs for a spreadsheet'],
      ],
    },
    add: {
      description: 'record people and monitoring data (a session, an assessment, a mentee…), comments and layout kept',
      notes: [
        'Each kind takes one flag per field of its schema (mentor add session --help lists them).',
        exitCodes('0 added, 1 refused (the addition would make the programme invalid; nothing written), 2 usage or I/O error, 130 cancelled'),
      ],
      examples: [
        ['mentor add session --programme examples/kam-pilot --pair para-01 --date 2026-06-29 --minutes 60 --today 2026-06-30', 'a session held'],
        ['mentor add assessment --programme examples/kam-pilot --mentee e-akaczmarek --competency negocjacje-kam --level 4 --assessor mentor --date 2026-06-29 --today 2026-06-30', 'an assessment on the competency\'s scale'],
        ['mentor add learning --programme examples/kam-pilot --mentee e-akaczmarek --type social --hours 1 --date 2026-06-29 --today 2026-06-30 --dry-run', 'an hour of learning from others, shown and not written'],
      ],
    },
    schema: {
      description: 'print the JSON Schema of a document kind, or write them all for editors',
      arguments: { kind: 'programme, people, records or common (none: list them)' },
      examples: [
        ['mentor schema programme > programme.schema.json', 'one schema, self-contained, for an editor'],
        ['mentor schema --write .mentor/schemas', 'all of them into a folder'],
      ],
    },
    select: {
      description: "apply the programme's addressee criteria to an HR export (CSV or XLSX): who qualifies and why",
      arguments: { programme: 'the programme folder or file', export: 'the HR export: CSV (UTF-8, UTF-16 or Windows-1250; "," ";" or tab) or XLSX' },
      notes: [
        exitCodes(
          '0 selection made, 1 cells of the export cannot be read (nothing written) or the programme has errors, 2 usage or I/O error, an export that is not a table or whose columns cannot be mapped',
        ),
      ],
      examples: [
        ['mentor select examples/kam-rollout examples/kam-rollout/hr/kandydaci.csv', 'who qualifies, and why the others do not'],
        ['mentor select examples/kam-rollout examples/kam-rollout/hr/kandydaci.xlsx --format json', 'from a spreadsheet, as JSON'],
        ['mentor select examples/kam-rollout examples/kam-rollout/hr/kandydaci.csv --column id="Nr ewidencyjny" --write', 'a column named by hand, the qualified added as mentees'],
      ],
    },
    match: {
      description: "propose mentor–mentee pairs under hard constraints, the best by the programme's weights, each with its reasons",
      arguments: { programme: 'the programme folder or file (default: the current folder)' },
      notes: [exitCodes('0 every mentee has a mentor, 1 some are left without one (each with what blocked them) or the programme has errors, 2 usage or I/O error')],
      examples: [
        ['mentor match examples/kam-rollout', 'the proposed pairs and their reasons'],
        ['mentor match examples/kam-rollout --format md --output pairs.md', 'as a Markdown file for the matching meeting'],
        ['mentor match examples/kam-rollout --write', 'the pairs added to the people file'],
      ],
    },
    comms: {
      description: "the dated communication plan: who tells whom what and when, with the method's proposals and ready texts",
      arguments: { path: 'the programme folder or file (default: the current folder)' },
      notes: [
        'Proposed entries (steps of the method the programme does not cover yet) are marked; --proposed-only prints them as YAML to paste.',
        "The plan is in the programme's language (metadata.locale) unless --locale says otherwise.",
        exitCodes('0 plan written, 1 written but the programme has errors (run mentor validate), 2 usage or I/O error'),
      ],
      examples: [
        ['mentor comms examples/kam-pilot', 'the whole plan'],
        ['mentor comms examples/kam-pilot --to line-manager --format md', 'what line managers receive'],
        ['mentor comms examples/kam-pilot --upcoming 7 --as-of 2026-03-02', 'the week ahead'],
        ['mentor comms examples/kam-pilot --output plan.ics', 'a calendar file'],
        ['mentor comms examples/kam-pilot --proposed-only >> proposals.yaml', "the method's proposals, to paste"],
        ['mentor comms examples/kam-pilot --merge --to mentee --output mail-merge.csv', 'a mail merge for the mentees'],
      ],
    },
    diff: {
      description: "what changed between a pilot and its rollout (or two versions of a programme), beside the pilot's evidence and the decisions",
      arguments: {
        old: 'the pilot, or the older version: a folder or programme file, or REV:PATH in a git revision (alone: a rollout, compared with its pilot)',
        new: 'the rollout, or the newer version (same forms)',
      },
      notes: [
        exitCodes('0 done, 1 differences found (with --exit-code) or a programme has errors, 2 usage, I/O or git error'),
        'In a git repository: mentor diff HEAD~1:programme.yaml programme.yaml, or mentor diff --git main programme.yaml.',
      ],
      examples: [
        ['mentor diff examples/kam-rollout', 'a rollout beside its pilot'],
        ['mentor diff examples/kam-pilot examples/kam-rollout --format md -o calibration.md', 'the calibration as Markdown'],
        ['mentor diff examples/kam-pilot examples/kam-rollout --audience sponsor --exit-code', 'for the sponsor; exit 1 when anything changed'],
      ],
    },
    show: {
      description: 'print a programme file in canonical form, for git diff (a textconv driver)',
      arguments: { file: 'a programme, people or records file (- reads standard input)' },
      notes: ['Set-up for git (see docs/diff.md):', '  echo "*.yaml diff=mentor" >> .gitattributes', '  git config diff.mentor.textconv "mentor show --normalised"'],
      examples: [
        ['mentor show --normalised examples/kam-pilot/people.yaml', 'the canonical form git diff compares'],
        ['mentor show --normalised examples/kam-pilot/records/2026-03.yaml', 'a records file, entries sorted'],
      ],
    },
    rules: {
      description: 'list every rule: its id, default severity and what it checks',
      examples: [
        ['mentor rules', 'every rule'],
        ['mentor --locale pl rules', 'in Polish'],
        ['mentor rules --format json', 'for scripts'],
      ],
    },
    explain: {
      description: 'explain one rule: what it checks, why it matters, a failing and a passing snippet, how to fix it',
      arguments: { 'rule-id': 'a rule id, as `mentor rules` lists them and findings show them' },
      notes: [exitCodes('0 explained, 2 no such rule (the nearest ids are suggested)')],
      examples: [
        ['mentor explain mentor-over-capacity', 'one rule, with snippets'],
        ['mentor --locale pl explain buy-in-missing', 'in Polish'],
      ],
    },
    completion: {
      description: 'print a shell completion script: commands, options, their values, rule ids and paths',
      arguments: { shell: 'the shell to complete in' },
      notes: [
        'Install (then open a new shell):',
        '  mentor completion bash > ~/.local/share/bash-completion/completions/mentor',
        '  mentor completion zsh > "${fpath[1]}/_mentor"',
        '  mentor completion fish > ~/.config/fish/completions/mentor.fish',
      ],
      examples: [
        ['mentor completion bash > mentor.bash', 'the bash script, to source or install'],
        ['mentor completion fish', 'the fish script'],
      ],
    },
    doctor: {
      description: 'show what mentor uses here and why: config file, language, format version, Node',
      notes: [exitCodes('0, or 2 when the config file has problems (as validate would stop)')],
      examples: [
        ['mentor doctor', 'here'],
        ['LANG=pl_PL.UTF-8 mentor doctor', 'with a Polish system language'],
        ['mentor doctor --no-config', 'as validate --no-config would run'],
      ],
    },
  },
  addKinds: {
    session: {
      description: "a mentoring session held (pair, date, minutes), into the month's records file",
      examples: [
        ['mentor add session --programme examples/kam-pilot --pair para-01 --date 2026-06-29 --minutes 60 --today 2026-06-30', 'a session held'],
        ['mentor add session --programme examples/kam-pilot --pair para-02 --date 2026-06-29 --status cancelled --reason "client visit" --today 2026-06-30 --dry-run', 'a cancelled one, shown and not written'],
      ],
    },
    assessment: {
      description: 'an assessment of a mentee in a competency on its scale',
      examples: [['mentor add assessment --programme examples/kam-pilot --mentee e-akaczmarek --competency negocjacje-kam --level 4 --assessor mentor --date 2026-06-29 --today 2026-06-30', 'a level on the competency\'s scale']],
    },
    learning: {
      description: 'a learning activity of a mentee (experience, social or formal: 70:20:10)',
      examples: [['mentor add learning --programme examples/kam-pilot --mentee e-akaczmarek --type social --hours 1 --date 2026-06-29 --today 2026-06-30', 'an hour of learning from others']],
    },
    survey: {
      description: "a survey answer (satisfaction, NPS); a forms tool's export with --from",
      examples: [['mentor add survey --programme examples/kam-pilot --survey koncowa --respondent e-mjablonski --satisfaction 4 --nps 8 --date 2026-06-29 --today 2026-06-30', 'one answer']],
    },
    'kpi-value': {
      description: 'a KPI value measured outside mentor (CRM, ERP, HR system)',
      examples: [['mentor add kpi-value --programme examples/kam-pilot --kpi marza-kontraktow-kk --value 18.1 --date 2026-06-30 --today 2026-06-30', 'a value from the ERP']],
    },
    mentee: {
      description: 'a mentee with a baseline and a target per competency, into the people file',
      examples: [['mentor add mentee --programme examples/kam-rollout --id e-nowa --name "Anna Nowa" --title "Key Account Manager" --hired 2021-02-01 --line-manager s-tlewandowski --competencies negocjacje-kam:2:4 --dry-run', 'a mentee, shown and not written']],
    },
    mentor: {
      description: 'a mentor with their own levels and capacity',
      examples: [['mentor add mentor --programme examples/kam-rollout --id m-nowy --name "Jan Nowy" --capacity 2 --levels negocjacje-kam:5,planowanie-konta:4 --dry-run', 'a mentor who can take two mentees']],
    },
    pair: {
      description: 'a mentor–mentee pair and the competencies it works on',
      examples: [['mentor add pair --programme examples/kam-pilot --id para-13 --mentor m-gpiotrowski --mentee e-mjablonski --competencies planowanie-konta --start 2026-05-04 --today 2026-05-04 --dry-run', 'a pair, shown and not written']],
    },
    staff: {
      description: 'a person who is neither mentor nor mentee (HR owner, sponsor, line manager)',
      examples: [['mentor add staff --programme examples/kam-pilot --id s-nowak --name "Ewa Nowak" --title "HR Business Partner"', 'a line manager or an HR owner']],
    },
  },
  // The schemas' descriptions are English: shown as they are.
  addField: { describe: (_kind, _key, english) => english, defaultToday: ' (default: today)', defaultStart: ' (default: today; before the programme begins, its kick-off)', defaultPlan: " (default: the mentee's plan)", required: ' (required)' },
  options: optionsEn,
  parse: {
    wholeNumber: (flag, value) => `${flag} takes a whole number ≥ 0, not "${value}".`,
    positiveNumber: (flag, value) => `${flag} takes a whole number ≥ 1, not "${value}".`,
    date: (flag, value) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${flag}: "${value}" is not a day of the calendar.` : `${flag} takes a date written YYYY-MM-DD, not "${value}".`,
    between: (value) => `--between takes two dates; "${value}" is a third (put the programme path before --between).`,
    unknownSection: (name, known) => `--section: unknown section "${name}" (use ${known.join(', ')}).`,
    delimiter: (flag, value) => `${flag} takes ",", ";" or "tab", not "${value}".`,
    range: (flag, min, max, value) => `${flag} takes a whole number from ${min} to ${max}, not "${value}".`,
    ids: (flag, bad) => `${flag} takes ids separated by commas${bad.length > 0 ? `; not ids: ${bad.join(', ')}` : ''}.`,
    id: (flag, value) => `${flag} takes an id (letters, digits, ".", "_", "-"; at most 64 characters), not "${value}".`,
    mix: (value) => `--mix takes three shares that add up to 100, like 70/20/10, not "${value}".`,
    assignment: (flag, example, value) => `${flag} takes NAME=HEADER, like ${flag} ${example}, not "${value}".`,
    asOfAndToday: (asOf, today) => `--as-of ${asOf} and --today ${today} name two different days; --today is the same as --as-of: give one of them.`,
  },
};
