import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use. Clean files are read by the fast path and never need
 * it, so a clean `mentor validate` skips its ~20 ms import. yaml's node checks (`isMap`, …) use
 * global symbols, so nodes from this copy and from an ESM import of yaml are interchangeable.
 */
export function yamlLib(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}
