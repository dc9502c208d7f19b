import { addDays } from '../model/dates.js';
import type { Communication, When } from '../model/types.js';
import type { MethodAnchors } from './anchors.js';
import type { Anchor, Channel, Purpose, StepId } from './types.js';

/** The method's communication steps, in the order a programme meets them. */
export const stepIds: readonly StepId[] = [
  'sponsor-announcement',
  'candidate-invitation',
  'mentor-preparation',
  'pairing-announcement',
  'kick-off',
  'assessment-reminder',
  'mid-point-check-in',
  'closing',
  'results-to-sponsor',
];

/** One thing the method expects the plan to say: a step (one per assessment milestone for reminders). */
export interface StepNeed {
  step: StepId;
  /** For `assessment-reminder`: the milestone it prepares. */
  milestone?: string;
  /** Dates a covering message may fall on, both ends included; undefined = open. */
  window: [string | undefined, string | undefined];
  /** Roles a covering message (or messages, together) must reach. */
  mustReach: string[];
  /** The role a covering message must come from, when the step is about who speaks. */
  from?: string;
  /** Purposes a covering message may have; undefined = any. */
  purposes?: readonly Purpose[];
  /** The message the method proposes when nothing covers the step. */
  proposal: { anchor: Anchor; from: string; to: string[]; channel: Channel; purpose: Purpose };
}

/** Moves an anchor by whole days, keeping it relative to its milestone. */
export function shift(anchor: Anchor, days: number): Anchor {
  const when: When =
    anchor.when.milestone !== undefined
      ? { milestone: anchor.when.milestone, ...((anchor.when.offsetDays ?? 0) + days !== 0 ? { offsetDays: (anchor.when.offsetDays ?? 0) + days } : {}) }
      : { date: addDays(anchor.date, days) };
  return { date: addDays(anchor.date, days), when };
}

/**
 * What the method expects of a programme's communication, given its anchors and the roles it
 * defines: only roles the programme has are sent to, and a step whose audience it lacks is dropped.
 * The three steps before the start seek commitment (`buy-in`), so adopted proposals also satisfy
 * buy-in-missing for line managers, mentees and mentors.
 * Proposed dates sit whole weeks from their anchor, so they fall on the anchor's weekday (milestones
 * are set on working days).
 */
export function methodNeeds(anchors: MethodAnchors, roles: ReadonlySet<string>, hasPreparation: boolean): StepNeed[] {
  const keep = (ids: readonly string[]): string[] => ids.filter((id) => roles.has(id));
  const first = [...roles][0] ?? 'hr-owner';
  const sponsor = roles.has('sponsor') ? 'sponsor' : roles.has('hr-owner') ? 'hr-owner' : first;
  const hr = roles.has('hr-owner') ? 'hr-owner' : sponsor;
  const everyoneBut = (sender: string): string[] => [...roles].filter((r) => r !== sender);
  const { kickOff, matching, midPoint, closing, recruitmentCloses: recruitment } = anchors;
  const needs: StepNeed[] = [];

  // The sponsor speaks first: to line managers, who nominate and release their people; in a
  // programme without line managers, to the candidates and mentors themselves (invitation-before-sponsor
  // asks for a sponsor's message before the invitation either way).
  const announced = roles.has('line-manager') ? ['line-manager'] : roles.has('sponsor') ? keep(['mentee', 'mentor']) : [];
  if (announced.length > 0) {
    needs.push({
      step: 'sponsor-announcement',
      window: [undefined, addDays(recruitment.date, -1)],
      mustReach: announced,
      ...(roles.has('sponsor') ? { from: 'sponsor' } : {}),
      proposal: { anchor: shift(recruitment, -28), from: sponsor, to: announced, channel: 'email', purpose: 'buy-in' },
    });
  }
  if (roles.has('mentee')) {
    needs.push({
      step: 'candidate-invitation',
      window: [undefined, recruitment.date],
      mustReach: ['mentee'],
      purposes: ['buy-in', 'information'],
      proposal: { anchor: shift(recruitment, -21), from: hr, to: ['mentee'], channel: 'intranet', purpose: 'buy-in' },
    });
  }
  if (roles.has('mentor') && hasPreparation) {
    needs.push({
      step: 'mentor-preparation',
      window: [undefined, addDays(anchors.preparationStarts.date, -1)],
      mustReach: ['mentor'],
      purposes: ['buy-in', 'information'],
      proposal: { anchor: shift(anchors.preparationStarts, -14), from: hr, to: ['mentor'], channel: 'email', purpose: 'buy-in' },
    });
  }
  const pairs = keep(['mentee', 'mentor']);
  if (pairs.length > 0) {
    needs.push({
      step: 'pairing-announcement',
      window: [matching.date, kickOff.date],
      mustReach: pairs,
      purposes: ['information', 'buy-in'],
      proposal: { anchor: matching, from: hr, to: keep(['mentee', 'mentor', 'line-manager']), channel: 'email', purpose: 'information' },
    });
    needs.push({
      step: 'kick-off',
      window: [kickOff.date, kickOff.date],
      mustReach: pairs,
      proposal: { anchor: kickOff, from: sponsor, to: everyoneBut(sponsor), channel: 'meeting', purpose: 'information' },
    });
  }
  // Whoever assesses in this programme (its RACI), but not the sender reminding them; without a
  // word in the RACI, mentors and line managers, the method's usual assessors.
  const assessors = keep(anchors.assessors ?? ['mentor', 'line-manager']).filter((r) => r !== hr);
  if (assessors.length > 0) {
    for (const a of anchors.assessments) {
      const anchor: Anchor = { date: a.date, when: { milestone: a.id } };
      needs.push({
        step: 'assessment-reminder',
        milestone: a.id,
        window: [addDays(a.date, -21), addDays(a.date, -1)],
        mustReach: assessors,
        purposes: ['reminder', 'information'],
        proposal: { anchor: shift(anchor, -7), from: hr, to: assessors, channel: 'email', purpose: 'reminder' },
      });
    }
  }
  if (roles.has('line-manager')) {
    needs.push({
      step: 'mid-point-check-in',
      window: [addDays(midPoint.date, -7), addDays(midPoint.date, 21)],
      mustReach: ['line-manager'],
      purposes: ['information', 'buy-in'],
      proposal: { anchor: shift(midPoint, 7), from: hr, to: ['line-manager'], channel: 'meeting', purpose: 'information' },
    });
  }
  if (pairs.length > 0) {
    needs.push({
      step: 'closing',
      window: [addDays(closing.date, -3), addDays(closing.date, 3)],
      mustReach: pairs,
      purposes: ['celebration', 'information'],
      proposal: { anchor: closing, from: sponsor, to: everyoneBut(sponsor), channel: 'meeting', purpose: 'celebration' },
    });
  }
  if (roles.has('sponsor') && hr !== 'sponsor') {
    needs.push({
      step: 'results-to-sponsor',
      window: [addDays(closing.date, -14), addDays(closing.date, 60)],
      mustReach: ['sponsor'],
      purposes: ['information'],
      proposal: { anchor: shift(closing, 14), from: hr, to: ['sponsor'], channel: 'meeting', purpose: 'information' },
    });
  }
  return needs.filter((n) => n.proposal.to.length > 0);
}

/** A programme message with the dates it goes out on. */
export interface DatedMessage {
  message: Communication;
  dates: string[];
}

/** Which step a message names explicitly, and for an assessment reminder, which milestone. */
function explicitStep(m: DatedMessage, anchors: MethodAnchors): { step: StepId; milestone?: string } | undefined {
  const { step } = m.message;
  if (step === undefined) return undefined;
  if (step !== 'assessment-reminder') return { step };
  const named = m.message.when.milestone;
  if (named !== undefined && anchors.assessments.some((a) => a.id === named)) return { step, milestone: named };
  // A reminder with a fixed date prepares the next assessment after it.
  const first = m.dates[0];
  const next = first === undefined ? undefined : anchors.assessments.find((a) => a.date >= first);
  return next ? { step, milestone: next.id } : { step };
}

function fits(need: StepNeed, message: Communication, date: string): boolean {
  const [from, to] = need.window;
  if ((from !== undefined && date < from) || (to !== undefined && date > to)) return false;
  if (need.from !== undefined && message.from !== need.from) return false;
  return need.purposes === undefined || need.purposes.includes(message.purpose);
}

export interface Coverage {
  /** Needs no programme message covers: the method proposes these. */
  uncovered: StepNeed[];
  /** The step each programme message names in `step` (and, for a reminder, its milestone). */
  stepOf: Map<Communication, { step: StepId; milestone?: string }>;
  /** The first date of a covered step, for ordering proposals around it. */
  coveredOn: Map<StepId, string>;
}

/**
 * Decides which needs the programme covers. A message that names its `step` covers that step and no
 * other. Messages without one cover a need when they fall in its window with a fitting sender and
 * purpose and, together, reach every role it must reach. Such a match only silences the proposal:
 * the message is not labelled with the step (a kick-off agenda e-mail is not a pairing announcement,
 * whatever its date), so its default text stays the one of its purpose.
 */
export function coverage(needs: readonly StepNeed[], messages: readonly DatedMessage[], anchors: MethodAnchors): Coverage {
  const stepOf = new Map<Communication, { step: StepId; milestone?: string }>();
  const coveredOn = new Map<StepId, string>();
  const uncovered: StepNeed[] = [];
  const explicit = messages.map((m) => explicitStep(m, anchors));

  const note = (step: StepId, date: string | undefined): void => {
    if (date !== undefined && (coveredOn.get(step) ?? '9999') > date) coveredOn.set(step, date);
  };
  for (const need of needs) {
    let covered = false;
    const reached = new Set<string>();
    let firstDate: string | undefined;
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i]!;
      const named = explicit[i];
      if (named) {
        if (named.step === need.step && (need.milestone === undefined || named.milestone === need.milestone)) {
          covered = true;
          stepOf.set(m.message, named);
          note(need.step, m.dates[0]);
        }
        continue;
      }
      const date = m.dates.find((d) => fits(need, m.message, d));
      if (date === undefined) continue;
      const to: readonly string[] = m.message.to ?? [];
      for (const role of to) reached.add(role);
      if (firstDate === undefined || date < firstDate) firstDate = date;
    }
    if (!covered && need.mustReach.every((r) => reached.has(r))) {
      covered = true;
      note(need.step, firstDate);
    }
    if (!covered) uncovered.push(need);
  }
  return { uncovered, stepOf, coveredOn };
}
