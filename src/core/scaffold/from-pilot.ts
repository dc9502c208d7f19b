import type { Programme, StaffMember } from '../model/types.js';
import { addDays, daysBetween, mondayOnOrAfter, relativise } from './dates.js';
import type { Frame, FrameCommunication } from './types.js';
import type { SourceDefaults } from './answers.js';

/**
 * Step 5 of the method: a rollout starts from its pilot's frame. Copies goals, scales,
 * competencies, addressees, roles, RACI, process, preparation, KPIs and communications, with every
 * date turned relative to the pilot's period, so it lands in the same place of the new one (kick-off
 * near the start, closing near the end, however long the rollout runs). People and records stay
 * behind, except the staff who hold roles (HR owner, sponsor, line managers usually stay).
 */
export function frameFromPilot(pilot: Programme, staff: readonly StaffMember[]): { frame: Frame; staff: StaffMember[]; defaults: Omit<SourceDefaults, 'name'> & { pilotName: string } } {
  const period = pilot.metadata.period;
  const milestones = pilot.process.milestones.map((m) => ({ id: m.id, name: m.name, date: relativise(m.date, period) }));
  const communications = pilot.communications?.map((c): FrameCommunication => {
    const { when } = c;
    // Spread first, so `when` keeps its place among the keys.
    return { ...c, when: when.date !== undefined ? { date: relativise(when.date, period) } : { milestone: when.milestone!, ...(when.offsetDays !== undefined ? { offsetDays: when.offsetDays } : {}) } };
  });
  const addressees = pilot.addressees && {
    ...pilot.addressees,
    recruitment: {
      ...pilot.addressees.recruitment,
      ...(pilot.addressees.recruitment.closes ? { closes: relativise(pilot.addressees.recruitment.closes, period) } : {}),
    },
  };
  const roleStaff = new Set(pilot.roles.flatMap((r) => r.staffedBy ?? []));
  for (const goal of pilot.goals) if (goal.sponsor) roleStaff.add(goal.sponsor);
  const frame: Frame = {
    goals: pilot.goals,
    scales: pilot.scales,
    competencies: pilot.competencies,
    ...(addressees ? { addressees } : {}),
    roles: pilot.roles,
    ...(pilot.roleMatrix ? { roleMatrix: pilot.roleMatrix } : {}),
    process: { milestones, cadence: pilot.process.cadence, learningMix: pilot.process.learningMix },
    ...(pilot.preparation ? { preparation: pilot.preparation } : {}),
    // Interim targets move with the period, as milestones do (the pilot's dates would fall outside the rollout's).
    kpis: pilot.kpis.map((k) => (k.checkpoints ? { ...k, checkpoints: k.checkpoints.map((c) => ({ ...c, date: relativise(c.date, period) })) } : k)) as Frame['kpis'],
    ...(communications ? { communications } : {}),
  };
  const weeks = Math.max(1, Math.round((daysBetween(period.start, period.end) + 1) / 7));
  return {
    frame,
    // Staff who hold a role or own a goal; the rest (e.g. a controller who supplied KPI values) may not carry over.
    staff: staff.filter((s) => roleStaff.has(s.id)),
    defaults: {
      weeks,
      organisation: pilot.metadata.organisation,
      ...(pilot.metadata.description ? { description: pilot.metadata.description } : {}),
      start: mondayOnOrAfter(addDays(period.end, 1)),
      pilotName: pilot.metadata.name,
    },
  };
}

/**
 * Whether a programme can be calibrated from. A rollout cannot: it is not a pilot, and the
 * format's `metadata.pilot` means "the pilot it was calibrated from" (its own pilot is named, to
 * suggest instead). A pilot that has not ended has no evidence to calibrate on yet.
 */
export type PilotState = { kind: 'rollout'; pilot?: string } | { kind: 'running'; end: string } | { kind: 'ended' };

export function pilotState(programme: Pick<Programme, 'metadata'>, today: string): PilotState {
  const { phase, period, pilot } = programme.metadata;
  if (phase === 'rollout') return { kind: 'rollout', ...(pilot?.path ? { pilot: pilot.path } : {}) };
  return period.end > today ? { kind: 'running', end: period.end } : { kind: 'ended' };
}
