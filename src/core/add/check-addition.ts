import type { Diagnostic, MethodRuleId } from '../diagnostics.js';
import type { ProgrammeBundle } from '../model/bundle.js';
import { parseSourceText } from '../parse/parse-source.js';
import type { Finding, ParsedFile } from '../parse/parsed-file.js';
import { nearest } from '../text/nearest.js';
import { applySuppressions } from '../suppress/apply.js';
import { checkIncludedFile } from '../validate/document.js';
import { validateWorkspace, type ValidateOptions } from '../validate/index.js';
import { textOfView, viewOfText } from '../text/byte-view.js';
import { idTokens, indexesMentioning, itemId, itemsMentioning, listIndexes, listItems, mapItemIndex, standInOf, type Appended, type ListIndex, type ListItem, type StandIn } from './stand-in.js';

/** A people file of the programme, as text (read, not parsed). */
export interface PeopleText {
  /** Path as shown to the user. */
  shown: string;
  absolutePath: string;
  /** The file's text, or with `view` its byte view (src/core/text/byte-view.ts). */
  text: string;
  /** Whether `text` is a byte view: what of it is parsed is turned into text first, and ids are looked for by their bytes. */
  view?: boolean;
}

/** A file an addition goes into: its text before (undefined when the addition creates it) and after. */
export interface ChangedFile {
  shown: string;
  absolutePath: string;
  /** A programme file changes when it keeps its people inline: it is then read whole. */
  document: 'Programme' | 'People' | 'Records';
  before: string | undefined;
  after: string;
  /** Whether `before` and `after` are byte views (src/core/text/byte-view.ts); `addedText` is text. */
  view?: boolean;
  /** Set when `after` is `before` with `text` put in at `at` (the end of `list`'s items): the check then never reads `after`. */
  appended?: { at: number; text: string };
  /** The list the new items were appended to, and their real indexes there. */
  list: string;
  added: number[];
  /** The text of the new items. */
  addedText: string;
  /** The programme's `includes.records` entry a records file comes under: a file there that is no Records document is reported as `validate` reports it. */
  include?: string;
}

/** What is checked with an addition: the programme (read whole), its people files as text, and the files the addition changes. */
export interface AdditionScope {
  /**
   * The programme (and its pilot or previous cycle), parsed. Its `people` files that have no text in
   * `people` were parsed whole (a layout the scan does not read) and are checked as they are; its
   * `records` are not used.
   */
  bundle: ProgrammeBundle;
  /** Findings the loader made (a missing include…). */
  findings: readonly Finding[];
  people: readonly PeopleText[];
}

export interface AdditionCheck {
  /** Findings with the addition in place. */
  after: Diagnostic[];
  /** The same check without it (computed on first use): what the findings of `after` are compared with. */
  before: () => Diagnostic[];
  /** How many people items the check read, of how many (for tests and the note on speed). */
  read: { items: number; of: number };
}

/** What every suppression comment holds (src/core/suppress/directives.ts). */
const directiveMark = 'mentor-disable';

interface FileItems {
  file: PeopleText | ChangedFile;
  /** The text, or a byte view of it (`file.view`). */
  text: string;
  /** Undefined when the file's layout is not one a scan reads with certainty: it is then read whole. */
  lists: ListIndex[] | undefined;
  /** The items of a people file, one object each (a records file has only `lists`). */
  items: ListItem[] | undefined;
}

/**
 * Rules whose verdict needs the whole programme, which a check of the part an addition touches
 * cannot give: `mentor add` leaves them to `mentor validate`.
 */
export const programmeWideRules: ReadonlySet<MethodRuleId> = new Set<MethodRuleId>(['competency-unused']);

/** The ids the addition gives: `seeds` are whose it is (a record's owner, a new person's id), `references` every id it refers to. */
export interface AdditionIds {
  seeds: readonly string[];
  references: readonly string[];
  /**
   * The names and e-mail addresses of the people it adds: the people items that mention one (a
   * name by its last word, as typed) are read too, so one person entered again under a new id is
   * found (`person-name-duplicate`, `person-email-duplicate`) as `validate` finds them.
   */
  known?: readonly string[];
}

/**
 * What a person added may already be written as in a people file: an e-mail address as typed; a
 * name by its last word, as typed, in lower case, capitalised or in capitals (`person-name-duplicate`
 * compares names regardless of case, so `NOWAK` is Nowak). The items holding one are read.
 */
function knownForms(known: string): string[] {
  const text = known.trim();
  if (text.includes('@')) return [text];
  const last = text.split(/\s+/).pop() ?? '';
  const lower = last.toLocaleLowerCase('pl');
  return [last, lower, lower.toLocaleUpperCase('pl'), lower.charAt(0).toLocaleUpperCase('pl') + lower.slice(1)];
}

/** How many ids `unknown-reference` lists when it has no suggestion (its `maxKnown`): a stand-in keeps more, or all. */
const listedWhole = 8;

/**
 * Checks a programme with an addition by the rules of `mentor validate`, reading only what the
 * addition touches, so one addition into a programme of 10,000 mentees takes a fraction of a second:
 *
 * - the programme file (its frame: competencies, scales, KPIs, process, calendar) is read whole;
 * - of the people files, only the items that mention an id the addition names (its pair, mentee,
 *   mentor, line manager, respondent, or its own new id: which also finds a duplicate id and a
 *   mentor's other pairs) or the name or e-mail of a person it adds (one person entered twice),
 *   then, repeatedly, the items that define an id those items or the programme name (a pair's mentor and mentee, a mentee's line manager and theirs up the reporting
 *   line, a goal's sponsor);
 * - of the records file the addition goes into, the items that mention the same ids (a session
 *   recorded twice) and the new ones.
 *
 * Every other item is blanked out of a stand-in that keeps its lines (stand-in.ts), so findings
 * carry the real line and column, and are worded by the one rules engine (`validateWorkspace`).
 * Rules that need the whole programme (how many mentees a department has, competencies no one
 * works on, anything across other months' records) see only this part of it: whatever they find is
 * found in both the check with and without the addition, and is left to `mentor validate`.
 */
export function checkAddition(scope: AdditionScope, changed: readonly ChangedFile[], ids: AdditionIds, options: ValidateOptions): AdditionCheck {
  const { seeds } = ids;
  const changedPaths = new Set(changed.map((c) => c.absolutePath));
  const programmeChange = changed.find((c) => c.document === 'Programme');
  const fileItems = (file: PeopleText | ChangedFile, text: string): FileItems => {
    const records = 'document' in file && file.document === 'Records';
    return { file, text, lists: listIndexes(text), items: records ? undefined : listItems(text) };
  };
  const files: FileItems[] = [
    ...scope.people.filter((p) => !changedPaths.has(p.absolutePath)).map((p) => fileItems(p, p.text)),
    ...changed.filter((c) => c.before !== undefined && c.document !== 'Programme').map((c) => fileItems(c, c.before!)),
  ];
  const peopleFiles = files.filter((f) => !('document' in f.file) || f.file.document === 'People');
  const recordsFiles = files.filter((f) => 'document' in f.file && f.file.document === 'Records');

  // Which people items to keep: those mentioning a seed, then the definitions of what they name.
  const keep = new Map<FileItems, Set<ListItem>>(files.map((f) => [f, new Set()]));
  // Every people item by its number across the files, its id read once, and where each id is
  // defined: one map entry per id and no object per item, for the 25,000 items of a large programme.
  const numbered: { file: FileItems; from: number }[] = [];
  const itemIds: (string | undefined)[] = [];
  for (const f of peopleFiles) {
    numbered.push({ file: f, from: itemIds.length });
    for (const item of f.items ?? []) itemIds.push(itemId(f.text, item));
  }
  const numberedItem = (n: number): { file: FileItems; item: ListItem } => {
    let k = numbered.length - 1;
    while (numbered[k]!.from > n) k--;
    const { file, from } = numbered[k]!;
    return { file, item: file.items![n - from]! };
  };
  const firstDefinition = new Map<string, number>();
  const moreDefinitions = new Map<string, number[]>();
  for (let n = 0; n < itemIds.length; n++) {
    const id = itemIds[n];
    if (id === undefined) continue;
    const first = firstDefinition.get(id);
    if (first === undefined) firstDefinition.set(id, n);
    else moreDefinitions.set(id, [...(moreDefinitions.get(id) ?? [first]), n]);
  }
  const definitions = {
    has: (id: string): boolean => firstDefinition.has(id),
    get: (id: string): { file: FileItems; item: ListItem }[] | undefined => {
      const first = firstDefinition.get(id);
      return first === undefined ? undefined : (moreDefinitions.get(id) ?? [first]).map(numberedItem);
    },
  };
  // The items with an id of each list, in file order, as numbers: asked for only for a suggestion,
  // so made on first use.
  let byList: Map<string, number[]> | undefined;
  const itemsByList = (): Map<string, number[]> => {
    if (byList) return byList;
    byList = new Map();
    for (const { file, from } of numbered) {
      const items = file.items ?? [];
      for (let k = 0; k < items.length; k++) {
        if (itemIds[from + k] === undefined) continue;
        const list = items[k]!.list;
        const inList = byList.get(list);
        if (inList) inList.push(from + k);
        else byList.set(list, [from + k]);
      }
    }
    return byList;
  };
  const queue: { file: FileItems; item: ListItem }[] = [];
  const take = (file: FileItems, item: ListItem): void => {
    const kept = keep.get(file)!;
    if (kept.has(item)) return;
    kept.add(item);
    queue.push({ file, item });
  };
  // The ids the addition names: those given (a record's owner, known or not), and every word of the
  // new items that a person or pair is defined by (a new pair's mentor and mentee, its own id if taken).
  const named = new Set<string>(seeds);
  for (const c of changed) for (const token of idTokens(c.addedText)) if (definitions.has(token)) named.add(token);
  // A byte view holds an id the user typed with a letter beyond ASCII as that letter's bytes.
  const namedViews = new Set([...named].map(viewOfText));
  const namedIn = (f: FileItems): Set<string> => (f.file.view ? namedViews : named);
  for (const f of peopleFiles) for (const item of itemsMentioning(f.text, f.items ?? [], namedIn(f))) take(f, item);
  const knownBy = [...new Set((ids.known ?? []).flatMap(knownForms).filter((k) => k.length >= 2))];
  const knownViews = knownBy.map(viewOfText);
  for (const f of peopleFiles) for (const item of itemsMentioning(f.text, f.items ?? [], f.file.view ? knownViews : knownBy)) take(f, item);
  // An id the addition refers to that is not defined gets the suggestion `validate` would make
  // ("did you mean"): the closest id of each list is kept; and each list keeps more items than
  // `unknown-reference` lists whole, or all of them, so it lists ids exactly when `validate` would.
  for (const reference of ids.references) {
    if (definitions.has(reference)) continue;
    for (const entries of itemsByList().values()) {
      const close = nearest(reference, entries.map((n) => itemIds[n]!));
      for (const n of entries) if (itemIds[n] === close) take(numberedItem(n).file, numberedItem(n).item);
    }
  }
  // The first items with an id of each list, across the files in order: read from the start of
  // each list, not from all 25,000 items.
  const firstTaken = new Map<string, number>();
  for (const { file, from } of numbered) {
    let offset = 0;
    for (const l of file.lists ?? []) {
      for (let k = 0; k < l.starts.length && (firstTaken.get(l.list) ?? 0) <= listedWhole; k++) {
        if (itemIds[from + offset + k] === undefined) continue;
        firstTaken.set(l.list, (firstTaken.get(l.list) ?? 0) + 1);
        take(file, file.items![offset + k]!);
      }
      offset += l.starts.length;
    }
  }
  // The programme names people too (goal sponsors, role holders, message senders).
  const programmeTexts = [scope.bundle.programme.text ?? '', programmeChange?.after ?? ''];
  for (const token of new Set(programmeTexts.flatMap(idTokens))) for (const d of definitions.get(token) ?? []) take(d.file, d.item);
  while (queue.length > 0) {
    const { file, item } = queue.pop()!;
    for (const token of idTokens(file.text.slice(item.start, item.end))) for (const d of definitions.get(token) ?? []) take(d.file, d.item);
  }
  for (const f of recordsFiles) for (const item of indexesMentioning(f.text, f.lists ?? [], namedIn(f))) keep.get(f)!.add(item);

  // Stand-ins hold text: of a byte view, only the pieces kept are decoded.
  const decodeOf = (view: boolean | undefined): ((piece: string) => string) => (view ? textOfView : (piece) => piece);
  const whole = (text: string, view: boolean | undefined): StandIn => {
    const decoded = decodeOf(view)(text);
    return { text: decoded, compact: decoded, indexes: new Map() };
  };
  // Before and after an addition, the items kept are the same by list and index, plus the new ones after.
  const kept = (f: FileItems, text: string, lists: ListIndex[] | undefined, extra?: { list: string; indexes: readonly number[] }, appended?: Appended): StandIn => {
    if (!lists || !f.lists) return whole(text, f.file.view);
    const byList = new Map<string, number[]>();
    const add = (list: string, index: number): void => {
      const indexes = byList.get(list);
      if (indexes) indexes.push(index);
      else byList.set(list, [index]);
    };
    for (const i of keep.get(f)!) add(i.list, i.index);
    for (const index of extra?.indexes ?? []) add(extra!.list, index);
    return standInOf(text, lists, byList, appended, decodeOf(f.file.view));
  };
  // The items added at the end of their list's items, as put into the text before them (see ChangedFile.appended).
  const appendedTo = (f: FileItems, c: ChangedFile): Appended | undefined => {
    const target = f.lists?.find((l) => l.list === c.list);
    if (!c.appended || !target || target.starts.length === 0 || target.end !== c.appended.at || c.added.some((index, k) => index !== target.starts.length + k)) return undefined;
    return { list: c.list, at: c.appended.at, text: c.appended.text, count: c.added.length };
  };
  // Each side's stand-ins are made when that side is checked: the check without the addition only
  // runs when the one with it finds something.
  const standIns = new Map<string, { shown: string; absolutePath: string; document: 'Programme' | 'People' | 'Records'; before?: () => StandIn; after?: () => StandIn; whole: { before?: string; after?: string }; view?: boolean; include?: string }>();
  for (const f of files) {
    const c = 'document' in f.file ? f.file : undefined;
    let made: StandIn | undefined;
    const before = (): StandIn => (made ??= kept(f, f.text, f.lists));
    const appended = c ? appendedTo(f, c) : undefined;
    const after = !c ? before : appended ? () => kept(f, f.text, f.lists, undefined, appended) : () => kept(f, c.after, listIndexes(c.after), { list: c.list, indexes: c.added });
    standIns.set(f.file.absolutePath, { shown: f.file.shown, absolutePath: f.file.absolutePath, document: c?.document ?? 'People', before, after, whole: { before: f.text, after: c ? c.after : f.text }, ...(f.file.view ? { view: true } : {}), ...(c?.include !== undefined ? { include: c.include } : {}) });
  }
  for (const c of changed) {
    if (c.before !== undefined || c.document === 'Programme') continue;
    standIns.set(c.absolutePath, { shown: c.shown, absolutePath: c.absolutePath, document: c.document, after: () => whole(c.after, c.view), whole: { after: c.after }, ...(c.view ? { view: true } : {}), ...(c.include !== undefined ? { include: c.include } : {}) });
  }

  const run = (side: 'before' | 'after'): Diagnostic[] => {
    const textPaths = new Set(scope.people.map((p) => p.absolutePath));
    const people: ParsedFile[] = scope.bundle.people.filter((p) => !textPaths.has(p.absolutePath) && !changedPaths.has(p.absolutePath));
    const records: ParsedFile[] = [];
    const strays: Finding[] = [];
    const shownIndexes = new Map<string, Map<string, number[]>>();
    // The files that hold a `# mentor-disable…` comment. A stand-in's comments are read from the whole
    // file: in the stand-in, a `next-line` comment above an item left out would reach the next item kept.
    const commented: ParsedFile[] = [];
    for (const s of standIns.values()) {
      const version = s[side]?.();
      if (!version) continue;
      const parsed = parseSourceText(s.shown, () => version.text, s.absolutePath, version.compact);
      // A records file that is no Records document (its header lost) is reported as the loader reports it, and left out as the loader leaves it out.
      const stray = s.include !== undefined ? checkIncludedFile(parsed, { entry: s.include, list: 'records', expected: 'Records' }) : undefined;
      if (stray) strays.push(stray);
      else (s.document === 'People' ? people : records).push(parsed);
      shownIndexes.set(s.shown, version.indexes);
      // Looked for in the file as it is on disk: the text with the addition is the same plus the new
      // items (which hold no comment), and searching it would join its pieces into one more copy.
      const full = s.whole[side];
      if (full !== undefined && (s.whole.before ?? full).includes(directiveMark)) commented.push({ file: s.shown, absolutePath: s.absolutePath, text: s.view ? textOfView(full) : full, data: undefined, isMentorDocument: true, findings: [] });
    }
    const programmeText = programmeChange?.[side];
    const programme = programmeText === undefined ? scope.bundle.programme : parseSourceText(programmeChange!.shown, programmeChange!.view ? textOfView(programmeText) : programmeText, programmeChange!.absolutePath);
    const bundle: ProgrammeBundle = { ...scope.bundle, programme, people, records };
    const found = validateWorkspace({ files: [bundle.programme, ...people, ...records], bundles: [bundle], findings: [...scope.findings, ...strays] }, { ...options, skipRules: programmeWideRules });
    // Comments silence findings as in `mentor validate`: what a file allows there is not refused here.
    // Whether a comment silences anything is `validate`'s to say: this check reads only part of a file,
    // and an addition that stops the rules (a value of the wrong type) would make every comment unused.
    for (const f of [programme, ...people.filter((p) => !textPaths.has(p.absolutePath) && !changedPaths.has(p.absolutePath))]) if (f.text?.includes(directiveMark)) commented.push(f);
    const diagnostics = commented.length > 0 ? applySuppressions(commented, found, options.locale ?? 'en').diagnostics.filter((d) => d.ruleId !== 'suppression-unused') : found;
    return diagnostics.map((d) => {
      let mapped = d;
      for (const [list, indexes] of shownIndexes.get(d.file) ?? []) mapped = mapItemIndex(mapped, list, indexes);
      return mapped;
    });
  };
  const after = run('after');

  let before: Diagnostic[] | undefined;
  const of = peopleFiles.reduce((n, f) => n + (f.items?.length ?? 0), 0);
  const items = peopleFiles.reduce((n, f) => n + (f.items ? keep.get(f)!.size : 0), 0);
  return { after, before: () => (before ??= run('before')), read: { items, of } };
}
