import type { Rule } from '../rule.js';

/** Goals first, people second: a mentee is in the programme to close a gap in one of its competencies. */
export const menteeWithoutGap: Rule = {
  id: 'mentee-without-gap',
  check(ctx) {
    return ctx.model.mentees
      .filter((mentee) => !mentee.competencies.some((c) => c.target > c.baseline && ctx.index.competencies.has(c.competency)))
      .map((mentee) => ctx.report(ctx.at(mentee, 'competencies'), { mentee: mentee.id }));
  },
};
