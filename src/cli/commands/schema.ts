import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { loadEditorSchemas } from '../../io/editor-schemas.js';
import { writeFilesAtomic } from '../../io/write.js';
import { catalogue } from '../../messages/index.js';
import type { CommandContext } from '../program.js';

export interface SchemaFlags {
  write?: string;
  force?: boolean;
}

/** `mentor schema`: the schemas the tool validates with, for editors and air-gapped CI. */
export async function schemaCommand(kind: string | undefined, flags: SchemaFlags, { io, locale }: CommandContext): Promise<number> {
  const ui = catalogue(locale).ui;
  const schemas = await loadEditorSchemas();
  const nameOf = (path: string): string => path.replace(/\.schema\.json$/, '');
  if (flags.write !== undefined) {
    if (kind !== undefined) throw new UsageError(ui.schemaWriteTakesNoKind);
    const dir = resolve(io.cwd, flags.write);
    // Every target is checked before anything is written, so a refusal never leaves half the set updated.
    await writeFilesAtomic(
      schemas.map(({ path, contents }) => ({ path: join(dir, path), contents, shown: join(flags.write!, path) })),
      { force: flags.force === true },
    );
    for (const { path } of schemas) io.stderr.write(`${ui.wrote(join(flags.write, path))}\n`);
    return 0;
  }
  if (kind === undefined) {
    for (const { path, contents } of schemas) {
      const schema = JSON.parse(contents) as { $id?: string; title?: string };
      io.stdout.write(`${nameOf(path).padEnd(10)} ${schema.title ?? ''}  ${schema.$id ?? ''}\n`);
    }
    return 0;
  }
  const found = schemas.find((s) => nameOf(s.path) === kind.toLowerCase());
  if (!found) throw new UsageError(ui.unknownSchema(kind, schemas.map((s) => nameOf(s.path))));
  io.stdout.write(found.contents.endsWith('\n') ? found.contents : `${found.contents}\n`);
  return 0;
}
