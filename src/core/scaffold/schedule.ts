import { isWorkingDay, type HolidayCalendar } from '../calendar/index.js';
import { addDays } from './dates.js';

/** Something to put on the calendar: a key to find it by and the date the template or pilot meant. */
export interface PlannedEvent {
  key: string;
  ideal: string;
  /** How much moving it costs per day against the others (milestones anchor, messages follow); 1 by default. */
  weight?: number;
}

/** How far from its intended date an event may move, in days, to find a working day. */
const reach = 21;

/**
 * Moves every event to a working day, as near its intended date as it can, without changing their
 * order: events meant for different days stay on different days in the same order (so buy-in
 * messages still go out before recruitment closes, matching before kick-off), and events meant
 * for the same day stay together (the kick-off meeting on the kick-off). Events stay inside
 * `bounds`, unless they were meant to lie outside it (a recruitment that closes before the start).
 *
 * An exact search over the candidate days (dynamic programming over the events in order): it
 * minimises the total shift, weighted so that milestones move less than the messages around them,
 * preferring the earlier day when two are as near. When the days are too
 * few to keep every event apart, events may share a day; if even that fails, each takes its
 * nearest working day.
 */
export function placeOnWorkingDays(events: readonly PlannedEvent[], bounds: { start: string; end: string }, calendar: HolidayCalendar): Map<string, string> {
  const ideals = [...new Set(events.map((e) => e.ideal))].sort();
  const candidates = ideals.map((ideal) => {
    // An event meant for a day outside the bounds may move freely on that side of them.
    const low = ideal < bounds.start ? addDays(ideal, -reach) : bounds.start;
    const high = ideal > bounds.end ? addDays(ideal, reach) : bounds.end;
    const weight = Math.max(...events.filter((e) => e.ideal === ideal).map((e) => e.weight ?? 1));
    const days: { day: string; cost: number }[] = [];
    for (let offset = -reach; offset <= reach; offset++) {
      const day = addDays(ideal, offset);
      // Twice the distance, plus one for a later day: the earlier of two equally near days wins.
      if (day >= low && day <= high && isWorkingDay(day, calendar)) days.push({ day, cost: weight * (2 * Math.abs(offset) + (offset > 0 ? 1 : 0)) });
    }
    return days;
  });
  const chosen = search(candidates, true) ?? search(candidates, false);
  const placed = new Map<string, string>();
  const dayOf = new Map<string, string>();
  ideals.forEach((ideal, i) => dayOf.set(ideal, chosen?.[i] ?? nearest(candidates[i]!, ideal)));
  for (const e of events) placed.set(e.key, dayOf.get(e.ideal)!);
  return placed;
}

function nearest(days: readonly { day: string; cost: number }[], ideal: string): string {
  return days.reduce<{ day: string; cost: number } | undefined>((best, d) => (best === undefined || d.cost < best.cost ? d : best), undefined)?.day ?? ideal;
}

/** The cheapest choice of one day per group with days increasing (strictly, or not), or undefined. */
function search(candidates: readonly { day: string; cost: number }[][], strict: boolean): string[] | undefined {
  const total: number[][] = [];
  const from: number[][] = [];
  candidates.forEach((days, i) => {
    total[i] = [];
    from[i] = [];
    days.forEach((d, j) => {
      if (i === 0) {
        total[i]![j] = d.cost;
        from[i]![j] = -1;
        return;
      }
      let best = Infinity;
      let bestK = -1;
      candidates[i - 1]!.forEach((prev, k) => {
        const ordered = strict ? prev.day < d.day : prev.day <= d.day;
        if (ordered && total[i - 1]![k]! < best) {
          best = total[i - 1]![k]!;
          bestK = k;
        }
      });
      total[i]![j] = best + d.cost;
      from[i]![j] = bestK;
    });
  });
  const last = candidates.length - 1;
  if (last < 0) return [];
  let j = -1;
  total[last]!.forEach((cost, k) => {
    if (Number.isFinite(cost) && (j === -1 || cost < total[last]![j]!)) j = k;
  });
  if (j === -1) return undefined;
  const days: string[] = [];
  for (let i = last; i >= 0; i--) {
    days[i] = candidates[i]![j]!.day;
    j = from[i]![j]!;
  }
  return days;
}
