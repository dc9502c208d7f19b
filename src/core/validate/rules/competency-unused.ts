import type { Rule } from '../rule.js';

/**
 * A competency no mentee works on is either not vacant after all or still waiting for recruits.
 * A programme with no mentees yet (the frame is designed before people are picked) is left alone.
 */
export const competencyUnused: Rule = {
  id: 'competency-unused',
  check(ctx) {
    if (ctx.model.mentees.length === 0) return [];
    const used = new Set<string>();
    for (const mentee of ctx.model.mentees) for (const c of mentee.competencies) used.add(c.competency);
    return ctx.model.programme.competencies
      .filter((c) => !used.has(c.id))
      .map((c) => ctx.report(ctx.at(c, 'id'), { competency: c.id }));
  },
};
