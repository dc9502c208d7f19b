import type { RawChange } from './compare.js';
import type { PathSegment } from './path.js';
import { peopleGroups, type DiffAudience, type PeopleGroup, type PeopleGroupName, type PersonRef } from './types.js';

type Lists = Record<PeopleGroupName, readonly { id: string; name?: string }[]>;

const idOf = (segment: PathSegment | undefined): string | undefined =>
  segment === undefined ? undefined : typeof segment === 'object' ? segment.value : String(segment);

/**
 * People and pairs in summary: how many on each side, who joined, who left, whose record changed,
 * whose id looks renamed. Names appear for HR only; the sponsor sees counts and no ids at all.
 */
export function summarisePeople(changes: readonly RawChange[], oldLists: Lists, newLists: Lists, audience: DiffAudience): Record<PeopleGroupName, PeopleGroup> {
  const out = {} as Record<PeopleGroupName, PeopleGroup>;
  for (const group of peopleGroups) {
    const names = new Map<string, string | undefined>();
    for (const person of oldLists[group]) names.set(person.id, person.name);
    for (const person of newLists[group]) names.set(person.id, person.name);
    const ref = (id: string): PersonRef => {
      const name = names.get(id);
      return audience === 'hr' && name !== undefined ? { id, name } : { id };
    };
    const joined: PersonRef[] = [];
    const left: PersonRef[] = [];
    const renamed: { from: PersonRef; to: PersonRef }[] = [];
    const changedIds = new Set<string>();
    const whole = new Set<string>();
    for (const change of changes) {
      if (change.segments[0] !== group) continue;
      const id = idOf(change.segments[1]);
      if (id === undefined) continue;
      if (change.segments.length === 2 && change.kind !== 'moved') {
        if (change.kind === 'added') joined.push(ref(id));
        else if (change.kind === 'removed') left.push(ref(id));
        else if (change.kind === 'renamed') renamed.push({ from: ref(String(change.old)), to: ref(id) });
        whole.add(id);
      } else if (change.kind !== 'moved') {
        changedIds.add(id);
      }
    }
    const changed = [...changedIds].filter((id) => !whole.has(id)).map(ref);
    out[group] = {
      old: oldLists[group].length,
      new: newLists[group].length,
      joined: joined.length,
      left: left.length,
      changed: changed.length,
      renamed: renamed.length,
      ...(audience === 'sponsor' ? {} : { who: { joined, left, changed, renamed } }),
    };
  }
  return out;
}
