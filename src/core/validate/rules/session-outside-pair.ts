import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * A session belongs to its pair's time together: not before the pair's `start`, not after its
 * `end` (a pair without `end` runs to the programme's end, which date-outside-period checks).
 */
export const sessionOutsidePair: Rule = {
  id: 'session-outside-pair',
  check(ctx) {
    const findings: Finding[] = [];
    for (const session of ctx.model.sessions) {
      // Unknown pairs are unknown-reference's findings.
      const pair = ctx.index.pairs.get(session.pair);
      if (!pair) continue;
      if (session.date < pair.start) findings.push(ctx.report(ctx.at(session, 'date'), { pair: pair.id, date: session.date, when: 'before', bound: pair.start }));
      else if (pair.end !== undefined && session.date > pair.end) findings.push(ctx.report(ctx.at(session, 'date'), { pair: pair.id, date: session.date, when: 'after', bound: pair.end }));
    }
    return findings;
  },
};
