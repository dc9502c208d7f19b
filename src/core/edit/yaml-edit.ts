import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { parseForEdit, planAppend, planSet } from './document-plan.js';
import { textLengthOfView, textOfView, viewOfText } from '../text/byte-view.js';
import { lineSpans } from './line-spans.js';
import { planTopLevelAppend } from './line-plan.js';
import { YamlEditError, type EditOptions, type EditPath, type EditResult, type Splice, type YamlEdit } from './types.js';

export { YamlEditError } from './types.js';
export type { EditOptions, EditPath, EditResult, YamlEdit, YamlEditErrorCode } from './types.js';
export type { ItemStyle } from './render-value.js';

/**
 * Up to this size, a file appended to from the scan is also read back whole, as YAML: a syntax error
 * elsewhere in it (an unclosed quote in another session) sends the edit to the Document, which
 * refuses it and names the error. A larger file is read back only around the new items: reading 5 MB
 * of records for one session would cost more than the rest of the addition.
 */
export const readBackWhole = 256 * 1024;

/** Whether a text reads as one YAML document (js-yaml with no types: syntax and duplicate keys, a fraction of a Document's cost). */
function wellFormed(text: string): boolean {
  try {
    jsYaml.load(text, { schema: jsYaml.FAILSAFE_SCHEMA });
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies edits to the text of a YAML file the way a careful person would by hand: new text is
 * inserted where it belongs (after a list's last item, in that item's style and indentation; a new
 * key among its siblings in `keyOrder`, or under its commented-out sample), and every other byte
 * (comments, blank lines, quoting, key order, line endings) stays as it was. Nothing is re-serialised.
 *
 * The result is read back and must equal the old data with the edits applied (a plan from the scan
 * of the lines: the list's last item and the new ones, and a file up to `readBackWhole` whole; a
 * plan on the yaml Document: the whole file);
 * otherwise, and for invalid YAML or paths that do not lead to a mapping or list, it throws
 * `YamlEditError` and the caller writes nothing. Pure: text in, text out.
 */
export function editYaml(source: string, edits: readonly YamlEdit[], options: EditOptions = {}): EditResult {
  if (options.view) return editView(source, edits, options);
  let text = source;
  let inserted: { start: number; end: number }[] = [];
  let items: { start: number; end: number }[] = [];
  for (const given of edits) {
    // Keys set to undefined are not written (YAML has no such value), so they are not expected back either.
    const edit: YamlEdit = given.op === 'append' ? { ...given, values: given.values.map(withoutUndefined) } : { ...given, value: withoutUndefined(given.value) };
    // An append to a top-level list is planned from a scan of the lines, whatever the file's size:
    // building a yaml Document of even a 50 KB records file takes a quarter of a second in a fresh
    // process. The Document plans what the scan does not read with certainty, and names the error of
    // a file that is not YAML.
    const fast = edit.op === 'append' && edit.path.length === 1 && typeof edit.path[0] === 'string' ? planTopLevelAppend(text, edit.path[0], edit.values, options) : undefined;
    const scanned = fast && applySplices(text, fast);
    let splices: Splice[];
    let next: EditResult;
    if (fast && scanned && (text.length > readBackWhole || wellFormed(scanned.text))) {
      splices = fast;
      next = scanned;
    } else {
      const parsed = parseForEdit(text);
      splices = edit.op === 'append' ? planAppend(parsed, edit, options) : planSet(parsed, edit, options);
      next = applySplices(text, splices);
      verify(parsed.doc.toJS() as unknown, next.text, edit);
    }
    inserted = shift(inserted, splices).concat(next.inserted);
    items = shift(items, splices).concat(next.items);
    text = next.text;
  }
  return { text, inserted: inserted.sort((a, b) => a.start - b.start), items };
}

/**
 * `editYaml` on a byte view: appends to a file's top-level lists are planned on the view itself
 * (their splices carry bytes); anything else is done on the decoded text, encoded back.
 */
function editView(source: string, edits: readonly YamlEdit[], options: EditOptions): EditResult {
  let lines: { from: number; to: number }[] | undefined;
  let appended: EditResult['appended'];
  let text = source;
  let inserted: { start: number; end: number }[] = [];
  let items: { start: number; end: number }[] = [];
  for (const given of edits) {
    if (given.op !== 'append' || given.path.length !== 1 || typeof given.path[0] !== 'string') return viewResult(editYaml(textOfView(source), edits, { ...options, view: false }));
    const splices = planTopLevelAppend(text, given.path[0], given.values.map(withoutUndefined), options);
    const next = splices && applySplices(text, splices);
    if (!splices || !next || (smallView(text) && !wellFormed(textOfView(next.text)))) return viewResult(editYaml(textOfView(source), edits, { ...options, view: false }));
    inserted = shift(inserted, splices).concat(next.inserted);
    items = shift(items, splices).concat(next.items);
    text = next.text;
    const [only] = splices;
    if (edits.length === 1 && splices.length === 1 && only!.line !== undefined && !only!.remove) {
      lines = lineSpans(only!.text, only!.items ?? []).map((r) => ({ from: only!.line! + r.from, to: only!.line! + r.to }));
      appended = { at: only!.at, line: only!.line, text: only!.text };
    }
  }
  return { text, inserted: inserted.sort((a, b) => a.start - b.start), items, ...(lines ? { lines } : {}), ...(appended ? { appended } : {}) };
}

/** Whether the text a byte view holds is at most `readBackWhole` long (counted as `editYaml` counts a text's), so read back whole. */
function smallView(view: string): boolean {
  // A character is at most 3 bytes (or 4 bytes and 2 units): only views of up to 3 × readBackWhole bytes need counting.
  return view.length <= readBackWhole || (view.length <= 3 * readBackWhole && textLengthOfView(view) <= readBackWhole);
}

/** An edit's result made on text, as a byte view with byte offsets. */
function viewResult(result: EditResult): EditResult {
  const at = (offset: number): number => viewOfText(result.text.slice(0, offset)).length;
  const ranges = (list: { start: number; end: number }[]): { start: number; end: number }[] => list.map((r) => ({ start: at(r.start), end: at(r.end) }));
  return { text: viewOfText(result.text), inserted: ranges(result.inserted), items: ranges(result.items) };
}

/** The text with the splices applied (they never overlap), and where the new text landed. */
export function applySplices(text: string, splices: readonly Splice[]): EditResult {
  const ordered = [...splices].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  const inserted: { start: number; end: number }[] = [];
  const items: { start: number; end: number }[] = [];
  for (const s of ordered) {
    out += text.slice(from, s.at);
    if (s.text !== '') inserted.push({ start: out.length, end: out.length + s.text.length });
    for (const item of s.items ?? []) items.push({ start: out.length + item.start, end: out.length + item.end });
    out += s.text;
    from = s.at + (s.remove ?? 0);
  }
  out += text.slice(from);
  return { text: out, inserted, items };
}

/** Earlier insertions move with the text spliced in before them. */
function shift(ranges: { start: number; end: number }[], splices: readonly Splice[]): { start: number; end: number }[] {
  return ranges.map((r) => {
    let delta = 0;
    for (const s of splices) if (s.at <= r.start) delta += s.text.length - (s.remove ?? 0);
    return { start: r.start + delta, end: r.end + delta };
  });
}

/** Reads the new text back: it must be the old data with the edit applied, or nothing is written. */
function verify(before: unknown, text: string, edit: YamlEdit): void {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new YamlEditError('verify-failed', edit.path, doc.errors[0]!.message.split('\n')[0]);
  const expected = applyToData(before, edit);
  if (!deepEqual(doc.toJS(), expected)) throw new YamlEditError('verify-failed', edit.path, 'the edited file reads back differently');
}

/** The data with one edit applied, as the edited text should read. */
export function applyToData(data: unknown, edit: YamlEdit): unknown {
  const root = structuredClone(data);
  const parentPath: EditPath = edit.path.slice(0, -1);
  const key = edit.path[edit.path.length - 1];
  let parent: unknown = root;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  if (edit.path.length === 0) return edit.op === 'append' ? [...((root as unknown[]) ?? []), ...edit.values] : edit.value;
  const holder = parent as Record<string | number, unknown>;
  if (edit.op === 'set') holder[key!] = structuredClone(edit.value);
  else holder[key!] = [...(Array.isArray(holder[key!]) ? (holder[key!] as unknown[]) : []), ...structuredClone(edit.values)];
  return root;
}

/** Structural equality of plain data (what YAML reads into). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => deepEqual(v, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Plain data without keys whose value is undefined, at any depth. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)]));
}
