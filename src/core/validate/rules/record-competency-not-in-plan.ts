import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';
import { forEachMenteeRecord } from './support.js';

/**
 * Assessments and learning activities measure progress against the mentee's plan: a competency
 * with no baseline and target for that mentee has nothing to be measured against.
 */
export const recordCompetencyNotInPlan: Rule = {
  id: 'record-competency-not-in-plan',
  check(ctx) {
    const { index } = ctx;
    const findings: Finding[] = [];
    forEachMenteeRecord(ctx.model, (record, kind) => {
      const plan = index.menteeCompetencies.get(record.mentee);
      const competency = record.competency;
      // Unknown mentees and competencies are unknown-reference's findings.
      if (!plan || competency === undefined || !index.competencies.has(competency) || plan.has(competency)) return;
      findings.push(ctx.report(ctx.at(record, 'competency'), { kind, mentee: record.mentee, competency }));
    });
    return findings;
  },
};
