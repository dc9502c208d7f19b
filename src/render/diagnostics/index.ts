import type { DiagnosticFormatter } from './formatter.js';
import type { DiagnosticFormat } from './names.js';

/** Formatters load on demand: a run pays only for the formats it prints. */
const loaders: Record<DiagnosticFormat, () => Promise<DiagnosticFormatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  junit: async () => (await import('./junit.js')).junit,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
};

export function loadFormatter(name: DiagnosticFormat): Promise<DiagnosticFormatter> {
  return loaders[name]();
}

export { diagnosticFormats, type DiagnosticFormat } from './names.js';
export type { DiagnosticFormatter, FormatContext } from './formatter.js';
