import type { Mentee } from '../model/types.js';
import type { SelectResult } from './select.js';

/**
 * The mentees `select --write` adds: every qualified candidate, with the competencies where the
 * export's level is below the default target (baseline = the level, target = the default). A line
 * manager is written only as an id the programme will know: a person already in it, or another
 * candidate added in the same run; a manager known only by a name outside the programme is left
 * for HR to add (the output says so).
 */
export function menteesToWrite(result: SelectResult, knownPeople: ReadonlySet<string>): Mentee[] {
  const qualified = result.candidates.filter((c) => c.status === 'qualified');
  const added = new Set(qualified.map((c) => c.id));
  return qualified.map((c) => {
    const manager = c.lineManagerId !== undefined && c.lineManagerId !== c.id && (knownPeople.has(c.lineManagerId) || added.has(c.lineManagerId)) ? c.lineManagerId : undefined;
    const competencies = c.plan.filter((p) => p.gap > 0).map((p) => ({ competency: p.competency, baseline: p.level, target: p.target }));
    return {
      id: c.id,
      name: c.name,
      ...(c.title !== undefined ? { title: c.title } : {}),
      ...(c.department !== undefined ? { department: c.department } : {}),
      ...(manager !== undefined ? { lineManager: manager } : {}),
      ...(c.hired !== undefined ? { hired: c.hired } : {}),
      competencies: competencies as Mentee['competencies'],
    };
  });
}

/** Qualified candidates whose line manager could not be written as an id of the programme. */
export function unresolvedManagers(result: SelectResult, knownPeople: ReadonlySet<string>): { id: string; lineManager: string }[] {
  const added = new Set(result.candidates.filter((c) => c.status === 'qualified').map((c) => c.id));
  return result.candidates
    .filter((c) => c.status === 'qualified' && c.lineManager !== undefined && !(c.lineManagerId !== undefined && (knownPeople.has(c.lineManagerId) || added.has(c.lineManagerId))))
    .map((c) => ({ id: c.id, lineManager: c.lineManager! }));
}
