import { fileProblem, parseSource, tooLargeFile } from '../core/parse/parse-source.js';
import type { ParsedFile } from '../core/parse/parsed-file.js';
import { readRegularFile, type ReadOptions } from './read-file.js';

/**
 * Reads and parses one YAML file under mentor's reading rules (regular files only, checked on the
 * opened handle; the 16 MiB cap). Whatever stops the read becomes the file's one finding: never a
 * hang, never an exception.
 */
export async function readSource(path: string, shown: string, absolutePath = path, options: ReadOptions = {}): Promise<ParsedFile> {
  const read = await readRegularFile(path, options);
  switch (read.kind) {
    case 'bytes':
      return parseSource(shown, read.bytes, absolutePath);
    case 'too-large':
      return tooLargeFile(shown, absolutePath, read.size);
    case 'not-regular':
      return fileProblem(shown, absolutePath, 'file-not-regular', { type: read.type });
    case 'unreadable':
      return fileProblem(shown, absolutePath, 'file-unreadable', { reason: read.code });
  }
}
