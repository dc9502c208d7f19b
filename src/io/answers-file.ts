import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import type { InitText } from '../messages/init-text.js';
import { readAll } from './stdin.js';

/**
 * Reads an answers file (`-` = stdin) as YAML, which also reads JSON. Any failure is a usage
 * error naming the file: the answers are the user's configuration, not a programme document.
 */
export async function readAnswersFile(path: string, io: { cwd: string; stdin: NodeJS.ReadableStream }, text: InitText): Promise<unknown> {
  const shown = path === '-' ? '(stdin)' : path;
  let source: string;
  try {
    source = path === '-' ? (await readAll(io.stdin)).toString('utf8') : await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(text.errors.answersFile(shown, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  try {
    return parse(source, { prettyErrors: true });
  } catch (error) {
    throw new UsageError(text.errors.answersFile(shown, (error as Error).message.split('\n')[0] ?? ''));
  }
}
