import { addDays } from '../model/dates.js';
import type { CommsPlan, PlanEntry } from './types.js';

/** What part of the plan to show; every filter given must hold (they combine with AND). */
export interface CommsView {
  /** Entries to this role (by role, or through a named person who holds it). */
  to?: string;
  /** Entries this role sends. */
  from?: string;
  /** Entries this person receives. */
  person?: string;
  /** Entries dated within these two dates, both included. */
  between?: [string, string];
  /** Entries in the N days from the plan's as-of date (as-of included). */
  upcoming?: number;
  /** Only the method's proposals. */
  proposedOnly?: boolean;
}

/** Why a view cannot be shown: a role or person the programme does not have, or dates out of order. */
export type ViewProblem =
  | { kind: 'unknown-role'; flag: '--to' | '--from'; value: string; known: string[] }
  | { kind: 'unknown-person'; value: string }
  | { kind: 'between-order'; from: string; to: string };

/** Checks a view against the plan before it is applied, so a typo is a usage error and not an empty plan. */
export function viewProblems(plan: CommsPlan, view: CommsView, personExists: (id: string) => boolean): ViewProblem[] {
  const roles = plan.roles.map((r) => r.id);
  const problems: ViewProblem[] = [];
  for (const flag of ['--to', '--from'] as const) {
    const value = flag === '--to' ? view.to : view.from;
    if (value !== undefined && !roles.includes(value)) problems.push({ kind: 'unknown-role', flag, value, known: roles });
  }
  if (view.person !== undefined && !personExists(view.person)) problems.push({ kind: 'unknown-person', value: view.person });
  if (view.between && view.between[0] > view.between[1]) problems.push({ kind: 'between-order', from: view.between[0], to: view.between[1] });
  return problems;
}

/** The entries a view shows, in plan order. */
export function applyView(plan: CommsPlan, view: CommsView): CommsPlan {
  const last = view.upcoming !== undefined ? addDays(plan.asOf, view.upcoming - 1) : undefined;
  const keep = (e: PlanEntry): boolean => {
    if (view.proposedOnly && !e.proposed) return false;
    if (view.from !== undefined && e.from.role !== view.from) return false;
    if (view.to !== undefined && !reachesRole(plan, e, view.to)) return false;
    if (view.person !== undefined && !e.recipients.includes(view.person)) return false;
    if (view.between && (e.date < view.between[0] || e.date > view.between[1])) return false;
    if (last !== undefined && (e.date < plan.asOf || e.date > last)) return false;
    return true;
  };
  return { ...plan, entries: plan.entries.filter(keep) };
}

/** True when an entry goes to a role: by its `to`, or to a named person who holds the role. */
export function reachesRole(plan: CommsPlan, entry: PlanEntry, role: string): boolean {
  return entry.to.roles.includes(role) || entry.to.people.some((id) => plan.people.get(id)?.roles.includes(role) === true);
}
