// The two modules it needs, not the diff barrel: every `validate` loads this rule, and the barrel
// would bring the whole diff engine into its chunk (issue 13).
import { formatPath, formatSegment, isPathSyntaxError, parsePath } from '../../diff/path.js';
import { resolvePath, type PathRoot } from '../../diff/resolve-path.js';
import type { Programme } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import { nearest } from '../../text/nearest.js';
import type { Rule } from '../rule.js';

/** A pilot is loaded without its people files: its inline people are what a path can reach. */
function pilotRoot(pilot: Programme): PathRoot {
  return { programme: pilot, ...(pilot.people ?? {}) };
}

/**
 * Step 5: a calibration decision names what it changes (`changes:`), in the paths `mentor diff`
 * prints. Each path must lead somewhere in the rollout, or, for something the rollout dropped, in its
 * pilot; otherwise the decision explains a change nobody can find.
 */
export const decisionPathUnknown: Rule = {
  id: 'decision-path-unknown',
  check(ctx) {
    const { model } = ctx;
    const decisions = model.programme.calibration?.decisions ?? [];
    const findings: Finding[] = [];
    const own: PathRoot = { programme: model.programme, staff: model.staff, mentors: model.mentors, mentees: model.mentees, pairs: model.pairs };
    const pilot = model.pilot ? pilotRoot(model.pilot.programme) : undefined;
    for (const decision of decisions) {
      (decision.changes ?? []).forEach((text, i) => {
        const at = ctx.at(decision, 'changes', i);
        const segments = parsePath(text);
        if (isPathSyntaxError(segments)) {
          findings.push(ctx.report(at, { decision: decision.id, path: text, reason: 'syntax', column: segments.offset + 1 }));
          return;
        }
        const here = resolvePath(own, segments);
        if (here.found || (pilot && resolvePath(pilot, segments).found)) return;
        const found = formatPath(segments.slice(0, here.depth));
        const segment = segments[here.depth]!;
        const missing = typeof segment === 'string' ? segment : formatSegment(segment, false);
        const closest = nearest(missing, here.options);
        const suggestion = closest === undefined ? undefined : closest.startsWith('[') || found === '' ? `${found}${closest}` : `${found}.${closest}`;
        findings.push(
          ctx.report(at, {
            decision: decision.id,
            path: text,
            reason: pilot ? 'missing-both' : 'missing',
            found,
            missing,
            ...(suggestion !== undefined ? { suggestion } : {}),
          }),
        );
      });
    }
    return findings;
  },
};
