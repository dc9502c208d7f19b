import type { Rule } from '../rule.js';
import type { Communication } from '../../model/types.js';
import { datedMessages, toRoles, whenKey } from './dated-messages.js';

/**
 * Line managers hear about the programme before their people are recruited: a message to
 * `line-manager` dated before `addressees.recruitment.closes` (or, without that date, before the
 * `matching` milestone). They nominate, agree goals and release time, so they cannot learn of it
 * from their own team. Points at the first message to line managers, or at the deadline.
 */
export const lineManagerAfterRecruitment: Rule = {
  id: 'line-manager-after-recruitment',
  check(ctx) {
    const { programme } = ctx.model;
    if (!ctx.index.roles.has('line-manager')) return [];
    const closes = programme.addressees?.recruitment.closes;
    const matching = ctx.index.milestones.get('matching');
    const deadline = closes ?? matching;
    if (deadline === undefined) return [];
    let first: { date: string; message: Communication } | undefined;
    for (const { message, dates } of datedMessages(ctx)) {
      if (!toRoles(message).includes('line-manager') || dates.length === 0) continue;
      if (!first || dates[0]! < first.date) first = { date: dates[0]!, message };
    }
    if (first && first.date < deadline) return [];
    const params = { deadline, what: closes !== undefined ? 'recruitment' : 'matching', ...(first ? { first: first.date, message: first.message.id } : {}) };
    if (first) return [ctx.report(ctx.at(first.message.when, whenKey(first.message)), params)];
    const at =
      closes !== undefined
        ? ctx.at(programme.addressees!.recruitment, 'closes')
        : ctx.at(programme.process.milestones.find((m) => m.id === 'matching')!, 'date');
    return [ctx.report(at, params)];
  },
};
