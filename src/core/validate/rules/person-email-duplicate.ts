import type { Finding } from '../../parse/parsed-file.js';
import type { PersonList } from '../../model/people.js';
import type { Rule } from '../rule.js';
import { personLists } from './support.js';

/**
 * One person is one id. Two ids with one e-mail address are one person entered twice (a mentor
 * added again as a mentee under a new id, say): reports, capacity and the reporting line would
 * count them as two. The same id in several lists is one person and is not reported. Addresses
 * compare without case; the later id is reported, once, at its first entry with the address.
 */
export const personEmailDuplicate: Rule = {
  id: 'person-email-duplicate',
  check(ctx) {
    const findings: Finding[] = [];
    const owners = new Map<string, { id: string; list: PersonList }>();
    const reported = new Set<string>();
    for (const [list, entries] of personLists(ctx.model)) {
      for (const entry of entries) {
        if (typeof entry.email !== 'string') continue;
        const address = entry.email.trim().toLowerCase();
        const owner = owners.get(address);
        if (!owner) owners.set(address, { id: entry.id, list });
        else if (owner.id !== entry.id && !reported.has(`${entry.id}\n${address}`)) {
          reported.add(`${entry.id}\n${address}`);
          findings.push(ctx.report(ctx.at(entry, 'email'), { id: entry.id, list, email: entry.email, otherId: owner.id, otherList: owner.list }));
        }
      }
    }
    return findings;
  },
};
