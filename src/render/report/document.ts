import type { ReportData } from '../../core/report/report-types.js';
import { catalogue } from '../../messages/index.js';
import type { ReportText } from '../../messages/report-text.js';
import { localeFormat } from '../locale-format.js';
import { valueFormat, type ValueFormat } from './format-values.js';
import type { ReportRenderContext } from './renderer.js';
import { reportTables, type ReportTable } from './tables.js';

/** What the human formats share: words, value formatting, the title lines, the tables and the notes. */
export interface ReportDocument {
  t: ReportText;
  v: ValueFormat;
  title: string;
  /** "as of 30.06.2026 · HR · names pseudonymised" */
  subtitle: string;
  health: string | null;
  tables: ReportTable[];
  notes: string[];
  footer: string;
}

export function reportDocument(data: ReportData, ctx: ReportRenderContext, limit?: number): ReportDocument {
  const t = catalogue(ctx.locale).report;
  const f = localeFormat(ctx.locale);
  const v = valueFormat(f, t);
  const who = data.audience.person ? t.forPerson(t.audience[data.audience.kind], data.audience.person.name) : t.audience[data.audience.kind];
  const subtitle = [t.asOf(f.date(data.asOf)), who, ...(data.audience.pseudonymised ? [t.pseudonymised] : [])].join(' · ');
  return {
    t,
    v,
    title: `${t.title}: ${data.programme.name}`,
    subtitle,
    health: data.health ? t.health(data.health, f) : null,
    tables: reportTables(data, v, limit),
    notes: data.notes.map((n) => t.notes[n.code](n.count, f, n.items)),
    footer: t.footer(ctx.tool),
  };
}
