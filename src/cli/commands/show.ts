import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { normalise, shapeOf } from '../../core/diff/index.js';
import { parseSource } from '../../core/parse/parse-source.js';
import { IoError, UsageError } from '../../errors.js';
import { readAll } from '../../io/stdin.js';
import { loadSchemas } from '../../io/templates.js';
import { catalogue } from '../../messages/index.js';
import type { CommandContext } from '../program.js';

export interface ShowFlags {
  normalised?: boolean;
}

async function readInput(file: string, ctx: CommandContext): Promise<Uint8Array> {
  if (file === '-') return readAll(ctx.io.stdin);
  try {
    return await readFile(resolve(ctx.io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw code === 'ENOENT' ? new IoError('path-not-found', file) : new IoError('cannot-read', file, code);
  }
}

/**
 * `mentor show --normalised FILE`: the canonical form of a mentor document (keys in schema order,
 * lists with ids sorted by id, comments dropped), for `git diff` as a textconv driver. A file that
 * is not a mentor document, or does not parse, is printed as it is, so `git diff` keeps working on it.
 */
export async function showCommand(file: string, flags: ShowFlags, ctx: CommandContext): Promise<number> {
  if (!flags.normalised) throw new UsageError(catalogue(ctx.locale).diff.show.needsNormalised);
  const bytes = await readInput(file, ctx);
  const parsed = parseSource(file, bytes);
  if (parsed.data === undefined || !parsed.kind) {
    ctx.io.stdout.write(new TextDecoder('utf-8').decode(bytes));
    return 0;
  }
  const schemas = Object.fromEntries((await loadSchemas()).map(({ path, contents }) => [path, JSON.parse(contents) as Record<string, unknown>]));
  const shape = shapeOf(schemas, `${parsed.kind.toLowerCase()}.schema.json`);
  const { stringify } = await import('yaml');
  // No folding (lineWidth 0): one value per line, so a changed value is one changed line in git diff.
  ctx.io.stdout.write(stringify(normalise(parsed.data, shape), { lineWidth: 0, aliasDuplicateObjects: false }));
  return 0;
}
