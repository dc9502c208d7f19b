import type { RulesFormatter } from './formatter.js';

export const rulesFormats = ['table', 'json'] as const;
export type RulesFormat = (typeof rulesFormats)[number];

/** Formats load on demand, like the diagnostics formatters. */
const loaders: Record<RulesFormat, () => Promise<RulesFormatter>> = {
  table: async () => (await import('./table.js')).rulesTable,
  json: async () => (await import('./json.js')).rulesJson,
};

export function loadRulesFormatter(name: RulesFormat): Promise<RulesFormatter> {
  return loaders[name]();
}

export type { RulesFormatter, RulesModel } from './formatter.js';
