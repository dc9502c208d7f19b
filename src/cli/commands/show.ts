import { resolve } from 'node:path';
import { normalise, shapeOf } from '../../core/diff/index.js';
import { maxFileBytes, parseSource } from '../../core/parse/parse-source.js';
import { yamlLib } from '../../core/parse/yaml-lib.js';
import { IoError, UsageError } from '../../errors.js';
import { readRegularFile } from '../../io/read-file.js';
import { readAll } from '../../io/stdin.js';
import { loadSchemas } from '../../io/templates.js';
import { catalogue } from '../../messages/index.js';
import type { CommandContext } from '../program.js';

export interface ShowFlags {
  normalised?: boolean;
}

const tooLarge = (size: number): string => `${(size / 1024 / 1024).toFixed(1)} MiB, over the ${maxFileBytes / 1024 / 1024} MiB limit`;

/** The file's bytes under mentor's reading rules: a regular file (or stdin) of at most 16 MiB. */
async function readInput(file: string, ctx: CommandContext): Promise<Uint8Array> {
  if (file === '-') {
    const read = await readAll(ctx.io.stdin);
    if (read instanceof Uint8Array) return read;
    throw new IoError('cannot-read', '<stdin>', tooLarge(read.tooLarge));
  }
  const read = await readRegularFile(resolve(ctx.io.cwd, file));
  switch (read.kind) {
    case 'bytes':
      return read.bytes;
    case 'too-large':
      throw new IoError('cannot-read', file, tooLarge(read.size));
    case 'not-regular':
      throw new IoError('cannot-read', file, read.type);
    case 'unreadable':
      throw read.code === 'ENOENT' ? new IoError('path-not-found', file) : new IoError('cannot-read', file, read.code);
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
  // yaml through yamlLib, like every other use: the bundle holds one copy of it, behind a require.
  const { stringify } = yamlLib();
  // No folding (lineWidth 0): one value per line, so a changed value is one changed line in git diff.
  ctx.io.stdout.write(stringify(normalise(parsed.data, shape), { lineWidth: 0, aliasDuplicateObjects: false }));
  return 0;
}
