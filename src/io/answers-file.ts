import { resolve } from 'node:path';
import { fileProblem, parseSource, tooLargeFile } from '../core/parse/parse-source.js';
import type { ParsedFile } from '../core/parse/parsed-file.js';
import { word } from '../core/word.js';
import { UsageError } from '../errors.js';
import type { Locale } from '../messages/index.js';
import type { InitText } from '../messages/init-text.js';
import { errorCode } from './read-file.js';
import { readSource } from './read-source.js';
import { readAll } from './stdin.js';

/**
 * Reads an answers file (`-` = stdin) as YAML, which also reads JSON. It is read like any programme
 * file (a regular file, at most 16 MiB, YAML problems found with a position, no warnings on
 * stderr), and any problem is a usage error naming the file: the answers are the user's
 * configuration, not a programme document.
 */
export async function readAnswersFile(path: string, io: { cwd: string; stdin: NodeJS.ReadableStream }, text: InitText, locale: Locale = 'en'): Promise<unknown> {
  const shown = path === '-' ? '(stdin)' : path;
  const file = await readAnswers(path, shown, io);
  // An empty file answers nothing, as an empty mapping would.
  const problem = file.findings.find((f) => f.ruleId !== 'file-empty');
  if (problem) {
    const d = word(problem, locale);
    throw new UsageError(text.errors.answersFile(shown, `${d.start.line}:${d.start.column}: ${d.message}`));
  }
  return file.data ?? null;
}

async function readAnswers(path: string, shown: string, io: { cwd: string; stdin: NodeJS.ReadableStream }): Promise<ParsedFile> {
  if (path === '-') {
    try {
      const read = await readAll(io.stdin);
      return read instanceof Uint8Array ? parseSource(shown, read) : tooLargeFile(shown, shown, read.tooLarge);
    } catch (error) {
      return fileProblem(shown, shown, 'file-unreadable', { reason: errorCode(error) });
    }
  }
  return readSource(resolve(io.cwd, path), shown, shown);
}
