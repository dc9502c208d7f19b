import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * Step 3 of the method: mentors are trained before they mentor. Every required module (modules are
 * required unless they say `required: false`) must be completed on or before the pair's start. One
 * finding per pair, naming every module that falls short: a mentor with no preparation recorded
 * is one mistake, not one per module.
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
      const short = required.flatMap((module) => {
        const completed = done.get(module);
        return completed !== undefined && completed <= pair.start ? [] : [{ module, completed }];
      });
      if (short.length === 0) continue;
      const [first] = short;
      const params = { pair: pair.id, start: pair.start, mentor: pair.mentor, count: short.length };
      // One module keeps its own words; several are listed, each with its completion date or none (an empty date).
      findings.push(
        ctx.report(
          ctx.at(pair, 'start'),
          short.length === 1 ? { ...params, module: first!.module, ...(first!.completed !== undefined ? { completed: first!.completed } : {}) } : { ...params, modules: short.map((s) => `${s.module}=${s.completed ?? ''}`).join(' ') },
        ),
      );
    }
    return findings;
  },
};
