import { preparationModules, type Catalogue } from './catalogue.js';
import { commsEn } from './comms-en.js';
import { diffEn } from './diff-en.js';
import { addEn } from './add-en.js';
import { calendarEn } from './calendar-en.js';
import { initEn } from './init-en.js';
import { matchEn } from './match-en.js';
import { selectEn } from './select-en.js';
import { reportEn } from './report-en.js';
import { suppressEn } from './suppress-en.js';
import { progressEn } from './progress-en.js';
import { yamlSyntaxEn } from './yaml-en.js';
import { safetyEn } from './safety-en.js';
import { keyGloss } from './key-gloss.js';
import { valueByGloss } from './value-glosses.js';

const opt = (v: string | number | undefined, text: (v: string | number) => string): string => (v === undefined || v === '' ? '' : text(v));
/** `a`, `b`, `c` → `a`, `b` and `c`. */
const and = (items: string): string => items.replace(/, (?=[^,]*$)/, ' and ');
const comparisons: Record<string, string> = { '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'greater than', multiple: 'a multiple of' };
const sizeWords: Record<string, (n: number) => string> = {
  items: (n) => (n === 1 ? 'item' : 'items'),
  characters: (n) => (n === 1 ? 'character' : 'characters'),
  keys: (n) => (n === 1 ? 'key' : 'keys'),
};

export const en: Catalogue = {
  init: initEn,
  comms: commsEn,
  diff: diffEn,
  report: reportEn,
  suppress: suppressEn,
  progress: progressEn,
  safety: safetyEn,
  calendar: calendarEn,
  select: selectEn,
  match: matchEn,
  add: addEn,
  types: {
    document: 'the document',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    fraction: 'a fraction',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value)',
    null: 'empty',
    date: 'a date written YYYY-MM-DD',
    'calendar-date': 'a date that exists in the calendar',
    id: 'an id (letters without accents, digits, `.`, `_`, `-`; starting with a letter or digit; at most 64 characters)',
    'relative-path': 'a relative path inside the programme folder, written with `/` (no `..`, no leading `/`)',
    email: 'an e-mail address',
    time: 'a time written HH:MM (24-hour clock)',
    'time-zone': 'an IANA time zone such as `Europe/Warsaw`',
    pattern: 'the expected format',
    or: ' or ',
  },
  schemaDescription: (english) => english,
  rules: {
    ...suppressEn.rules,
    'file-empty': { message: () => 'The file is empty.', hint: () => 'Start from `mentor init`, or delete the file.', describe: 'A file with no YAML content.' },
    'file-binary': { message: () => 'This is a binary file, not YAML.', hint: () => 'Remove it from the programme folder or from the paths you validate.', describe: 'A file with NUL bytes.' },
    'file-encoding': { message: () => 'The file is not valid UTF-8.', hint: () => 'Save it as UTF-8 in your editor (Windows-1250 and ISO-8859-2 are common culprits for Polish text).', describe: 'A file whose bytes are not UTF-8.' },
    'file-too-large': { message: (p) => `The file is ${p.size} MB; mentor reads files up to ${p.limit} MB.`, hint: () => 'Split it: people into several People files, records into one file per month.', describe: 'A file above the size limit.' },
    'file-not-regular': {
      message: (p) => `This is ${({ fifo: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', folder: 'a folder' } as Record<string, string>)[String(p.type)] ?? 'something other than a file'}, not a regular file; mentor reads regular files only.`,
      hint: () => 'Replace it with a regular YAML file, or remove it from the programme folder.',
      describe: 'A device, named pipe or socket where a YAML file should be (never read, so it cannot hang the run or fill memory).',
    },
    'file-unreadable': {
      message: (p) => `This cannot be read (${({ ENOENT: 'no such file', EACCES: 'permission denied', EPERM: 'permission denied', ELOOP: 'a loop of symbolic links', EIO: 'an input/output error', ENAMETOOLONG: 'the name is too long' } as Record<string, string>)[String(p.reason)] ?? `system error \`${p.reason}\``}).`,
      hint: () => 'Check that it exists and that you may read it; the rest of the run goes on without it.',
      describe: 'A file or folder that cannot be read; the other files are still checked.',
    },
    'file-link-outside': {
      message: () => 'This symbolic link leads outside the folder it is in; mentor does not follow it and reads nothing from its target.',
      hint: () => 'Keep the file itself in the programme folder, or validate its real location directly.',
      describe: 'A symbolic link out of the programme folder (or out of the folder being checked); its target is never read.',
    },
    'file-too-many-findings': {
      message: (p) => `${p.more} more ${Number(p.more) === 1 ? 'problem' : 'problems'} in this file ${Number(p.more) === 1 ? 'is' : 'are'} not listed (only the first ${p.limit} are).`,
      hint: () => 'Fix the ones listed first: the rest are often the same mistake repeated.',
      describe: 'A file with more problems than are listed for one file.',
    },
    'yaml-syntax': yamlSyntaxEn,
    'yaml-duplicate-key': { message: (p) => (p.key === undefined ? 'This key appears twice in the same mapping.' : `The key \`${p.key}\` appears twice in the same mapping.`), hint: () => 'Keep one: YAML would silently drop the other value.', describe: 'A key repeated in one mapping.' },
    'yaml-tab-indent': { message: () => 'A tab is used for indentation.', hint: () => 'YAML indents with spaces: replace the tab with spaces.', describe: 'Tabs used as indentation.' },
    'yaml-alias-limit': { message: (p) => (p.what === 'aliases' ? `The file has more than ${p.limit} aliases.` : `The file's aliases expand it by more than ${p.limit} values.`), hint: () => 'Write the values out instead of nesting anchors (`&`) and aliases (`*`).', describe: 'Aliases that expand too far (a "billion laughs" file) or too many of them.' },
    'yaml-circular-alias': { message: () => 'This alias points at a collection that contains it, which makes an endless value.', hint: () => 'Remove the alias or point it at another node.', describe: 'An alias that refers to its own ancestor.' },
    'yaml-too-deep': { message: (p) => `Collections are nested more than ${p.limit} levels deep here.`, hint: () => 'Flatten the structure: a mentor document needs only a few levels.', describe: 'Lists and mappings nested too deeply to read safely.' },
    'yaml-unknown-tag': { message: (p) => `mentor does not read the tag \`${p.tag}\` here, so the value is read as text.`, hint: () => 'Remove the tag: mentor documents are plain YAML (text, numbers, true/false, lists and mappings).', describe: 'A YAML tag (`!name`, `!!binary`…) mentor does not read.' },
    'yaml-multiple-documents': { message: () => 'The file holds more than one YAML document (`---`).', hint: () => 'Keep one document per file; put each in its own file.', describe: 'More than one document in a file.' },
    'not-a-mentor-document': {
      message: (p) => `Not a mentor document${opt(p.kind, (k) => ` (kind \`${k}\`)`)}.`,
      hint: () => 'A mentor document starts with `apiVersion: mentor/v1` and `kind: Programme`, `People` or `Records`.',
      describe: 'A file named on the command line that is not a mentor document.',
    },
    'api-version-unsupported': {
      message: (p) =>
        p.actual === undefined
          ? `This file has \`kind: ${p.kind}\` but no \`apiVersion\`.`
          : String(p.actual).startsWith('mentor/')
            ? `This file is written for \`${p.actual}\`; this version of mentor reads \`${p.expected}\`.`
            : `\`apiVersion\` must be \`${p.expected}\`, not \`${p.actual}\`.`,
      hint: (p) => (p.actual === undefined ? `Add \`apiVersion: ${p.expected}\` as the first line.` : `Write \`apiVersion: ${p.expected}\`; a file written for a newer format needs a newer mentor.`),
      describe: 'A mentor document whose `apiVersion` is missing or not one this version reads (the file\'s only finding, before its schema).',
    },
    'kind-unknown': {
      message: (p) => (p.actual === undefined ? 'This mentor document has no `kind`.' : `Unknown document kind \`${p.actual}\`.`),
      hint: (p) => `${p.suggestion ? `Did you mean \`${p.suggestion}\`? ` : ''}A mentor document is of kind ${String(p.kinds).replace(/, (?=[^,]*$)/, ' or ')}.`,
      describe: 'A mentor document whose `kind` is missing or misspelt (the file\'s only finding, before its schema).',
    },
    'schema-unknown-key': {
      message: (p) => `Unknown key \`${p.key}\` in ${p.owner}.`,
      hint: (p) =>
        (p.fraction
          ? `Inside \`{ … }\` a comma separates entries, so a decimal comma (\`…,${p.fraction}\`) turns the fraction into a key: write a decimal point (\`….${p.fraction}\`).`
          : p.splitFrom
            ? `Inside \`{ … }\` a comma separates entries, so the words after a comma became a key of their own: put the whole value of \`${p.splitFrom}\` in quotes (\`${p.splitFrom}: "…, ${p.key}"\`).`
          : p.merge
            ? 'A merge key (`<<: *anchor`) belongs to YAML 1.1, and mentor reads YAML 1.2: write the keys out in each item (an alias of a whole value, `key: *anchor`, does work).'
            : p.suggestion ? `Did you mean \`${p.suggestion}\`? Allowed keys: ${p.allowed}.` : p.allowed ? `Allowed keys: ${p.allowed}.` : 'Remove it.'),
      describe: 'A key the schema does not define (often a typo).',
    },
    'schema-required': {
      message: (p) => (p.because ? `${p.owner} has \`${p.because}\`, which needs \`${p.key}\` beside it.` : `${p.owner} is missing the required key \`${p.key}\`.`),
      hint: (p) => `Add \`${p.key}:\`${keyGloss(p.description)}.`,
      describe: 'A required key is missing.',
    },
    'schema-type': {
      message: (p) => `\`${p.key}\` in ${p.owner} must be ${p.expected}, not ${p.actual}${opt(p.source, (s) => ` (written \`${s}\`)`)}.`,
      hint: (p) => (p.quote ? `Quote it so it stays text: ${p.quote}` : p.suggestion ? `Did you mean ${p.suggestion}?` : `Write ${p.expected} here.`),
      describe: 'A value of the wrong type.',
    },
    'schema-enum': {
      // One allowed value (a `const`) reads as "must be X", not "one of X".
      message: (p) => `\`${p.key}\` in ${p.owner} must be ${String(p.allowed).includes(', ') ? 'one of ' : ''}${p.allowed}, not \`${p.actual}\`.`,
      hint: (p) => {
        const suggestion = p.suggestion ?? valueByGloss(p.actual, p.allowed);
        return suggestion ? `Did you mean \`${suggestion}\`?` : 'Use one of the listed values.';
      },
      describe: 'A value outside the allowed list.',
    },
    'schema-format': {
      message: (p) => (p.reason === 'key' ? `The key \`${p.key}\` in ${p.owner} is not ${p.format}.` : `\`${p.key}\` in ${p.owner} must be ${p.format}, not \`${p.actual}\`.`),
      hint: (p) => (p.reason === 'key' ? (p.example ? `Rename the key, e.g. to \`${p.example}\`.` : 'Rename the key.') : p.monthDays ? `${p.month} has ${p.monthDays} days.` : p.badMonth ? `There is no month ${p.badMonth}: write the month as 01–12, in YYYY-MM-DD order.` : p.suggestion ? `Did you mean \`${p.suggestion}\`?` : p.candidates ? `Write the id, one of ${p.candidates}.` : p.example ? `For example: \`${p.example}\`.` : 'Fix the value to the expected format.'),
      describe: 'A value (or a key) in the wrong format: dates, ids, paths, e-mails.',
    },
    'schema-range': {
      message: (p) => `\`${p.key}\` in ${p.owner} must be ${comparisons[String(p.comparison)] ?? p.comparison} ${p.limit}, not ${p.actual}.`,
      hint: () => 'Use a value within the allowed range.',
      describe: 'A number outside its allowed range.',
    },
    'schema-size': {
      message: (p) =>
        p.bound === 'unique'
          ? `\`${p.key}\` in ${p.owner} lists \`${p.actual}\` twice (items ${p.first} and ${p.second}).`
          : p.bound === 'max'
            ? `\`${p.key}\` in ${p.owner} must have at most ${p.limit} ${sizeWords[String(p.what)]?.(Number(p.limit)) ?? p.what}.`
            : Number(p.limit) === 1
              ? `\`${p.key}\` in ${p.owner} must not be empty.`
              : `\`${p.key}\` in ${p.owner} must have at least ${p.limit} ${sizeWords[String(p.what)]?.(Number(p.limit)) ?? p.what}.`,
      hint: (p) => (p.bound === 'unique' ? 'Keep one of them.' : p.bound === 'max' ? 'Shorten it.' : 'Fill it in: an empty value says nothing.'),
      describe: 'A list, text or mapping of the wrong size (often empty), or a list with an item repeated.',
    },
    'schema-one-of': {
      message: (p) =>
        p.reason === 'several'
          ? `\`${p.key}\` in ${p.owner} has ${and(String(p.present))}, but takes only one of them.`
          : p.reason === 'none'
            ? `\`${p.key}\` in ${p.owner} has none of ${p.keys}; it takes one of them.`
            : p.reason === 'contains'
              ? `\`${p.key}\` in ${p.owner} has no item of the required kind.`
              : p.reason === 'scalar'
                ? `\`${p.key}\` in ${p.owner} is a single value, but takes one of ${p.keys}: did you mean \`${p.key}: ${p.wrapped}\`?`
                : `\`${p.key}\` in ${p.owner} does not match any allowed form.`,
      hint: (p) => `${p.suggestion ? `Did you mean \`${p.suggestion}\`? ` : ''}${p.description ? `${p.description}.` : 'See docs/format.md for what it takes.'}`,
      describe: 'A value matching none of the alternative forms (e.g. both `date` and `milestone`).',
    },
    'duplicate-id': {
      message: (p) => (p.key ? `\`${p.key}: ${p.id}\` is listed twice in \`${p.collection}\`.` : `Duplicate id \`${p.id}\` in \`${p.collection}\`.`),
      hint: (p) =>
        p.samePerson
          ? `${p.samePerson} is already listed at line ${p.first}${opt(p.firstFile, (f) => ` of \`${f}\``)}: one person is listed once, so keep one entry (with what the other adds) and delete the other.`
          : p.key
            ? `It is first listed at line ${p.first}${opt(p.firstFile, (f) => ` of \`${f}\``)}. Each \`${p.key}\` is listed there once: fix the value of this entry, or delete it.`
            : `It is first used at line ${p.first}${opt(p.firstFile, (f) => ` of \`${f}\``)}. Ids must be unique: rename one.`,
      describe: 'An id used twice where ids must be unique.',
    },
    'unknown-reference': {
      message: (p) => (p.listedIn ? `\`${p.field}\` refers to \`${p.id}\`, who is in \`${p.listedIn}\`, not in \`${p.refKind}s\`.` : `\`${p.field}\` refers to ${p.refKind} \`${p.id}\`, which is not defined.`),
      hint: (p) =>
        p.swapped
          ? 'The mentor and the mentee look swapped: swap the values of `mentor` and `mentee`.'
          : p.listedIn
            ? `If \`${p.id}\` is also a ${p.refKind}, add them to \`${p.refKind}s\` with the same id and name (one person, one id)${p.suggestion ? `; or did you mean \`${p.suggestion}\`?` : '.'}`
            : p.pairOf && p.pairMentor
              ? `\`${p.pairOf}\` is a pair, not a person: its mentee is \`${p.pairMentee}\` and its mentor \`${p.pairMentor}\`. Write the person's id.`
              : p.pairOf
              ? `\`${p.pairOf}\` is a pair: did you mean its mentee \`${p.suggestion}\`?`
              : p.inPairs
                ? `\`${p.id}\` is a ${p.person === 'mentors' ? 'mentor' : 'mentee'}, in ${p.suggestion ? `pair ${p.inPairs}: did you mean \`${p.suggestion}\`?` : `pairs ${p.inPairs}: write the id of the pair the record is for.`}`
            : p.renameMilestone
          ? `Give milestone \`${p.renameMilestone}\` the id \`kick-off\` (its name can stay): the method's checks look for that id, so keep this reference as it is.`
          : p.suggestion
            ? `Did you mean \`${p.suggestion}\`?`
            : p.known
              ? `Known: ${p.known}.`
              : `Define the ${p.refKind} first.`,
      describe: 'A reference to an id that does not exist.',
    },
    'include-not-found': {
      message: (p) => `Included path \`${p.path}\` does not exist.`,
      hint: (p) => (p.suggestion ? `Did you mean \`${p.suggestion}\`? Paths are relative to the programme file.` : 'Fix the path (relative to the programme file) or create the file.'),
      describe: 'An included people or records path that does not exist (a path climbing out of the programme folder is a `schema-format` finding).',
    },
    'include-wrong-kind': {
      message: (p) =>
        p.reason === 'not-mentor'
          ? `The programme includes \`${p.entry}\` as \`${p.expected}\`, but this file is not a mentor document.`
          : `The programme includes \`${p.entry}\` as \`${p.expected}\`, but this file is a \`${p.actual}\` document.`,
      hint: (p) =>
        p.reason === 'not-mentor'
          ? `Start it with \`apiVersion: mentor/v1\` and \`kind: ${p.expected}\`, or move it out of \`${p.entry}\`.`
          : p.belongs
            ? `List it under \`${p.belongs}\` instead, or move it out of \`${p.entry}\`.`
            : `Move it out of \`${p.entry}\`.`,
      describe: 'A file in an included path that is not a mentor document of the kind the programme includes it as.',
    },
    'pilot-not-found': {
      message: (p) =>
        p.reason === 'id-mismatch'
          ? `The pilot at \`${p.path}\` has id \`${p.actual}\`, not \`${p.expected}\`.`
          : p.reason === 'not-programme'
            ? `\`${p.path}\` is not a mentor Programme.`
            : p.reason === 'invalid'
              ? `The pilot at \`${p.path}\` does not pass its schema, so checks against it are skipped.`
            : `The pilot \`${p.path}\` does not exist.`,
      hint: (p) => (p.reason === 'invalid' ? `Run \`mentor validate ${p.path}\` and fix the pilot first.` : 'Point `metadata.pilot.path` at the pilot programme file or folder, relative to this file.'),
      describe: 'A rollout whose pilot file cannot be found or does not match.',
    },
    'previous-not-found': {
      message: (p) =>
        p.reason === 'id-mismatch'
          ? `The previous cycle at \`${p.path}\` has id \`${p.actual}\`, not \`${p.expected}\`.`
          : p.reason === 'not-programme'
            ? `\`${p.path}\` is not a mentor Programme.`
            : p.reason === 'invalid'
              ? `The previous cycle at \`${p.path}\` does not pass its schema, so checks against it are skipped.`
              : `The previous cycle \`${p.path}\` does not exist.`,
      hint: (p) => (p.reason === 'invalid' ? `Run \`mentor validate ${p.path}\` and fix the previous cycle first.` : "Point `metadata.previous.path` at the previous cycle's programme file or folder, relative to this file."),
      describe: 'A cycle whose previous cycle cannot be found or does not match.',
    },
    'programme-mismatch': { message: (p) => `This file belongs to programme \`${p.actual}\`, but it is included by \`${p.expected}\`.`, hint: (p) => `Set \`programme: ${p.expected}\`.`, describe: "A people or records file whose `programme` is not the including programme's id." },
    'level-outside-scale': { message: (p) => `Level ${p.level} is not on scale \`${p.scale}\` of competency \`${p.competency}\`.`, hint: (p) => `Levels of \`${p.scale}\`: ${p.levels}.`, describe: 'A level that is not one of the scale levels.' },
    'scale-levels-not-increasing': { message: (p) => `Level ${p.level} of scale \`${p.scale}\` does not follow ${p.previous}.`, hint: () => 'List levels from lowest to highest, each higher than the one before.', describe: 'Scale levels out of order or repeated.' },
    'target-not-above-baseline': { message: (p) => `Mentee \`${p.mentee}\`: target ${p.target} in \`${p.competency}\` is not above the baseline ${p.baseline}.`, hint: () => 'A target must be higher than the baseline; drop the competency if there is no gap.', describe: 'A target at or below the baseline.' },
    'mentee-without-gap': { message: (p) => `Mentee \`${p.mentee}\` has no gap in any programme competency.`, hint: () => 'Goals first, people second: a mentee joins to close a gap in a programme competency.', describe: 'A mentee with nothing to develop in the programme.' },
    'criterion-not-met': {
      message: (p) => {
        const lead = `Mentee \`${p.mentee}\` does not meet criterion \`${p.criterion}\``;
        if (p.reason === 'no-hired') return `Mentee \`${p.mentee}\`: criterion \`${p.criterion}\` (at least ${p.months} months in the organisation) cannot be checked without \`hired\`.`;
        if (p.reason === 'tenure') return `${lead}: hired ${p.hired}, less than ${p.months} months before the programme starts (${p.start}).`;
        if (p.reason === 'no-titles') return `Mentee \`${p.mentee}\`: criterion \`${p.criterion}\` (title: ${p.titles}) cannot be checked without \`title\`.`;
        if (p.reason === 'titles') return `${lead}: the title "${p.title}" is none of ${p.titles}.`;
        if (p.reason === 'no-departments') return `Mentee \`${p.mentee}\`: criterion \`${p.criterion}\` (department: ${p.departments}) cannot be checked without \`department\`.`;
        if (p.reason === 'departments') return `${lead}: the department "${p.department}" is none of ${p.departments}.`;
        if (p.reason === 'exclude') return `${lead}: the id is on the criterion's exclusion list.`;
        if (p.reason === 'excludeTitles') return `${lead}: the title "${p.title}" is excluded ("${p.excluded}").`;
        if (p.reason === 'maxPerDepartment') return `${lead}: the department "${p.key}" already has ${p.max} ${Number(p.max) === 1 ? 'mentee' : 'mentees'}, the most the criterion allows.`;
        if (p.reason === 'maxPerLineManager') return `${lead}: line manager \`${p.key}\` already has ${p.max} ${Number(p.max) === 1 ? 'mentee' : 'mentees'} in the programme, the most the criterion allows.`;
        const levels = (n: string | number | undefined): string => `${n} ${Number(n) === 1 ? 'level' : 'levels'}`;
        if (p.largest === undefined) return `${lead}: the plan has no ${p.importance} competency, and the criterion asks for a gap of at least ${levels(p.required)} in one.`;
        return `${lead}: the largest gap${opt(p.importance, (i) => ` in a ${i} competency`)} is ${levels(p.largest)}, the criterion asks for at least ${p.required}.`;
      },
      hint: (p) => {
        switch (p.reason) {
          case 'no-hired':
            return "Add the mentee's `hired: YYYY-MM-DD`.";
          case 'no-titles':
            return "Add the mentee's `title`.";
          case 'no-departments':
            return "Add the mentee's `department`.";
          case 'tenure':
            return 'Check the date, or reconsider the nomination.';
          case 'maxPerDepartment':
          case 'maxPerLineManager':
            return 'Take a mentee of another team, or raise the cap if the programme can afford it.';
          case undefined:
            return 'Agree a higher target with the mentee and their line manager, or reconsider the nomination.';
          default:
            return 'Reconsider the nomination, or change the criterion if it no longer says what the programme wants.';
        }
      },
      describe:
        'A mentee who does not meet an eligibility criterion written as data (`minGap`, `importance`, `minTenureMonths`, `titles`, `departments`, `exclude`, `excludeTitles`, `maxPerDepartment`, `maxPerLineManager`); criteria in words only are not checked.',
    },
    'competency-unused': { message: (p) => `No mentee works on competency \`${p.competency}\`.`, hint: () => 'Recruit mentees for it, or drop it from the programme.', describe: 'A programme competency no mentee works on.' },
    'pair-competency-not-in-mentee': { message: (p) => `Pair \`${p.pair}\` works on \`${p.competency}\`, but mentee \`${p.mentee}\` has no baseline and target for it.`, hint: () => "Add the competency to the mentee's competencies or remove it from the pair.", describe: "A pair competency missing from the mentee's plan." },
    'mentor-below-target': {
      message: (p) =>
        p.mentorLevel === undefined
          ? `Pair \`${p.pair}\`: mentor \`${p.mentor}\` has no level recorded in \`${p.competency}\` to compare with mentee \`${p.mentee}\`'s target ${p.target}.`
          : `Pair \`${p.pair}\`: mentor \`${p.mentor}\` is at ${p.mentorLevel} in \`${p.competency}\`, below mentee \`${p.mentee}\`'s target ${p.target}.`,
      hint: (p) => (p.mentorLevel === undefined ? "Record the mentor's level under `levels`, or match another mentor." : "Match a mentor at or above the mentee's target, or lower the target."),
      describe: "A mentor whose own level is below the mentee's target.",
    },
    'mentor-over-capacity': { message: (p) => `Mentor \`${p.mentor}\` has ${p.count} pairs at once (from ${p.date}); capacity is ${p.capacity}.`, hint: () => 'Move a pair to another mentor or raise the capacity with the mentor.', describe: 'A mentor with more concurrent pairs than capacity.' },
    'mentor-is-line-manager': {
      message: (p) => (p.chain ? `Pair \`${p.pair}\`: mentor \`${p.mentor}\` is above mentee \`${p.mentee}\` in the reporting line (${p.chain}).` : `Pair \`${p.pair}\`: mentor \`${p.mentor}\` is mentee \`${p.mentee}\`'s line manager.`),
      hint: () => 'Mentoring works outside the reporting line: choose another mentor.',
      describe: "A mentor who is the mentee's line manager, or anyone above them in the reporting line.",
    },
    'reporting-line-cycle': {
      message: (p) => `The reporting line loops: ${p.loop}.`,
      hint: () => "Fix a `lineManager` in the loop: a person's line manager is someone above them.",
      describe: 'A `lineManager` chain that comes back to where it started.',
    },
    'person-name-mismatch': {
      message: (p) => `Person \`${p.id}\` is named "${p.firstName}" in \`${p.firstList}\` but "${p.name}" in \`${p.list}\`.`,
      hint: () => 'One id is one person: write the same name wherever the id appears, or give different people different ids.',
      describe: 'One person id with different names in `staff`, `mentors` or `mentees`.',
    },
    'person-email-duplicate': {
      message: (p) => `\`${p.id}\` in \`${p.list}\` has the e-mail address of \`${p.otherId}\` (in \`${p.otherList}\`): ${p.email}.`,
      hint: (p) => `One person is one id: if this is the same person, write \`${p.otherId}\` in every list they appear in; if not, correct the address.`,
      describe: 'Two person ids with the same e-mail address: one person entered twice.',
    },
    'person-name-duplicate': {
      message: (p) => `\`${p.id}\` in \`${p.list}\` has the name of \`${p.otherId}\` (in \`${p.otherList}\`): ${p.name}.`,
      hint: (p) => `One person is one id: if this is the same person in two roles, write \`${p.otherId}\` in both lists; if they are two people, add their e-mail addresses to tell them apart.`,
      describe: 'One name under two ids in two lists (`staff`, `mentors`, `mentees`): one person entered twice.',
    },
    'pair-self-mentoring': {
      message: (p) => `Pair \`${p.pair}\`: \`${p.person}\` cannot mentor themselves.`,
      hint: () => 'Match the mentee with another mentor.',
      describe: 'A pair whose mentor and mentee are the same person.',
    },
    'pair-duplicate': {
      message: (p) => `Pairs \`${p.other}\` and \`${p.pair}\` join mentor \`${p.mentor}\` and mentee \`${p.mentee}\` at the same time.`,
      hint: () => 'One pair works on all its competencies: list them in one pair and remove the other, or end the first before the second starts.',
      describe: 'Two pairs of the same mentor and mentee at the same time.',
    },
    'pair-before-preparation': {
      message: (p) =>
        p.modules
          ? `Pair \`${p.pair}\` starts ${p.start}, before mentor \`${p.mentor}\` finished ${p.count} preparation modules: ${preparationModules(String(p.modules), (d) => (d ? `finished ${d}` : 'no record'))}.`
          : p.completed
            ? `Pair \`${p.pair}\` starts ${p.start}, before mentor \`${p.mentor}\` finished module \`${p.module}\` (${p.completed}).`
            : `Pair \`${p.pair}\` starts ${p.start}, but mentor \`${p.mentor}\` has no record of module \`${p.module}\`.`,
      hint: () => 'Mentors finish their preparation before their first pair starts: move the start or record the module.',
      describe: 'A pair that starts before its mentor finished preparation.',
    },
    'role-unstaffed': { message: (p) => `Role \`${p.role}\` has no one staffing it.`, hint: (p) => `Add role \`${p.role}\` with \`staffedBy: [person-id]\`. Every programme needs someone who runs it (\`hr-owner\`) and someone who owns its goals (\`sponsor\`); the role's \`name\` can be what they are called there (an organiser, a programme lead).`, describe: 'The HR owner or sponsor role without a person.' },
    'learning-mix-sum': { message: (p) => `The learning mix adds up to ${p.sum}, not 100.`, hint: () => 'Make experience + social + formal = 100 (e.g. 70, 20, 10).', describe: 'A learning mix that does not add up to 100.' },
    'learning-mix-deviation': { message: (p) => `Planned \`${p.share}\` share ${p.value}% strays from ${p.planned}% by more than ${p.tolerance} points.`, hint: () => 'Stay near 70:20:10, or widen `tolerance` and say why.', describe: 'A learning mix far from 70:20:10.' },
    'kpi-baseline-meets-target': {
      message: (p) => `KPI \`${p.kpi}\`: the baseline ${p.baseline} already meets the target ${p.target} (${p.direction === 'lower' ? 'lower' : 'higher'} is better), so it is met before the programme starts.`,
      hint: () => 'Check whether `baseline` and `target` are swapped, or `direction` is the wrong way round; a KPI meant only to hold its level may stay as it is.',
      describe: 'A KPI whose baseline already meets its target (often swapped numbers or the wrong `direction`).',
    },
    'kpi-value-out-of-range': {
      message: (p) => `KPI \`${p.kpi}\`: ${p.field === 'checkpoint' ? `the checkpoint target ${p.value} (due ${p.date})` : `the ${p.field} ${p.value}`} is outside what \`${p.metric}\` can be (${p.min} to ${p.max}), ${p.field === 'baseline' ? 'so it cannot be a value measured on it' : 'so it can never be met'}.`,
      hint: (p) => (p.fraction !== undefined ? `\`${p.metric}\` is a share from 0 to 1: ${p.value}% is written \`${p.fraction}\` (the report shows it as ${p.value}%).` : `Write a value from ${p.min} to ${p.max}, in the metric's own scale.`),
      describe: 'A KPI target, baseline or checkpoint outside the values its built-in metric can take (often a percentage written for a 0–1 share).',
    },
    'kpi-missing-target': { message: (p) => `KPI \`${p.kpi}\` has no target.`, hint: () => 'Add `target:` so success can be measured.', describe: 'A KPI without a target.' },
    'kpi-uncomputable': { message: (p) => `KPI \`${p.kpi}\` uses metric \`${p.metric}\`, which mentor cannot compute, and names no source.`, hint: (p) => `Use a built-in metric (${p.builtins}) or add \`source:\` and record values under \`kpiValues\`.`, describe: 'A KPI that cannot be computed and has no external source.' },
    'kpi-checkpoint-outside-period': { message: (p) => `KPI \`${p.kpi}\`: checkpoint ${p.date} is outside the programme period ${p.start} – ${p.end}.`, hint: () => 'Date interim targets within `metadata.period`; the final target is judged at its end.', describe: 'A KPI checkpoint dated outside the programme period.' },
    'kpi-checkpoints-unordered': { message: (p) => `KPI \`${p.kpi}\`: checkpoint ${p.date} does not come after the one before it (${p.previous}).`, hint: () => 'List checkpoints in date order, one per date.', describe: 'KPI checkpoints out of date order or on the same date.' },
    'kpi-value-ignored': {
      message: (p) => `The value ${p.value} recorded for KPI \`${p.kpi}\` on ${p.date} is not used: \`${p.kpi}\` has the built-in metric \`${p.metric}\`, which mentor computes from the records.`,
      hint: () => 'Remove the entry and record what the metric is computed from (sessions, assessments, surveys); for a figure measured outside mentor, give the KPI a metric of its own and a `source:`.',
      describe: 'A KPI value recorded for a KPI that mentor computes from the records: the report never uses it.',
    },
    'pair-end-reason-without-end': { message: (p) => `Pair \`${p.pair}\` has \`endReason: ${p.reason}\` but no \`end\` date.`, hint: () => 'Add `end:` with the date the pair ended, or remove `endReason`.', describe: 'A pair with an end reason but no end date.' },
    'buy-in-missing': { message: (p) => `No buy-in message reaches ${p.roles} before kick-off (${p.kickOff}).`, hint: () => 'Add a `purpose: buy-in` communication dated before the `kick-off` milestone for these roles.', describe: 'Roles not reached by a buy-in message before kick-off.' },
    'role-not-informed': {
      message: (p) => `Role \`${p.role}\` hears nothing about the programme before kick-off (${p.kickOff}).`,
      hint: (p) => `Send \`${p.role}\` a message dated before kick-off (\`to: [${p.role}]\`), or check whether the programme needs the role.`,
      describe: 'A role that neither receives nor sends a message before kick-off.',
    },
    'line-manager-after-recruitment': {
      message: (p) => {
        const deadline = p.what === 'recruitment' ? `recruitment closes (${p.deadline})` : `matching (${p.deadline})`;
        return p.first !== undefined ? `Line managers first hear about the programme on ${p.first} (\`${p.message}\`), after ${deadline}.` : `No message reaches line managers before ${deadline}.`;
      },
      hint: () => "Line managers nominate, agree goals and release time: tell them before their people are recruited (the sponsor's letter a month before recruitment closes, say).",
      describe: 'Line managers told only after their people are recruited.',
    },
    'invitation-before-sponsor': {
      message: (p) => `Candidates are invited (\`${p.message}\`, ${p.date}) before the sponsor has announced the programme${opt(p.sponsor, (d) => ` (the sponsor's first message: ${d})`)}.`,
      hint: () => 'Let the sponsor announce the programme first, in a `from: sponsor` message dated earlier: people take an invitation seriously once the sponsor has spoken.',
      describe: "An invitation to candidates before the sponsor's announcement.",
    },
    'message-after-milestone': {
      message: (p) => `Message \`${p.message}\` (\`${p.purpose}\`) goes out on ${p.date}, not before \`${p.milestone}\` (${p.due}), which it prepares.`,
      hint: () => 'Move it before the milestone, or change its purpose if it does not prepare it.',
      describe: 'A message dated on or after the milestone it prepares (buy-in after kick-off).',
    },
    'role-overloaded': {
      message: (p) => `Role \`${p.role}\` receives ${p.count} messages in the week of ${p.week} (at most ${p.max}).`,
      hint: () => 'Merge the messages or spread them over more weeks; a team may change the limit with `comms.maxMessagesPerWeek` in .mentor.yaml.',
      describe: 'A role that receives more messages in one calendar week than the limit (default 3).',
    },
    'unknown-placeholder': {
      message: (p) => {
        switch (p.reason) {
          case 'argument-missing':
            return `Placeholder \`${p.placeholder}\` needs a ${p.expects} id, as in \`{${p.name}:${p.expects === 'milestone' ? 'kick-off' : 'hr-owner'}}\`.`;
          case 'argument-unexpected':
            return `Placeholder \`{${p.name}}\` takes no argument (written \`${p.placeholder}\`).`;
          case 'unknown-milestone':
            return `Placeholder \`${p.placeholder}\` names milestone \`${p.argument}\`, which is not defined.`;
          case 'unknown-role':
            return `Placeholder \`${p.placeholder}\` names role \`${p.argument}\`, which is not defined.`;
          case 'no-value':
            return `Placeholder \`${p.placeholder}\` has no value in this programme.`;
          case 'double-braces':
            return `Placeholder \`{${p.placeholder}}\` is written with double braces, so one pair would stay in the text.`;
          default:
            return `Unknown placeholder \`${p.placeholder}\` in the \`${p.field}\` of message \`${p.message}\`.`;
        }
      },
      hint: (p) => {
        if (p.reason === 'no-value') {
          return (
            ({
              'recruitment-closes': 'Set `addressees.recruitment.closes`, or drop the placeholder.',
              time: 'Give the message a `time`, or drop the placeholder.',
              preparation: 'List the required modules under `preparation.modules`, or drop the placeholder.',
              'line-manager': 'No one in the programme has a line manager (no `line-manager` role, no `lineManager`): drop the placeholder, or name whom the mentee should tell instead.',
              subject: '`{subject}` works in the `text` only.',
            } as Record<string, string>)[String(p.name)] ?? 'Drop the placeholder.'
          );
        }
        if (p.reason === 'argument-unexpected') return `Write \`{${p.name}}\`.`;
        if (p.reason === 'double-braces') return `mentor's placeholders take single braces: \`${p.placeholder}\`.`;
        if (p.reason === 'argument-missing') return 'Placeholders are listed in docs/comms.md.';
        return p.suggestion !== undefined ? `Did you mean \`${p.suggestion}\`?` : p.reason === 'unknown-name' ? `Placeholders: ${p.known}.` : `Defined: ${p.known}.`;
      },
      describe: 'A placeholder in a message that mentor cannot fill: an unknown name, milestone or role, or no value.',
    },
    'time-zone-unknown': {
      message: (p) => `\`metadata.timeZone\` \`${p.zone}\` is not a known time zone.`,
      hint: (p) => (p.suggestion !== undefined ? `Did you mean \`${p.suggestion}\`?` : 'Use an IANA name such as `Europe/Warsaw` or `Europe/London`.'),
      describe: 'A programme time zone that is not an IANA time zone.',
    },
    'kick-off-missing': {
      message: (p) => `No milestone has the id \`kick-off\`, so these checks could not run: ${p.checks}.`,
      hint: (p) => `Give the milestone that starts the process the id \`kick-off\` (its name can stay); the milestones now: ${p.milestones}.`,
      describe: 'A process without a `kick-off` milestone, so the checks that need it (buy-in before kick-off) cannot run.',
    },
    'date-outside-period': {
      message: (p) => {
        const what = ({ milestone: 'Milestone', 'pair-start': 'Start of pair', 'pair-end': 'End of pair', communication: 'Communication', session: 'Session of pair', assessment: 'Assessment of mentee', learning: 'Learning activity of mentee', survey: 'Answer to survey', 'kpi-value': 'Value of KPI' } as Record<string, string>)[String(p.what)] ?? 'Item';
        return `${what} \`${p.name}\`: date ${p.date} is outside the programme period ${p.start} – ${p.end}.`;
      },
      hint: () => 'Fix the date or extend `metadata.period`.',
      describe: 'A date outside the programme period.',
    },
    'date-not-working-day': {
      message: (p) => `${p.what === 'meeting' ? 'Meeting' : 'Milestone'} \`${p.name}\` (${p.date}) falls ${calendarEn.fallsOn(String(p.off))}.`,
      hint: (p) => `Move it to a working day: ${calendarEn.weekdays[Number(p.beforeDay)]} ${p.before} or ${calendarEn.weekdays[Number(p.afterDay)]} ${p.after}.`,
      describe: 'A milestone or a meeting on a weekend or a public holiday (holidays follow the programme locale: Polish ones for `pl`; New Year and Christmas Day for `en`, the bank holidays of England and Wales for `en` in the `Europe/London` time zone).',
    },
    'record-in-future': { message: (p) => `Record dated ${p.date} is in the future (today is ${p.today}).`, hint: () => 'Records describe what happened: fix the date.', describe: 'A record dated after today.' },
    'session-outside-pair': {
      message: (p) => (p.when === 'before' ? `Session of pair \`${p.pair}\` on ${p.date} is before the pair starts (${p.bound}).` : `Session of pair \`${p.pair}\` on ${p.date} is after the pair ended (${p.bound}).`),
      hint: () => "Fix the session's date, or the pair's `start` or `end`.",
      describe: "A session dated before its pair's start or after its end.",
    },
    'session-duplicate': {
      message: (p) => `Session of pair \`${p.pair}\` on ${p.date} (${p.minutes} min) is recorded twice.`,
      hint: (p) => `It is first recorded at line ${p.first}${opt(p.firstFile, (f) => ` of \`${f}\``)}. Delete the copy, or record two sessions on one day as one.`,
      describe: 'The same session (pair, date and minutes) recorded twice.',
    },
    'record-competency-not-in-plan': {
      message: (p) =>
        p.kind === 'assessment'
          ? `Assessment of mentee \`${p.mentee}\` in \`${p.competency}\`, which is not in the mentee's plan.`
          : `Learning activity of mentee \`${p.mentee}\` develops \`${p.competency}\`, which is not in the mentee's plan.`,
      hint: () => "Add the competency to the mentee's competencies (baseline and target), or fix the competency of the record.",
      describe: "An assessment or learning activity in a competency outside the mentee's plan.",
    },
    'record-after-mentee-left': {
      message: (p) => `${p.kind === 'assessment' ? 'Assessment' : 'Learning activity'} of mentee \`${p.mentee}\` on ${p.date} is after their last pair ended (\`${p.pair}\`, ${p.end}).`,
      hint: () => "Fix the date or the mentee, or the pair's `end` if the mentee is still taking part.",
      describe: "An assessment or learning activity dated after the mentee's last pair ended.",
    },
    'rollout-without-pilot': { message: () => 'This rollout names no pilot.', hint: () => 'Add `metadata.pilot: { path: ../pilot-folder }` so the calibration can be traced.', describe: 'A rollout that does not link its pilot.' },
    'decision-path-unknown': {
      message: (p) =>
        p.reason === 'syntax'
          ? `Decision \`${p.decision}\` names \`${p.path}\`, which is not a path (character ${p.column}).`
          : `Decision \`${p.decision}\` names \`${p.path}\`, which is not in this programme${p.reason === 'missing-both' ? ' or its pilot' : ''}${p.found ? ` (\`${p.found}\` has no \`${p.missing}\`)` : ''}.`,
      hint: (p) => (p.suggestion ? `Did you mean \`${p.suggestion}\`?` : 'Write the path as `mentor diff` prints it, e.g. `process.cadence`, `competencies[id=…]` or `kpis[id=…].target`.'),
      describe: 'A calibration decision names a change (`changes:`) at a path that exists neither in the rollout nor in its pilot.',
    },
    'placeholder-unfilled': {
      message: (p) => `\`${p.field}\` still holds the placeholder \`${p.placeholder}\`.`,
      hint: () => 'Replace it with the real value; `mentor init` left it for you to fill in.',
      describe: 'A `(fill in: …)` placeholder left by `mentor init` (an error under --strict, so CI reminds until the frame is filled in).',
    },
  },
  ui: {
    summary: (s) => `${s.files} ${s.files === 1 ? 'file' : 'files'} · ${s.valid} valid · ${s.invalid} with problems · ${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}`,
    noProblems: (n) => `${n} ${n === 1 ? 'file' : 'files'} checked, no problems.`,
    rulesNotRun: (programme) => `The method's rules did not run on \`${programme}\`: fix the errors above in its files (YAML, schema, included paths), then validate again; more findings may follow.`,
    skipped: (n) => `Skipped ${n} YAML ${n === 1 ? 'file that is not a mentor document' : 'files that are not mentor documents'}:`,
    skippedReason: (reason, apiVersion) => (reason === 'no-api-version' ? 'no `apiVersion`' : reason === 'other-api-version' ? `\`apiVersion: ${apiVersion}\`` : 'not a mapping (key: value)'),
    skippedMore: (n) => `… and ${n} more (--format json lists them all)`,
    tooManyWarnings: (count, max, flag) => (flag === '--strict' ? `Warnings are problems under --strict: ${count}.` : `Too many warnings: ${count} (at most ${max} allowed by --max-warnings).`),
    errorLabel: 'error',
    warningLabel: 'warning',
    internalError: 'internal error (please report it, with --debug output)',
    outputProblem: (p) => {
      switch (p.code) {
        case 'unknown-format':
          return { message: `${p.flag}: unknown format "${p.name}" (use ${p.formats.join(', ')}).`, ...(p.flag === '--output' ? { hint: 'Write ./FILE for a file whose name holds "=".' } : {}) };
        case 'missing-file-name':
          return { message: `--output ${p.value}: the file name is missing (write ${p.format}=FILE).` };
        case 'empty-output':
          return { message: '--output needs a file name.' };
        case 'extension-mismatch':
          return {
            message: `--output ${p.value}: the extension says ${p.byExtension}, but --format is ${p.explicit}.`,
            hint: `Write --output ${p.explicit}=${p.value} to keep that name, or drop --format to write ${p.byExtension}.`,
          };
        case 'same-file-twice':
          return { message: `--output names the same file twice: ${p.first} and ${p.second}.` };
      }
    },
    pathNotFound: (p) => `${p}: no such file or folder.`,
    noMatch: (p) => `${p}: the pattern matches no YAML file. Check it, or name the folder instead (\`mentor validate records/\`).`,
    noDocuments: (p) => `${p}: no mentor documents found (looked for YAML files with \`apiVersion: mentor/v1\`).`,
    cannotRead: (p, r) => `${p}: cannot read (${r}).`,
    refuseOverwrite: (p) => `${p} exists; use --force to overwrite it.`,
    notUtf8: (p, at) => `${p}:${at}: the file is not valid UTF-8, and editing it would damage the characters it holds; nothing was written. Save it as UTF-8 in your editor (Windows-1250 and ISO-8859-2 are common culprits for Polish text), then run the command again.`,
    changedOnDisk: (p) => `${p} changed on disk while mentor was working on it (saved in an editor, or another mentor command ran); nothing was written. Run the command again.`,
    wrote: (p) => `Wrote ${p}.`,
    unknownSchema: (n, known) => `unknown schema "${n}" (use ${known.join(', ')}).`,
    schemaWriteTakesNoKind: '--write writes every schema: name no kind with it.',
    configProblem: (kind, value, suggestion, range) =>
      kind === 'bad-number'
        ? `\`${range?.key ?? value}\` must be a whole number from ${range?.min} to ${range?.max}, not \`${value}\`.`
        : kind === 'not-a-mapping'
        ? `${value ? `\`${value}\`` : 'the config'} must be a mapping (key: value).`
        : kind === 'unknown-key'
          ? `unknown key \`${value}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; the config holds \`rules\`, \`overrides\` and \`comms.maxMessagesPerWeek\`.`
          : kind === 'unknown-rule'
            ? `\`${value}\` is not a method rule${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}.`
            : kind === 'not-a-list'
              ? `\`${value}\` must be a list (\`- files: …\`).`
              : kind === 'bad-files'
                ? `\`${value}\` needs \`files\`: a glob or a list of globs, relative to the config file (\`records/**\`).`
                : `\`${value}\` is not a setting: use off, warning or error.`,
    configUnreadable: (file, ruleId) => `${file}: the config file cannot be read as YAML (${ruleId}).`,
    configHint: 'Rules are listed in docs/rules.md; --no-config ignores the file.',
    programmeHasErrors: (n, path, rendered) =>
      `The programme has ${n} ${n === 1 ? 'error' : 'errors'}${rendered ? '; what could be computed is shown' : ', so nothing could be computed'}. Run \`mentor validate ${path}\` to see ${n === 1 ? 'it' : 'them'}.`,
  },
};
