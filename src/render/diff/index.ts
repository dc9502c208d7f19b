import type { DiffFormat } from './names.js';
import type { DiffRenderer } from './shared.js';

/** Renderers load on demand: a run pays only for the formats it prints. */
const loaders: Record<DiffFormat, () => Promise<DiffRenderer>> = {
  table: async () => (await import('./table.js')).table,
  md: async () => (await import('./markdown.js')).markdown,
  json: async () => (await import('./json.js')).json,
  html: async () => (await import('./html.js')).htmlDiff,
};

export function loadDiffRenderer(name: DiffFormat): Promise<DiffRenderer> {
  return loaders[name]();
}

export { diffFormats, type DiffFormat } from './names.js';
export type { DiffRenderContext, DiffRenderer } from './shared.js';
