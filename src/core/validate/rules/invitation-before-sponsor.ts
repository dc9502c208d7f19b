import type { Rule } from '../rule.js';
import { datedMessages, toRoles, whenKey, type DatedMessage } from './dated-messages.js';

/**
 * The sponsor announces the programme before candidates are invited: a message from `sponsor`
 * dated before the invitation. The invitation is the message marked `step: candidate-invitation`,
 * else the first message to `mentee` dated on or before `addressees.recruitment.closes`; without
 * either there is no invitation to check.
 */
export const invitationBeforeSponsor: Rule = {
  id: 'invitation-before-sponsor',
  check(ctx) {
    const { programme } = ctx.model;
    if (!ctx.index.roles.has('sponsor')) return [];
    const dated = datedMessages(ctx);
    const earliest = (list: DatedMessage[]): { date: string; dm: DatedMessage } | undefined => {
      let best: { date: string; dm: DatedMessage } | undefined;
      for (const dm of list) if (dm.dates.length > 0 && (!best || dm.dates[0]! < best.date)) best = { date: dm.dates[0]!, dm };
      return best;
    };
    const closes = programme.addressees?.recruitment.closes;
    const tagged = dated.filter((d) => d.message.step === 'candidate-invitation');
    const invitation =
      earliest(tagged) ??
      (closes === undefined ? undefined : earliest(dated.filter((d) => d.message.from !== 'sponsor' && toRoles(d.message).includes('mentee') && d.dates[0] !== undefined && d.dates[0] <= closes)));
    if (!invitation) return [];
    const sponsor = earliest(dated.filter((d) => d.message.from === 'sponsor'));
    if (sponsor && sponsor.date < invitation.date) return [];
    const { message } = invitation.dm;
    return [ctx.report(ctx.at(message.when, whenKey(message)), { message: message.id, date: invitation.date, ...(sponsor ? { sponsor: sponsor.date } : {}) })];
  },
};
