import type { AddText } from './add-text.js';

const counted = (one: string, many: string) => (n: number) => (n === 1 ? `a${/^[aeiou]/.test(one) ? 'n' : ''} ${one}` : `${n} ${many}`);
const codes = {
  'yaml-errors': 'it is not valid YAML',
  'not-a-mapping': 'the place for the list is not a mapping',
  'not-a-list': 'the key is there but does not hold a list',
  unsupported: 'it is written in a way mentor does not edit',
  'verify-failed': 'the edit would not read back as intended',
} as const;

/** `mentor add` in English. */
export const addEn: AddText = {
  counted: {
    session: counted('session', 'sessions'),
    assessment: counted('assessment', 'assessments'),
    learning: counted('learning activity', 'learning activities'),
    survey: counted('survey answer', 'survey answers'),
    'kpi-value': counted('KPI value', 'KPI values'),
    mentee: counted('mentee', 'mentees'),
    mentor: counted('mentor', 'mentors'),
    pair: counted('pair', 'pairs'),
    staff: (n) => (n === 1 ? 'a staff member' : `${n} staff members`),
  },
  labels: {
    pair: 'Pair',
    date: 'Date',
    minutes: 'Minutes',
    topic: 'Topic',
    status: 'Status',
    reason: 'Reason',
    mentee: 'Mentee',
    mentor: 'Mentor',
    competency: 'Competency',
    competencies: 'Competencies',
    level: 'Level',
    assessor: 'Assessor (role)',
    type: 'Type (70:20:10)',
    hours: 'Hours',
    description: 'Description',
    survey: 'Survey',
    respondent: 'Respondent',
    satisfaction: 'Satisfaction (1–5)',
    nps: 'Likelihood to recommend (0–10)',
    comment: 'Comment',
    kpi: 'KPI',
    value: 'Value',
    note: 'Note',
    id: 'Id',
    name: 'Name',
    email: 'E-mail',
    title: 'Job title',
    department: 'Department',
    lineManager: 'Line manager',
    hired: 'Joined the organisation',
    capacity: 'Mentees at once (capacity)',
    levels: 'Own levels',
    preparation: 'Preparation modules finished',
    start: 'First session',
    end: 'Ended early',
  },
  out: {
    added: (what, file, created) => `Added ${what} to ${file}${created ? ' (a new file)' : ''}.`,
    wouldAdd: (what, file, created) => `Would add ${what} to ${file}${created ? ' (a new file)' : ''} (dry run, nothing written).`,
    refused: (strict) => `Nothing added: the addition would make the programme ${strict ? 'warn (--strict)' : 'invalid'}.`,
    warnings: (n) => `Added with ${n === 1 ? 'a warning' : `${n} warnings`}:`,
    preexisting: (errors, warnings, command) =>
      `The programme already had ${[errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''].filter(Boolean).join(' and ')} not caused by this addition; \`${command}\` lists them.`,
    cancelled: 'Cancelled; nothing was written.',
  },
  where: {
    flag: (flag) => `--${flag}`,
    row: (row, column) => `row ${row}${column ? `, column ${column}` : ''}`,
    file: (file, line, column) => `${file}:${line}:${column}`,
  },
  errors: {
    missing: (kind, items) => `mentor add ${kind} needs values it cannot ask for without a terminal:\n${items.map((i) => `  --${i.flag.padEnd(14)} ${i.label}`).join('\n')}`,
    missingHint: (example) => `For example:\n  ${example}\nor run it in a terminal to be asked, or add many at once with --from FILE.csv.`,
    missingInRows: (rows) => `Rows without a required value (nothing added):\n${rows.map((r) => `  row ${r.row}: ${r.columns.join(', ')}`).join('\n')}`,
    noRecordsFolder: (programme) => `${programme} includes no records folder to add to: add one, e.g. \`includes: { records: [records/] }\`, and run the command again.`,
    noPeopleFile: (programme) => `${programme} includes no people file and keeps no people inline: add one, e.g. \`includes: { people: [people.yaml] }\` with a People document, and run the command again.`,
    csvColumns: (file, problems, known) =>
      `${file}: ${problems
        .map((p) => `column ${p.index} "${p.column}" ${p.kind === 'duplicate' ? 'names a field another column already names' : `is not a field${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`}`)
        .join('; ')}. Fields: ${known.join(', ')}.`,
    csvColumnsHint: 'Rename the columns to the field names, or skip extra ones with --ignore-columns "Timestamp,Email address".',
    csvEmpty: (file) => `${file} has a header but no rows: nothing to add.`,
    csv: (file, line, column, problem, detail) =>
      `${file}: row ${line}${column ? `, column ${column}` : ''}: ${problem === 'quote' ? 'a quoted cell is not closed properly' : problem === 'row-length' ? 'the row has a different number of cells than the header' : detail}.`,
    edit: (file, code, detail) => `Cannot add to ${file}: ${codes[code]}${detail ? ` (${detail})` : ''}. Nothing was written; \`mentor validate\` shows what is wrong with the file.`,
    cannotCheck: (command) => `The programme has problems that keep mentor from checking the addition (shown above); nothing was written. Fix them first: \`${command}\`.`,
  },
  prompts: {
    value: (label, optional) => `${label}${optional ? ' (optional, leave empty to skip)' : ''}`,
    pick: (label) => label,
    skip: '(none)',
    baseline: (c) => `Baseline in "${c}"`,
    target: (c) => `Target in "${c}"`,
    level: (c) => `Own level in "${c}"`,
    completed: (m) => `Finished "${m}" on (YYYY-MM-DD; leave empty if not yet)`,
    notInPlan: 'not in the plan',
    confirm: (what, file) => `Add ${what} to ${file}?`,
  },
  invalid: {
    required: 'Required.',
    date: 'Write a date as YYYY-MM-DD.',
    number: (min, max) => (min !== undefined && max !== undefined ? `A number from ${min} to ${max}.` : 'A number.'),
  },
};
