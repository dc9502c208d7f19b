import { addDays, daysBetween } from '../model/dates.js';
import type { Programme } from '../model/types.js';
import type { Anchor, RecruitmentMethod } from './types.js';

/** The dates the method's communication steps hang on, with a fallback for each one a programme leaves out. */
export interface MethodAnchors {
  start: string;
  end: string;
  /** The `kick-off` milestone, else the period start. */
  kickOff: Anchor;
  /** The `matching` milestone, else a week before kick-off. */
  matching: Anchor;
  /** The `mid-point-review` milestone, else halfway between kick-off and closing. */
  midPoint: Anchor;
  /** The `closing` milestone, else the period end. */
  closing: Anchor;
  /** `addressees.recruitment.closes`, else two weeks before matching. */
  recruitmentCloses: Anchor;
  /** Milestones where progress is assessed (see `isAssessmentMilestone`), with the closing added when none lies near it. */
  assessments: { id: string; name: string; date: string }[];
  /** When mentor preparation starts: the first module a mentor finished, else three weeks before matching. */
  preparationStarts: Anchor;
  method: RecruitmentMethod;
  /** Whether the programme has a `line-manager` role: the default texts speak of line managers only then. */
  lineManagers: boolean;
  /**
   * Who assesses progress, as the programme's RACI says (`isAssessmentActivity`): the roles
   * responsible for the activity and the one accountable for it, in that order; undefined when the
   * RACI has no such activity (the method then reminds mentors and line managers).
   */
  assessors?: string[];
  /** Whether each anchor is the programme's own (a milestone or date it holds) or a fallback. */
  own: { kickOff: boolean; matching: boolean; midPoint: boolean; closing: boolean; recruitmentCloses: boolean };
}

// Milestone ids that name an assessment round, in the languages the tool speaks.
const assessmentWords = /(review|assessment|evaluation|przeglad|przegląd|ocena|ewaluacja)/i;

/** A milestone whose id says progress is assessed there: `mid-point-review`, `final-assessment`, `przeglad-kwartalny`… */
export function isAssessmentMilestone(id: string): boolean {
  return assessmentWords.test(id);
}

// RACI activity ids that name assessing progress: whole words, so `kalibracja-ocen` (calibrating the assessments) is not one.
const assessingWords = /(^|-)(assess|assessment|assessments|assessing|evaluate|evaluation|ocena|oceny|ocenianie|ewaluacja)(-|$)/i;

/** A RACI activity whose id says progress is assessed in it: `assess-progress`, `assess`, `ocena-postepow`, `progress-assessment`… */
export function isAssessmentActivity(id: string): boolean {
  return assessingWords.test(id);
}

/** The roles the RACI makes responsible or accountable for assessing progress; undefined when it has no such activity. */
function assessorsOf(programme: Programme): string[] | undefined {
  const activities = (programme.roleMatrix ?? []).filter((a) => isAssessmentActivity(a.id));
  if (activities.length === 0) return undefined;
  return [...new Set(activities.flatMap((a) => [...a.responsible, a.accountable]))];
}

/** Works out the anchors of a programme. `firstPreparation` finds the earliest module a mentor finished for it, if any. */
export function methodAnchors(programme: Programme, firstPreparation: (kickOff: string) => string | undefined = () => undefined): MethodAnchors {
  const { start, end } = programme.metadata.period;
  const milestones = new Map<string, { name: string; date: string }>();
  for (const m of programme.process.milestones) if (!milestones.has(m.id)) milestones.set(m.id, m);
  const at = (id: string): Anchor | undefined => {
    const m = milestones.get(id);
    return m ? { date: m.date, when: { milestone: id } } : undefined;
  };
  const fixed = (date: string): Anchor => ({ date, when: { date } });
  const offset = (anchor: Anchor, days: number): Anchor =>
    anchor.when.milestone !== undefined
      ? { date: addDays(anchor.date, days), when: { milestone: anchor.when.milestone, offsetDays: (anchor.when.offsetDays ?? 0) + days } }
      : fixed(addDays(anchor.date, days));

  const kickOff = at('kick-off') ?? fixed(start);
  const closing = at('closing') ?? fixed(end);
  const matching = at('matching') ?? offset(kickOff, -7);
  const midPoint = at('mid-point-review') ?? offset(kickOff, Math.floor(daysBetween(kickOff.date, closing.date) / 2));
  const closes = programme.addressees?.recruitment.closes;
  const recruitmentCloses = closes !== undefined ? fixed(closes) : offset(matching, -14);
  const assessments = programme.process.milestones
    .filter((m, i, all) => isAssessmentMilestone(m.id) && all.findIndex((o) => o.id === m.id) === i)
    .map((m) => ({ id: m.id, name: m.name, date: m.date }));
  // Progress is assessed at the end too: the closing counts unless an assessment lies within three weeks before it.
  const closingMilestone = milestones.get('closing');
  if (closingMilestone && !assessments.some((a) => a.date <= closingMilestone.date && daysBetween(a.date, closingMilestone.date) <= 21)) {
    assessments.push({ id: 'closing', name: closingMilestone.name, date: closingMilestone.date });
  }
  const prepared = firstPreparation(kickOff.date);
  const assessors = assessorsOf(programme);
  return {
    start,
    end,
    kickOff,
    matching,
    midPoint,
    closing,
    recruitmentCloses,
    assessments,
    preparationStarts: prepared !== undefined ? fixed(prepared) : offset(matching, -21),
    method: programme.addressees?.recruitment.method ?? 'mixed',
    lineManagers: programme.roles.some((r) => r.id === 'line-manager'),
    ...(assessors !== undefined ? { assessors } : {}),
    own: {
      kickOff: milestones.has('kick-off'),
      matching: milestones.has('matching'),
      midPoint: milestones.has('mid-point-review'),
      closing: milestones.has('closing'),
      recruitmentCloses: closes !== undefined,
    },
  };
}
