import { Document, isMap, isScalar, isSeq, visit, type Node, type Pair as YamlPair } from 'yaml';
import type { Communication, Competency, Mentee, Mentor, Pair, Role, Scale, StaffMember, When } from '../model/schema-types.js';
import { catalogue, type Locale } from '../../messages/index.js';
import type { InitFileText, MethodRole, ProgrammeSection } from '../../messages/init-text.js';
import { calendarForLocale, type HolidayCalendar } from '../calendar/index.js';
import { addDays, clampDate, daysBetween, endOf, monthOf, resolveDate } from './dates.js';
import { placeOnWorkingDays, type PlannedEvent } from './schedule.js';
import { selectFrame } from './frame.js';
import { personIdFromName, uniqueId } from './slug.js';
import { personNameKey } from '../model/people.js';
import { unfilledPlaceholder } from '../validate/rules/placeholder-unfilled.js';
import type { Frame, FrameMilestone, FrameWhen, MadeId, PersonInput, PlannedFile, RawFile, ScaffoldAnswers, ScaffoldContext, ScaffoldSource } from './types.js';

/** Where the scaffold keeps its copy of the schemas, relative to the programme folder. */
export const schemaFolder = '.mentor/schemas';
export const programmeFile = 'programme.yaml';
export const peopleFile = 'people.yaml';

const methodRoles: readonly MethodRole[] = ['mentee', 'mentor', 'hr-owner', 'line-manager', 'sponsor'];
const locales: readonly Locale[] = ['en', 'pl'];

/** The npm range the CI workflow pins: the major version, or `0.minor` while the tool is below 1.0 (where minors may break). */
export function compatibleRange(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

/** Whether a planned file carries a "(fill in: …)" placeholder the user must replace. */
export function hasPlaceholders(files: readonly PlannedFile[], locale: Locale): boolean {
  const marker = catalogue(locale).init.file.placeholders.hrOwner.split(':')[0]!;
  return files.some((f) => f.path.endsWith('.yaml') && f.contents.split('\n').some((line) => !line.trimStart().startsWith('#') && line.includes(marker)));
}

interface Staffing {
  staff: StaffMember[];
  roles: Role[];
  sponsorId: string;
  lineManagerId: string | undefined;
}

/**
 * Staffs the HR owner and the sponsor (the rules require both), and the line manager, with the
 * people named in the answers, the pilot's staff, or marked placeholders. Roles missing from the
 * frame are added, so every role a buy-in message must reach exists.
 */
function staffRoles(frame: Frame, answers: ScaffoldAnswers, source: ScaffoldSource, text: InitFileText, made: MadeId[]): Staffing {
  const staff: StaffMember[] = (source.staff ?? []).map((s) => ({ ...s }));
  const staffIds = new Set(staff.map((s) => s.id));
  const roles: Role[] = frame.roles.map((r) => ({ ...r }));
  // `lineManagers: []`: a programme without line managers (selectFrame took the role out).
  const noLineManagers = answers.lineManagers?.length === 0;
  for (const id of methodRoles) if (!roles.some((r) => r.id === id) && !(id === 'line-manager' && noLineManagers)) roles.push({ id, name: text.roleNames[id] });

  const staffRole = (roleId: MethodRole, named: readonly PersonInput[] | undefined, placeholder: string): string | undefined => {
    const role = roles.find((r) => r.id === roleId)!;
    const kept = (role.staffedBy ?? []).filter((id) => staffIds.has(id));
    if (named === undefined && kept.length > 0) {
      role.staffedBy = kept;
      return kept[0];
    }
    if (named === undefined && placeholder === '') {
      delete role.staffedBy;
      return undefined;
    }
    if (named === undefined) {
      const id = uniqueId(`${roleId}-1`, staffIds);
      staff.push({ id, name: placeholder });
      role.staffedBy = [id];
      return id;
    }
    // Named people get ids made from their names (`anna-nowak`): short, readable, unique.
    role.staffedBy = named.map((person) => {
      const { id: given, ...rest } = person;
      const same = given === undefined ? staff.find((s) => personNameKey(s.name) === personNameKey(person.name)) : undefined;
      if (same) return same.id;
      const id = given ?? uniqueId(personIdFromName(person.name, `${roleId}-1`), staffIds);
      if (given === undefined) made.push({ section: 'staff', id, name: person.name });
      staffIds.add(id);
      staff.push({ id, ...rest });
      return id;
    });
    return role.staffedBy[0];
  };
  const one = (person: string | PersonInput | undefined): PersonInput[] | undefined => (person === undefined ? undefined : [typeof person === 'string' ? { name: person } : person]);
  staffRole('hr-owner', one(answers.hrOwner), text.placeholders.hrOwner);
  const sponsorId = staffRole('sponsor', one(answers.sponsor), text.placeholders.sponsor)!;
  const lineManagerId = noLineManagers ? undefined : staffRole('line-manager', answers.lineManagers && answers.lineManagers.length > 0 ? answers.lineManagers : undefined, text.placeholders.lineManager);
  // People the answers name for any other role (`roles: { dispatcher-lead: { people: [...] } }`).
  for (const [roleId, given] of Object.entries(answers.roles ?? {})) {
    if (given.people === undefined || ['hr-owner', 'sponsor', 'line-manager'].includes(roleId) || !roles.some((r) => r.id === roleId)) continue;
    staffRole(roleId as MethodRole, given.people, '');
  }
  // Roles list people in the method's order; roles of the template's own come after.
  roles.sort((a, b) => rank(a.id) - rank(b.id));
  return { staff, roles, sponsorId, lineManagerId };
}

function rank(roleId: string): number {
  const i = methodRoles.indexOf(roleId as MethodRole);
  return i === -1 ? methodRoles.length : i;
}

/** A baseline and target two steps apart on a scale, or as far apart as the scale allows. */
function exampleGap(scale: Scale | undefined): { baseline: number; target: number } {
  const levels = (scale?.levels.map((l) => l.level) ?? [1, 2]).slice().sort((a, b) => a - b);
  const low = levels.length >= 4 ? levels[1]! : levels[0]!;
  const high = levels.length >= 4 ? levels[levels.length - 2]! : levels[levels.length - 1]!;
  return { baseline: low, target: high };
}

/**
 * The people given in the answers, with neutral ids (`mentor-01`, `mentee-01`) unless they carry
 * their own: ids kept apart from names let reports be pseudonymised. A line manager may be named
 * by name, as a brief names them; a name no staff member has stays as written, for the validator
 * to report.
 */
function planPeople(answers: ScaffoldAnswers, staff: readonly StaffMember[], requiredModules: readonly string[]): { mentors: Mentor[]; mentees: Mentee[] } {
  const taken = new Set<string>([...staff.map((s) => s.id), ...[...(answers.mentors ?? []), ...(answers.mentees ?? [])].flatMap((p) => (p.id ? [p.id] : []))]);
  const next = (prefix: string, given: string | undefined, i: number): string => given ?? uniqueId(`${prefix}-${String(i + 1).padStart(2, '0')}`, taken);
  const manager = (lineManager: string | undefined): { lineManager?: string } =>
    lineManager === undefined ? {} : { lineManager: staff.some((s) => s.id === lineManager) ? lineManager : (staff.find((s) => s.name === lineManager)?.id ?? lineManager) };
  // One person is one id: a mentor or mentee who already holds a role (the sponsor who also mentors,
  // a line manager who is mentored) or stands in the other list takes the id they already have,
  // unless e-mail addresses tell the two apart (person-name-duplicate's test).
  const known: { id: string; name: string; email?: string | undefined }[] = [...staff];
  const same = (person: { name: string; email?: string | undefined }) =>
    known.find((k) => personNameKey(k.name) === personNameKey(person.name) && (k.email === undefined || person.email === undefined || k.email === person.email));
  const counted = { mentor: 0, mentee: 0 };
  // The id, and the name as first written (one id carries one name: person-name-mismatch).
  const idOf = (prefix: 'mentor' | 'mentee', person: { id?: string | undefined; name: string; email?: string | undefined }): { id: string; name: string } => {
    const found = person.id === undefined ? same(person) : undefined;
    const id = person.id ?? found?.id ?? next(prefix, undefined, counted[prefix]++);
    known.push({ id, name: person.name, email: person.email });
    return { id, name: found?.name ?? person.name };
  };
  const mentors = (answers.mentors ?? []).map((m) => {
    const { id: _id, capacity, levels, lineManager, ...rest } = m;
    // `mentorsPrepared`: the workshop's day, recorded for every required module of a mentor who lists none.
    const prepared = rest.preparation === undefined && answers.mentorsPrepared !== undefined && requiredModules.length > 0 ? { preparation: requiredModules.map((module) => ({ module, completed: answers.mentorsPrepared! })) } : {};
    const who = idOf('mentor', m);
    return { id: who.id, ...rest, name: who.name, ...manager(lineManager), capacity: capacity ?? 2, levels: levels ?? {}, ...prepared } as Mentor;
  });
  const mentees = (answers.mentees ?? []).map((m) => {
    const { id: _id, lineManager, ...rest } = m;
    const who = idOf('mentee', m);
    return { id: who.id, ...rest, name: who.name, ...manager(lineManager) } as Mentee;
  });
  return { mentors, mentees };
}

/**
 * The pairs given in the answers, mentor and mentee by id or by name (`pair-01`… unless given):
 * the competencies default to the mentee's plan, the start to the kick-off. A name nobody has stays
 * as written, for the validator to report.
 */
function planPairs(answers: ScaffoldAnswers, people: { mentors: readonly Mentor[]; mentees: readonly Mentee[] }, start: string): Pair[] {
  const taken = new Set<string>((answers.pairs ?? []).flatMap((p) => (p.id ? [p.id] : [])));
  const find = (list: readonly { id: string; name: string }[], key: string): string =>
    list.find((p) => p.id === key)?.id ?? list.find((p) => p.name === key)?.id ?? list.find((p) => personNameKey(p.name) === personNameKey(key))?.id ?? key;
  return (answers.pairs ?? []).map((p, i) => {
    const mentor = find(people.mentors, p.mentor);
    const mentee = find(people.mentees, p.mentee);
    const plan = people.mentees.find((m) => m.id === mentee)?.competencies.map((c) => c.competency) ?? [];
    return {
      id: p.id ?? uniqueId(`pair-${String(i + 1).padStart(2, '0')}`, taken),
      mentor,
      mentee,
      competencies: (p.competencies ?? plan) as Pair['competencies'],
      start: p.start ?? start,
    };
  });
}

/**
 * A commented-out mentor and mentee written with the programme's own competency and module ids,
 * for a people file that has none yet. (The rule `competency-unused` stays quiet while a
 * programme has no mentees at all, so a fresh frame validates clean without invented people.)
 */
function peopleSample(frame: Frame, lineManagerId: string | undefined, start: string, text: InitFileText): { mentor: string; mentee: string } {
  const scaleOf = (c: Competency): Scale | undefined => frame.scales.find((s) => s.id === c.scale);
  const levels: Record<string, number> = {};
  for (const c of frame.competencies) levels[c.id] = Math.max(...(scaleOf(c)?.levels.map((l) => l.level) ?? [1]));
  const modules = (frame.preparation?.modules ?? []).filter((m) => m.required !== false).slice(0, 2);
  const mentor = {
    id: 'mentor-01',
    name: text.sampleNames.mentor,
    capacity: 2,
    levels,
    ...(modules.length > 0 ? { preparation: modules.map((m) => ({ module: m.id, completed: start })) } : {}),
  };
  const mentee = {
    id: 'mentee-01',
    name: text.sampleNames.mentee,
    ...(lineManagerId ? { lineManager: lineManagerId } : {}),
    competencies: frame.competencies.slice(0, 2).map((c) => ({ competency: c.id, ...exampleGap(scaleOf(c)) })),
  };
  // Written with its key (`mentors:` and the list under it), so uncommenting the lines gives YAML
  // that parses where the comment stands: the file leaves the key out while the list is empty.
  const render = (key: string, value: object, flow: ReadonlySet<string>, flowItems: ReadonlySet<string>): string => {
    const doc = new Document({ [key]: [value] });
    visit(doc, {
      Pair(_, pair) {
        if (!isScalar(pair.key)) return;
        if (flow.has(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
        if (flowItems.has(String(pair.key.value)) && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      },
    });
    return doc.toString({ lineWidth: 0, indentSeq: true }).trimEnd();
  };
  return {
    mentor: render('mentors', mentor, new Set(['levels']), new Set(['preparation'])),
    mentee: render('mentees', mentee, new Set(), new Set(['competencies'])),
  };
}

// ── YAML with real comments ─────────────────────────────────────────────────────────────────

/** yaml writes a comment line per text line, right after `#`: indent them by one space. */
const commentText = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : ` ${line}`))
    .join('\n');

interface DocOptions {
  header: string;
  /** Comments above top-level keys. */
  keyComments?: Partial<Record<string, string>>;
  /** Keys whose mapping values read better on one line (`when: { milestone: kick-off, offsetDays: -14 }`). */
  flowValues?: ReadonlySet<string>;
  /** Keys whose list items read better one per line in flow style. */
  flowItems?: ReadonlySet<string>;
  /** A comment at the end of the document. */
  trailer?: string;
  /** Comments above nested keys, by their path (`['process', 'durationWeeks']`). */
  pathComments?: readonly { path: readonly string[]; comment: string }[];
}

function topPair(doc: Document, key: string): YamlPair | undefined {
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  return contents.items.find((p) => isScalar(p.key) && p.key.value === key) as YamlPair | undefined;
}

function renderYaml(value: unknown, options: DocOptions): string {
  const doc = new Document(value);
  doc.commentBefore = commentText(options.header);
  for (const [key, comment] of Object.entries(options.keyComments ?? {})) {
    const pair = topPair(doc, key);
    if (!pair || comment === undefined) continue;
    (pair.key as Node).commentBefore = commentText(comment);
    (pair.key as Node).spaceBefore = true;
  }
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return;
      const key = pair.key.value;
      if (options.flowValues?.has(key) && isMap(pair.value)) pair.value.flow = true;
      if (options.flowItems?.has(key) && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
    Seq(_, seq) {
      // Short lists of ids read best on one line: `to: [mentee, mentor]`, `people: [people.yaml]`.
      const values = seq.items.map((item) => (isScalar(item) ? String(item.value) : undefined));
      if (values.length > 0 && values.every((v) => v !== undefined && v.length <= 40) && values.join(', ').length <= 70) seq.flow = true;
    },
    Scalar(_, node) {
      // Long texts as folded blocks (`>-`), the way people write them by hand.
      if (typeof node.value === 'string' && node.value.length > 100 && !node.value.includes('\n')) node.type = 'BLOCK_FOLDED';
    },
  });
  for (const { path, comment } of options.pathComments ?? []) {
    const parent = doc.getIn(path.slice(0, -1), true);
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]) : undefined;
    if (pair) (pair.key as Node).commentBefore = commentText(comment);
  }
  if (options.trailer) doc.comment = commentText(options.trailer);
  return doc.toString({ lineWidth: 110, minContentWidth: 40, indentSeq: true });
}

const modeline = (schema: string, depth: number): string => `yaml-language-server: $schema=${'../'.repeat(depth)}${schemaFolder}/${schema}.schema.json`;

// ── Real files (README, .gitignore, workflow) ───────────────────────────────────────────────

/**
 * Maps a template's real file to its place in the programme folder: `_gitignore` → `.gitignore`,
 * `_github/…` → `.github/…` (npm drops dotfiles from packages), and `README.pl.md` → `README.md`
 * in a Polish programme (and nowhere in an English one). `undefined` drops the file.
 */
export function targetPath(path: string, locale: Locale): string | undefined {
  const parts = path.split('/').map((part) => (part.startsWith('_') ? `.${part.slice(1)}` : part));
  const last = parts[parts.length - 1]!;
  const m = /^(.+)\.([a-z]{2})(\.[^.]+)$/.exec(last);
  if (m && (locales as readonly string[]).includes(m[2]!)) {
    if (m[2] !== locale) return undefined;
    parts[parts.length - 1] = `${m[1]}${m[3]}`;
  }
  return parts.join('/');
}

/** Replaces `{{name}}` placeholders; unknown ones stay as written, so a template's own braces survive. */
export function fillPlaceholders(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g, (whole, key: string) => vars[key] ?? whole);
}

// ── Dates ───────────────────────────────────────────────────────────────────────────────────

/**
 * Turns the frame's relative dates into days of the period: milestones, messages and the close
 * of recruitment, each on a working day of the programme's calendar and in the frame's order (see
 * placeOnWorkingDays). Messages tied to a milestone stay tied to it, with the offset to the day
 * they now fall on.
 */
function scheduleDates(frame: Frame, period: { start: string; end: string }, calendar: HolidayCalendar) {
  const ideal = new Map<string, string>();
  for (const m of frame.process.milestones) if (!ideal.has(m.id)) ideal.set(m.id, clampDate(resolveDate(m.date, period), period));
  const keepOrder = templateOrder(frame.process.milestones, period);
  for (const m of frame.process.milestones) if (!m.dated && ideal.get(m.id) !== undefined) ideal.set(m.id, clampDate(keepOrder(ideal.get(m.id)!), period));
  // A day the answers give a milestone is the client's: it moves only off a day off, the template's days around it give way.
  const given = new Set(frame.process.milestones.filter((m) => m.dated).map((m) => m.id));
  const events: PlannedEvent[] = [...ideal].map(([id, date]) => ({ key: `milestone:${id}`, ideal: date, weight: given.has(id) ? 20 : 3 }));
  frame.communications?.forEach((c, i) => {
    // A message may come before the period (recruitment, the sponsor's letter), not after its end.
    const base = 'date' in c.when ? notAfter(resolveDate(c.when.date, period), period.end) : ideal.get(c.when.milestone);
    if (base !== undefined) events.push({ key: `message:${i}`, ideal: 'date' in c.when ? base : addDays(base, c.when.offsetDays ?? 0) });
  });
  const closes = frame.addressees?.recruitment.closes;
  if (closes) events.push({ key: 'closes', ideal: keepOrder(resolveDate(closes, period)), weight: 2 });
  const placed = placeOnWorkingDays(events, period, calendar);
  const milestone = (id: string): string => placed.get(`milestone:${id}`)!;
  return {
    milestone,
    closes: placed.get('closes'),
    when(i: number): Communication['when'] {
      const { when } = frame.communications![i]!;
      const day = placed.get(`message:${i}`);
      if ('date' in when) return { date: day! };
      // An unknown milestone stays as written: the validator reports it.
      if (day === undefined) return when;
      const offsetDays = daysBetween(milestone(when.milestone), day);
      return { milestone: when.milestone, ...(offsetDays !== 0 || when.offsetDays !== undefined ? { offsetDays } : {}) };
    },
  };
}

/**
 * A template's date as it must now be to keep its place among the milestones the answers moved:
 * placed where it sat between its neighbours (the period's start and end, and the moved
 * milestones), in proportion. The template's start+7 close of recruitment and start+10 matching
 * before a start+14 kick-off become start+4 and start+5 before a kick-off the answers put at
 * start+7, so recruitment still closes before matching and matching comes before the kick-off;
 * a mid-point review stays midway between a moved kick-off and a moved closing. With nothing
 * moved, every date stays as the template has it.
 */
function templateOrder(milestones: readonly FrameMilestone[], period: { start: string; end: string }): (date: string) => string {
  const moved = milestones.flatMap((m) =>
    m.dated?.templateDate === undefined ? [] : [{ was: clampDate(resolveDate(m.dated.templateDate, period), period), now: clampDate(resolveDate(m.date, period), period) }],
  );
  if (moved.length === 0) return (date) => date;
  const anchors = [{ was: period.start, now: period.start }, ...moved, { was: period.end, now: period.end }].sort((a, b) => (a.was < b.was ? -1 : a.was > b.was ? 1 : 0));
  return (date) => {
    const lower = anchors.filter((a) => a.was <= date).at(-1);
    const upper = anchors.find((a) => a.was >= date);
    // Outside the period (recruitment that closes before the start): as far from the nearest anchor as before.
    if (!lower) return addDays(upper!.now, -daysBetween(date, upper!.was));
    if (!upper) return addDays(lower.now, daysBetween(lower.was, date));
    const span = daysBetween(lower.was, upper.was);
    return span === 0 ? lower.now : addDays(lower.now, Math.round((daysBetween(lower.was, date) * daysBetween(lower.now, upper.now)) / span));
  };
}

/** The earlier of two dates. */
function notAfter(date: string, last: string): string {
  return date > last ? last : date;
}

/** The frame with `{{…}}` filled in every text (names, descriptions, messages), dates and ids left alone. */
function fillTexts(frame: Frame, vars: Record<string, string>): Frame {
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') return fillPlaceholders(value, vars);
    if (Array.isArray(value)) return value.map(fill);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  };
  return fill(frame) as Frame;
}

// ── The plan ────────────────────────────────────────────────────────────────────────────────

/**
 * Plans every file of a new programme folder, without touching the disk: programme.yaml (with the
 * editor modeline and a comment on every section, in the programme's locale), people.yaml, the
 * first records file, the template's real files and the tool's schemas. The programme validates
 * with no errors and no warnings as long as the frame does.
 */
export function planScaffold(answers: ScaffoldAnswers, source: ScaffoldSource, context: ScaffoldContext): PlannedFile[] {
  return planScaffoldWithIds(answers, source, context).files;
}

/** What a planned programme holds, counted for the summary shown before writing. */
export interface ScaffoldCounts {
  goals: number;
  competencies: number;
  criteria: number;
  modules: number;
  milestones: number;
  kpis: number;
  communications: number;
  staff: number;
  mentors: number;
  mentees: number;
  pairs: number;
}

/** planScaffold, also returning the ids made from names (and the neutral ids of people and pairs) and what the programme holds. */
export function planScaffoldWithIds(answers: ScaffoldAnswers, source: ScaffoldSource, context: ScaffoldContext): { files: PlannedFile[]; made: MadeId[]; counts: ScaffoldCounts; scale?: { name: string; levels: string } } {
  const text = catalogue(answers.locale).init.file;
  const made: MadeId[] = [];
  const selected = selectFrame(source.frame, answers, made);
  const period = { start: answers.start, end: endOf(answers.start, answers.weeks) };

  const dates = scheduleDates(selected, period, calendarForLocale(answers.locale));
  const milestones = selected.process.milestones.map((m) => ({ id: m.id, name: m.name, date: dates.milestone(m.id) }));
  const dateOf = (id: string): string | undefined => milestones.find((m) => m.id === id)?.date;
  const kickOff = dateOf('kick-off');
  const closing = dateOf('closing');
  // The schema's `durationWeeks` is how long the pairs meet: kick-off to closing, inside the period.
  const durationWeeks = kickOff && closing && closing > kickOff ? Math.max(1, Math.round(daysBetween(kickOff, closing) / 7)) : answers.weeks;
  const cadence = { ...selected.process.cadence, ...(answers.cadence ?? {}) };
  const records = `records/${monthOf(period.start)}.yaml`;

  // What the answers set, for `{{…}}` in the template's texts and real files: a text that names the
  // cadence or the length says what was chosen, not what the template assumed.
  const vars: Record<string, string> = {
    id: answers.id,
    name: answers.name,
    organisation: answers.organisation,
    phase: answers.phase,
    phaseName: catalogue(answers.locale).init.choices.phase[answers.phase].split(' – ')[0]!,
    locale: answers.locale,
    start: period.start,
    end: period.end,
    weeks: String(answers.weeks),
    length: text.programmeLength(answers.weeks),
    durationWeeks: String(durationWeeks),
    cadence: text.cadence(cadence.everyWeeks),
    everyWeeks: String(cadence.everyWeeks),
    sessionMinutes: String(cadence.minutes),
    sessionLength: text.sessionLength(cadence.minutes),
    kickOff: kickOff ?? period.start,
    closing: closing ?? period.end,
    template: source.name,
    records,
    version: context.toolVersion,
    cliRange: compatibleRange(context.toolVersion),
    // A YAML string (JSON's quoting is YAML's), empty when no source is known: the workflow then fails saying so.
    toolSource: JSON.stringify(context.toolSource ?? ''),
    toolSourceNote: text.toolSourceNote(context.toolSource),
    pilot: source.pilot?.path ?? '',
  };
  const frame = fillTexts(selected, vars);
  const { staff, roles, sponsorId, lineManagerId } = staffRoles(frame, answers, source, text, made);
  const staffIds = new Set(staff.map((s) => s.id));

  // A recurring message's `until` is a bound, not a day anything happens on: resolved, not moved.
  const until = (when: FrameWhen): When => ('date' in when ? { date: notAfter(resolveDate(when.date, period), period.end) } : when);
  // People named in an own message's `toPeople` by name get their ids; a name nobody has stays, for the validator to report.
  const personId = (key: string): string => (staffIds.has(key) ? key : (staff.find((s) => s.name === key)?.id ?? key));
  const communications: Communication[] | undefined = frame.communications?.map(
    (c, i) =>
      ({
        ...c,
        when: dates.when(i),
        ...(c.every ? { every: { weeks: c.every.weeks, ...(c.every.until ? { until: until(c.every.until) } : {}) } } : {}),
        ...(c.toPeople ? { toPeople: c.toPeople.map(personId) } : {}),
      }) as Communication,
  );

  const addressees = frame.addressees && {
    ...frame.addressees,
    recruitment: {
      ...frame.addressees.recruitment,
      // Another method than the template's: its description would describe the wrong one.
      ...(answers.recruitment && answers.recruitment !== frame.addressees.recruitment.method ? { method: answers.recruitment, description: text.recruitment[answers.recruitment] } : {}),
      // Addressees started by own criteria (the frame had none) say how the method works, like a template would.
      ...(frame.addressees.recruitment.description === undefined ? { description: text.recruitment[answers.recruitment ?? frame.addressees.recruitment.method] } : {}),
      ...(dates.closes ? { closes: dates.closes } : {}),
    },
    ...(answers.size !== undefined ? { size: answers.size } : {}),
  };

  const goals = frame.goals.map((g) => ({ ...g, sponsor: g.sponsor !== undefined && staffIds.has(g.sponsor) ? g.sponsor : sponsorId }));
  const learningMix = { ...frame.process.learningMix, ...(answers.learningMix ?? {}) };
  // A rollout and a cycle that follows another one record what they changed on its evidence.
  const calibrated = answers.phase === 'rollout' || source.previous !== undefined;

  const programme = {
    apiVersion: 'mentor/v1',
    kind: 'Programme',
    metadata: {
      id: answers.id,
      name: answers.name,
      organisation: answers.organisation,
      phase: answers.phase,
      locale: answers.locale,
      period,
      ...(source.pilot ? { pilot: source.pilot } : {}),
      ...(source.previous ? { previous: source.previous } : {}),
      ...(answers.description ? { description: answers.description } : {}),
    },
    includes: { people: [peopleFile], records: ['records/'] },
    goals,
    scales: frame.scales,
    competencies: frame.competencies,
    ...(addressees ? { addressees } : {}),
    roles,
    ...(frame.roleMatrix ? { roleMatrix: frame.roleMatrix } : {}),
    process: {
      durationWeeks,
      milestones,
      cadence,
      learningMix,
    },
    ...(frame.preparation ? { preparation: frame.preparation } : {}),
    // Checkpoints of a template are relative dates, like milestones: they land inside the new period.
    kpis: frame.kpis.map((k) => (k.checkpoints ? { ...k, checkpoints: k.checkpoints.map((c) => ({ ...c, date: clampDate(resolveDate(c.date, period), period) })) } : k)),
    ...(communications ? { communications } : {}),
    ...(calibrated ? { calibration: { decisions: [] } } : {}),
  };
  const sections: Partial<Record<string, string>> = {};
  for (const key of Object.keys(text.sections) as ProgrammeSection[]) sections[key] = text.sections[key];
  const programmeYaml = renderYaml(programme, {
    header: [modeline('programme', 0), text.programmeHeader({ name: answers.name, organisation: answers.organisation, source: source.name, basis: source.pilot ? 'pilot' : source.previous ? 'previous' : 'template' })].join('\n'),
    keyComments: sections,
    flowValues: new Set(['when', 'period']),
    ...(kickOff && closing && closing > kickOff ? { pathComments: [{ path: ['process', 'durationWeeks'], comment: text.durationNote({ kickOff, closing, durationWeeks, weeks: answers.weeks }) }] } : {}),
  });

  const people = planPeople(answers, staff, (frame.preparation?.modules ?? []).filter((m) => m.required !== false).map((m) => m.id));
  const pairs = planPairs(answers, people, kickOff ?? period.start);
  people.mentors.forEach((m, i) => answers.mentors?.[i]?.id === undefined && made.push({ section: 'mentor', id: m.id, name: m.name }));
  people.mentees.forEach((m, i) => answers.mentees?.[i]?.id === undefined && made.push({ section: 'mentee', id: m.id, name: m.name }));
  const nameOf = (list: readonly { id: string; name: string }[], id: string): string => list.find((p) => p.id === id)?.name ?? id;
  pairs.forEach((p, i) => answers.pairs?.[i]?.id === undefined && made.push({ section: 'pair', id: p.id, name: `${nameOf(people.mentors, p.mentor)} – ${nameOf(people.mentees, p.mentee)}` }));
  const sample = peopleSample(frame, lineManagerId, period.start, text);
  // An empty list of mentors or mentees is left out, and its commented sample (with the key) stands
  // in its place, above the next key: uncommented, the sample is the list.
  const peopleData: Record<string, unknown> = { apiVersion: 'mentor/v1', kind: 'People', programme: answers.id, staff };
  const peopleComments: Record<string, string> = { staff: text.staff };
  let pending: string[] = [];
  for (const [key, list, comment, snippet] of [
    ['mentors', people.mentors, text.mentors, sample.mentor],
    ['mentees', people.mentees, text.mentees, sample.mentee],
  ] as const) {
    if (list.length > 0) {
      peopleData[key] = list;
      peopleComments[key] = [...pending, comment].join('\n\n');
      pending = [];
    } else pending.push(`${comment}\n${text.sampleHeading}\n${snippet}`);
  }
  peopleData['pairs'] = pairs;
  peopleComments['pairs'] = [...pending, text.pairs(dateOf('matching') ? { matching: dateOf('matching')! } : {})].join('\n\n');
  // What the answers left to fill in, for the people file's header and the README's "before the programme starts".
  const staffPlaceholders = staff.some((s) => unfilledPlaceholder.test(s.name));
  const framePlaceholders = programme.kpis.some((k) => k.baseline === undefined) || programmeYaml.split('\n').some((line) => !line.trimStart().startsWith('#') && unfilledPlaceholder.test(line));
  vars['beforeStart'] = text.beforeStart({ staffPlaceholders, noPeople: people.mentors.length === 0 || people.mentees.length === 0, framePlaceholders });
  const peopleYaml = renderYaml(peopleData, {
    header: [modeline('people', 0), text.peopleHeader({ name: answers.name, placeholders: staffPlaceholders })].join('\n'),
    keyComments: peopleComments,
    flowValues: new Set(['levels']),
    flowItems: new Set(['competencies', 'preparation']),
  });

  const recordsYaml = renderYaml(
    { apiVersion: 'mentor/v1', kind: 'Records', programme: answers.id },
    { header: [modeline('records', 1), text.recordsHeader({ name: answers.name, month: monthOf(period.start), folder: 'records' })].join('\n'), trailer: text.recordsSample },
  );

  const real: PlannedFile[] = [];
  for (const file of source.files) {
    const path = targetPath(file.path, answers.locale);
    if (path === undefined || real.some((f) => f.path === path)) continue;
    real.push({ path, contents: fillPlaceholders(file.contents, vars) });
  }

  const files = [
    { path: programmeFile, contents: programmeYaml },
    { path: peopleFile, contents: peopleYaml },
    { path: records, contents: recordsYaml },
    ...real.sort((a, b) => a.path.localeCompare(b.path)),
    ...context.schemas.map((s: RawFile) => ({ path: `${schemaFolder}/${s.path}`, contents: s.contents })),
  ];
  const counts: ScaffoldCounts = {
    goals: goals.length,
    competencies: frame.competencies.length,
    criteria: addressees?.criteria.length ?? 0,
    modules: frame.preparation?.modules.length ?? 0,
    milestones: milestones.length,
    kpis: programme.kpis.length,
    communications: communications?.length ?? 0,
    staff: staff.length,
    mentors: people.mentors.length,
    mentees: people.mentees.length,
    pairs: pairs.length,
  };
  const scale = frame.scales.length === 1 ? frame.scales[0]! : undefined;
  return { files, made, counts, ...(scale ? { scale: { name: scale.name, levels: scale.levels.map((l) => `${l.level} ${l.label}`).join(' · ') } } : {}) };
}

