import { reportingChain } from '../../model/people.js';
import type { Rule } from '../rule.js';

/**
 * Mentoring works outside the reporting line: a mentee speaks freely only to someone who does not
 * appraise them. The line is followed upwards through every `lineManager` (of staff, mentors and
 * mentees alike), so a mentor who is the mentee's manager's manager is caught too.
 */
export const mentorIsLineManager: Rule = {
  id: 'mentor-is-line-manager',
  check(ctx) {
    return ctx.model.pairs.flatMap((pair) => {
      const chain = reportingChain(ctx.index.persons, pair.mentee, pair.mentor);
      if (!chain) return [];
      return [ctx.report(ctx.at(pair, 'mentor'), { pair: pair.id, mentor: pair.mentor, mentee: pair.mentee, ...(chain.length > 2 ? { chain: chain.map((id) => `\`${id}\``).join(' → ') } : {}) })];
    });
  },
};
