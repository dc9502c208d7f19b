import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use. Clean files are read by the fast path and never need
 * it, so a clean `mentor validate` skips running it. yaml's node checks (`isMap`, …) use global
 * symbols, so nodes from this copy and from an ESM import of yaml are interchangeable.
 *
 * In the bundle the literal `require('yaml')` is what esbuild bundles (one file instead of yaml's
 * 74 modules from node_modules, most of the cost of a run with findings), and the banner of every
 * bundle file defines `require`. Run from the sources (tests), an ES module has no `require`, and
 * Node's own require does the same job.
 */
export function yamlLib(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: a literal require esbuild can bundle
  loaded ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as typeof Yaml;
  return loaded;
}
