import { kindInfo, type AddKind } from './kinds.js';

/**
 * The date an addition gets when none is given: today's. A pair added before the programme begins
 * starts at its kick-off (else its first day), as the pairs `mentor init` writes do: HR pairs
 * people a week or two before the kick-off, and a start of today would lie before the programme
 * and be refused.
 */
export function defaultDate(kind: AddKind, programme: Record<string, unknown> | undefined, today: string): string {
  if (kindInfo(kind).list !== 'pairs') return today;
  const steps = (programme?.['process'] ?? {}) as { milestones?: unknown };
  const milestones = Array.isArray(steps.milestones) ? (steps.milestones as { id?: unknown; date?: unknown }[]) : [];
  const kickOff = milestones.find((m) => m?.id === 'kick-off')?.date;
  const period = ((programme?.['metadata'] ?? {}) as { period?: { start?: unknown } }).period;
  const first = [kickOff, period?.start].find((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return first !== undefined && first > today ? first : today;
}
