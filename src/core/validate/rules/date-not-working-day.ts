import { calendarForLocale, dayOff, weekday, workingDayOnOrAfter, workingDayOnOrBefore } from '../../calendar/index.js';
import { addDays } from '../../model/dates.js';
import type { DataPath } from '../../diagnostics.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';
import { datedMessages, whenKey } from './dated-messages.js';

/**
 * Milestones and meetings need people in the room: a milestone or a communication held as a
 * `meeting` should not fall on a weekend or a public holiday. Holidays follow the programme's
 * `locale` (`pl`: Poland's statutory days off; `en`: New Year's Day and Christmas Day, or
 * England and Wales's bank holidays in the `Europe/London` time zone, see `calendarForLocale`). Messages sent by e-mail, intranet or chat are left alone: they wait in
 * an inbox. A warning, since a Saturday workshop may be deliberate.
 */
export const dateNotWorkingDay: Rule = {
  id: 'date-not-working-day',
  check(ctx) {
    const { programme } = ctx.model;
    const calendar = calendarForLocale(programme.metadata.locale, programme.metadata.timeZone);
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
    for (const { message, dates } of datedMessages(ctx)) {
      if (message.channel !== 'meeting') continue;
      // A recurring meeting: its first occurrence on a day off. Point at what decides the date, as date-outside-period does.
      check(dates.find((date) => dayOff(date, calendar) !== undefined), 'meeting', message.id, message.when, whenKey(message));
    }
    return findings;
  },
};
