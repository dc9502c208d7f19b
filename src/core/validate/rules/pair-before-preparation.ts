import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * Step 3 of the method: mentors are trained before they mentor. Every required module (modules are
 * required unless they say `required: false`) must be completed on or before the pair's start.
 */
export const pairBeforePreparation: Rule = {
  id: 'pair-before-preparation',
  check(ctx) {
    const required = [...new Set((ctx.model.programme.preparation?.modules ?? []).filter((m) => m.required !== false).map((m) => m.id))];
    if (required.length === 0) return [];
    // Earliest completion per mentor and module, built once for all pairs of a mentor.
    const completions = new Map<string, Map<string, string>>();
    const completedBy = (mentorId: string): Map<string, string> | undefined => {
      let done = completions.get(mentorId);
      if (done) return done;
      const mentor = ctx.index.mentors.get(mentorId);
      if (!mentor) return undefined;
      done = new Map();
      for (const record of mentor.preparation ?? []) {
        const earlier = done.get(record.module);
        if (earlier === undefined || record.completed < earlier) done.set(record.module, record.completed);
      }
      completions.set(mentorId, done);
      return done;
    };
    const findings: Finding[] = [];
    for (const pair of ctx.model.pairs) {
      const done = completedBy(pair.mentor);
      if (!done) continue;
      for (const module of required) {
        const completed = done.get(module);
        if (completed !== undefined && completed <= pair.start) continue;
        findings.push(ctx.report(ctx.at(pair, 'start'), { pair: pair.id, start: pair.start, mentor: pair.mentor, module, ...(completed !== undefined ? { completed } : {}) }));
      }
    }
    return findings;
  },
};
