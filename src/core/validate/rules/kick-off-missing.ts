import type { Rule } from '../rule.js';
import { ticks } from './support.js';

/** The rules that measure against the `kick-off` milestone and cannot run without it. */
export const needsKickOff = ['buy-in-missing'] as const;

/**
 * The method's timeline hangs on the `kick-off` milestone (buy-in must come before it). Renaming it
 * would silently switch those checks off, so its absence is said out loud, with the checks it stops.
 */
export const kickOffMissing: Rule = {
  id: 'kick-off-missing',
  check(ctx) {
    if (ctx.index.milestones.has('kick-off')) return [];
    const { process } = ctx.model.programme;
    return [ctx.report({ ...ctx.at(process, 'milestones'), target: 'key' }, { checks: ticks(needsKickOff), milestones: ticks(process.milestones.map((m) => m.id)) })];
  },
};
