import type { ItemStyle } from './render-value.js';

/** Keys and list indexes from the document's root to a node, as yaml's `getIn` takes them. */
export type EditPath = readonly (string | number)[];

/**
 * One change to a YAML file.
 * - `append`: adds `values` at the end of the list at `path`; a missing (or empty, `key:` / `[]`)
 *   list is created, as the last key of its mapping or where `keyOrder` puts it.
 * - `set`: sets the key at `path` in its mapping to `value`, replacing what was there, or adding the
 *   key where `keyOrder` puts it.
 */
export type YamlEdit = { op: 'append'; path: EditPath; values: readonly unknown[] } | { op: 'set'; path: EditPath; value: unknown };

export interface EditOptions {
  /**
   * The keys of the mapping at `mapPath` in the order they should stand (e.g. the schema's): a new
   * key goes before the first existing key that should follow it, else after the last one.
   */
  keyOrder?: (mapPath: EditPath) => readonly string[] | undefined;
  /**
   * How the items of a list with none yet are written (default: block, nested plain lists in flow
   * style). `othersFlow` says how the mapping's other block lists write their items: true when the
   * last item of each of them is a flow mapping (`- { pair: … }`), false when each is a block
   * mapping, undefined when there are none or they differ.
   */
  newListStyle?: (path: EditPath, othersFlow: boolean | undefined) => Partial<ItemStyle> | undefined;
  /**
   * The source is a byte view of the file (src/core/text/byte-view.ts), and so is the result, with
   * byte offsets: what is parsed is turned into text first, the new text into bytes.
   */
  view?: boolean;
}

export type YamlEditErrorCode =
  /** The file is not valid YAML; nothing can be placed in it safely. */
  | 'yaml-errors'
  /** Something on the path is not a mapping (a list, text, or nothing). */
  | 'not-a-mapping'
  /** The node at the path exists but is not a list. */
  | 'not-a-list'
  /** A layout this editor does not write into (a flow mapping, anchors on the path…). */
  | 'unsupported'
  /** The edited text did not read back as the intended data: refused rather than written. */
  | 'verify-failed';

/** Why an edit could not be planned; the file is left as it was. */
export class YamlEditError extends Error {
  constructor(
    readonly code: YamlEditErrorCode,
    readonly path: EditPath,
    detail = '',
  ) {
    super(`${code} at ${path.length === 0 ? '(root)' : path.join('.')}${detail ? `: ${detail}` : ''}`);
    this.name = 'YamlEditError';
  }
}

/** A piece of new text: `remove` characters at `at` are replaced by `text`. */
export interface Splice {
  at: number;
  remove?: number;
  text: string;
  /** Where each appended value sits in `text`, as [start, end) offsets. */
  items?: { start: number; end: number }[];
  /** The 0-based line `at` starts, when the plan knows it (`at` is then a line start). */
  line?: number;
}

export interface EditResult {
  /** The whole new text: the old one with the splices applied, every other byte as it was. */
  text: string;
  /** Where text was inserted, as [start, end) offsets into `text`, in order. */
  inserted: { start: number; end: number }[];
  /** Where each appended value landed, as [start, end) offsets into `text`, in the order of the edits and their values. */
  items: { start: number; end: number }[];
  /**
   * The 1-based lines of each of `items` (`from`…`to`, as `lineSpans` in line-spans.ts counts them),
   * when the plan knew them without counting the lines of the whole file.
   */
  lines?: { from: number; to: number }[];
  /**
   * Set when the edit was one insertion at a line start of the old text, nothing removed: the new
   * text is the old one with `text` put in at `at` (0-based line `line`). Who holds the old text
   * then need not read the new one (a 5 MB records file is never copied whole).
   */
  appended?: { at: number; line: number; text: string };
}
