import type { MatchRenderer } from './view.js';

export const matchFormats = ['table', 'json', 'csv', 'md'] as const;
export type MatchFormat = (typeof matchFormats)[number];

/** Renderers load on demand: a run pays only for the formats it prints. */
const loaders: Record<MatchFormat, () => Promise<MatchRenderer>> = {
  table: async () => (await import('./table.js')).table,
  json: async () => (await import('./json.js')).json,
  csv: async () => (await import('./csv.js')).csv,
  md: async () => (await import('./md.js')).md,
};

export function loadMatchRenderer(format: MatchFormat): Promise<MatchRenderer> {
  return loaders[format]();
}

export type { MatchRenderContext, MatchRenderer } from './view.js';
