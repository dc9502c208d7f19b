import type { Rule } from '../rule.js';

/** A pair's work is measured against the mentee's baseline and target, so each pair competency needs both. */
export const pairCompetencyNotInMentee: Rule = {
  id: 'pair-competency-not-in-mentee',
  check(ctx) {
    const { index } = ctx;
    return ctx.model.pairs.flatMap((pair) => {
      const plan = index.menteeCompetencies.get(pair.mentee);
      // Unknown mentees and competencies are unknown-reference's findings.
      if (!plan) return [];
      return pair.competencies.flatMap((competency, i) =>
        index.competencies.has(competency) && !plan.has(competency) ? [ctx.report(ctx.at(pair, 'competencies', i), { pair: pair.id, competency, mentee: pair.mentee })] : [],
      );
    });
  },
};
