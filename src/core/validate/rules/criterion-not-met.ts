import { addMonths } from '../../model/dates.js';
import type { Mentee } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * Step 1 of the method: mentees are chosen by the programme's eligibility criteria. Every part of a
 * criterion written as data is checked against every mentee: a gap of at least `minGap` levels (in a
 * competency of `importance`, when given) and `minTenureMonths` in the organisation by the
 * programme's start. Criteria in words only are for people to judge and are left alone.
 */
export const criterionNotMet: Rule = {
  id: 'criterion-not-met',
  check(ctx) {
    const criteria = ctx.model.programme.addressees?.criteria ?? [];
    const findings: Finding[] = [];
    for (const criterion of criteria) {
      const gapChecked = criterion.minGap !== undefined || criterion.importance !== undefined;
      for (const mentee of ctx.model.mentees) {
        if (gapChecked) findings.push(...checkGap(ctx, mentee, criterion.id, criterion.minGap ?? 1, criterion.importance));
        if (criterion.minTenureMonths !== undefined) findings.push(...checkTenure(ctx, mentee, criterion.id, criterion.minTenureMonths));
      }
    }
    return findings;
  },
};

function checkGap(ctx: RuleContext, mentee: Mentee, criterion: string, required: number, importance: string | undefined): Finding[] {
  const gaps = mentee.competencies.filter((c) => ctx.index.competencies.has(c.competency)).map((c) => ({ gap: c.target - c.baseline, importance: ctx.index.competencies.get(c.competency)!.importance }));
  // A mentee with no gap at all is mentee-without-gap's finding; saying it again per criterion adds nothing.
  if (!gaps.some((g) => g.gap > 0)) return [];
  const relevant = gaps.filter((g) => importance === undefined || g.importance === importance);
  const largest = relevant.length === 0 ? undefined : Math.max(...relevant.map((g) => g.gap));
  if (largest !== undefined && largest >= required) return [];
  return [ctx.report(ctx.at(mentee, 'competencies'), { mentee: mentee.id, criterion, required, ...(largest !== undefined ? { largest: Math.max(0, largest) } : {}), ...(importance ? { importance } : {}) })];
}

function checkTenure(ctx: RuleContext, mentee: Mentee, criterion: string, months: number): Finding[] {
  const start = ctx.model.programme.metadata.period.start;
  if (mentee.hired === undefined) return [ctx.report(ctx.at(mentee, 'id'), { mentee: mentee.id, criterion, months, reason: 'no-hired' }, 'warning')];
  if (addMonths(mentee.hired, months) <= start) return [];
  return [ctx.report(ctx.at(mentee, 'hired'), { mentee: mentee.id, criterion, months, hired: mentee.hired, start, reason: 'tenure' })];
}
