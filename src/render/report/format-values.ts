import type { KpiResult } from '../../core/report/kpi-types.js';
import type { ReportText } from '../../messages/report-text.js';
import type { LocaleFormat } from '../locale-format.js';

/** How a value reads to people, in the document's locale: one place for every format. */
export interface ValueFormat {
  f: LocaleFormat;
  t: ReportText;
  share(x: number | null): string;
  number(x: number | null, digits?: number): string;
  date(iso: string | null): string;
  /** A KPI's value (or target, baseline) with its unit: `81,9%`, `4,18 pkt (1–5)`, `8,4 p.p.`. */
  kpiValue(k: KpiResult, x: number | null): string;
  /** The target with its direction: `≥ 80%`, `≤ 5 p.p.`. */
  kpiTarget(k: KpiResult, x: number | null): string;
}

export const dash = '–';

/** Decimal places a metric's values are shown with (shares are percentages with one decimal). */
function digitsOf(metric: string): number {
  return metric === 'satisfaction' || metric === 'average-level-gain' ? 2 : metric === 'nps' || metric === 'learning-mix-deviation' ? 1 : 2;
}

export function valueFormat(f: LocaleFormat, t: ReportText): ValueFormat {
  const number = (x: number | null, digits = 1): string => (x === null ? dash : f.number(x, digits));
  const withUnit = (k: KpiResult, text: string): string => {
    const unit = k.unit ?? (k.metric === 'learning-mix-deviation' ? t.percentagePoints : null);
    if (!unit) return text;
    // `%`, `% of sales` and `/5` read as part of the number (4.5/5); a word unit stands apart (12 days).
    return /^[%/]/.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
  };
  const kpiValue = (k: KpiResult, x: number | null): string => {
    if (x === null) return dash;
    if (k.kind === 'share') return f.percent(x, 1);
    return withUnit(k, f.number(x, digitsOf(k.metric)));
  };
  return {
    f,
    t,
    share: (x) => (x === null ? dash : f.percent(x, 1)),
    number,
    date: (iso) => (iso === null ? dash : f.date(iso)),
    kpiValue,
    kpiTarget: (k, x) => (x === null ? dash : `${k.direction === 'higher' ? '≥' : '≤'} ${kpiValue(k, x)}`),
  };
}

/** A CSV number: rounded, with the locale's decimal separator and no grouping (what Excel reads as a number). */
export function csvNumber(x: number | null, locale: 'en' | 'pl', digits = 2): string | null {
  if (x === null) return null;
  const factor = 10 ** digits;
  const rounded = Math.round(x * factor) / factor;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return locale === 'pl' ? text.replace('.', ',') : text;
}
