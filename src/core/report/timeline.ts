import { toUtc } from '../model/dates.js';
import { daysFrom } from './days.js';
import type { KpiResult } from './kpi-types.js';
import type { RecordIndex } from './record-index.js';
import type { TimelinePoint } from './report-types.js';

/** The last day of the month of a `YYYY-MM-DD` date. */
export function monthEnd(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The days the timeline is computed for: each month's last day from the start, the last one cut at `asOf` or the period's end. */
export function timelineDates(period: { start: string; end: string }, asOf: string): string[] {
  const last = asOf < period.end ? asOf : period.end;
  const dates: string[] = [];
  for (let day = period.start; day <= last; ) {
    const end = monthEnd(day);
    dates.push(end < last ? end : last);
    const next = new Date(toUtc(end) + 86_400_000).toISOString().slice(0, 10);
    day = next;
  }
  return dates;
}

/** The figures of one point: what the charts draw. */
export interface TimelineFigures {
  gapClosed: number | null;
  targetReached: number | null;
  adherence: number | null;
  kpis: KpiResult[];
}

/**
 * Month by month from the programme's start: the average gap closed, the share of targets reached,
 * session adherence and every KPI's value, each computed as of the month's last day (the report's
 * date in its own month), from the same records and formulas as the report itself.
 */
export function timeline(index: RecordIndex, asOf: string, figuresOn: (date: string) => TimelineFigures): TimelinePoint[] {
  const span = daysFrom(index.period.start, index.period.end);
  return timelineDates(index.period, asOf).map((date) => {
    const f = figuresOn(date);
    return {
      month: date.slice(0, 7),
      date,
      gapClosed: f.gapClosed,
      targetReached: f.targetReached,
      adherence: f.adherence,
      elapsed: span <= 0 ? 1 : Math.min(1, Math.max(0, daysFrom(index.period.start, date) / span)),
      kpis: f.kpis.map((k) => ({ id: k.id, value: k.value })),
    };
  });
}
