import { applyCaps, checkPerson, hasGap, menteeFacts, type CriteriaContext, type PartOutcome } from '../../criteria/evaluate.js';
import type { Mentee } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * Step 1 of the method: mentees are chosen by the programme's eligibility criteria. Every part of a
 * criterion written as data is checked against every mentee, with the evaluation `mentor select`
 * uses for an HR export (src/core/criteria): the gap, tenure by the programme's start, title and
 * department, exclusions, and the caps per department and per line manager (mentees beyond a cap
 * are reported in the people files' order). Criteria in words only are for people to judge.
 */
export const criterionNotMet: Rule = {
  id: 'criterion-not-met',
  check(ctx) {
    const criteria = ctx.model.programme.addressees?.criteria ?? [];
    if (criteria.length === 0) return [];
    const criteriaCtx: CriteriaContext = { start: ctx.model.programme.metadata.period.start, importance: new Map([...ctx.index.competencies].map(([id, c]) => [id, c.importance])) };
    const findings: Finding[] = [];
    const mentees = [...ctx.index.mentees.values()];
    const facts = mentees.map((m) => menteeFacts(m, ctx.index.competencies));
    mentees.forEach((mentee, i) => {
      const person = facts[i]!;
      for (const outcome of checkPerson(criteria, person, criteriaCtx)) {
        // A mentee with no gap at all is mentee-without-gap's finding; saying it again per criterion adds nothing.
        if (outcome.part === 'gap' && !hasGap(person, criteriaCtx)) continue;
        if (outcome.status !== 'met') findings.push(report(ctx, mentee, outcome));
      }
    });
    applyCaps(criteria, facts).forEach((outcomes, i) => {
      for (const outcome of outcomes) if (outcome.status === 'not-met') findings.push(report(ctx, mentees[i]!, outcome));
    });
    return findings;
  },
};

/** Where each part points: the value that fails it, or the mentee's id when the value is missing. */
const field: Record<PartOutcome['part'], keyof Mentee> = {
  gap: 'competencies',
  tenure: 'hired',
  titles: 'title',
  departments: 'department',
  exclude: 'id',
  excludeTitles: 'title',
  maxPerDepartment: 'department',
  maxPerLineManager: 'lineManager',
};

function report(ctx: RuleContext, mentee: Mentee, outcome: PartOutcome): Finding {
  const at = outcome.status === 'unknown' ? 'id' : field[outcome.part];
  // `reason` names the part; the gap keeps its historical params (no reason), tenure its `tenure` / `no-hired`.
  const reason = outcome.part === 'gap' ? {} : { reason: outcome.part === 'tenure' ? (outcome.status === 'unknown' ? 'no-hired' : 'tenure') : outcome.status === 'unknown' ? `no-${outcome.part}` : outcome.part };
  return ctx.report(ctx.at(mentee, at), { mentee: mentee.id, criterion: outcome.criterion, ...reason, ...outcome.params }, outcome.status === 'unknown' ? 'warning' : undefined);
}
