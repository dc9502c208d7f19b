import type { ProgrammeModel } from '../model/model.js';
import type { Communication } from '../model/types.js';
import type { PlanPerson } from './types.js';

/** Who holds which role, and how a message's addressees turn into people. */
export interface Directory {
  people: Map<string, PlanPerson>;
  /** Person ids holding each role, in file order. */
  members: Map<string, string[]>;
  /** Each mentee's line manager and mentors, for personal placeholders. */
  lineManagerOf: Map<string, string>;
  mentorsOf: Map<string, string[]>;
}

/**
 * Builds the directory. A role's members are the people in its `staffedBy`; mentors and mentees
 * hold their roles by being listed; `line-manager` also takes in every mentee's `lineManager`, so a
 * message to line managers reaches the managers of the people in the programme.
 */
export function buildDirectory(model: ProgrammeModel): Directory {
  const people = new Map<string, PlanPerson>();
  const members = new Map<string, string[]>();
  const add = (id: string, name: string, email: string | undefined): PlanPerson => {
    let person = people.get(id);
    if (!person) people.set(id, (person = { id, name, ...(email !== undefined ? { email } : {}), roles: [] }));
    return person;
  };
  const hold = (personId: string, role: string): void => {
    const person = people.get(personId);
    if (!person) return; // an unknown id: unknown-reference reports it
    if (!person.roles.includes(role)) person.roles.push(role);
    let list = members.get(role);
    if (!list) members.set(role, (list = []));
    if (!list.includes(personId)) list.push(personId);
  };
  for (const s of model.staff) add(s.id, s.name, s.email);
  for (const m of model.mentors) add(m.id, m.name, m.email);
  for (const m of model.mentees) add(m.id, m.name, m.email);

  for (const role of model.programme.roles) {
    if (!members.has(role.id)) members.set(role.id, []);
    for (const id of role.staffedBy ?? []) hold(id, role.id);
  }
  const lineManagerOf = new Map<string, string>();
  // Big programmes list thousands of mentees: track membership in sets, not with includes().
  const mentorSet = new Set(members.get('mentor'));
  const menteeSet = new Set(members.get('mentee'));
  const managerSet = new Set(members.get('line-manager'));
  const push = (role: string, set: Set<string>, id: string): void => {
    if (set.has(id) || !people.has(id)) return;
    set.add(id);
    let list = members.get(role);
    if (!list) members.set(role, (list = []));
    list.push(id);
    people.get(id)!.roles.push(role);
  };
  for (const m of model.mentors) push('mentor', mentorSet, m.id);
  for (const m of model.mentees) {
    push('mentee', menteeSet, m.id);
    if (m.lineManager !== undefined && people.has(m.lineManager)) {
      lineManagerOf.set(m.id, m.lineManager);
      push('line-manager', managerSet, m.lineManager);
    }
  }
  const mentorsOf = new Map<string, string[]>();
  for (const pair of model.pairs) {
    if (!people.has(pair.mentor)) continue;
    const list = mentorsOf.get(pair.mentee);
    if (!list) mentorsOf.set(pair.mentee, [pair.mentor]);
    else if (!list.includes(pair.mentor)) list.push(pair.mentor);
  }
  return { people, members, lineManagerOf, mentorsOf };
}

/** Who a message reaches: per role in `to` the people reached through it, then the named people. */
export interface Reach {
  /**
   * One group per role in `to` (people already reached through an earlier role are not repeated,
   * but named in `earlier`, so a role whose holders all came first does not read as unstaffed),
   * then one without a role for `toPeople`.
   */
  groups: { role?: string; people: readonly string[]; earlier?: readonly string[] }[];
  /** Everyone, each once, in that order. */
  all: readonly string[];
}

/** Everyone a message reaches: the members of its roles, then its named people, each once. */
export function reachOf(message: Pick<Communication, 'to' | 'toPeople'>, directory: Directory): Reach {
  const roles = message.to ?? [];
  // The common case, one role and nobody named, shares the role's list: big roles hold thousands.
  if (roles.length === 1 && !message.toPeople) {
    const people = directory.members.get(roles[0]!) ?? [];
    return { groups: [{ role: roles[0]!, people }], all: people };
  }
  const seen = new Set<string>();
  const all: string[] = [];
  const groups: Reach['groups'] = [];
  const take = (ids: Iterable<string>): string[] => {
    const taken: string[] = [];
    for (const id of ids) {
      if (seen.has(id) || !directory.people.has(id)) continue;
      seen.add(id);
      taken.push(id);
      all.push(id);
    }
    return taken;
  };
  for (const role of new Set(roles)) {
    const members = directory.members.get(role) ?? [];
    const earlier = members.filter((id) => seen.has(id));
    groups.push({ role, people: take(members), ...(earlier.length > 0 ? { earlier } : {}) });
  }
  const named = take(message.toPeople ?? []);
  if (named.length > 0) groups.push({ people: named });
  return { groups, all };
}
