import { createHmac } from 'node:crypto';
import type { PseudonymLabels, Ref } from './report-types.js';
import type { RecordIndex } from './record-index.js';

/** How the report names people and pairs: as they are, or by pseudonyms. */
export interface Namer {
  person(id: string): Ref;
  pair(id: string): Ref;
}

export const englishPseudonymLabels: PseudonymLabels = { mentee: 'Mentee', mentor: 'Mentor', person: 'Person', pair: 'Pair' };

/** Real ids and names (names from the people files; an unknown id stands for itself). */
export function realNames(index: RecordIndex): Namer {
  return cached({
    person: (id) => ({ id, name: index.people.get(id)?.name ?? id }),
    pair: (id) => ({ id, name: id }),
  });
}

/** One reference object per person and pair, however many rows name them. */
function cached(namer: Namer): Namer {
  const people = new Map<string, Ref>();
  const pairs = new Map<string, Ref>();
  const get = (map: Map<string, Ref>, id: string, make: (id: string) => Ref): Ref => {
    let ref = map.get(id);
    if (!ref) map.set(id, (ref = make(id)));
    return ref;
  };
  return { person: (id) => get(people, id, namer.person), pair: (id) => get(pairs, id, namer.pair) };
}

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function code(digest: Buffer, length: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

/**
 * Pseudonyms: an HMAC-SHA-256 of the person's (or pair's) id keyed by the programme id (and a secret,
 * when given), written as a 6-character code after a role word, e.g. `Mentee 7K3QX2`. The same id in
 * the same programme always gets the same code, in every run, audience and format. Codes that
 * collide within the programme grow two characters at a time until they differ.
 */
export function pseudonyms(index: RecordIndex, labels: PseudonymLabels, secret?: string): Namer {
  const key = secret === undefined || secret === '' ? index.model.programme.metadata.id : `${index.model.programme.metadata.id}\u0000${secret}`;
  const digest = (kind: string, id: string): Buffer => createHmac('sha256', key).update(`${kind}\u0000${id}`).digest();
  const codes = (kind: string, ids: Iterable<string>): Map<string, string> => {
    const digests = new Map<string, Buffer>();
    for (const id of ids) digests.set(id, digest(kind, id));
    const out = new Map<string, string>();
    let length = 6;
    let pending = [...digests.keys()];
    while (pending.length > 0 && length <= 52) {
      const byCode = new Map<string, string[]>();
      for (const id of pending) {
        const c = code(digests.get(id)!, length);
        byCode.set(c, [...(byCode.get(c) ?? []), id]);
      }
      pending = [];
      for (const [c, ids] of byCode) {
        if (ids.length === 1) out.set(ids[0]!, c);
        else pending.push(...ids);
      }
      length += 2;
    }
    return out;
  };
  const people = codes('person', index.people.keys());
  const pairs = codes('pair', index.pairs.map((p) => p.id));
  const labelOf = (id: string): string => {
    const role = index.people.get(id)?.role;
    return role === 'mentee' ? labels.mentee : role === 'mentor' ? labels.mentor : labels.person;
  };
  return cached({
    person: (id) => {
      const c = people.get(id) ?? code(digest('person', id), 6);
      return { id: c, name: `${labelOf(id)} ${c}` };
    },
    pair: (id) => {
      const c = pairs.get(id) ?? code(digest('pair', id), 6);
      return { id: c, name: `${labels.pair} ${c}` };
    },
  });
}
