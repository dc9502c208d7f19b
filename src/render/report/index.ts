import type { ReportFormat } from './names.js';
import type { ReportRenderer } from './renderer.js';

/** Renderers load on demand: a run pays only for the formats it writes (HTML carries the most code). */
const loaders: Record<ReportFormat, () => Promise<ReportRenderer>> = {
  table: async () => (await import('./table.js')).renderTable,
  md: async () => (await import('./markdown.js')).renderMarkdown,
  csv: async () => (await import('./csv.js')).renderCsv,
  json: async () => (await import('./json.js')).renderJson,
  html: async () => (await import('./html.js')).renderHtml,
};

export function loadReportRenderer(format: ReportFormat): Promise<ReportRenderer> {
  return loaders[format]();
}

export { reportFormats, reportFormatAliases, type ReportFormat } from './names.js';
export type { ReportRenderContext, ReportRenderer } from './renderer.js';
