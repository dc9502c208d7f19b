import type { ExplainText } from './explain-text.js';

export const explainEn: ExplainText = {
  groups: { file: 'Reading files', schema: 'Schema', method: 'The method', suppression: 'Suppression comments' },
  severity: (s) => (s === 'error' ? 'error' : 'warning'),
  columns: { id: 'rule', severity: 'default', description: 'what it checks' },
  rulesFooter: 'More on one rule: mentor explain RULE-ID. Method rules can be set to off, warning or error in .mentor.yaml.',
  headings: { checks: 'What it checks', why: 'Why it matters', failing: 'Fails', passing: 'Passes', fix: 'How to fix it' },
  meta: (group, severity, configurable) => `${group} · default: ${severity} · ${configurable ? 'can be set in .mentor.yaml and suppressed with # mentor-disable-next-line' : 'cannot be turned off or suppressed'}`,
  placement: (file, as) => (as === 'file' ? `the whole of ${file}:` : `in ${file} (the rest of the file as usual):`),
  saved: {
    'utf-16le': '(saved as UTF-16, as some Windows tools do)',
    'windows-1250': '(saved as Windows-1250, as old Excel exports are)',
    'over-16-mb': '(with 17 MB more of the same in one file)',
    'named-pipe': '(but the path is a named pipe, not a file)',
    'link-outside': '(but the file is a symbolic link to a copy outside the programme folder)',
    'link-loop': '(but the file is a symbolic link that points at itself)',
    'deep-nesting': '(with 120 brackets nested inside each other)',
    'many-findings': '(with the last line repeated 1,100 times)',
  },
  alsoReported: (ids) => `The same mistake also sets off ${ids}.`,
  unknownRule: (id, nearest) => `There is no rule \`${id}\`.${nearest.length > 0 ? ` Did you mean ${nearest.map((n) => `\`${n}\``).join(', ')}?` : ''}`,
  unknownRuleHint: 'mentor rules lists every rule.',
  rules: {
    'file-empty': {
      checks: 'A file with nothing but blank lines or comments, where mentor expects a document.',
      why: 'An empty file in a programme folder is usually a file someone meant to fill in; read as nothing, its sessions or people would silently be missing from every report.',
      fix: 'Write the document into it (mentor init shows the shape of each kind), or delete it.',
    },
    'file-binary': {
      checks: 'A file with NUL bytes in its first 8 KB: a spreadsheet, an image, or text saved as UTF-16.',
      why: 'Such bytes cannot be YAML; reading on would only produce nonsense findings.',
      fix: 'Save the file as UTF-8 text, or move it out of the programme folder.',
    },
    'file-encoding': {
      checks: 'A file whose bytes are not valid UTF-8; the finding points at the first bad byte.',
      why: 'Names with Polish letters would come out garbled in every report and in git diffs.',
      fix: 'Open the file and save it as UTF-8 (in Excel: "CSV UTF-8"; in Notepad: Encoding → UTF-8).',
    },
    'file-too-large': {
      checks: 'A file above 16 MB, refused before it is parsed.',
      why: 'Reading has to stay fast and bounded in CI; a file that big is almost always an export that belongs elsewhere.',
      fix: 'Split it: records into one file per month, people into several People files.',
    },
    'file-not-regular': {
      checks: 'A device, named pipe or socket (or a folder) where a YAML file should be; it is never opened.',
      why: 'Reading a pipe or a device could hang the run or fill memory; CI must finish.',
      fix: 'Put a regular YAML file there, or remove the path.',
    },
    'file-unreadable': {
      checks: 'A file or folder that cannot be read: no permission, a loop of symbolic links, an input/output error.',
      why: 'What cannot be read cannot be checked; the rest of the run goes on, and this finding says what was left out.',
      fix: 'Check that the file exists and that you may read it; break the link loop.',
    },
    'file-link-outside': {
      checks: 'A symbolic link that leads out of the programme folder (or out of the folder being checked); its target is never read.',
      why: 'A programme folder may come from someone else\'s repository; a link out of it could make mentor read, and show in its messages, any file on the machine.',
      fix: 'Keep the real file in the programme folder, or validate its real location directly.',
    },
    'file-too-many-findings': {
      checks: 'A file with more than 1,000 problems: the rest are counted, not listed.',
      why: 'Thousands of lines about one file help nobody and slow CI logs; the first ones are usually the same mistake repeated.',
      fix: 'Fix the problems listed first, then validate again.',
    },
    'yaml-too-deep': {
      checks: 'Lists and mappings nested more than 100 levels deep.',
      why: 'A mentor document needs a few levels; very deep nesting is a broken or hostile file that could exhaust the parser.',
      fix: 'Flatten the structure; write lists of records, not lists inside lists.',
    },
    'yaml-unknown-tag': {
      checks: 'A YAML tag (`!timestamp`, `!!binary`, `!Ważne`…) that mentor does not read; the value is read as plain text.',
      why: 'Tags change what a value means in other tools; mentor documents are plain YAML, so a tag is either a mistake or meant for something else.',
      fix: 'Remove the tag; quote the value if it starts with `!` and is meant as text.',
    },
    'yaml-syntax': {
      checks: 'Text the YAML parser cannot read; the finding names the usual mistake behind it (its `reason`) and shows the corrected line.',
      why: 'Until the file parses, nothing in it can be checked, so no other finding of that file is shown.',
      fix: 'Do what the hint shows; most often, put quotes around a value that contains `: ` or starts with a special character.',
    },
    'yaml-duplicate-key': {
      checks: 'The same key twice in one mapping.',
      why: 'YAML keeps only one of the two values, without a word; which one you meant is a guess.',
      fix: 'Delete the key you do not mean, or merge the two values.',
    },
    'yaml-tab-indent': {
      checks: 'A tab character used to indent a line.',
      why: 'YAML forbids tabs for indentation, and editors show them at different widths, so the structure you see is not the one the parser sees.',
      fix: 'Replace the tab with spaces; set your editor to indent YAML with spaces.',
    },
    'yaml-alias-limit': {
      checks: 'Anchors (`&`) and aliases (`*`) that expand to more than a million values, or more than 10,000 aliases in one file.',
      why: 'Nested aliases can grow a small file into gigabytes (the "billion laughs" attack); mentor stops instead of running out of memory.',
      fix: 'Write the values out, or use an alias only for a small repeated value.',
    },
    'yaml-circular-alias': {
      checks: 'An alias that points at a collection containing the alias itself.',
      why: 'The value would be endless; no tool can read it.',
      fix: 'Remove the alias, or point it at another node.',
    },
    'yaml-multiple-documents': {
      checks: 'More than one YAML document (separated by `---`) in one file.',
      why: 'mentor reads one document per file, so that a file is one programme, one People list or one batch of records, and git history stays readable.',
      fix: 'Merge the lists into one document, or move the second document into a file of its own.',
    },
    'not-a-mentor-document': {
      checks: 'A YAML file named on the command line that is not a mentor document (no `apiVersion: mentor/v1`). Folders are scanned quietly: other YAML files there are listed as skipped.',
      why: 'You asked for that file to be checked; passing it by silently would look like a clean result.',
      fix: 'Name the programme file or folder instead, or remove the file from the command.',
    },
    'api-version-unsupported': {
      checks: 'A document with `kind` but no `apiVersion`, or an `apiVersion` this version of mentor does not read.',
      why: 'The format version says which rules apply; guessing could pass a file that a newer format would reject.',
      fix: 'Write `apiVersion: mentor/v1` as the first line, or upgrade mentor for a newer format.',
    },
    'kind-unknown': {
      checks: 'A mentor document whose `kind` is missing or not `Programme`, `People` or `Records`.',
      why: 'The kind decides which schema the file is checked against; without it every key would look wrong.',
      fix: 'Write the kind exactly: `Programme`, `People` or `Records`.',
    },
    'schema-unknown-key': {
      checks: 'A key the schema does not define at that place; the message suggests the nearest known key.',
      why: 'An unknown key is usually a typo, and a misspelt key means the value you wrote is never used.',
      fix: 'Correct the spelling, or move the key to where it belongs.',
    },
    'schema-required': {
      checks: 'A key the schema requires is missing.',
      why: 'Reports and rules rely on it: a goal without a name cannot be shown, a pair without a start cannot be planned.',
      fix: 'Add the key with its value.',
    },
    'schema-type': {
      checks: 'A value of the wrong type: text where a number is expected, a single value where a list is, and so on.',
      why: 'Numbers are computed with (minutes, levels, targets); text in their place would break every KPI that uses them.',
      fix: 'Write the value as the message says: digits without quotes for numbers, `[a, b]` for lists.',
    },
    'schema-enum': {
      checks: 'A value outside a fixed list (importance, phase, channel, metric…); the message lists the allowed values.',
      why: 'These values drive the method: only `strategic` and `tactical` competencies are worth a programme, and a misspelt metric cannot be computed.',
      fix: 'Use one of the listed values.',
    },
    'schema-format': {
      checks: 'A value in the wrong format: dates not written YYYY-MM-DD or not in the calendar, ids with spaces, paths leaving the folder, e-mail addresses.',
      why: 'Dates and ids are compared and looked up; `2026-6-26` or `Anna Nowak` as an id would not match anything.',
      fix: 'Write the value in the format named by the message (dates as 2026-06-26, ids as anna-nowak).',
    },
    'schema-range': {
      checks: 'A number outside its allowed range, for example a session shorter than 15 minutes or a share above 100.',
      why: 'The ranges keep the plan realistic and the arithmetic of the reports meaningful.',
      fix: 'Change the number to one within the range the message gives.',
    },
    'schema-size': {
      checks: 'A list, text or mapping of the wrong size (often empty), or a list with the same item twice.',
      why: 'An empty list where something is required (a message to nobody, a scale with no levels) is a plan with a hole in it.',
      fix: 'Fill the list in, or remove the repeated item.',
    },
    'schema-one-of': {
      checks: 'A value that must take exactly one of several shapes, and takes none or more than one (a communication timed both by a date and by a milestone).',
      why: 'With two answers to one question, nobody can tell which one counts.',
      fix: 'Keep one of the shapes the message lists.',
    },
    'duplicate-id': {
      checks: 'Two items of one list (goals, competencies, people, pairs…) with the same id.',
      why: 'Everything refers to items by id; with two of them, every reference is ambiguous.',
      fix: 'Give one of them a new id, or merge them.',
    },
    'unknown-reference': {
      checks: 'A reference to an id that no item defines: a competency, scale, goal, person, pair, milestone, role or module.',
      why: 'A broken reference drops data without a trace: the pair works on nothing, the report counts nobody.',
      fix: 'Correct the id (the message suggests the nearest one), or define the missing item.',
    },
    'include-not-found': {
      checks: 'A file or folder under `includes` that does not exist.',
      why: 'The people or records in it would silently be missing from every check and report.',
      fix: 'Correct the path (relative to the programme file), or create the file.',
    },
    'include-wrong-kind': {
      checks: 'An included file of the wrong kind: a Records file under `includes.people`, a Programme under `includes.records`.',
      why: 'Each list is read as its kind; a file in the wrong list is read as the wrong thing or not at all.',
      fix: 'Move the path to the list of its kind.',
    },
    'pilot-not-found': {
      checks: "A rollout's `metadata.pilot` that does not lead to the pilot's programme with the given id.",
      why: 'Step 5 of the method calibrates a rollout on the evidence of its pilot; without the pilot there is nothing to calibrate against.',
      fix: 'Correct `path` (relative to this file) and `id`, or check out the pilot next to the rollout.',
    },
    'previous-not-found': {
      checks: "A cycle's `metadata.previous` that does not lead to the previous cycle's programme with the given id.",
      why: 'A repeating programme is calibrated on the run before it; the link has to hold for the comparison.',
      fix: 'Correct `path` and `id`, or check out the previous cycle next to this one.',
    },
    'programme-mismatch': {
      checks: "A People or Records file whose `programme` is not the including programme's `metadata.id`.",
      why: "It is almost always a file copied from another programme, and it would mix another programme's people or records into this one.",
      fix: 'Set `programme` to this programme\'s id, or remove the file from `includes`.',
    },
    'level-outside-scale': {
      checks: "A baseline, target, mentor level or assessment that is not a level of the competency's scale.",
      why: 'Progress is measured on the scale; a level that is not on it cannot be compared with anything.',
      fix: "Use one of the scale's levels, or add the level to the scale.",
    },
    'scale-levels-not-increasing': {
      checks: "A scale whose levels are not listed in increasing order.",
      why: 'Gaps and progress are differences between levels; an unordered scale makes "higher" meaningless.',
      fix: 'List the levels from the lowest to the highest.',
    },
    'target-not-above-baseline': {
      checks: "A mentee competency whose target is not above its baseline.",
      why: 'The distance from baseline to target is what the programme closes and what progress is measured against; with no distance there is nothing to develop.',
      fix: 'Raise the target, correct the baseline, or drop the competency from the plan.',
    },
    'mentee-without-gap': {
      checks: 'A mentee with no gap (target above baseline) in any programme competency.',
      why: 'Goals first, people second: a mentee is in the programme to close a gap in a competency it needs. Without one, the place is better given to someone else.',
      fix: "Plan a real gap in one of the programme's competencies, or take the mentee out.",
    },
    'criterion-not-met': {
      checks: 'A mentee who does not meet an eligibility criterion under `addressees.criteria` (a minimum gap, a competency importance, tenure).',
      why: 'The criteria say who the programme is for; admitting people outside them dilutes it and is hard to explain to those who were turned down.',
      fix: "Correct the mentee's plan, change the criterion, or take the mentee out.",
    },
    'competency-unused': {
      checks: 'A programme competency that no mentee plans to develop.',
      why: 'Competencies are chosen first, because the organisation needs them; one nobody develops is either a gap in recruitment or a competency that does not belong in the programme.',
      fix: 'Recruit a mentee for it, or remove it from the programme.',
    },
    'pair-competency-not-in-mentee': {
      checks: "A pair working on a competency that is not in its mentee's plan.",
      why: 'A pair works towards the targets in the mentee\'s plan; without a baseline and a target there is no progress to measure.',
      fix: "Add the competency to the mentee's plan, or remove it from the pair.",
    },
    'mentor-below-target': {
      checks: "A mentor whose own level in a pair's competency is below the mentee's target (or unknown).",
      why: 'Know-how is passed from someone who has it; a mentor below the target level cannot take the mentee there.',
      fix: 'Match another mentor, lower the target, or correct the mentor\'s level.',
    },
    'mentor-over-capacity': {
      checks: 'A mentor with more pairs at the same time than their `capacity`; the finding points at the pair that goes over.',
      why: 'Mentoring takes time; an overloaded mentor cancels sessions, and every pair of theirs suffers.',
      fix: "Move a pair to another mentor, shift its dates, or raise the mentor's capacity if they agree.",
    },
    'mentor-is-line-manager': {
      checks: "A mentor who is the mentee's line manager, directly or higher up the reporting line.",
      why: 'The line manager is a separate role in the method: a mentee speaks differently to the person who assesses them, and mentoring needs that openness.',
      fix: 'Match a mentor from outside the mentee\'s reporting line.',
    },
    'reporting-line-cycle': {
      checks: 'Line managers that lead in a circle (A reports to B, B reports to A).',
      why: 'Reporting lines decide who may mentor whom; a circle makes that check impossible and is always a data error.',
      fix: 'Correct the `lineManager` of one of the people in the circle.',
    },
    'person-name-mismatch': {
      checks: 'One person id with different names in different lists (staff, mentors, mentees, People files).',
      why: 'The id is the person; two names for one id mean either a typo or two people sharing an id.',
      fix: 'Use the same name everywhere, or give the second person their own id.',
    },
    'person-email-duplicate': {
      checks: 'Two different person ids with the same e-mail address (compared without case), in any of the lists staff, mentors and mentees.',
      why: 'One person is one id: a mentor entered again as a mentee under a new id is counted twice in reports, capacity and the reporting line.',
      fix: 'If it is the same person, use one id in every list (a mentor who is also a mentee keeps the same id); if they are two people, correct the address.',
    },
    'person-name-duplicate': {
      checks: 'One name (case, spaces and diacritics aside) in two of the lists staff, mentors and mentees under two different ids, unless both entries have e-mail addresses (then `person-email-duplicate` decides).',
      why: 'One person is one id: a mentor entered again as a mentee, or a line manager who also mentors, under a new id is counted twice in reports, capacity and the reporting line, and the check that a mentor is not the mentee\'s manager cannot see it.',
      fix: 'If it is the same person, use one id in every list; if they are two people of one name, add their e-mail addresses.',
    },
    'pair-self-mentoring': {
      checks: 'A pair whose mentor and mentee are the same person.',
      why: 'Mentoring is 1:1 transfer of know-how between two people; a person can be a mentor and a mentee, but not to themselves.',
      fix: 'Match the person with another mentor.',
    },
    'pair-duplicate': {
      checks: "Two pairs of the same mentor and mentee whose periods overlap (from `start` to `end`, or to the programme's end); the later one is reported.",
      why: 'A pair lists every competency it works on, so the same two people in two pairs at once is usually a copied line left unchanged: its sessions are planned twice, and session adherence and the report count the relationship twice.',
      fix: 'Put the competencies into one pair and remove the other, or give the first pair an `end` before the second starts.',
    },
    'pair-before-preparation': {
      checks: "A pair that starts before its mentor completed every required preparation module (modules are required unless they say `required: false`).",
      why: 'Step 3 of the method: mentors are prepared for their role before they mentor.',
      fix: "Move the pair's start after the preparation, or record the module's completion date.",
    },
    'role-unstaffed': {
      checks: 'An HR owner or sponsor role with nobody in `staffedBy`.',
      why: 'Clear roles are a condition of the method: without an HR owner or a sponsor, nobody looks after the programme or owns its goal.',
      fix: 'Name the person in `staffedBy` (add them under `people.staff`).',
    },
    'learning-mix-sum': {
      checks: 'A planned learning mix whose three shares do not add up to 100.',
      why: 'The 70:20:10 mix is a split of the whole; shares that do not add up cannot be compared with what mentees actually do.',
      fix: 'Change the shares so that they add up to 100.',
    },
    'learning-mix-deviation': {
      checks: 'A planned mix further from 70:20:10 than its `tolerance` (10 points when none is given).',
      why: 'Most learning happens on the job (70), some from others (20), little from courses (10); a plan far from that leans on the least effective part.',
      fix: 'Move the plan closer to 70:20:10, or state a wider `tolerance` if the deviation is deliberate.',
    },
    'kpi-missing-target': {
      checks: 'A KPI without a `target`.',
      why: 'A frame with numbers: a KPI with no target can be measured but never met or missed.',
      fix: 'Give the KPI a target.',
    },
    'kpi-baseline-meets-target': {
      checks: 'A KPI whose `baseline` is already on the right side of its `target` for its `direction` (at or above it when higher is better, at or below it when lower is better).',
      why: 'A frame with numbers: the distance from baseline to target is what the programme promises to move. A KPI met on day one promises nothing, and the report will show it as met throughout.',
      fix: 'Swap `baseline` and `target` if they were entered the wrong way round, or correct `direction`; leave it if the KPI is only meant to hold a level.',
    },
    'kpi-value-out-of-range': {
      checks: 'A KPI on a built-in metric whose `target`, `baseline` or checkpoint `target` lies outside the values the metric can take: 0–1 for the shares (`gap-closed-share`, `target-reached-share`, `session-adherence`, `retention`), 1–5 for `satisfaction`, −100 to 100 for `nps`, 0–100 for `learning-mix-deviation`.',
      why: 'A frame with numbers: a share written as a percentage (`target: 60` meaning 60%) can never be met, and the report would show the KPI missed to the end without saying why.',
      fix: 'Write shares as fractions (60% is `0.6`), and other targets in the metric\'s own scale.',
    },
    'kpi-uncomputable': {
      checks: 'A KPI whose metric mentor cannot compute from the records and that names no `source` to measure it outside.',
      why: 'A KPI nobody can measure will show "no data" in every report until the programme ends.',
      fix: 'Use a built-in metric, or add `source:` and record the measured values under `kpiValues` in a Records file.',
    },
    'buy-in-missing': {
      checks: 'A role (mentee, mentor, line manager) that no buy-in communication reaches before the kick-off.',
      why: 'Step 2: buy-in is secured before the programme starts; a line manager who hears of it last will not give the mentee time for it.',
      fix: 'Add the role to a buy-in message dated before the kick-off.',
    },
    'kick-off-missing': {
      checks: 'A programme with no milestone whose id is `kick-off`.',
      why: 'Communications, preparation and the buy-in check are timed from the kick-off.',
      fix: 'Add a `kick-off` milestone, or rename the starting milestone to `kick-off`.',
    },
    'date-outside-period': {
      checks: "A milestone, communication, pair date or record outside the programme's period.",
      why: 'The period is the frame every report and KPI is computed in; dates outside it are left out of them.',
      fix: 'Correct the date, or widen `metadata.period`.',
    },
    'date-not-working-day': {
      checks: "A milestone or meeting that falls on a weekend or a public holiday of the programme's locale (Polish holidays for `pl`).",
      why: 'A kick-off on a holiday is a kick-off nobody attends; the hint names the nearest working days.',
      fix: 'Move it to one of the working days the hint names.',
    },
    'record-in-future': {
      checks: 'A record dated after today (or after --today).',
      why: 'Records say what happened; a date in the future is a typo, and it would count in progress that has not been made.',
      fix: 'Correct the date.',
    },
    'session-outside-pair': {
      checks: 'A session dated before its pair starts or after it ends.',
      why: 'Session adherence is counted within each pair\'s dates; a session outside them is a wrong date or a wrong pair.',
      fix: 'Correct the date or the pair.',
    },
    'session-duplicate': {
      checks: 'The same session (pair, date and minutes) recorded twice, in one file or in two.',
      why: 'Copied sessions inflate adherence and hide pairs that fell behind.',
      fix: 'Delete the copy; two sessions on one day are recorded as one.',
    },
    'record-competency-not-in-plan': {
      checks: "An assessment or learning activity in a competency outside the mentee's plan.",
      why: "Progress is measured against the plan's baseline and target; a level in another competency has nothing to be compared with.",
      fix: "Correct the competency, or add it to the mentee's plan.",
    },
    'record-after-mentee-left': {
      checks: "An assessment or learning activity dated after the mentee's last pair ended.",
      why: 'After the last pair ends the mentee is out of the programme; records after that belong to someone else or carry a wrong date.',
      fix: "Correct the date or the mentee, or extend the pair's end.",
    },
    'rollout-without-pilot': {
      checks: 'A rollout with no `metadata.pilot`.',
      why: 'Step 5: a rollout is calibrated on its pilot; without the link neither the calibration diff nor the decisions can be checked.',
      fix: "Add `metadata.pilot` with the pilot's path and id.",
    },
    'kpi-checkpoint-outside-period': {
      checks: 'A KPI checkpoint (an interim target under `checkpoints`) dated before the programme\'s period starts or after it ends.',
      why: 'A frame with numbers: interim targets let the report say "at risk" while the programme runs; a checkpoint outside the period is never due, and the final target is judged at the end of the period anyway.',
      fix: 'Move the checkpoint inside `metadata.period`, or drop it if it only repeats the final target.',
    },
    'kpi-checkpoints-unordered': {
      checks: 'A KPI checkpoint dated on or before the checkpoint listed above it.',
      why: 'The checkpoint due on a given day is the latest one on or before it; a list out of order, or two checkpoints on one date, usually means a mistyped date and would judge progress against the wrong interim target.',
      fix: 'List the checkpoints in date order, one per date, and check the dates.',
    },
    'kpi-value-ignored': {
      checks: 'A `kpiValues` entry for a KPI whose `metric` is one of the built-in metrics mentor computes from the records.',
      why: 'Step 5 judges the programme by its KPIs: a built-in KPI is computed from sessions, assessments and surveys, so a value typed for it is never read, and whoever recorded it believes the report shows it.',
      fix: 'Remove the entry and record what the metric is computed from; if the figure is measured outside mentor (an HR system, a CRM), give the KPI a metric of its own and a `source:`.',
    },
    'pair-end-reason-without-end': {
      checks: 'A pair with `endReason` but no `end` date.',
      why: 'Retention counts the pairs that ended and why; without the date the report cannot tell when the pair ended, so the reason counts nowhere.',
      fix: 'Add `end:` with the date the pair ended, or remove `endReason` if the pair is still running.',
    },
    'role-not-informed': {
      checks: 'A role the programme defines that neither receives nor sends any message dated before the `kick-off` milestone (the HR owner, who keeps the communication plan, is exempt).',
      why: 'Step 2: everyone the programme needs hears about it before it starts; a role left out learns of it from others, and will not give it time.',
      fix: 'Add the role to `to:` of a message dated before kick-off, or remove the role if the programme does not need it.',
    },
    'line-manager-after-recruitment': {
      checks: 'Line managers whose first message is dated on or after `addressees.recruitment.closes` (or, without that date, the `matching` milestone), or who get no message at all.',
      why: 'Line managers nominate candidates, agree goals and release time for sessions; if they hear of the programme from their own people after recruitment, they are asked to support something already decided without them.',
      fix: 'Send line managers a message before recruitment closes (the sponsor\'s letter, say), or move the closing date.',
    },
    'invitation-before-sponsor': {
      checks: 'An invitation to candidates (the message with `step: candidate-invitation`, else the first message to mentees dated by the time recruitment closes) sent before any message from the sponsor.',
      why: 'The sponsor owns the programme\'s goal and speaks first: people take an invitation seriously once the sponsor has said why the programme matters.',
      fix: 'Date a `from: sponsor` announcement before the invitation, or send the invitation later.',
    },
    'message-after-milestone': {
      checks: 'A message dated on or after the milestone it prepares: buy-in and the steps before the start (sponsor\'s announcement, invitation, mentor preparation, pairs announced) before `kick-off`, an assessment reminder before its own milestone.',
      why: 'A message that prepares a milestone is useless once the milestone has passed; buy-in after the kick-off arrives when the decisions it should shape are made.',
      fix: 'Move the message before the milestone, or change its `purpose` or `step` if it does not prepare it.',
    },
    'role-overloaded': {
      checks: 'A role that receives more messages in one calendar week (Monday to Sunday) than `comms.maxMessagesPerWeek` in .mentor.yaml (3 when not set); each occurrence of a repeated message counts.',
      why: 'People stop reading a programme that writes to them every day, and then miss the message that matters.',
      fix: 'Merge messages or spread them over more weeks; raise the limit in .mentor.yaml if your organisation is used to more.',
    },
    'unknown-placeholder': {
      checks: 'A `{placeholder}` in a message\'s `subject` or `text` that mentor cannot fill: an unknown name, a missing or unexpected argument, a milestone or role that is not defined, no value in this programme, or double braces.',
      why: 'The messages are sent as mentor fills them in; a placeholder it cannot fill would reach people as `{programe}` or as an empty gap.',
      fix: 'Do what the hint says: correct the name or the id, add the value it needs, or drop the placeholder. docs/comms.md lists the placeholders.',
    },
    'time-zone-unknown': {
      checks: '`metadata.timeZone` that is not an IANA time zone name such as `Europe/Warsaw`.',
      why: 'Message times and calendar invitations are set in the programme\'s time zone; an unknown one would put every meeting at the wrong hour.',
      fix: 'Use the IANA name the hint suggests (`Europe/Warsaw`, `Europe/London`…).',
    },
    'decision-path-unknown': {
      checks: 'A calibration decision whose `changes:` names a path that is not in the rollout and, when there is a pilot, not in the pilot either (or is not a path at all).',
      why: 'Step 5: every change after the pilot is explained by a decision; a decision that points at nothing explains no change, and the change it meant stays unexplained.',
      fix: 'Write the path as `mentor diff` prints it (`process.cadence`, `kpis[id=k1].target`); the hint suggests the nearest one.',
    },
    'suppression-missing-reason': {
      checks: 'A `# mentor-disable-next-line` or `# mentor-disable` comment with no reason after ` -- `. It still silences the finding, so you see this one instead.',
      why: 'A silenced finding is a decision; without the reason, the next person cannot tell a considered exception from a hidden problem.',
      fix: 'Write the reason after ` -- `: who agreed and why.',
    },
    'suppression-invalid': {
      checks: 'A `# mentor-disable…` comment that names no rule, an id that is not a rule, a YAML or schema rule, or a file-wide `mentor-disable` below the first line of YAML. It silences nothing.',
      why: 'A misspelt id would leave the finding in place while the file looks deliberately silenced; YAML and schema findings mean the file does not say what it seems to, and no comment changes that.',
      fix: 'Spell the rule id as `mentor rules` lists it, fix YAML and schema findings instead, and put `mentor-disable` above `apiVersion`.',
    },
    'suppression-unused': {
      checks: 'A `# mentor-disable…` comment for a rule that has no finding on the next line of YAML (or, file-wide, anywhere in the file).',
      why: 'Like eslint\'s unused disable directives: a stale comment would silently swallow the next, different problem on that line.',
      fix: 'Delete the comment, or move it above the line the finding points at.',
    },
    'placeholder-unfilled': {
      checks: 'A `(fill in: …)` placeholder left by `mentor init`.',
      why: 'The frame is not finished until every placeholder is filled in; under --strict it is an error, so CI keeps reminding.',
      fix: 'Write the real value in place of the placeholder.',
    },
  },
};
