import type { Rule } from '../rule.js';

/** Step 3 of the method: the distance from baseline to target is what the programme closes. */
export const targetNotAboveBaseline: Rule = {
  id: 'target-not-above-baseline',
  check(ctx) {
    return ctx.model.mentees.flatMap((mentee) =>
      mentee.competencies
        .filter((c) => c.target <= c.baseline)
        .map((c) => ctx.report(ctx.at(c, 'target'), { mentee: mentee.id, competency: c.competency, baseline: c.baseline, target: c.target })),
    );
  },
};
