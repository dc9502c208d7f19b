import { kpisFor, resolveAudience, type AudienceScope } from './audience.js';
import { competencyRows, minGroupSize } from './competencies.js';
import type { KpiResult } from './kpi-types.js';
import { evaluateIn } from './kpis.js';
import { evaluation } from './evaluation.js';
import { learningSection } from './learning-mix.js';
import { mentorRows } from './mentors.js';
import { progressRows } from './progress.js';
import { englishPseudonymLabels, pseudonyms, realNames } from './pseudonyms.js';
import type { RecordIndex } from './record-index.js';
import type { ReportData, ReportNote, ReportOptions } from './report-types.js';
import { foldEndReasons, sessionsSection } from './sessions.js';
import { health } from './health.js';
import { timeline, type TimelineFigures } from './timeline.js';

/** The figures of the timeline on one day, for the audience's people and KPIs, from one shared evaluation. */
function figuresOn(index: RecordIndex, scope: AudienceScope, date: string): TimelineFigures {
  const ev = evaluation(index, date, scope.population);
  const stats = ev.levelStats(undefined);
  const { planned, held } = ev.sessions(undefined);
  const kpis = scope.sections.includes('kpis') ? kpisFor(scope, evaluateIn(ev)).kpis : [];
  return {
    gapClosed: stats.assessed > 0 ? stats.closedSum / stats.entries : null,
    targetReached: stats.assessed > 0 ? stats.reached / stats.entries : null,
    adherence: planned > 0 ? held / planned : null,
    kpis,
  };
}

/**
 * Builds the report of a programme as of `options.asOf` for one audience. Everything is computed
 * over the audience's people only (a manager's direct reports, one mentee), so nobody else's figures
 * can leak into any section; sponsors get aggregates with small groups folded or withheld.
 */
export function reportFromIndex(index: RecordIndex, options: ReportOptions & { programmeErrors?: number }): ReportData {
  const { asOf } = options;
  const audience = options.audience ?? 'hr';
  const pseudonymise = options.pseudonymise === true;
  const scope = resolveAudience(index, audience, options.person, options.sections, pseudonymise);
  const names = pseudonymise ? pseudonyms(index, options.pseudonymLabels ?? englishPseudonymLabels, options.pseudonymKey) : realNames(index);
  // A sponsor's aggregates over fewer than 3 mentees would describe individuals: only the health
  // line and the KPIs (each withheld on its own count) remain.
  const tooSmall = audience === 'sponsor' && scope.mentees.length < minGroupSize;
  const has = (s: string): boolean => (scope.sections as string[]).includes(s) && (!tooSmall || s === 'health' || s === 'kpis');
  const pairs = scope.population === undefined ? index.pairs : index.pairs.filter((p) => scope.population!.has(p.mentee));
  const { metadata } = index.model.programme;

  const ev = evaluation(index, asOf, scope.population);
  const allKpis = audience === 'mentee' ? [] : evaluateIn(ev);
  const visible = kpisFor(scope, allKpis);
  const kpis: KpiResult[] = audience === 'mentee' ? [] : visible.kpis;
  const progress = has('progress') ? progressRows(index, scope.mentees, asOf, names) : null;
  const sessions = has('sessions') ? sessionsSection(index, pairs, asOf, names, { reasons: scope.freeText, individual: scope.individual }) : null;

  const notes: ReportNote[] = [];
  const note = (code: ReportNote['code'], count: number, items?: string[]): void => {
    if (count > 0) notes.push({ code, count, ...(items ? { items } : {}) });
  };
  note('programme-errors', options.programmeErrors ?? 0);
  note('as-of-before-start', asOf < index.period.start ? 1 : 0);
  note('records-outside-period', index.leftOut.outsidePeriod);
  note('unknown-references', index.leftOut.unknownReference);
  note('plans-without-gap', index.invalidPlans);
  if (progress) {
    // Names as the progress table shows them (pseudonyms where it uses them): nothing it does not already say.
    const unpaired = [...new Set(progress.filter((r) => r.pair === null).map((r) => r.mentee.name))];
    note('mentees-without-pair', unpaired.length, unpaired);
  }
  if (scope.individual) {
    const stats = ev.levelStats(undefined);
    note('not-assessed', stats.entries - stats.assessed);
  }
  if (has('kpis')) {
    const noData = kpis.filter((k) => k.status === 'no-data' && k.reason !== 'small-group');
    note('kpi-no-data', noData.length, noData.map((k) => k.id));
  }
  note('pairs-without-end-reason', pairs.filter((p) => p.end !== undefined && p.end <= asOf && p.endReason === undefined).length);
  if (has('kpis')) {
    note('survey-kpis-hidden', visible.hiddenSurvey);
    note('external-kpis-hidden', visible.hiddenExternal);
  }
  const competencies = has('competencies') ? competencyRows(index, scope.mentees, asOf, audience === 'sponsor') : null;
  let foldedReasons = 0;
  if (audience === 'sponsor' && sessions) {
    const folded = foldEndReasons(sessions.endReasons);
    foldedReasons = folded.folded;
    sessions.endReasons = folded.reasons;
  }
  if (audience === 'sponsor') note('small-groups', (competencies ?? []).reduce((n, r) => n + (r.competency === null ? r.competencies : 0), 0) + visible.withheld + foldedReasons + (tooSmall ? 1 : 0));

  return {
    formatVersion: 1,
    programme: { id: metadata.id, name: metadata.name, organisation: metadata.organisation, phase: metadata.phase, locale: metadata.locale ?? null, period: { ...index.period } },
    asOf,
    audience: { kind: audience, person: scope.person === null ? null : names.person(scope.person), pseudonymised: pseudonymise },
    sections: scope.sections.filter(has),
    health: has('health') ? health(index, pairs, scope.mentees.length, kpis, asOf) : null,
    progress,
    sessions,
    learning: has('learning') ? learningSection(index, scope.mentees, asOf, names, scope.individual) : null,
    competencies,
    mentors: has('mentors') ? mentorRows(index, pairs, asOf, names) : null,
    kpis: has('kpis') ? kpis : null,
    timeline: has('timeline') ? timeline(index, asOf, (date) => figuresOn(index, scope, date)) : null,
    notes,
  };
}
