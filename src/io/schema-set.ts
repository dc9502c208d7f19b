import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchemaSet } from '../core/add/fields.js';

// The schemas shipped with the tool, next to src/ and dist/ in the package folder.
const schemasFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');
let cached: SchemaSet | undefined;

/** Every schema the tool ships, by file name, read once (synchronously: `mentor add`'s flags are built from them). */
export function schemaSet(): SchemaSet {
  cached ??= Object.fromEntries(
    readdirSync(schemasFolder)
      .filter((name) => name.endsWith('.schema.json'))
      .map((name) => [name, JSON.parse(readFileSync(join(schemasFolder, name), 'utf8')) as unknown]),
  );
  return cached;
}
