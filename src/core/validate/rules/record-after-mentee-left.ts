import type { Pair } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';
import { forEachMenteeRecord } from './support.js';

/**
 * A mentee takes part while one of their pairs runs. Once every pair has ended early (the mentee
 * left, or the pair was dissolved without a new match), later assessments and learning activities
 * are a wrong date or a wrong mentee. Records before the first pair are fine: baselines are
 * assessed, and learning starts, before matching.
 */
export const recordAfterMenteeLeft: Rule = {
  id: 'record-after-mentee-left',
  check(ctx) {
    // The pair that ended last, for each mentee whose every pair has an `end`.
    const lastPair = new Map<string, Pair>();
    const stillRunning = new Set<string>();
    for (const pair of ctx.model.pairs) {
      if (pair.end === undefined) {
        stillRunning.add(pair.mentee);
        continue;
      }
      const last = lastPair.get(pair.mentee);
      if (!last || pair.end > last.end!) lastPair.set(pair.mentee, pair);
    }
    const findings: Finding[] = [];
    forEachMenteeRecord(ctx.model, (record, kind) => {
      const last = lastPair.get(record.mentee);
      if (!last || stillRunning.has(record.mentee) || record.date <= last.end!) return;
      findings.push(ctx.report(ctx.at(record, 'date'), { kind, mentee: record.mentee, date: record.date, pair: last.id, end: last.end! }));
    });
    return findings;
  },
};
