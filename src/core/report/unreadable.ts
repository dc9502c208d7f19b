import type { Audience, ReportData } from './report-types.js';

/**
 * The report of a programme whose files do not pass their schemas: no figure can be trusted, so it
 * names the programme (when its metadata can be read) and says why nothing else is there.
 */
export function unreadableReport(programmeData: unknown, path: string, options: { asOf: string; audience: Audience; pseudonymise: boolean }): ReportData {
  const metadata = (programmeData as { metadata?: Record<string, unknown> } | undefined)?.metadata ?? {};
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
  const period = (metadata['period'] ?? {}) as Record<string, unknown>;
  return {
    formatVersion: 1,
    programme: {
      id: text(metadata['id'], path),
      name: text(metadata['name'], path),
      organisation: text(metadata['organisation'], ''),
      phase: text(metadata['phase'], ''),
      locale: typeof metadata['locale'] === 'string' ? metadata['locale'] : null,
      period: { start: text(period['start'], ''), end: text(period['end'], '') },
    },
    asOf: options.asOf,
    audience: { kind: options.audience, person: null, pseudonymised: options.pseudonymise },
    sections: [],
    health: null,
    progress: null,
    sessions: null,
    learning: null,
    competencies: null,
    mentors: null,
    kpis: null,
    timeline: null,
    notes: [{ code: 'programme-unreadable', count: 1 }],
  };
}
