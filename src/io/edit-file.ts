import { isUtf8 } from 'node:buffer';
import { chmod, open, readFile, stat } from 'node:fs/promises';
import { bytePosition, firstInvalidUtf8 } from '../core/parse/utf8.js';
import { maxFileBytes } from '../core/parse/parse-source.js';
import { editYaml, type EditOptions, type EditResult, type YamlEdit } from '../core/edit/yaml-edit.js';
import { IoError } from '../errors.js';
import { byteView, bytesOfView } from './byte-view.js';
import { writeFileAtomic } from './write.js';

/** A file read to be edited: its text, and the bytes it had, so a change on disk is noticed before writing. */
export interface EditableFile {
  path: string;
  shown: string;
  /** The text without a byte-order mark ('' for a file that does not exist yet); with `view`, its byte view. */
  text: string;
  /**
   * Whether `text` is a byte view of the file (src/core/text/byte-view.ts, read so when asked and
   * the file is UTF-8): edits are planned on the bytes, and what is written is bytes.
   */
  view?: boolean;
  /** Whether the file starts with a byte-order mark, which is written back. */
  bom: boolean;
  /** The bytes as read; undefined when the file did not exist. */
  original?: Buffer;
  /** Permission bits to keep. */
  mode?: number;
}

const code = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Reads a file to edit: a regular file within the size limit, or nothing yet (ENOENT). With `view`,
 * a UTF-8 file is read as its byte view: a 5 MB records file one line is appended to is then never
 * decoded or encoded whole.
 */
export async function readEditable(path: string, shown: string, options: { view?: boolean } = {}): Promise<EditableFile> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if (code(error) === 'ENOENT') return { path, shown, text: '', bom: false };
    throw new IoError('cannot-read', shown, code(error));
  }
  if (!info.isFile()) throw new IoError('cannot-read', shown, 'not a regular file');
  if (info.size > maxFileBytes) throw new IoError('cannot-read', shown, 'too large');
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new IoError('cannot-read', shown, code(error));
  }
  const view = options.view ? byteView(bytes) : undefined;
  if (view !== undefined) return { path, shown, text: view, view: true, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, original: bytes, mode: info.mode & 0o7777 };
  // Decoding bytes that are not UTF-8 would replace them, and writing the text back would lose them.
  if (view === undefined && !isUtf8(bytes)) {
    const at = bytePosition(bytes, firstInvalidUtf8(bytes));
    throw new IoError('not-utf8', shown, `${at.line}:${at.column}`);
  }
  const text = bytes.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { path, shown, text: bom ? text.slice(1) : text, bom, original: bytes, mode: info.mode & 0o7777 };
}

/** Plans edits on a file read with `readEditable` (pure; see `editYaml`): on its byte view when it was read as one, giving a byte view. */
export function planEdits(file: EditableFile, edits: readonly YamlEdit[], options?: EditOptions): EditResult {
  return editYaml(file.text, edits, file.view ? { ...options, view: true } : options);
}

/**
 * Writes the new text of an edited file atomically (temporary file + rename). An existing file is
 * replaced only if its bytes are still those read: a file changed on disk in between (an editor
 * saved it, another `mentor add` ran) is never clobbered (`changed-on-disk`, nothing written). A
 * file that did not exist is created only if it still does not.
 */
export async function writeEdited(file: EditableFile, text: string, appended?: { at: number; text: string }): Promise<void> {
  const contents = (file.view && appendedBytes(file, text, appended)) || (file.view ? bytesOfView(file.bom ? `\xEF\xBB\xBF${text}` : text) : file.bom ? `\uFEFF${text}` : text);
  if (file.original === undefined) {
    try {
      await writeFileAtomic(file.path, contents, { shown: file.shown });
    } catch (error) {
      throw error instanceof IoError && error.code === 'refuse-overwrite' ? new IoError('changed-on-disk', file.shown) : error;
    }
    return;
  }
  let same: boolean;
  try {
    same = await holds(file.path, file.original);
  } catch (error) {
    throw new IoError(code(error) === 'ENOENT' ? 'changed-on-disk' : 'cannot-read', file.shown, code(error));
  }
  if (!same) throw new IoError('changed-on-disk', file.shown);
  await writeFileAtomic(file.path, contents, { force: true, shown: file.shown });
  if (file.mode !== undefined) await chmod(file.path, file.mode).catch(() => undefined);
}

/**
 * The bytes of a byte view that is the file as read with `appended.text` put in at `appended.at`
 * (`EditResult.appended`), as the old bytes around the new ones: a line appended to a 5 MB records
 * file is written without first copying the file into a new buffer. Undefined when the lengths say
 * the text is not that (it is then written whole).
 */
function appendedBytes(file: EditableFile, text: string, appended: { at: number; text: string } | undefined): Uint8Array[] | undefined {
  const original = file.original;
  const bom = file.bom ? 3 : 0;
  if (!original || !appended || text.length !== original.length - bom + appended.text.length) return undefined;
  return [original.subarray(0, bom + appended.at), bytesOfView(appended.text), original.subarray(bom + appended.at)];
}

/**
 * Whether the file at `path` still holds exactly `bytes`, read in pieces into one buffer: a 5 MB
 * records file is compared without a second 5 MB buffer.
 */
async function holds(path: string, bytes: Uint8Array): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const piece = Buffer.allocUnsafe(Math.min(bytes.length + 1, 512 * 1024));
    for (let at = 0; ; ) {
      const { bytesRead } = await handle.read(piece, 0, piece.length, at);
      if (bytesRead === 0) return at === bytes.length;
      if (at + bytesRead > bytes.length || !piece.subarray(0, bytesRead).equals(bytes.subarray(at, at + bytesRead))) return false;
      at += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
