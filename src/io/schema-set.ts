import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaSet } from '../core/add/fields.js';
import { packagePath } from './package-files.js';

let cached: SchemaSet | undefined;

/** Every schema the tool ships, by file name, read once (synchronously: `mentor add`'s flags are built from them). */
export function schemaSet(): SchemaSet {
  // The schemas shipped in the package folder, found from wherever this code runs (src/, a bundle chunk).
  const schemasFolder = packagePath('schemas');
  cached ??= Object.fromEntries(
    readdirSync(schemasFolder)
      .filter((name) => name.endsWith('.schema.json'))
      .map((name) => [name, JSON.parse(readFileSync(join(schemasFolder, name), 'utf8')) as unknown]),
  );
  return cached;
}
