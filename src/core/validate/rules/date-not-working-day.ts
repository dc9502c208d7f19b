import { calendarForLocale, dayOff, weekday, workingDayOnOrAfter, workingDayOnOrBefore } from '../../calendar/index.js';
import { addDays, resolveWhen } from '../../model/dates.js';
import type { DataPath } from '../../diagnostics.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * Milestones and meetings need people in the room: a milestone or a communication held as a
 * `meeting` should not fall on a weekend or a public holiday. Holidays follow the programme's
 * `locale` (`pl`: Poland's statutory days off; `en`: New Year's Day and Christmas Day, see
 * `calendarForLocale`). Messages sent by e-mail, intranet or chat are left alone: they wait in
 * an inbox. A warning, since a Saturday workshop may be deliberate.
 */
export const dateNotWorkingDay: Rule = {
  id: 'date-not-working-day',
  check(ctx) {
    const { programme } = ctx.model;
    const calendar = calendarForLocale(programme.metadata.locale);
    const findings: Finding[] = [];
    const check = (date: string | undefined, what: 'milestone' | 'meeting', name: string, owner: object, ...sub: DataPath): void => {
      if (date === undefined) return;
      const off = dayOff(date, calendar);
      if (!off) return;
      const before = workingDayOnOrBefore(addDays(date, -1), calendar);
      const after = workingDayOnOrAfter(addDays(date, 1), calendar);
      findings.push(
        ctx.report(ctx.at(owner, ...sub), {
          what,
          name,
          date,
          off: off.kind === 'weekend' ? off.day : off.holiday,
          before,
          beforeDay: weekday(before),
          after,
          afterDay: weekday(after),
        }),
      );
    };
    for (const m of programme.process.milestones) check(m.date, 'milestone', m.id, m, 'date');
    for (const message of programme.communications ?? []) {
      if (message.channel !== 'meeting') continue;
      const { when } = message;
      // Point at what decides the date, as date-outside-period does.
      const key = when.date !== undefined ? 'date' : when.offsetDays !== undefined ? 'offsetDays' : 'milestone';
      check(resolveWhen(when, ctx.index.milestones), 'meeting', message.id, when, key);
    }
    return findings;
  },
};
