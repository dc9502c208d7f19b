import type { Rule } from '../rule.js';

/** Tacit know-how flows downhill: a mentor must already be where the mentee is heading. */
export const mentorBelowTarget: Rule = {
  id: 'mentor-below-target',
  check(ctx) {
    const { index } = ctx;
    return ctx.model.pairs.flatMap((pair) => {
      const mentor = index.mentors.get(pair.mentor);
      const plan = index.menteeCompetencies.get(pair.mentee);
      if (!mentor || !plan) return [];
      return pair.competencies.flatMap((competency, i) => {
        const goal = plan.get(competency);
        // Without a target there is nothing to compare (pair-competency-not-in-mentee reports that).
        if (!goal) return [];
        // A target off the scale (4 on a 0–3 scale) is level-outside-scale's finding: no mentor can
        // reach it, and saying so here would report the one mistake twice.
        if (!index.levelsOf.get(competency)?.has(goal.target)) return [];
        // `levels` is user data keyed by competency id: read own keys only (`constructor` is a valid id).
        const level = Object.hasOwn(mentor.levels, competency) ? mentor.levels[competency] : undefined;
        if (level !== undefined && level >= goal.target) return [];
        return [
          ctx.report(ctx.at(pair, 'competencies', i), {
            pair: pair.id,
            mentor: mentor.id,
            mentee: pair.mentee,
            competency,
            target: goal.target,
            ...(level !== undefined ? { mentorLevel: level } : {}),
          }),
        ];
      });
    });
  },
};
