import type { Finding } from '../../parse/parsed-file.js';
import { personNameKey as nameKey, type PersonList } from '../../model/people.js';
import type { Mentee, Mentor, StaffMember } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { personLists } from './support.js';

/**
 * One person is one id. A name that stands in two lists under two ids (a mentor added again as a
 * mentee, a line manager who also mentors) is one person entered twice, unless e-mail addresses
 * tell the two apart: when both entries have one, `person-email-duplicate` decides. Within one list
 * a shared name is two people (two Anna Nowaks), so only names across lists are compared; case,
 * spaces and Polish letters aside (`Łukasz Wróbel` = `lukasz wrobel`). The later entry is reported.
 */
export const personNameDuplicate: Rule = {
  id: 'person-name-duplicate',
  check(ctx) {
    const findings: Finding[] = [];
    const first = new Map<string, { entry: StaffMember | Mentor | Mentee; list: PersonList }>();
    for (const [list, entries] of personLists(ctx.model)) {
      const here = new Map<string, StaffMember | Mentor | Mentee>();
      for (const entry of entries) {
        if (typeof entry.name !== 'string') continue;
        const name = nameKey(entry.name);
        const other = first.get(name);
        const told = typeof entry.email === 'string' && typeof other?.entry.email === 'string';
        if (other && other.list !== list && other.entry.id !== entry.id && !told) {
          findings.push(ctx.report(ctx.at(entry, 'name'), { id: entry.id, list, name: entry.name, otherId: other.entry.id, otherList: other.list }));
        }
        if (!here.has(name)) here.set(name, entry);
      }
      for (const [name, entry] of here) if (!first.has(name)) first.set(name, { entry, list });
    }
    return findings;
  },
};
