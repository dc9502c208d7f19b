import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * A reporting line runs upwards and ends: someone who is (through others) their own line manager
 * is a typo in a `lineManager`, and would hide who really manages whom. Each loop is reported once,
 * at the `lineManager` of the person in it who appears first.
 */
export const reportingLineCycle: Rule = {
  id: 'reporting-line-cycle',
  check(ctx) {
    const { persons } = ctx.index;
    const order = [...persons.keys()];
    const rank = new Map(order.map((id, i) => [id, i]));
    // Depth-first search with three states, iterative so a long line cannot overflow the stack; an
    // edge back to a person still open closes a loop made of the path's tail.
    const state = new Map<string, 'open' | 'done'>();
    const loops: string[][] = [];
    for (const root of order) {
      if (state.has(root)) continue;
      const path: string[] = [root];
      const next: number[] = [0];
      state.set(root, 'open');
      while (path.length > 0) {
        const id = path[path.length - 1]!;
        const managers = persons.get(id)!.lineManagers;
        const i = next[next.length - 1]!;
        if (i >= managers.length) {
          state.set(id, 'done');
          path.pop();
          next.pop();
          continue;
        }
        next[next.length - 1] = i + 1;
        const manager = managers[i]!;
        if (!persons.has(manager)) continue;
        const seen = state.get(manager);
        if (seen === 'open') loops.push(path.slice(path.indexOf(manager)));
        else if (seen === undefined) {
          state.set(manager, 'open');
          path.push(manager);
          next.push(0);
        }
      }
    }

    const findings: Finding[] = [];
    for (const loop of loops) {
      // Start the loop at the person listed first, so the message and position do not depend on where the search began.
      const start = loop.reduce((best, id, i) => (rank.get(id)! < rank.get(loop[best]!)! ? i : best), 0);
      const ordered = [...loop.slice(start), ...loop.slice(0, start)];
      const person = persons.get(ordered[0]!)!;
      const next = ordered[1] ?? ordered[0]!;
      const entry = [person.staff, person.mentor, person.mentee].find((e) => e?.lineManager === next)!;
      findings.push(ctx.report(ctx.at(entry, 'lineManager'), { person: person.id, loop: [...ordered, ordered[0]!].map((id) => `\`${id}\``).join(' → ') }));
    }
    return findings;
  },
};
