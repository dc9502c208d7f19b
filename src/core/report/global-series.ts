import { countOnOrBefore, type RecordIndex } from './record-index.js';
import type { LevelStats } from './evaluation.js';
import type { Hours } from './metrics.js';

/**
 * Running totals over the whole programme (no scope, no audience restriction), so the KPIs and the
 * timeline ask "as of D" with one binary search instead of a pass over every mentee and pair per
 * date. Built once per index on first use, in O(n log n) of the records.
 */
export interface GlobalSeries {
  levels(asOf: string): LevelStats;
  /** Held sessions that count for adherence (within their pair's window) up to `asOf`. */
  held(asOf: string): number;
  hours(asOf: string): Hours;
  /** Mentees with at least one learning activity up to `asOf`. */
  learners(asOf: string): number;
  /** Mentees who left the organisation up to `asOf`. */
  left(asOf: string): number;
}

/**
 * Running sums of `width` numbers, one row per distinct date (the totals after that day), in flat
 * arrays. Events are bucketed by date first: a programme has a few hundred dates and hundreds of
 * thousands of records, so only the dates are sorted.
 */
class Prefix {
  readonly dates: string[];
  private readonly sums: number[];

  private constructor(
    private readonly width: number,
    buckets: Map<string, number[]>,
  ) {
    this.dates = [...buckets.keys()].sort();
    this.sums = new Array<number>(this.dates.length * width);
    const row = new Array<number>(width).fill(0);
    this.dates.forEach((date, d) => {
      const add = buckets.get(date)!;
      for (let k = 0; k < width; k++) this.sums[d * width + k] = row[k]! += add[k]!;
    });
  }

  /** Sums the events' numbers per date; `values(e, row)` adds one event into its date's row. */
  static of<T>(width: number, events: Iterable<T>, dateOf: (e: T) => string, values: (e: T, row: number[]) => void): Prefix {
    const buckets = new Map<string, number[]>();
    for (const e of events) {
      const date = dateOf(e);
      let row = buckets.get(date);
      if (!row) buckets.set(date, (row = new Array<number>(width).fill(0)));
      values(e, row);
    }
    return new Prefix(width, buckets);
  }

  /** The running row on `asOf` (zeros before the first date). */
  at(asOf: string): number[] {
    const i = countOnOrBefore(this.dates, asOf);
    return i === 0 ? new Array<number>(this.width).fill(0) : this.sums.slice((i - 1) * this.width, i * this.width);
  }
}

interface LevelEvent {
  date: string;
  assessed: number;
  reached: number;
  gain: number;
  closed: number;
}

function build(index: RecordIndex): GlobalSeries {
  // Levels: each day's latest assessment moves its entry from the level before (the baseline at first) to its own.
  let entries = 0;
  let people = 0;
  const levelEvents: LevelEvent[] = [];
  for (const mentee of index.mentees) {
    const plan = index.plans.get(mentee.id) ?? [];
    if (plan.length > 0) people++;
    for (const { plan: p, assessments } of plan) {
      entries++;
      const gap = p.target - p.baseline;
      const closedOf = (level: number): number => Math.min(1, Math.max(0, (level - p.baseline) / gap));
      let level = p.baseline;
      let first = true;
      for (let i = 0; i < assessments.length; i++) {
        const a = assessments[i]!;
        // Several on one day: only the last written counts, so the entry changes once per day.
        if (i + 1 < assessments.length && assessments[i + 1]!.date === a.date) continue;
        const next = a.level;
        levelEvents.push({ date: a.date, assessed: first ? 1 : 0, reached: (next >= p.target ? 1 : 0) - (level >= p.target ? 1 : 0), gain: next - level, closed: closedOf(next) - closedOf(level) });
        level = next;
        first = false;
      }
    }
  }
  const levels = Prefix.of(4, levelEvents, (e) => e.date, (e, row) => {
    row[0]! += e.assessed;
    row[1]! += e.reached;
    row[2]! += e.gain;
    row[3]! += e.closed;
  });

  // Sessions: a held session counts from its date on, when it lies within its pair's window at all.
  function* countedHeld(): Generator<string> {
    for (const pair of index.pairs) {
      const last = pair.end !== undefined && pair.end < index.period.end ? pair.end : index.period.end;
      for (const session of index.held.get(pair.id) ?? []) if (session.date <= last) yield session.date;
    }
  }
  const one = (_: unknown, row: number[]): void => void (row[0]! += 1);
  const held = Prefix.of(1, countedHeld(), (date) => date, one);
  const types = { experience: 0, social: 1, formal: 2 } as const;
  const activities = function* () {
    for (const list of index.learning.values()) yield* list;
  };
  const hours = Prefix.of(3, activities(), (l) => l.date, (l, row) => void (row[types[l.type]]! += l.hours));
  const learners = Prefix.of(1, index.learning.values(), (list) => list[0]!.date, one);
  const left = Prefix.of(1, index.mentees.filter((m) => index.leftOn.has(m.id)), (m) => index.leftOn.get(m.id)!, one);

  return {
    levels: (asOf) => {
      const [assessed, reached, gainSum, closedSum] = levels.at(asOf) as [number, number, number, number];
      return { entries, assessed, reached, gainSum, closedSum, people };
    },
    held: (asOf) => held.at(asOf)[0]!,
    hours: (asOf) => {
      const [experience, social, formal] = hours.at(asOf) as [number, number, number];
      return { experience, social, formal };
    },
    learners: (asOf) => learners.at(asOf)[0]!,
    left: (asOf) => left.at(asOf)[0]!,
  };
}

const cache = new WeakMap<RecordIndex, GlobalSeries>();

/** The whole programme's running totals (built on first use). */
export function globalSeries(index: RecordIndex): GlobalSeries {
  let series = cache.get(index);
  if (!series) cache.set(index, (series = build(index)));
  return series;
}

