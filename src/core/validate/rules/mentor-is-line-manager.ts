import type { Rule } from '../rule.js';

/** Mentoring works outside the reporting line: a mentee speaks freely only to someone who does not appraise them. */
export const mentorIsLineManager: Rule = {
  id: 'mentor-is-line-manager',
  check(ctx) {
    return ctx.model.pairs
      .filter((pair) => ctx.index.mentees.get(pair.mentee)?.lineManager === pair.mentor)
      .map((pair) => ctx.report(ctx.at(pair, 'mentor'), { pair: pair.id, mentor: pair.mentor, mentee: pair.mentee }));
  },
};
