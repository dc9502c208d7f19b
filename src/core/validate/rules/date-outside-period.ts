import { resolveWhen, within } from '../../model/dates.js';
import type { DataPath } from '../../diagnostics.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';
import { datedRecords } from './support.js';

/**
 * Everything the process schedules or records happens within `metadata.period`. Preparation and
 * recruitment are left out on purpose: they come before the programme starts.
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
    for (const message of programme.communications ?? []) {
      const { when } = message;
      // Point at what decides the date: the fixed date, or the offset (else the milestone) it counts from.
      const key = when.date !== undefined ? 'date' : when.offsetDays !== undefined ? 'offsetDays' : 'milestone';
      check(resolveWhen(when, ctx.index.milestones), 'communication', message.id, when, key);
    }
    for (const record of datedRecords(ctx.model)) check(record.date, record.kind, record.name, record.object, 'date');
    return findings;
  },
};
