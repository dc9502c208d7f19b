import type { Rule } from '../rule.js';
import { buyInMissing } from './buy-in-missing.js';
import { competencyUnused } from './competency-unused.js';
import { criterionNotMet } from './criterion-not-met.js';
import { dateNotWorkingDay } from './date-not-working-day.js';
import { dateOutsidePeriod } from './date-outside-period.js';
import { decisionPathUnknown } from './decision-path-unknown.js';
import { duplicateId } from './duplicate-id.js';
import { kpiCheckpointOutsidePeriod } from './kpi-checkpoint-outside-period.js';
import { kpiCheckpointsUnordered } from './kpi-checkpoints-unordered.js';
import { kpiValueIgnored } from './kpi-value-ignored.js';
import { kickOffMissing } from './kick-off-missing.js';
import { kpiMissingTarget } from './kpi-missing-target.js';
import { kpiUncomputable } from './kpi-uncomputable.js';
import { kpiBaselineMeetsTarget } from './kpi-baseline-meets-target.js';
import { kpiValueOutOfRange } from './kpi-value-out-of-range.js';
import { learningMixDeviation } from './learning-mix-deviation.js';
import { learningMixSum } from './learning-mix-sum.js';
import { levelOutsideScale } from './level-outside-scale.js';
import { menteeWithoutGap } from './mentee-without-gap.js';
import { mentorBelowTarget } from './mentor-below-target.js';
import { mentorIsLineManager } from './mentor-is-line-manager.js';
import { mentorOverCapacity } from './mentor-over-capacity.js';
import { pairBeforePreparation } from './pair-before-preparation.js';
import { pairSelfMentoring } from './pair-self-mentoring.js';
import { personNameMismatch } from './person-name-mismatch.js';
import { personEmailDuplicate } from './person-email-duplicate.js';
import { personNameDuplicate } from './person-name-duplicate.js';
import { pairDuplicate } from './pair-duplicate.js';
import { pairCompetencyNotInMentee } from './pair-competency-not-in-mentee.js';
import { pairEndReasonWithoutEnd } from './pair-end-reason-without-end.js';
import { placeholderUnfilled } from './placeholder-unfilled.js';
import { programmeMismatch } from './programme-mismatch.js';
import { recordAfterMenteeLeft } from './record-after-mentee-left.js';
import { recordCompetencyNotInPlan } from './record-competency-not-in-plan.js';
import { recordInFuture } from './record-in-future.js';
import { reportingLineCycle } from './reporting-line-cycle.js';
import { roleUnstaffed } from './role-unstaffed.js';
import { rolloutWithoutPilot } from './rollout-without-pilot.js';
import { scaleLevelsNotIncreasing } from './scale-levels-not-increasing.js';
import { sessionDuplicate } from './session-duplicate.js';
import { sessionOutsidePair } from './session-outside-pair.js';
import { targetNotAboveBaseline } from './target-not-above-baseline.js';
import { unknownReference } from './unknown-reference.js';
import { roleNotInformed } from './role-not-informed.js';
import { lineManagerAfterRecruitment } from './line-manager-after-recruitment.js';
import { invitationBeforeSponsor } from './invitation-before-sponsor.js';
import { messageAfterMilestone } from './message-after-milestone.js';
import { roleOverloaded } from './role-overloaded.js';
import { unknownPlaceholder } from './unknown-placeholder.js';
import { timeZoneUnknown } from './time-zone-unknown.js';

/**
 * Every method rule, in the draft's order (output is sorted by position anyway). include-not-found
 * and pilot-not-found are not here: only the I/O layer can see missing files.
 */
export const rules: readonly Rule[] = [
  duplicateId,
  unknownReference,
  programmeMismatch,
  levelOutsideScale,
  scaleLevelsNotIncreasing,
  targetNotAboveBaseline,
  menteeWithoutGap,
  criterionNotMet,
  competencyUnused,
  pairCompetencyNotInMentee,
  mentorBelowTarget,
  mentorOverCapacity,
  mentorIsLineManager,
  reportingLineCycle,
  personNameMismatch,
  personEmailDuplicate,
  personNameDuplicate,
  pairSelfMentoring,
  pairDuplicate,
  pairBeforePreparation,
  roleUnstaffed,
  learningMixSum,
  learningMixDeviation,
  kpiMissingTarget,
  kpiUncomputable,
  kpiBaselineMeetsTarget,
  kpiValueOutOfRange,
  kpiCheckpointOutsidePeriod,
  kpiCheckpointsUnordered,
  kpiValueIgnored,
  pairEndReasonWithoutEnd,
  buyInMissing,
  kickOffMissing,
  roleNotInformed,
  lineManagerAfterRecruitment,
  invitationBeforeSponsor,
  messageAfterMilestone,
  roleOverloaded,
  unknownPlaceholder,
  timeZoneUnknown,
  dateOutsidePeriod,
  dateNotWorkingDay,
  recordInFuture,
  sessionOutsidePair,
  sessionDuplicate,
  recordCompetencyNotInPlan,
  recordAfterMenteeLeft,
  rolloutWithoutPilot,
  decisionPathUnknown,
  placeholderUnfilled,
];
