import type { ProgrammeModel } from './model.js';
import type { Mentee, Mentor, StaffMember } from './types.js';

/** The people lists of the format; one person may appear in several of them under one id. */
export type PersonList = 'staff' | 'mentors' | 'mentees';

/** One person of a programme, however many lists name them. */
export interface Person {
  id: string;
  /** The name at the person's first entry (staff, then mentors, then mentees); person-name-mismatch reports any other. */
  name: string;
  /** The lists the id appears in, in the order staff, mentors, mentees. */
  lists: PersonList[];
  /** The person's first entry in each list they appear in. */
  staff?: StaffMember;
  mentor?: Mentor;
  mentee?: Mentee;
  /**
   * Role ids the person holds: `mentor` and `mentee` by list membership, the others by
   * `roles[].staffedBy`. In the programme's role order, each once.
   */
  roles: string[];
  /** The distinct `lineManager` ids of all the person's entries, in the order staff, mentors, mentees. */
  lineManagers: string[];
}

/** What `personIndex` reads from a programme model. */
export type PeopleOf = Pick<ProgrammeModel, 'programme' | 'staff' | 'mentors' | 'mentees'>;

/**
 * Every person of a programme once, by id, in order of first appearance (staff, then mentors, then
 * mentees). Reports count people with this, so a line manager who also mentors is one person, not two.
 */
export function personIndex(model: PeopleOf): ReadonlyMap<string, Person> {
  const people = new Map<string, Person>();
  const enter = (entry: StaffMember | Mentor | Mentee, list: PersonList): Person => {
    let person = people.get(entry.id);
    if (!person) {
      person = { id: entry.id, name: entry.name, lists: [], roles: [], lineManagers: [] };
      people.set(entry.id, person);
    }
    if (!person.lists.includes(list)) person.lists.push(list);
    const manager = 'lineManager' in entry ? entry.lineManager : undefined;
    if (manager !== undefined && !person.lineManagers.includes(manager)) person.lineManagers.push(manager);
    return person;
  };
  for (const entry of model.staff) {
    const person = enter(entry, 'staff');
    person.staff ??= entry;
  }
  for (const entry of model.mentors) {
    const person = enter(entry, 'mentors');
    person.mentor ??= entry;
  }
  for (const entry of model.mentees) {
    const person = enter(entry, 'mentees');
    person.mentee ??= entry;
  }
  for (const role of model.programme.roles) {
    const hold = (person: Person | undefined): void => {
      if (person && !person.roles.includes(role.id)) person.roles.push(role.id);
    };
    if (role.id === 'mentor') for (const entry of model.mentors) hold(people.get(entry.id));
    if (role.id === 'mentee') for (const entry of model.mentees) hold(people.get(entry.id));
    for (const id of role.staffedBy ?? []) hold(people.get(id));
  }
  return people;
}

/**
 * The reporting line from `from` up to `to` (`[from, manager, …, to]`), or undefined when `to` is
 * not above `from`. Follows every `lineManager` a person has, nearest first; a loop ends the walk
 * instead of running forever (reporting-line-cycle reports it).
 */
export function reportingChain(people: ReadonlyMap<string, Person>, from: string, to: string): string[] | undefined {
  const below = new Map<string, string>();
  let level = [from];
  while (level.length > 0) {
    const next: string[] = [];
    for (const id of level) {
      for (const manager of people.get(id)?.lineManagers ?? []) {
        if (manager === from || below.has(manager)) continue;
        below.set(manager, id);
        if (manager === to) {
          const chain = [to];
          for (let at = id; at !== from; at = below.get(at)!) chain.push(at);
          return [from, ...chain.reverse()];
        }
        next.push(manager);
      }
    }
    level = next;
  }
  return undefined;
}

/**
 * A person's name as compared when telling whether two entries are one person: lower case, letters
 * without their marks (ł as l), one space between words (`Łukasz Wróbel` = `lukasz wrobel`).
 */
export function personNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
