import { locate } from '../../locate.js';
import type { Session } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/** `YYYY-MM-DD` and minutes as one number, so a year of sessions needs no key strings. */
function sessionKey(date: string, minutes: number): number {
  let n = 0;
  for (let i = 0; i < date.length; i++) {
    const c = date.charCodeAt(i);
    if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
  }
  // Minutes are at most 600 (the schema), so they fit below the date's digits.
  return n * 1000 + minutes;
}

/**
 * The same session recorded twice (same pair, date and minutes), usually a line copied into two
 * monthly files, would count twice towards session adherence. The later copy is reported.
 */
export const sessionDuplicate: Rule = {
  id: 'session-duplicate',
  check(ctx) {
    const byPair = new Map<string, Map<number, Session>>();
    const findings: Finding[] = [];
    for (const session of ctx.model.sessions) {
      // Only held sessions count towards adherence; a cancelled or missed one has no minutes to compare.
      if ((session.status ?? 'held') !== 'held' || session.minutes === undefined) continue;
      let first = byPair.get(session.pair);
      if (!first) {
        first = new Map();
        byPair.set(session.pair, first);
      }
      // A cancelled or missed session may have no minutes (mentor report's session status): 0 then.
      const key = sessionKey(session.date, session.minutes ?? 0);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, session);
        continue;
      }
      const at = ctx.at(session, 'date');
      const firstAt = ctx.at(earlier, 'date');
      findings.push(
        ctx.report(at, {
          pair: session.pair,
          date: session.date,
          minutes: session.minutes ?? 0,
          first: locate(firstAt).start.line,
          // Always given: the wording step leaves it out where the finding is shown at its own file (word.ts).
          firstFile: firstAt.file.file,
        }),
      );
    }
    return findings;
  },
};
