import type { Rule } from '../rule.js';

/** Shares are percentages of one whole. Compared with a small epsilon, as shares may be decimals (33.3). */
export const learningMixSum: Rule = {
  id: 'learning-mix-sum',
  check(ctx) {
    const mix = ctx.model.programme.process.learningMix;
    const sum = mix.experience + mix.social + mix.formal;
    if (Math.abs(sum - 100) < 1e-9) return [];
    return [ctx.report(ctx.at(mix), { sum: Math.round(sum * 100) / 100 })];
  },
};
