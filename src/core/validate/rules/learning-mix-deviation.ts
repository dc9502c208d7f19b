import type { Rule } from '../rule.js';

/** The 70:20:10 principle of the method, in the order shares are written. */
export const plannedMix = { experience: 70, social: 20, formal: 10 } as const;
/** Percentage points a share may stray from 70:20:10 when the programme sets no tolerance. */
export const defaultTolerance = 10;

/** A planned mix far from 70:20:10 is allowed, but worth a second look (and a wider, explained tolerance). */
export const learningMixDeviation: Rule = {
  id: 'learning-mix-deviation',
  check(ctx) {
    const mix = ctx.model.programme.process.learningMix;
    const tolerance = mix.tolerance ?? defaultTolerance;
    return (Object.keys(plannedMix) as (keyof typeof plannedMix)[])
      .filter((share) => Math.abs(mix[share] - plannedMix[share]) > tolerance + 1e-9)
      .map((share) => ctx.report(ctx.at(mix, share), { share, value: mix[share], planned: plannedMix[share], tolerance }));
  },
};
