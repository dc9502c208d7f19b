import type { SelectRenderer } from './view.js';

export const selectFormats = ['table', 'json', 'csv', 'md'] as const;
export type SelectFormat = (typeof selectFormats)[number];

/** Renderers load on demand: a run pays only for the formats it prints. */
const loaders: Record<SelectFormat, () => Promise<SelectRenderer>> = {
  table: async () => (await import('./table.js')).table,
  json: async () => (await import('./json.js')).json,
  csv: async () => (await import('./csv.js')).csv,
  md: async () => (await import('./md.js')).md,
};

export function loadSelectRenderer(format: SelectFormat): Promise<SelectRenderer> {
  return loaders[format]();
}

export type { SelectRenderContext, SelectRenderer } from './view.js';
