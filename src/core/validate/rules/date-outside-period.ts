import { daysBetween, within } from '../../model/dates.js';
import type { DataPath } from '../../diagnostics.js';
import type { Communication } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';
import { datedMessages, whenKey } from './dated-messages.js';
import { datedRecords } from './support.js';

// How far outside the period recruitment and closing messages may go: further is a typo in the year.
const maxDaysBefore = 183;
const maxDaysAfter = 92;

/**
 * A message may fall outside the period when it belongs there: recruitment and announcements
 * (`buy-in`, `information`, or the early steps) in the half year before the start; closing news and
 * results (`information`, `celebration`, `closing`, `results-to-sponsor`) in the quarter after the
 * end. Such messages are checked against their own milestones instead (message-after-milestone).
 */
export function mayFallOutside(message: Communication, date: string, period: { start: string; end: string }): boolean {
  if (date < period.start) {
    const early = message.purpose === 'buy-in' || message.purpose === 'information' || ['sponsor-announcement', 'candidate-invitation', 'mentor-preparation'].includes(message.step ?? '');
    return early && daysBetween(date, period.start) <= maxDaysBefore;
  }
  const late = message.purpose === 'information' || message.purpose === 'celebration' || message.step === 'closing' || message.step === 'results-to-sponsor';
  return late && daysBetween(period.end, date) <= maxDaysAfter;
}

/**
 * Everything the process schedules or records happens within `metadata.period`. Preparation and
 * recruitment are left out on purpose: they come before the programme starts; so are messages that
 * belong before or after it (`mayFallOutside`).
 */
export const dateOutsidePeriod: Rule = {
  id: 'date-outside-period',
  check(ctx) {
    const { programme } = ctx.model;
    const { start, end } = programme.metadata.period;
    const findings: Finding[] = [];
    const check = (date: string | undefined, what: string, name: string, owner: object, ...sub: DataPath): void => {
      if (date === undefined || within(date, start, end)) return;
      findings.push(ctx.report(ctx.at(owner, ...sub), { what, name, date, start, end }));
    };
    for (const m of programme.process.milestones) check(m.date, 'milestone', m.id, m, 'date');
    for (const pair of ctx.model.pairs) {
      check(pair.start, 'pair-start', pair.id, pair, 'start');
      check(pair.end, 'pair-end', pair.id, pair, 'end');
    }
    for (const { message, dates } of datedMessages(ctx)) {
      // One finding per message, at what decides its date: the fixed date, or the offset (else the milestone).
      const outside = dates.find((date) => !within(date, start, end) && !mayFallOutside(message, date, { start, end }));
      check(outside, 'communication', message.id, message.when, whenKey(message));
    }
    for (const record of datedRecords(ctx.model)) check(record.date, record.kind, record.name, record.object, 'date');
    return findings;
  },
};
