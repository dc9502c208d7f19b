import { resolveWhen } from '../../model/dates.js';
import type { Rule } from '../rule.js';
import { ticks } from './support.js';

/** The roles whose commitment must be secured before the process starts. */
export const buyInRoles = ['line-manager', 'mentor', 'mentee'] as const;

/**
 * Step 2 of the method: communication secures buy-in before kick-off. Each of the line managers,
 * mentors and mentees must be reached by a `buy-in` message dated before the `kick-off` milestone.
 * Only roles the programme defines are demanded: a community or a university without line
 * managers is not asked to win them over. Without a `kick-off` milestone there is nothing to
 * measure against; kick-off-missing says so.
 */
export const buyInMissing: Rule = {
  id: 'buy-in-missing',
  check(ctx) {
    const { programme } = ctx.model;
    const kickOff = ctx.index.milestones.get('kick-off');
    if (kickOff === undefined) return [];
    const reached = new Set<string>();
    for (const message of programme.communications ?? []) {
      if (message.purpose !== 'buy-in') continue;
      const date = resolveWhen(message.when, ctx.index.milestones);
      if (date !== undefined && date < kickOff) for (const role of message.to) reached.add(role);
    }
    const missing = buyInRoles.filter((role) => ctx.index.roles.has(role) && !reached.has(role));
    if (missing.length === 0) return [];
    const kickOffMilestone = programme.process.milestones.find((m) => m.id === 'kick-off')!;
    const at = programme.communications ? { ...ctx.at(programme, 'communications'), target: 'key' as const } : ctx.at(kickOffMilestone, 'date');
    return [ctx.report(at, { roles: ticks(missing), kickOff })];
  },
};
