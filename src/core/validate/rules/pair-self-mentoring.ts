import type { Rule } from '../rule.js';

/** Now that one person may be both mentor and mentee, a pair must still join two different people. */
export const pairSelfMentoring: Rule = {
  id: 'pair-self-mentoring',
  check(ctx) {
    return ctx.model.pairs.filter((pair) => pair.mentor === pair.mentee).map((pair) => ctx.report(ctx.at(pair, 'mentee'), { pair: pair.id, person: pair.mentee }));
  },
};
