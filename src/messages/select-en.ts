import type { SelectText } from './select-text.js';

const people = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`;
const mentees = (n: number): string => `${n} ${n === 1 ? 'mentee' : 'mentees'}`;
const fieldName: Record<string, string> = {
  id: 'person id',
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  title: 'job title',
  department: 'department',
  lineManager: 'line manager',
  hired: 'hire date',
  tenureMonths: 'tenure in months',
  levels: 'current level in a competency',
};

export const selectEn: SelectText = {
  tableError: (where, code, p) => {
    switch (code) {
      case 'empty':
        return `${where}: the file is empty: no header row, no people.`;
      case 'not-a-table':
        if (p.reason === 'binary') return `${where}: this is not a table: the file holds binary data (neither CSV text nor an XLSX workbook).`;
        if (p.reason === 'no-delimiter') return `${where}: this is not a table: no line has a separator (\`,\`, \`;\` or a tab) between columns.`;
        return `${where}: this is not a table: the header row has a single column.`;
      case 'bad-quotes':
        return `${where}: a quoted field is not closed, or a quote stands inside an unquoted field.`;
      case 'bad-header':
        return p.reason === 'twice' ? `${where}: the header "${p.header}" stands twice (first in column ${p.first}).` : `${where}: a column has data (line ${p.dataLine}) but no header.`;
      case 'bad-spreadsheet':
        return `${where}: the workbook cannot be opened: ${p.reason}.`;
      case 'unknown-sheet':
        return `${where}: there is no sheet "${p.sheet}" (sheets: ${p.sheets}).`;
      case 'ragged-row':
        return `${where}: this row has ${p.cells} cells but the header names ${p.columns} columns.`;
    }
  },
  tableHint: (code) => {
    switch (code) {
      case 'empty':
      case 'not-a-table':
        return 'Export the people as CSV (UTF-8 or Windows-1250; `,`, `;` or tab) or XLSX, with one header row.';
      case 'bad-quotes':
        return 'Save the file again from the spreadsheet, or quote the whole field ("…") and double the quotes inside it.';
      case 'bad-header':
        return 'Give every column one header of its own.';
      case 'bad-spreadsheet':
        return 'Open it in a spreadsheet and save it again as .xlsx, or export CSV.';
      case 'unknown-sheet':
        return 'Name one of the sheets listed with --sheet.';
      case 'ragged-row':
        return 'A separator inside a value needs quotes around the value; check the row, or give --delimiter.';
    }
  },
  columnProblem: (file, p) => {
    switch (p.code) {
      case 'unknown-column':
        return `${file}: no column "${p.header}" (named ${p.source === 'flag' ? 'by a flag' : 'in `addressees.import`'} for ${fieldName[p.target] ?? `\`${p.target.replace(/^level:/, '')}\``})${p.suggestion ? `; did you mean "${p.suggestion}"?` : '.'}`;
      case 'missing-column':
        if (p.criterion !== undefined) return `${file}: criterion \`${p.criterion}\` needs the ${fieldName[p.field] ?? p.field} of each person, and no column holds it.`;
        return `${file}: no column with the ${fieldName[p.field] ?? p.field}${p.field === 'levels' ? ' (a column named after a competency\'s id or name)' : ''}.`;
      case 'column-twice':
        return `${file}: column "${p.header}" is named for two things: ${p.targets.join(' and ')}.`;
      case 'unknown-competency':
        return `${file}: \`${p.competency}\` is not a competency of the programme${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'}`;
      case 'no-default-target':
        return `${file}: competencies ${p.competencies.map((c) => `\`${c}\``).join(', ')} have no \`defaultTarget\`, so a candidate's gap cannot be known. Add \`defaultTarget: N\` to each of them in the programme (the level a new mentee should reach).`;
    }
  },
  columnHint: 'Name columns with --column FIELD=HEADER and --level COMPETENCY=HEADER, or in the programme under `addressees.import` (see docs/select.md).',
  cellProblem: (where, p) => {
    const value = `"${p.value}"`;
    switch (p.code) {
      case 'missing-value':
        return `${where}: the ${fieldName[String(p.params.field)] ?? p.params.field} is empty.`;
      case 'bad-id':
        return `${where}: ${value} cannot be an id (letters, digits, ".", "_", "-"; at most 64 characters).`;
      case 'duplicate-id':
        return `${where}: the id ${value} stands twice (first on line ${p.params.first}).`;
      case 'not-a-number':
        return p.params.field === 'tenureMonths' ? `${where}: ${value} is not a whole number of months.` : `${where}: ${value} is not a level of \`${p.params.competency}\` (levels: ${p.params.levels}).`;
      case 'not-a-level':
        return `${where}: ${value} lies between two levels of \`${p.params.competency}\`; levels are whole numbers (${p.params.levels}).`;
      case 'off-scale':
        return `${where}: ${value} is off the scale of \`${p.params.competency}\` (levels: ${p.params.levels}).`;
      case 'bad-date': {
        const order = p.params.order;
        if (order === undefined) return `${where}: ${value} is not a date (write YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY).`;
        const why = p.params.by === 'option' ? 'as --date-format says' : p.params.by === 'column' ? 'as the other dates of the column are' : 'as Polish exports write dates';
        return `${where}: ${value} is not a date when read ${order === 'day-first' ? 'day first (DD/MM/YYYY)' : 'month first (MM/DD/YYYY)'}, ${why}.`;
      }
      case 'ambiguous-date':
        return `${where}: ${value} could be ${p.params.dayFirst} (day first) or ${p.params.monthFirst} (month first), and no date of the column has a number above 12 to tell. Run again with --date-format DD/MM/YYYY (as in the UK and Poland) or --date-format MM/DD/YYYY (as in the US).`;
      case 'mixed-date-order': {
        const [own, other] = p.params.order === 'day-first' ? ['day', 'month'] : ['month', 'day'];
        return `${where}: ${value} has the ${own} first, but line ${p.params.otherLine} ("${p.params.otherValue}") has the ${other} first: the column mixes both orders. Correct the dates that are wrong, or say how the export writes them with --date-format DD/MM/YYYY or MM/DD/YYYY.`;
      }
    }
  },
  cellSummary: (count, file) => `${count} ${count === 1 ? 'cell' : 'cells'} of ${file} cannot be read; nothing was selected or written. Correct them in the export and run again.`,
  part: (o) => {
    const p = o.params;
    const ok = o.status === 'met';
    const c = `\`${o.criterion}\``;
    switch (o.part) {
      case 'gap':
        return ok
          ? `${c}: a gap of ${p.largest} ≥ ${p.required}${p.importance ? ` in a ${p.importance} competency` : ''}`
          : `${c}: largest gap ${p.largest ?? 0}${p.importance ? ` in a ${p.importance} competency` : ''}, ${p.required} needed`;
      case 'tenure':
        if (o.status === 'unknown') return `${c}: no hire date or tenure to check ${p.months} months`;
        if (p.hired !== undefined) return ok ? `${c}: hired ${p.hired}, ${p.months}+ months by ${p.start}` : `${c}: hired ${p.hired}, under ${p.months} months by ${p.start}`;
        return ok ? `${c}: ${p.tenureMonths} months of tenure ≥ ${p.months}` : `${c}: ${p.tenureMonths} months of tenure, ${p.months} needed`;
      case 'titles':
        if (o.status === 'unknown') return `${c}: no job title (${p.titles})`;
        return ok ? `${c}: title "${p.title}"` : `${c}: title "${p.title}" is none of ${p.titles}`;
      case 'departments':
        if (o.status === 'unknown') return `${c}: no department (${p.departments})`;
        return ok ? `${c}: department "${p.department}"` : `${c}: department "${p.department}" is none of ${p.departments}`;
      case 'exclude':
        return ok ? `${c}: not on the exclusion list` : `${c}: on the exclusion list`;
      case 'excludeTitles':
        return ok ? `${c}: title not excluded` : `${c}: title "${p.title}" is excluded ("${p.excluded}")`;
      case 'maxPerDepartment':
        return ok ? `${c}: place ${Number(p.count) + 1} of ${p.max} in "${p.key}"` : `${c}: "${p.key}" already has ${mentees(Number(p.max))}, the cap`;
      case 'maxPerLineManager':
        return ok ? `${c}: place ${Number(p.count) + 1} of ${p.max} under ${p.key}` : `${c}: ${p.key} already has ${mentees(Number(p.max))} in the programme, the cap`;
    }
  },
  noGap: 'no gap: the export\'s levels reach every default target',
  sameNameMentee: (id) => `in the programme as \`${id}\` (the same name); if this is someone else, add them with mentor add mentee`,
  status: { qualified: 'qualified', 'not-qualified': 'not qualified', 'already-mentee': 'already a mentee' },
  head: { line: 'line', id: 'id', name: 'name', department: 'department', status: 'status', why: 'why', gaps: 'gaps' },
  summary: (p) => `${people(p.qualified)} qualified, ${people(p.notQualified)} not, ${people(p.already)} already ${Number(p.already) === 1 ? 'a mentee' : 'mentees'} (${p.file}).`,
  columns: (mapped, ignored) => `Columns: ${mapped}${ignored.length > 0 ? `; not read: ${ignored.map((h) => `"${h}"`).join(', ')}` : ''}.`,
  slashedDates: (d) =>
    `Dates with slashes read as ${d.order === 'day-first' ? 'DD/MM/YYYY (day first)' : 'MM/DD/YYYY (month first)'}: ${d.by === 'column' ? `line ${d.evidence?.line} has "${d.evidence?.value}"` : d.by === 'option' ? 'as --date-format says' : 'as Polish exports write them'}.`,
  wroteMentees: (count, file) => `Added ${mentees(count)} to ${file}.`,
  nothingToWrite: 'Nobody new qualified: the people file is unchanged.',
  writeSkipsManagers: (entries) => `Line managers not written (not people of the programme yet): ${entries.map((e) => `${e.id} → "${e.lineManager}"`).join(', ')}. Add them to \`staff\` and set \`lineManager\` by hand.`,
  validateAfterWrite: (path) => `Check the programme now: mentor validate ${path}`,
  writeRefused: (file, reason) => `${file} cannot be edited safely (${reason}); nothing was written.`,
};
