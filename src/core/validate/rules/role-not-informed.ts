import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';
import { datedMessages } from './dated-messages.js';

// The HR process owner keeps the communication plan itself: there is nobody to tell it.
const keepsThePlan = 'hr-owner';

/**
 * Every role the programme defines hears about it before kick-off: it receives a message (`to`), or
 * sends one, dated before the `kick-off` milestone. Roles the programme does not define are not
 * asked for, nor is the HR owner, who runs the plan. Without a `kick-off` milestone there is
 * nothing to measure against.
 */
export const roleNotInformed: Rule = {
  id: 'role-not-informed',
  check(ctx) {
    const kickOff = ctx.index.milestones.get('kick-off');
    if (kickOff === undefined) return [];
    const informed = new Set<string>([keepsThePlan]);
    for (const { message, dates } of datedMessages(ctx)) {
      if (!dates.some((date) => date < kickOff)) continue;
      informed.add(message.from);
      for (const role of message.to ?? []) informed.add(role);
    }
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const role of ctx.model.programme.roles) {
      if (seen.has(role.id) || informed.has(role.id)) continue;
      seen.add(role.id);
      findings.push(ctx.report(ctx.at(role, 'id'), { role: role.id, kickOff }));
    }
    return findings;
  },
};
