import type { Rule } from '../rule.js';

/** `endReason` says why a pair ended early; without `end` the report cannot tell when, so retention cannot count it. */
export const pairEndReasonWithoutEnd: Rule = {
  id: 'pair-end-reason-without-end',
  check(ctx) {
    return ctx.model.pairs.filter((p) => p.endReason !== undefined && p.end === undefined).map((p) => ctx.report(ctx.at(p, 'endReason'), { pair: p.id, reason: p.endReason! }));
  },
};
