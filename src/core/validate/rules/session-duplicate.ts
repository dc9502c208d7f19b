import { locate } from '../../locate.js';
import type { Session } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * The same session recorded twice (same pair, date and minutes), usually a line copied into two
 * monthly files, would count twice towards session adherence. The later copy is reported.
 */
export const sessionDuplicate: Rule = {
  id: 'session-duplicate',
  check(ctx) {
    const first = new Map<string, Session>();
    const findings: Finding[] = [];
    for (const session of ctx.model.sessions) {
      const key = `${session.pair}\u0000${session.date}\u0000${session.minutes}`;
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
          minutes: session.minutes,
          first: locate(firstAt).start.line,
          ...(firstAt.file !== at.file ? { firstFile: firstAt.file.file } : {}),
        }),
      );
    }
    return findings;
  },
};
