/**
 * What the scans of a file's text read (src/core/edit/line-plan.ts, src/core/add/stand-in.ts): a
 * string, or a byte view kept as the file's bytes (src/io/byte-view.ts, `ByteText`), whose pieces
 * become strings only when sliced. A string is one as it is.
 */
export interface Chars {
  readonly length: number;
  charCodeAt(index: number): number;
  /** The piece as a string (of a byte view: the piece's byte view). */
  slice(start?: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  includes(search: string, position?: number): boolean;
}
