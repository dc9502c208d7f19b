import type { Diagnostic, MethodRuleId } from '../diagnostics.js';
import type { ProgrammeBundle } from '../model/bundle.js';
import { parseSourceText } from '../parse/parse-source.js';
import type { Finding, ParsedFile } from '../parse/parsed-file.js';
import { nearest } from '../text/nearest.js';
import { validateWorkspace, type ValidateOptions } from '../validate/index.js';
import { idTokens, itemId, itemsMentioning, listItems, mapItemIndex, standIn, type ListItem, type StandIn } from './stand-in.js';

/** A people file of the programme, as text (read, not parsed). */
export interface PeopleText {
  /** Path as shown to the user. */
  shown: string;
  absolutePath: string;
  text: string;
}

/** A file an addition goes into: its text before (undefined when the addition creates it) and after. */
export interface ChangedFile {
  shown: string;
  absolutePath: string;
  /** A programme file changes when it keeps its people inline: it is then read whole. */
  document: 'Programme' | 'People' | 'Records';
  before: string | undefined;
  after: string;
  /** The list the new items were appended to, and their real indexes there. */
  list: string;
  added: number[];
  /** The text of the new items. */
  addedText: string;
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

interface FileItems {
  file: PeopleText | ChangedFile;
  text: string;
  /** Undefined when the file's layout is not one a scan reads with certainty: it is then read whole. */
  items: ListItem[] | undefined;
}

/**
 * Rules whose verdict needs the whole programme, which a check of the part an addition touches
 * cannot give: `mentor add` leaves them to `mentor validate`.
 */
export const programmeWideRules: ReadonlySet<MethodRuleId> = new Set<MethodRuleId>(['competency-unused', 'person-email-duplicate']);

/** The ids the addition gives: `seeds` are whose it is (a record's owner, a new person's id), `references` every id it refers to. */
export interface AdditionIds {
  seeds: readonly string[];
  references: readonly string[];
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
 *   mentor's other pairs), then, repeatedly, the items that define an id those items or the
 *   programme name (a pair's mentor and mentee, a mentee's line manager and theirs up the reporting
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
  const files: FileItems[] = [
    ...scope.people.filter((p) => !changedPaths.has(p.absolutePath)).map((p) => ({ file: p, text: p.text, items: listItems(p.text) })),
    ...changed.filter((c) => c.before !== undefined && c.document !== 'Programme').map((c) => ({ file: c, text: c.before!, items: listItems(c.before!) })),
  ];
  const peopleFiles = files.filter((f) => !('document' in f.file) || f.file.document === 'People');
  const recordsFiles = files.filter((f) => 'document' in f.file && f.file.document === 'Records');

  // Which people items to keep: those mentioning a seed, then the definitions of what they name.
  const keep = new Map<FileItems, Set<ListItem>>(files.map((f) => [f, new Set()]));
  const definitions = new Map<string, { file: FileItems; item: ListItem }[]>();
  const byList = new Map<string, { file: FileItems; item: ListItem; id: string }[]>();
  for (const f of peopleFiles) {
    for (const item of f.items ?? []) {
      const id = itemId(f.text, item);
      if (id === undefined) continue;
      const list = definitions.get(id) ?? [];
      list.push({ file: f, item });
      definitions.set(id, list);
      const inList = byList.get(item.list) ?? [];
      inList.push({ file: f, item, id });
      byList.set(item.list, inList);
    }
  }
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
  for (const f of peopleFiles) for (const item of itemsMentioning(f.text, f.items ?? [], named)) take(f, item);
  // An id the addition refers to that is not defined gets the suggestion `validate` would make
  // ("did you mean"): the closest id of each list is kept; and each list keeps more items than
  // `unknown-reference` lists whole, or all of them, so it lists ids exactly when `validate` would.
  for (const reference of ids.references) {
    if (definitions.has(reference)) continue;
    for (const entries of byList.values()) {
      const close = nearest(reference, entries.map((e) => e.id));
      for (const e of entries) if (e.id === close) take(e.file, e.item);
    }
  }
  for (const entries of byList.values()) for (const e of entries.slice(0, listedWhole + 1)) take(e.file, e.item);
  // The programme names people too (goal sponsors, role holders, message senders).
  const programmeTexts = [scope.bundle.programme.text ?? '', programmeChange?.after ?? ''];
  for (const token of new Set(programmeTexts.flatMap(idTokens))) for (const d of definitions.get(token) ?? []) take(d.file, d.item);
  while (queue.length > 0) {
    const { file, item } = queue.pop()!;
    for (const token of idTokens(file.text.slice(item.start, item.end))) for (const d of definitions.get(token) ?? []) take(d.file, d.item);
  }
  for (const f of recordsFiles) for (const item of itemsMentioning(f.text, f.items ?? [], named)) keep.get(f)!.add(item);

  const kept = (f: FileItems, text: string, items: ListItem[] | undefined, extra: (item: ListItem) => boolean): StandIn => {
    if (!items || !f.items) return { text, indexes: new Map() };
    const chosen = keep.get(f)!;
    if (items === f.items) return standIn(text, items, (i) => chosen.has(i) || extra(i));
    // The text after an addition: the same items by list and index, plus the new ones.
    const byList = new Map<string, Set<number>>();
    for (const i of chosen) byList.set(i.list, (byList.get(i.list) ?? new Set()).add(i.index));
    return standIn(text, items, (i) => byList.get(i.list)?.has(i.index) === true || extra(i));
  };
  // Each side's stand-ins are made when that side is checked: the check without the addition only
  // runs when the one with it finds something.
  const standIns = new Map<string, { shown: string; absolutePath: string; document: 'Programme' | 'People' | 'Records'; before?: () => StandIn; after?: () => StandIn }>();
  for (const f of files) {
    const c = 'document' in f.file ? f.file : undefined;
    let made: StandIn | undefined;
    const before = (): StandIn => (made ??= kept(f, f.text, f.items, () => false));
    const after = c ? () => kept(f, c.after, listItems(c.after), (i) => i.list === c.list && c.added.includes(i.index)) : before;
    standIns.set(f.file.absolutePath, { shown: f.file.shown, absolutePath: f.file.absolutePath, document: c?.document ?? 'People', before, after });
  }
  for (const c of changed) {
    if (c.before !== undefined || c.document === 'Programme') continue;
    standIns.set(c.absolutePath, { shown: c.shown, absolutePath: c.absolutePath, document: c.document, after: () => ({ text: c.after, indexes: new Map() }) });
  }

  const run = (side: 'before' | 'after'): Diagnostic[] => {
    const textPaths = new Set(scope.people.map((p) => p.absolutePath));
    const people: ParsedFile[] = scope.bundle.people.filter((p) => !textPaths.has(p.absolutePath) && !changedPaths.has(p.absolutePath));
    const records: ParsedFile[] = [];
    const shownIndexes = new Map<string, Map<string, number[]>>();
    for (const s of standIns.values()) {
      const version = s[side]?.();
      if (!version) continue;
      const parsed = parseSourceText(s.shown, version.text, s.absolutePath);
      (s.document === 'People' ? people : records).push(parsed);
      shownIndexes.set(s.shown, version.indexes);
    }
    const programmeText = programmeChange?.[side];
    const programme = programmeText === undefined ? scope.bundle.programme : parseSourceText(programmeChange!.shown, programmeText, programmeChange!.absolutePath);
    const bundle: ProgrammeBundle = { ...scope.bundle, programme, people, records };
    const diagnostics = validateWorkspace({ files: [bundle.programme, ...people, ...records], bundles: [bundle], findings: [...scope.findings] }, { ...options, skipRules: programmeWideRules });
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
