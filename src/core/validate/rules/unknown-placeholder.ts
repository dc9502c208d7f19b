import { placeholderNames, placeholderProblem, scanPlaceholders } from '../../comms/placeholders.js';
import type { Finding } from '../../parse/parsed-file.js';
import { nearest } from '../../text/nearest.js';
import type { Rule } from '../rule.js';
import { ticks } from './support.js';

/**
 * Every `{placeholder}` in a message's `subject` and `text` can be filled: a known name, the
 * argument it needs (an existing milestone or role), and a value in this programme. Points at the
 * placeholder itself inside the text, so a typo in a long folded paragraph is found at once.
 */
export const unknownPlaceholder: Rule = {
  id: 'unknown-placeholder',
  check(ctx) {
    const { programme } = ctx.model;
    const findings: Finding[] = [];
    const base = {
      milestones: ctx.index.milestones,
      roles: ctx.index.roles,
      hasRecruitmentClose: programme.addressees?.recruitment.closes !== undefined,
      hasPreparation: (programme.preparation?.modules ?? []).some((m) => m.required !== false),
      hasLineManagers: ctx.index.roles.has('line-manager') || [...ctx.model.staff, ...ctx.model.mentors, ...ctx.model.mentees].some((p) => p.lineManager !== undefined),
    };
    for (const message of programme.communications ?? []) {
      for (const field of ['subject', 'text'] as const) {
        const text = message[field];
        if (text === undefined || !text.includes('{')) continue;
        for (const token of scanPlaceholders(text)) {
          const problem = placeholderProblem(token, { ...base, hasTime: message.time !== undefined, field });
          if (!problem) continue;
          const written = text.slice(token.start, token.end);
          const params: Record<string, string> = { placeholder: written, field, message: message.id, reason: problem.reason, name: token.name };
          if (problem.reason === 'unknown-name') {
            const suggestion = nearest(token.name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase(), placeholderNames);
            if (suggestion !== undefined) params['suggestion'] = `{${suggestion}}`;
            params['known'] = ticks(placeholderNames.map((n) => `{${n}}`));
          }
          if (problem.reason === 'argument-missing') params['expects'] = problem.expects;
          if (problem.reason === 'unknown-milestone' || problem.reason === 'unknown-role') {
            params['argument'] = problem.argument;
            const ids = problem.reason === 'unknown-milestone' ? [...ctx.index.milestones.keys()] : [...ctx.index.roles];
            const suggestion = nearest(problem.argument, ids);
            if (suggestion !== undefined) params['suggestion'] = `{${token.name}:${suggestion}}`;
            else params['known'] = ticks(ids);
          }
          // Double braces: point at all four, the pair that would be left in the text included.
          const span = problem.reason === 'double-braces' ? { start: token.start - 1, end: token.end + 1 } : { start: token.start, end: token.end };
          findings.push(ctx.report({ ...ctx.at(message, field), inValue: span }, params));
        }
      }
    }
    return findings;
  },
};
