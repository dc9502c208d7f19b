import type { ToolSourceGap } from '../core/scaffold/tool-source.js';
import type { InitText } from './init-text.js';
import { endSentence } from './sentence.js';

const toolSourceGaps: Record<ToolSourceGap, string> = {
  'clone-no-remote': 'a git clone with no origin remote',
  'clone-local-remote': 'a git clone whose origin is on this computer',
  'clone-unpushed': 'a commit of its git clone that is not pushed',
  'local-install': 'a folder or a tarball on this computer',
  'no-record': 'an install that does not record where it came from',
};
const numberWords: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 11: 'eleven', 12: 'twelve' };

/** `mentor init` in English: the dialogue, its errors and the comments written into the files. */
export const initEn: InitText = {
  file: {
    programmeHeader: (p) =>
      [
        endSentence(`${p.name} – ${p.organisation}`),
        p.basis === 'pilot'
          ? `Rollout scaffolded by \`mentor init --from ${p.source}\`: the frame is the pilot's, with dates moved to the new period.`
          : p.basis === 'previous'
            ? `Cycle scaffolded by \`mentor init --phase cycle --from ${p.source}\`: the frame is the previous cycle's, with dates moved to the new period.`
            : `Scaffolded by \`mentor init\` from the \`${p.source}\` template: every text below is a starting point, adapt it to the client.`,
        'People live in people.yaml and monitoring data in records/. Check everything with `mentor validate`.',
      ].join('\n'),
    sections: {
      metadata: 'Who, what and when. `id` is what people and records files name in `programme:`; every dated item must fall inside `period`.',
      includes: 'People and monitoring records live in their own files, so HR can keep them apart and git history stays readable.',
      goals: [
        '── Step 1: the frame ─────────────────────────────────────────────────────────────',
        'Port first, then wind: start from the business goals the programme serves. Competencies point at them;',
        "`sponsor` is the person (people.yaml) who owns the goal.",
      ].join('\n'),
      scales: 'Proficiency scale: ordered levels, each with a label and an observable descriptor. Baselines, targets and assessments use these levels.',
      competencies: [
        'The vacant competencies the programme transfers 1:1: scarce today, of `strategic` or `tactical` weight.',
        '`whyVacant` records the evidence (e.g. "2 of 14 account managers at level 4+"); replace the template\'s with the client\'s numbers.',
      ].join('\n'),
      addressees: 'Who the programme is for, decided only after the goals: eligibility criteria, rules of participation and the recruitment method.',
      roles: [
        '── Step 2: roles and process ─────────────────────────────────────────────────────',
        'The five roles of the method. `staffedBy` names people from people.yaml; the HR owner and the sponsor must be staffed.',
      ].join('\n'),
      roleMatrix: 'RACI over the process activities: who is Responsible, Accountable (one role), Consulted and Informed.',
      process: [
        'Milestones (buy-in messages must go out before `kick-off`), how often pairs meet, and the planned 70:20:10 mix:',
        'experience on the job, learning from others, formal learning. `tolerance` is how far each share may stray.',
      ].join('\n'),
      preparation: [
        '── Step 3: preparing mentors ─────────────────────────────────────────────────────',
        "Modules a mentor finishes before their first pair starts; each mentor's completions are recorded in people.yaml.",
      ].join('\n'),
      kpis: [
        '── Step 4: monitoring ────────────────────────────────────────────────────────────',
        'Success measures on Kirkpatrick levels (1 reaction, 2 learning, 3 behaviour, 4 results). Built-in metrics are',
        'computed from records/; any other metric needs `source:` and its values under `kpiValues` in a records file.',
      ].join('\n'),
      communications: [
        'Communication plan: buy-in before kick-off for line managers, mentors and mentees, then information, reminders',
        'and a celebration. `when` is a `date` or a `milestone` with `offsetDays` (negative = before it).',
      ].join('\n'),
      calibration: [
        '── Step 5: calibration ───────────────────────────────────────────────────────────',
        "Decisions taken on the pilot's evidence: what changed and why, with the pilot KPIs each one responds to",
        '(`mentor diff` shows which missed KPIs still have no decision). Example:',
        '  - id: cadence-weekly',
        '    summary: Sessions every week in the first two months',
        '    rationale: Session adherence was 0.72 against a target of 0.9',
        '    kpis: [session-adherence]',
      ].join('\n'),
    },
    peopleHeader: (p) =>
      [
        `People of ${p.name}. Ids are kept apart from names, so reports can be pseudonymised.`,
        ...(p.placeholders === false ? [] : ['Replace every "(fill in: …)" with a real person; keep the ids, the programme file points at them.']),
      ].join('\n'),
    staff: [
      'People who hold a role: the HR process owner, the sponsor, line managers (`lineManager` gives their own manager).',
      'One person is one id: someone who also mentors or is mentored appears in `mentors` or `mentees` too, under the same id and name.',
    ].join('\n'),
    mentors: [
      'Mentors: their own level per competency, how many mentees they take at once, and the preparation modules they',
      'finished (`preparation: [{ module: <id>, completed: YYYY-MM-DD }]`) before their first pair starts.',
    ].join('\n'),
    mentees: "Mentees: where each starts (`baseline`) and where the process should take them (`target`) in each competency.",
    pairs: (p) =>
      p.matching
        ? `Pairs are formed at the matching milestone (${p.matching}): \`{ id, mentor, mentee, competencies, start }\`.`
        : 'Pairs: `{ id, mentor, mentee, competencies, start }`, added once mentors and mentees are matched.',
    sampleHeading: 'For example (uncomment, adapt and add more):',
    sampleNames: { mentor: 'Alex Morgan', mentee: 'Sam Taylor' },
    recordsHeader: (p) =>
      [
        `Monitoring records of ${p.name}, ${p.month}. Keep one file per month (${p.folder}/YYYY-MM.yaml):`,
        'git history then shows who recorded what and when. Records describe what happened, never the future.',
      ].join('\n'),
    recordsSample: [
      'Each kind of record, once (uncomment and adapt):',
      'sessions:',
      '  - { pair: pair-01, date: YYYY-MM-DD, minutes: 60, topic: Development plan }',
      '  - { pair: pair-01, date: YYYY-MM-DD, status: cancelled, reason: Quarter close }   # or missed; held is the default',
      'assessments:',
      '  - { mentee: <mentee-id>, competency: <competency-id>, date: YYYY-MM-DD, level: 2, assessor: line-manager }   # or mentor, mentee (self), external, or a role of your own from roles',
      'learning:',
      '  - { mentee: <mentee-id>, date: YYYY-MM-DD, type: experience, hours: 6, competency: <competency-id> }',
      'surveys:',
      '  - { survey: mid-point, date: YYYY-MM-DD, respondent: <person-id>, satisfaction: 4, nps: 9 }',
      'kpiValues:',
      '  - { kpi: <kpi-id>, date: YYYY-MM-DD, value: 93.5, note: CRM quarterly export }',
    ].join('\n'),
    placeholders: {
      organisation: '(fill in: organisation)',
      hrOwner: '(fill in: HR process owner)',
      sponsor: '(fill in: sponsor)',
      lineManager: '(fill in: line manager)',
    },
    roleNames: {
      mentee: 'Mentee',
      mentor: 'Mentor',
      'hr-owner': 'HR process owner',
      'line-manager': 'Line manager',
      sponsor: 'Sponsor',
    },
    cycleName: (previous) => `${previous} – next cycle`,
    rolloutName: (pilot) => `${pilot.replace(/\s*[–-]?\s*pilot\b.*$/i, '').trim() || pilot} – rollout`,
    cadence: (n) => (n === 1 ? 'every week' : `every ${numberWords[n] ?? n} weeks`),
    sessionLength: (n) => `${n} ${n === 1 ? 'minute' : 'minutes'}`,
    programmeLength: (n) => `${n} ${n === 1 ? 'week' : 'weeks'}`,
    durationNote: (p) =>
      `Pairs meet from the kick-off (${p.kickOff}) to the closing (${p.closing}): ${p.durationWeeks} of the programme's ${p.weeks} weeks;\nthe weeks before are for buy-in, recruitment and matching.`,
    toolSourceNote: (spec) =>
      spec
        ? `CI installs mentor with \`npm install --global "${spec}"\` (\`MENTOR_TOOL_SOURCE\` in \`.github/workflows/mentor.yml\`); the same command installs it on your computer.`
        : 'CI does not know yet where to install mentor from: set `MENTOR_TOOL_SOURCE` in `.github/workflows/mentor.yml` to a git URL (`github:org/mentor#v0.1.0`), a tarball URL or an npm package. `npm install --global "<that source>"` installs it on your computer too.',
    beforeStart: (p) => {
      const todo = [
        ...(p.staffPlaceholders ? ['- Replace every "(fill in: …)" in `people.yaml` with a real person (keep the ids).'] : []),
        ...(p.noPeople ? ['- Add the mentees (baseline and target per competency) and the mentors; delete the example ones.'] : []),
        ...(p.framePlaceholders ? ["- Put the client's numbers into `whyVacant`, the KPI targets and baselines."] : []),
      ];
      return todo.length > 0
        ? todo.join('\n')
        : "The answers filled in the people, the evidence and the KPIs: nothing is left as a placeholder. Read the template's texts (roles, rules, the role matrix, recruitment) and adapt them to the client.";
    },
    recruitment: {
      nomination: 'Line managers nominate people who meet the criteria; HR checks the criteria, and each nominee confirms in a talk with their manager.',
      application: 'People who meet the criteria apply; HR checks the criteria, and the line manager agrees to the time the programme takes.',
      mixed: 'Line managers nominate, and people who meet the criteria may also apply; HR checks the criteria and agrees the final list with the managers.',
    },
  },
  ui: {
    yes: 'Yes',
    no: 'No',
    yesAnswers: ['y', 'yes'],
    noAnswers: ['n', 'no'],
    yesNoHint: (defaultYes) => (defaultYes ? 'Y/n' : 'y/N'),
    yesNoInvalid: 'Answer y (yes) or n (no).',
    selectKeys: { navigate: 'navigate', select: 'select' },
    checkboxKeys: { navigate: 'navigate', select: 'select', all: 'all', invert: 'invert', submit: 'submit' },
    keyNames: { space: 'space' },
  },
  steps: {
    start: 'The programme',
    frame: 'Step 1 · the frame: goals first, then the vacant competencies',
    addressees: 'Step 1 · addressees: who the programme is for',
    roles: 'Step 2 · roles',
    process: 'Step 2 · process: sessions, milestones and the messages that secure buy-in',
    preparation: 'Step 3 · preparing mentors',
    kpis: 'Step 4 · success measures',
    people: 'People (optional: you can add them later in people.yaml)',
  },
  prompts: {
    dir: 'Folder to create',
    template: 'Template',
    locale: 'Language of the programme',
    phase: 'Phase',
    from: 'Pilot programme to calibrate from (folder or file)',
    previous: 'The cycle before this one, to calibrate from (folder or file; leave empty for a first cycle)',
    name: 'Programme name',
    organisation: 'Organisation (client and unit)',
    goals: 'Business goals the programme serves',
    addGoal: 'Another goal of your own (leave empty to go on)',
    competencies: 'Vacant competencies to transfer',
    addCompetency: 'Another competency of your own (leave empty to go on)',
    importance: (c) => `Importance of "${c}"`,
    goalOf: (c) => `Goal "${c}" serves`,
    scaleChoice: 'Proficiency scale the competencies are assessed on',
    scale: (name, levels) => `${name}: ${levels}`,
    scaleName: 'Name of your scale',
    scaleLevels: 'Levels, lowest first, separated by commas (e.g. "Novice, Practitioner, Independent, Senior, Expert", or "0 None, 1 Aware, 2 Able")',
    whyVacant: (c) => `Why is "${c}" vacant? Evidence, e.g. "2 of 14 at level 4+" (leave empty to fill in later)`,
    addCriterion: 'Another eligibility criterion of your own, in words (leave empty to go on)',
    criterionGap: 'Smallest gap between baseline and target it asks for, in levels (leave empty for none)',
    criterionImportance: 'The gap counts in competencies of importance',
    criterionTenure: 'Months with the organisation it asks for at least (leave empty for none)',
    lineManager: "Line manager (department head) of mentees or mentors: name (leave empty to go on)",
    department: (p) => `Department of ${p} (leave empty for none)`,
    hasLineManagers: 'Do the mentees have line managers? (No: a programme without them, e.g. a community)',
    editRoles: 'Write your own texts for what each role does?',
    roleResponsibilities: (r) => `What the ${r} does (responsibilities separated by ";")`,
    milestone: 'Milestones: date one, add one, or go on',
    milestoneName: 'Name of the new milestone',
    milestoneDate: (m) => `Date of "${m}" (YYYY-MM-DD)`,
    communications: "Messages of the template's to keep",
    addMessage: 'Another message of your own: its subject (leave empty to go on)',
    messageFrom: (m) => `"${m}" comes from`,
    messageTo: (m) => `"${m}" goes to`,
    messageChannel: (m) => `Channel of "${m}"`,
    messagePurpose: (m) => `Purpose of "${m}"`,
    messageWhen: (m) => `When "${m}" goes out: a date (YYYY-MM-DD), or a milestone and days (kick-off-14, closing+7)`,
    messageText: (m) => `Text of "${m}" (leave empty to write it later)`,
    preparation: "Preparation modules of the template's a mentor finishes before their first pair",
    addModule: 'Another preparation module of your own (leave empty to go on)',
    moduleHours: (m) => `Hours of "${m}"`,
    addKpi: 'Another KPI of your own (leave empty to go on)',
    kpiLevel: (k) => `What "${k}" measures (Kirkpatrick level)`,
    kpiMetric: (k) => `How "${k}" is computed`,
    kpiBaseline: (k) => `Baseline of "${k}", measured before the start (leave empty if unknown)`,
    kpiTarget: (k) => `Target of "${k}" (shares as 0–1)`,
    kpiUnit: (k) => `Unit of "${k}" (e.g. %, hours; leave empty for none)`,
    kpiDirection: (k) => `"${k}" is better when it is`,
    kpiSource: (k) => `Where the values of "${k}" come from`,
    lineManagerOf: (p) => `Line manager of ${p}`,
    pairMentor: 'Pairs: a mentor (or go on)',
    pairMentee: (m) => `Mentee of ${m}`,
    mentorsPrepared: 'Day the mentors finished their preparation, YYYY-MM-DD (leave empty if not yet)',
    criteria: 'Eligibility criteria for mentees',
    recruitment: 'Recruitment method',
    size: 'Planned number of mentees',
    hrOwner: 'HR process owner (name; leave empty to fill in later)',
    sponsor: 'Sponsor (name; leave empty to fill in later)',
    start: 'First day of the programme (YYYY-MM-DD)',
    weeks: 'Length in weeks',
    cadenceWeeks: 'A session every … weeks',
    sessionMinutes: 'Session length in minutes',
    mix: 'Learning mix experience/social/formal',
    kpis: 'KPIs',
    addPeople: 'Add mentees and mentors now?',
    menteeName: 'Mentee name (leave empty to go on)',
    mentorName: 'Mentor name (leave empty to go on)',
    baseline: (c) => `Baseline in "${c}"`,
    target: (c) => `Target in "${c}"`,
    mentorLevel: (c) => `Mentor's own level in "${c}"`,
    capacity: 'Mentees at once (capacity)',
    notInPlan: 'not in the plan',
    write: (n, dir) => `Write ${n} ${n === 1 ? 'file' : 'files'} to ${dir}?`,
  },
  choices: {
    phase: { pilot: 'pilot – a first, smaller run', rollout: 'rollout – calibrated from a pilot', cycle: 'cycle – one run of a programme that repeats (a yearly cohort)' },
    locale: { en: 'English', pl: 'Polish (polski)' },
    recruitment: { nomination: 'nomination by line managers', application: 'application by candidates', mixed: 'mixed' },
    importance: { strategic: 'strategic', tactical: 'tactical' },
    ownScale: 'a scale of my own (levels and labels)',
    anyImportance: 'any',
    done: 'go on',
    newMilestone: 'a new milestone',
    noLineManager: 'none / later',
    channel: { email: 'email', meeting: 'meeting', intranet: 'intranet', chat: 'chat', letter: 'letter', video: 'video call', phone: 'phone', other: 'other' },
    purpose: { 'buy-in': 'buy-in (before the kick-off)', information: 'information', reminder: 'reminder', celebration: 'celebration' },
    kirkpatrick: { 1: '1 reaction', 2: '2 learning', 3: '3 behaviour', 4: '4 results' },
    externalMetric: 'measured outside mentor (values recorded in kpiValues)',
    direction: { higher: 'higher', lower: 'lower' },
  },
  invalid: {
    required: 'Required.',
    date: 'Write a date as YYYY-MM-DD.',
    wholeNumber: (min, max) => `A whole number from ${min} to ${max}.`,
    mix: 'Three numbers that add up to 100, e.g. 70/20/10.',
    mixDeviation: (t) => `Stay within ${t} points of 70/20/10 (widen \`tolerance\` in the file if you must).`,
    pickOne: 'Pick at least one.',
    notEmptyFolder: 'This folder is not empty; choose another (or run with --force).',
    levels: 'At least two levels, lowest first, separated by commas; numbers, if you write them, rising.',
    number: 'A number (use . for decimals).',
    when: (m) => `A date YYYY-MM-DD, or a milestone (${m.join(', ')}) with days before (-) or after (+).`,
    optionalWhole: (min, max) => `A whole number from ${min} to ${max}, or nothing.`,
  },
  errors: {
    missing: (items) => `mentor init needs answers it cannot ask without a terminal:\n${items.map((i) => `  ${i}`).join('\n')}`,
    missingHint: (example) => `For example:\n  ${example}\nor run it in a terminal, or pass --yes to accept placeholders, or --answers FILE.`,
    unknownTemplate: (name, known) => `Unknown template "${name}". Templates: ${known.join(', ')}.`,
    templateHint: 'Run `mentor init --list-templates`, or pass a folder of your own: --template ./my-template',
    templateInvalid: (source, detail) => `Template ${source} is not valid: ${detail}`,
    templateLocale: (name, locale, available) => `Template "${name}" has no "${locale}" texts (it has: ${available.join(', ')}).`,
    notEmpty: (dir, entries) => `${dir} is not empty (${entries.slice(0, 8).join(', ')}${entries.length > 8 ? ', …' : ''}); mentor init writes only into a new or empty folder.`,
    wouldOverwrite: (files) => `These files exist and would be overwritten: ${files.join(', ')}.`,
    forceHint: 'Choose another folder, or pass --force to write into it (existing files named above are replaced).',
    fromWithTemplate: '--from and --template exclude each other: a rollout takes its frame from the pilot.',
    rolloutNeedsFrom: 'A rollout is calibrated from a pilot: pass --from PILOT (the pilot programme folder or file).',
    pilotBroken: (path) => `The pilot ${path} has errors; fix them first (mentor validate ${path}).`,
    fromRollout: (path, pilot) =>
      `${path} is a rollout (phase: rollout), not a pilot: a rollout is calibrated from the evidence of a pilot.${pilot ? ` Pass its pilot: --from ${pilot}` : ' Pass the pilot it was calibrated from.'}`,
    answersFile: (file, detail) => `Cannot use the answers file ${file}: ${detail}`,
    answersUnknown: (keys, known) => `Unknown answers: ${keys.map((k) => (k.suggestion ? `${k.key} (did you mean ${k.suggestion}?)` : k.key)).join(', ')}. Known: ${known.join(', ')}.`,
    expected: (e) => {
      switch (e.kind) {
        case 'mapping':
          return 'must be a mapping of answers (key: value)';
        case 'text':
          return 'must be text';
        case 'whole':
          return `must be a whole number from ${e.min} to ${e.max}`;
        case 'ids':
          return 'must be a list of ids';
        case 'people':
          return 'must be a list of mappings, each with a `name`';
        case 'person':
          return 'must be a name, or a mapping with a `name` (and `title`, `department`, `email`, `id`)';
        case 'pairs':
          return 'must be a list of mappings, each with a `mentor` and a `mentee` (an id or a name)';
        case 'id':
          return 'must be an id: letters, digits, `.`, `_`, `-`, at most 64 characters';
        case 'one-of':
          return `must be one of ${e.values.join(', ')}`;
        case 'date':
          return 'must be a date written YYYY-MM-DD';
        case 'mix':
          return 'must be three shares that add up to 100, e.g. 70/20/10';
        case 'selection':
          return 'must be a list of ids to keep, or of mappings for your own';
        case 'item':
          return 'must be an id or a mapping with a `name`';
        case 'goal-id':
          return 'must be the id of a goal';
        case 'importance':
          return 'your own competencies need `importance: strategic` or `importance: tactical`';
        case 'number':
          return 'must be a number';
        case 'boolean':
          return 'must be true or false';
        case 'texts':
          return 'must be a list of texts';
        case 'day':
          return 'must be a date written YYYY-MM-DD, or relative to the period like `start+14`, `mid` or `end-7`';
        case 'time':
          return 'must be a time written HH:MM';
        case 'required':
          return 'is required';
        case 'when':
          return 'a message needs `date` (YYYY-MM-DD or `start-14`) or `milestone` (with `offsetDays`)';
        case 'scale':
          return "must be the id of one of the template's scales, or a mapping `{ name, levels }`";
        case 'levels':
          return 'must be a list of at least two levels, lowest first: labels (numbered from 1) or `{ level, label, descriptor }` with rising levels';
        case 'roles':
          return 'must be a mapping of role ids (`mentor`, `line-manager`…) to `{ name, responsibilities }`';
        case 'no-such-key':
          return `no such key${e.suggestion ? ` (did you mean \`${e.suggestion}\`?)` : ''}; the keys are ${e.allowed.map((k) => `\`${k}\``).join(', ')}`;
      }
    },
    unknownId: (key, id, suggestion, known) => `${key}: the template has no \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}${known.length > 0 ? `; it has ${known.map((k) => `\`${k}\``).join(', ')}` : ''}.`,
    noneLeft: (what) => `No ${what} left: keep at least one.`,
    unknownGoal: (key, id, known) => `${key}: no goal \`${id}\` among the goals kept (${known.join(', ')}). Use one of them, or add the goal under \`goals\`.`,
    goalMissing: (key, name, known) => `${key}: say which goal "${name}" serves with \`goal:\`, one of ${known.join(', ')}.`,
    goalNotKept: (key, competency, goal) => `${key}: competency \`${competency}\` serves goal \`${goal}\`, which is not kept. Keep the goal, or leave the competency out.`,
    idTaken: (key, id, made, by) =>
      `${key}: the id \`${id}\`${made ? ' (made from the name)' : ''} is already taken by ${by === 'template' ? "one of the template's own" : 'another of your own'}; give it an \`id\` of its own.`,
    unknownCompetency: (key, id, known) => `${key}: \`${id}\` is not a competency of this programme (${known.join(', ')}).`,
    kpiEmptied: (key, kpi, competencies) => `${key}: KPI \`${kpi}\` measures only competencies that are not kept (${competencies.join(', ')}). Keep one of them, or leave the KPI out.`,
    unknownMilestone: (key, id, known) => `${key}: no milestone \`${id}\` in this programme (${known.join(', ')}). Use one of them, or add it under \`milestones\`.`,
    milestoneNeedsDate: (key, known) => `${key}: a new milestone needs a date (YYYY-MM-DD, or \`start+14\`, \`mid\`, \`end-7\`); only the template's (${known.join(', ')}) may be renamed without one.`,
    unknownRole: (key, id, known) => `${key}: no role \`${id}\` in this programme (${known.join(', ')}). Use one of them, or add it under \`roles\`.`,
    badValue: (key, detail) => `${key}: ${detail}`,
  },
  out: {
    templatesHeading: 'Templates (mentor init --template NAME, or a folder of your own):',
    defaultTemplate: 'default',
    templateLocales: (l) => `languages: ${l.join(', ')}`,
    dryRun: (dir) => `Would write to ${dir} (dry run, nothing written):`,
    created: (dir, n) => `Created ${dir} (${n} ${n === 1 ? 'file' : 'files'}).`,
    checkedClean: 'Checked: no errors, no warnings.',
    checkedProblems: (e, w) => `Checked: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'} (shown above).`,
    checkedPlaceholders: (n) => `Checked: no errors; ${n} ${n === 1 ? 'placeholder' : 'placeholders'} still to fill in (\`mentor validate\` warns about each until it is replaced, and fails with --strict).`,
    nextHeading: 'Next:',
    next: (p) => [
      ...(p.toolSourceGap
        ? [
            `Tell CI where to install mentor from: MENTOR_TOOL_SOURCE in .github/workflows/mentor.yml is empty, because this mentor runs from ${toolSourceGaps[p.toolSourceGap]}. Set it to a git URL (github:org/mentor#v0.1.0), a tarball URL or an npm package, or scaffold with --tool-source.`,
          ]
        : []),
      ...(p.copiedFrom ? [`Review the texts copied from ${p.copiedFrom} (messages, descriptions): those that name its dates, cadence or length are copied as written.`] : []),
      ...(p.placeholders ? ['Replace the "(fill in: …)" placeholders in people.yaml and programme.yaml.'] : []),
      ...(p.unprepared
        ? ["Record the mentors' preparation: add `mentorsPrepared: YYYY-MM-DD` (the day they finished the modules) to the answers and run init again with --force, or list each module under the mentor's `preparation` in people.yaml."]
        : []),
      ...(p.noPeople ? ['Add the mentees (baseline and target) and the mentors to people.yaml: it shows the format in a comment.'] : []),
      `Check it: mentor validate ${p.dir}`,
      p.inGit
        ? `Commit it (the folder is inside a git repository already): git add ${p.dir} && git commit -m "Programme frame"`
        : `Commit it: ${p.cd ? `cd ${p.dir} && ` : ''}git init && git add . && git commit -m "Programme frame"`,
    ],
    toolSource: (spec, origin) =>
      `CI installs mentor from ${spec} (${{ flag: 'given with --tool-source', env: 'from MENTOR_TOOL_SOURCE', install: 'where this mentor was installed from', clone: "the pushed commit of this mentor's git clone", published: 'the published package, at this version' }[origin]}).`,
    cancelled: 'Cancelled; nothing was written.',
    forced: (files) => `Replaced (--force): ${files.join(', ')}`,
    previousRunning: (path, end) =>
      `Warning: the run before, ${path}, lasts until ${end}, so calibration has no evidence yet. The new cycle starts from its frame as it is today; once that run has ended, compare its KPIs and record what you change in calibration.decisions.`,
    pilotRunning: (path, end) =>
      `Warning: the pilot ${path} runs until ${end}, so calibration has no evidence yet. The rollout starts from its frame as it is today; once the pilot has ended, compare its KPIs and record what you change in calibration.decisions.`,
    summary: (c, scale) => {
      const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
      const frame = [
        n(c.goals, 'goal', 'goals'),
        n(c.competencies, 'competency', 'competencies'),
        n(c.criteria, 'eligibility criterion', 'eligibility criteria'),
        n(c.milestones, 'milestone', 'milestones'),
        n(c.communications, 'message', 'messages'),
        n(c.modules, 'preparation module', 'preparation modules'),
        n(c.kpis, 'KPI', 'KPIs'),
      ];
      const people = [
        n(c.staff, 'staff member', 'staff members'),
        ...(c.mentors + c.mentees === 0 ? ['no mentors or mentees yet'] : [n(c.mentors, 'mentor', 'mentors'), n(c.mentees, 'mentee', 'mentees'), n(c.pairs, 'pair', 'pairs')]),
      ];
      return [`The programme: ${frame.join(', ')}.`, ...(scale ? [`Scale "${scale.name}": ${scale.levels}.`] : []), `People: ${people.join(', ')}.`].join('\n');
    },
    madeIdsHeading: 'Ids made from the names given (files and `mentor add` use these):',
    madeIdSection: {
      goal: 'goal',
      competency: 'competency',
      scale: 'scale',
      criterion: 'criterion',
      module: 'module',
      kpi: 'KPI',
      communication: 'message',
      milestone: 'milestone',
      staff: 'staff',
      mentor: 'mentor',
      mentee: 'mentee',
      pair: 'pair',
    },
    leftOut: (p) =>
      [
        'Left out with the goals you did not keep:',
        ...p.competencies.map((c) => `  competency ${c.id} (serves goal ${c.goal})`),
        ...p.kpis.map((k) => `  KPI ${k.id} (measures only competencies left out)`),
      ].join('\n'),
  },
};
