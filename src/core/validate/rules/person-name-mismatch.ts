import type { Mentee, Mentor, StaffMember } from '../../model/types.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * One id is one person, whichever lists name them: a line manager who also mentors is written
 * under the same id in `staff` and `mentors`, with the same name. A different name means two people
 * share an id (or a typo); it is reported at the later entry (staff, then mentors, then mentees).
 */
export const personNameMismatch: Rule = {
  id: 'person-name-mismatch',
  check(ctx) {
    const findings: Finding[] = [];
    for (const person of ctx.index.persons.values()) {
      const entries: [string, StaffMember | Mentor | Mentee | undefined][] = [
        ['staff', person.staff],
        ['mentors', person.mentor],
        ['mentees', person.mentee],
      ];
      const present = entries.filter((e): e is [string, StaffMember | Mentor | Mentee] => e[1] !== undefined);
      const [firstList, first] = present[0]!;
      for (const [list, entry] of present.slice(1)) {
        if (entry.name !== first.name) findings.push(ctx.report(ctx.at(entry, 'name'), { id: person.id, name: entry.name, list, firstName: first.name, firstList }));
      }
    }
    return findings;
  },
};
