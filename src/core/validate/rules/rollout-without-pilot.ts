import type { Rule } from '../rule.js';

/** Step 5 of the method: a rollout is calibrated on a pilot's evidence, so it should say which pilot. */
export const rolloutWithoutPilot: Rule = {
  id: 'rollout-without-pilot',
  check(ctx) {
    const { metadata } = ctx.model.programme;
    return metadata.phase === 'rollout' && !metadata.pilot ? [ctx.report(ctx.at(metadata, 'phase'), {})] : [];
  },
};
