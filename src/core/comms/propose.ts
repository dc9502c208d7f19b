import type { CommsText, StepTemplateParams } from '../../messages/comms-text.js';
import { daysBetween } from '../model/dates.js';
import type { Communication } from '../model/types.js';
import type { MethodAnchors } from './anchors.js';
import { shift, type Coverage, type StepNeed } from './steps.js';
import type { Anchor } from './types.js';

export interface ProposeOptions {
  texts: Pick<CommsText, 'steps'>;
  /** Ids the programme already uses: a proposal never takes one. */
  takenIds: ReadonlySet<string>;
  /** The working day a proposed date moves to (weekends, public holidays); none when absent. */
  workingDay?: (date: string) => string;
}

/** The placeholders a step's default text uses for its dates: the milestone when the programme has it. */
export function stepTemplateParams(anchors: MethodAnchors, milestone?: string, assessors?: readonly string[]): StepTemplateParams {
  const kickOff = anchors.own.kickOff ? '{milestone:kick-off}' : '{start}';
  return {
    method: anchors.method,
    lineManagers: anchors.lineManagers,
    kickOff,
    matching: anchors.own.matching ? '{milestone:matching}' : kickOff,
    closing: anchors.own.closing ? '{milestone:closing}' : '{end}',
    ...(anchors.own.recruitmentCloses ? { recruitmentCloses: '{recruitment-closes}' } : {}),
    ...(milestone !== undefined ? { milestone } : {}),
    ...(assessors !== undefined ? { assessors } : {}),
  };
}

/**
 * The messages the method proposes for the needs nothing covers, written as they would stand in
 * the programme (`step` set, so that once adopted they are not proposed again). The sponsor speaks
 * before candidates are invited: when one of the two is the programme's own, the proposed other one
 * moves a week to the right side of it.
 */
export function propose(uncovered: readonly StepNeed[], covered: Coverage, anchors: MethodAnchors, options: ProposeOptions): Communication[] {
  const taken = new Set(options.takenIds);
  const out: Communication[] = [];
  for (const need of uncovered) {
    let anchor = need.proposal.anchor;
    const invitation = covered.coveredOn.get('candidate-invitation');
    const announcement = covered.coveredOn.get('sponsor-announcement');
    if (need.step === 'sponsor-announcement' && invitation !== undefined && anchor.date >= invitation) anchor = fixedFrom(invitation, -7);
    if (need.step === 'candidate-invitation' && announcement !== undefined && anchor.date <= announcement) {
      anchor = fixedFrom(announcement, 7);
      if (anchor.date > anchors.recruitmentCloses.date) anchor = anchors.recruitmentCloses;
    }
    if (options.workingDay) {
      const moved = options.workingDay(anchor.date);
      if (moved !== anchor.date) anchor = shift(anchor, daysBetween(anchor.date, moved));
    }
    const base = need.milestone !== undefined ? `${need.step}-${need.milestone}` : need.step;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const template = options.texts.steps[need.step](stepTemplateParams(anchors, need.milestone, need.step === 'assessment-reminder' ? need.proposal.to : undefined));
    out.push({
      id,
      step: need.step,
      when: anchor.when,
      from: need.proposal.from,
      to: need.proposal.to as [string, ...string[]],
      channel: need.proposal.channel,
      purpose: need.proposal.purpose,
      subject: template.subject,
      text: template.text,
    });
  }
  return out;
}

/** A fixed date `days` from `date`. */
function fixedFrom(date: string, days: number): Anchor {
  return shift({ date, when: { date } }, days);
}
