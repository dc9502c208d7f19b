import type { ProgrammeBundle } from '../model/bundle.js';
import type { Finding, ParsedFile } from '../parse/parsed-file.js';
import { shareMetrics } from '../report/metrics.js';
import { items, record, valueAt } from './raw-data.js';

/**
 * A KPI value typed as a percentage (`value: 35%`) gets from the schema check the number before the
 * sign (`35`, see number-meant.ts): right for a KPI measured in percent (baseline 40, target 60,
 * unit `%`), wrong for one measured as a share of 1 (baseline 0.4, target 0.6), which wants 0.35.
 * The schema check sees the records file alone; here, with the programme at hand, the suggestion
 * becomes the share when the KPI's own numbers and unit say it is one.
 */
export function suggestSharesForPercents(findings: readonly Finding[], bundles: readonly ProgrammeBundle[]): readonly Finding[] {
  const typed = new Set(findings.filter((f) => f.ruleId === 'schema-type' && f.params['key'] === 'value' && typeof f.params['suggestion'] === 'string' && f.at.path[f.at.path.length - 3] === 'kpiValues'));
  if (typed.size === 0) return findings;
  const kpisOf = new Map<ParsedFile, Record<string, unknown>[]>();
  for (const bundle of bundles) {
    const kpis = items(record(bundle.programme.data)?.['kpis']);
    for (const file of [bundle.programme, ...bundle.records]) kpisOf.set(file, kpis);
  }
  return findings.map((f) => {
    if (!typed.has(f)) return f;
    const written = valueAt(f.at.file.data, f.at.path);
    const item = record(valueAt(f.at.file.data, f.at.path.slice(0, -1)));
    const kpi = (kpisOf.get(f.at.file) ?? []).find((k) => k['id'] === item?.['kpi']);
    const meant = Number(f.params['suggestion']);
    if (typeof written !== 'string' || !written.includes('%') || !kpi || !measuredAsShare(kpi) || !Number.isFinite(meant)) return f;
    return { ...f, params: { ...f.params, suggestion: String(Number((meant / 100).toPrecision(12))) } };
  });
}

/** Units that name a share of 1 rather than percent. */
const shareUnit = /^(share|fraction|ratio|udział|odsetek|część|0\s*[–-]\s*1)$/i;
const percentUnit = /^(%|percent|procent|proc\.?)$/i;

/**
 * Whether a KPI is measured as a share of 1: a built-in share metric; else its baseline, target and
 * checkpoint targets all lie within 0–1 and its unit, if any, says `%` or a share; else, with no
 * numbers to go by, a unit that names a share. A baseline of 40 and a target of 60 are percent.
 */
export function measuredAsShare(kpi: Record<string, unknown>): boolean {
  if (typeof kpi['metric'] === 'string' && shareMetrics.has(kpi['metric'])) return true;
  const unit = typeof kpi['unit'] === 'string' ? kpi['unit'].trim() : undefined;
  const numbers = [kpi['baseline'], kpi['target'], ...items(kpi['checkpoints']).map((c) => c['target'])].filter((n): n is number => typeof n === 'number');
  if (numbers.length === 0) return unit !== undefined && shareUnit.test(unit);
  return numbers.every((n) => n >= 0 && n <= 1) && (unit === undefined || unit === '' || shareUnit.test(unit) || percentUnit.test(unit));
}
