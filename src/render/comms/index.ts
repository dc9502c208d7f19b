import type { CommsFormat, MergeFormat } from './formats.js';
import type { CommsRenderer, MergeRenderer } from './renderer.js';

/** Renderers load on demand: a run pays only for the format it prints. */
const loaders: Record<CommsFormat, () => Promise<CommsRenderer>> = {
  table: async () => (await import('./table.js')).commsTable,
  md: async () => (await import('./markdown.js')).commsMarkdown,
  csv: async () => (await import('./csv.js')).commsCsv,
  json: async () => (await import('./json.js')).commsJson,
  ics: async () => (await import('./ics.js')).commsIcs,
  yaml: async () => (await import('./yaml.js')).commsYaml,
};

const mergeLoaders: Record<MergeFormat, () => Promise<MergeRenderer>> = {
  csv: async () => (await import('./csv.js')).mergeCsv,
  json: async () => (await import('./json.js')).mergeJson,
};

export function loadCommsRenderer(format: CommsFormat): Promise<CommsRenderer> {
  return loaders[format]();
}

export function loadMergeRenderer(format: MergeFormat): Promise<MergeRenderer> {
  return mergeLoaders[format]();
}

export type { CommsRenderContext, CommsRenderer, MergeRenderer } from './renderer.js';
export { commsFormats, mergeFormats, type CommsFormat, type MergeFormat } from './formats.js';
