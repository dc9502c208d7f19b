import { addDays, toUtc } from '../../model/dates.js';
import type { Communication } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';
import { datedMessages } from './dated-messages.js';

/** The Monday of a date's week (weeks run Monday to Sunday, as calendars in Poland and the UK show them). */
export function mondayOf(date: string): string {
  const weekday = (new Date(toUtc(date)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/**
 * No role receives more than `comms.maxMessagesPerWeek` messages (default 3) in one calendar week:
 * people stop reading a programme that writes every day. Each occurrence of a recurring message
 * counts. One finding per role and week, at the first message over the limit.
 */
export const roleOverloaded: Rule = {
  id: 'role-overloaded',
  check(ctx) {
    const max = ctx.settings.maxMessagesPerWeek;
    const byRoleWeek = new Map<string, { date: string; message: Communication; index: number }[]>();
    for (const { message, dates } of datedMessages(ctx)) {
      (message.to ?? []).forEach((role, index) => {
        for (const date of dates) {
          const key = `${role}\u0000${mondayOf(date)}`;
          let list = byRoleWeek.get(key);
          if (!list) byRoleWeek.set(key, (list = []));
          list.push({ date, message, index });
        }
      });
    }
    const findings: Finding[] = [];
    for (const [key, list] of byRoleWeek) {
      if (list.length <= max) continue;
      const [role, week] = key.split('\u0000') as [string, string];
      // Stable order: by date, then as the programme lists them.
      const sorted = list.map((item, order) => ({ ...item, order })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
      const over = sorted[max]!;
      findings.push(ctx.report(ctx.at(over.message, 'to', over.index), { role, week, count: list.length, max }));
    }
    return findings;
  },
};
