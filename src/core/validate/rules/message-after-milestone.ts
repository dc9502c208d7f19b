import type { Communication } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';
import { datedMessages, whenKey } from './dated-messages.js';

// Steps that prepare the kick-off: they must go out before it.
const beforeKickOff = new Set(['sponsor-announcement', 'candidate-invitation', 'mentor-preparation', 'pairing-announcement']);

/** The milestone a message prepares, if it prepares one: buy-in and the early steps prepare kick-off. */
function prepares(message: Communication): string | undefined {
  if (message.step === 'assessment-reminder') return message.when.milestone;
  if (message.purpose === 'buy-in' || (message.step !== undefined && beforeKickOff.has(message.step))) return 'kick-off';
  return undefined;
}

/**
 * No message goes out on or after the milestone it prepares: buy-in and the steps before the start
 * (sponsor's announcement, invitation, mentor preparation, pairs announced) come before `kick-off`,
 * an assessment reminder before its milestone. One finding per message, at its first late date.
 */
export const messageAfterMilestone: Rule = {
  id: 'message-after-milestone',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { message, dates } of datedMessages(ctx)) {
      const milestone = prepares(message);
      const due = milestone === undefined ? undefined : ctx.index.milestones.get(milestone);
      if (due === undefined) continue;
      const late = dates.find((date) => date >= due);
      if (late === undefined) continue;
      findings.push(ctx.report(ctx.at(message.when, whenKey(message)), { message: message.id, date: late, milestone: milestone!, due, purpose: message.step ?? message.purpose }));
    }
    return findings;
  },
};
