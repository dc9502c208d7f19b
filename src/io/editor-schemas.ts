import type { RawFile } from '../core/scaffold/types.js';
import { selfContainedSchemas } from '../core/schemas/self-contained-schema.js';
import { loadSchemas } from './templates.js';

/**
 * The schemas as editors get them (`mentor schema`, `mentor schema --write`, the `.mentor/schemas/`
 * of `mentor init`): made from the shipped sources on every call, each one self-contained, so an
 * editor never follows a reference out to the network and a single file works on its own.
 */
export async function loadEditorSchemas(): Promise<RawFile[]> {
  const sources = await loadSchemas();
  const parsed = sources.map(({ path, contents }) => ({ name: path, schema: JSON.parse(contents) as unknown }));
  return selfContainedSchemas(parsed).map(({ name, schema }) => ({ path: name, contents: `${JSON.stringify(schema, null, 2)}\n` }));
}
