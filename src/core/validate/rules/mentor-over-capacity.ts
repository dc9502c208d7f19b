import type { Finding } from '../../parse/parsed-file.js';
import type { Pair } from '../../model/types.js';
import type { Rule } from '../rule.js';

interface Event {
  date: string;
  /** Starts sort before ends on the same day: a pair ending the day another starts still overlaps it. */
  kind: 0 | 1;
  pair: Pair;
}

/**
 * Counts a mentor's pairs that run at the same time. A pair lasts from `start` to `end`, both days
 * included, or to the programme's end when it has no `end`. Each pair whose start takes the mentor
 * over capacity is reported at its start date. A sweep over sorted start and end events keeps this
 * O(n log n) however many pairs a mentor has.
 */
export const mentorOverCapacity: Rule = {
  id: 'mentor-over-capacity',
  check(ctx) {
    const programmeEnd = ctx.model.programme.metadata.period.end;
    const byMentor = new Map<string, Pair[]>();
    for (const pair of ctx.model.pairs) {
      const list = byMentor.get(pair.mentor);
      if (list) list.push(pair);
      else byMentor.set(pair.mentor, [pair]);
    }
    const findings: Finding[] = [];
    for (const [id, pairs] of byMentor) {
      const mentor = ctx.index.mentors.get(id);
      if (!mentor || pairs.length <= mentor.capacity) continue;
      const events: Event[] = [];
      for (const pair of pairs) {
        const end = pair.end ?? programmeEnd;
        events.push({ date: pair.start, kind: 0, pair }, { date: end < pair.start ? pair.start : end, kind: 1, pair });
      }
      events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind - b.kind));
      let running = 0;
      for (const event of events) {
        if (event.kind === 1) {
          running--;
          continue;
        }
        running++;
        if (running > mentor.capacity) {
          findings.push(ctx.report(ctx.at(event.pair, 'start'), { mentor: id, count: running, date: event.date, capacity: mentor.capacity }));
        }
      }
    }
    return findings;
  },
};
