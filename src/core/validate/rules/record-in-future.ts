import type { Rule } from '../rule.js';
import { datedRecords } from './support.js';

/** Records describe what happened; a future date is a typo (often the year) or a planned entry in the wrong place. */
export const recordInFuture: Rule = {
  id: 'record-in-future',
  check(ctx) {
    const findings = [];
    for (const record of datedRecords(ctx.model)) {
      if (record.date > ctx.today) findings.push(ctx.report(ctx.at(record.object, 'date'), { date: record.date, today: ctx.today }));
    }
    return findings;
  },
};
