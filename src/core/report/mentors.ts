import type { Pair } from '../model/types.js';
import { heldOn } from './cadence.js';
import type { Namer } from './pseudonyms.js';
import type { RecordIndex } from './record-index.js';
import type { MentorRow } from './report-types.js';
import { pairState } from './sessions.js';

/**
 * Per mentor: pairs (all, and active on `asOf`), load = active pairs over capacity, sessions held,
 * and preparation: the required modules (`required` not false) finished on or before `asOf`.
 */
export function mentorRows(index: RecordIndex, pairs: readonly Pair[], asOf: string, names: Namer): MentorRow[] {
  const required = (index.model.programme.preparation?.modules ?? []).filter((m) => m.required !== false).map((m) => m.id);
  const byMentor = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const list = byMentor.get(pair.mentor);
    if (list) list.push(pair);
    else byMentor.set(pair.mentor, [pair]);
  }
  const rows: MentorRow[] = [];
  for (const mentor of index.mentors.values()) {
    const own = byMentor.get(mentor.id) ?? [];
    // Pairs running, or run to the end of the period: a finished programme still shows who mentored how many.
    const active = own.filter((p) => { const state = pairState(index, p, asOf); return state === 'active' || state === 'finished'; }).length;
    const finished = new Map<string, string>();
    for (const record of mentor.preparation ?? []) {
      if (record.completed > asOf) continue;
      const before = finished.get(record.module);
      if (before === undefined || record.completed < before) finished.set(record.module, record.completed);
    }
    const done = required.filter((id) => finished.has(id));
    const complete = done.length === required.length;
    const completedOn = complete && required.length > 0 ? required.map((id) => finished.get(id)!).sort().at(-1)! : null;
    rows.push({
      mentor: names.person(mentor.id),
      department: mentor.department ?? null,
      capacity: mentor.capacity,
      pairs: own.length,
      active,
      load: active / mentor.capacity,
      held: own.reduce((sum, p) => sum + heldOn(index, p, asOf), 0),
      preparation: { required: required.length, done: done.length, complete, completedOn },
    });
  }
  return rows;
}
