import type { Finding } from '../../parse/parsed-file.js';
import type { Pair } from '../../model/types.js';
import type { Rule } from '../rule.js';

/**
 * One mentor and one mentee are one pair at a time: a pair lists every competency it works on, so a
 * second pair of the same two people running at once is a line copied and not changed (its sessions
 * would be planned twice). Pairs one after the other (a pair ended and started again) are fine. A
 * pair lasts from `start` to `end`, both days included, or to the programme's end; the later pair of
 * two that overlap is reported, at its mentee.
 */
export const pairDuplicate: Rule = {
  id: 'pair-duplicate',
  check(ctx) {
    const programmeEnd = ctx.model.programme.metadata.period.end;
    const byPeople = new Map<string, Pair[]>();
    for (const pair of ctx.model.pairs) {
      if (pair.mentor === pair.mentee) continue; // pair-self-mentoring says what is wrong there
      const key = `${pair.mentor}\u0000${pair.mentee}`;
      const list = byPeople.get(key);
      if (list) list.push(pair);
      else byPeople.set(key, [pair]);
    }
    const findings: Finding[] = [];
    for (const pairs of byPeople.values()) {
      if (pairs.length < 2) continue;
      const sorted = [...pairs].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      // The pair running longest so far: a later pair that starts by its end overlaps it.
      let running = sorted[0]!;
      for (const pair of sorted.slice(1)) {
        if (pair.start <= (running.end ?? programmeEnd)) findings.push(ctx.report(ctx.at(pair, 'mentee'), { pair: pair.id, other: running.id, mentor: pair.mentor, mentee: pair.mentee }));
        if ((pair.end ?? programmeEnd) > (running.end ?? programmeEnd)) running = pair;
      }
    }
    return findings;
  },
};
