import { addDays, resolveWhen } from '../model/dates.js';
import type { Communication } from '../model/types.js';

/** A recurring message stops here even without `until`: five years of weekly messages. */
export const maxOccurrences = 260;

/**
 * The dates a message goes out: its `when`, then every `every.weeks` weeks up to `every.until`
 * (default: the end of the period), both ends included. The first date always counts, even when
 * `until` comes before it. Empty when the `when` milestone is unknown (unknown-reference says so).
 */
export function occurrenceDates(message: Pick<Communication, 'when' | 'every'>, milestones: ReadonlyMap<string, string>, periodEnd: string): string[] {
  const first = resolveWhen(message.when, milestones);
  if (first === undefined) return [];
  if (!message.every) return [first];
  const until = message.every.until ? resolveWhen(message.every.until, milestones) : periodEnd;
  const dates = [first];
  if (until === undefined) return dates;
  const step = 7 * message.every.weeks;
  for (let d = addDays(first, step); d <= until && dates.length < maxOccurrences; d = addDays(d, step)) dates.push(d);
  return dates;
}
