import type { Rule } from '../rule.js';

/**
 * Levels are listed from lowest to highest, so "above the baseline" means a higher number. A level
 * repeated from earlier in the list is duplicate-id's finding, not this one, so each problem is
 * reported once.
 */
export const scaleLevelsNotIncreasing: Rule = {
  id: 'scale-levels-not-increasing',
  check(ctx) {
    return ctx.model.programme.scales.flatMap((scale) => {
      const seen = new Set<number>();
      return scale.levels.flatMap((l, i) => {
        const previous = scale.levels[i - 1];
        const repeated = seen.has(l.level);
        seen.add(l.level);
        if (!previous || repeated || l.level > previous.level) return [];
        return [ctx.report(ctx.at(l, 'level'), { scale: scale.id, level: l.level, previous: previous.level })];
      });
    });
  },
};
