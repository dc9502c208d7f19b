import type { Mentee } from '../model/types.js';
import { minGroupSize } from './competencies.js';
import type { KpiResult } from './kpi-types.js';
import type { RecordIndex } from './record-index.js';
import { audienceSections, type Audience, type ReportSection } from './report-types.js';
import type { Population } from './scope.js';

export type ReportOptionsProblem = 'person-required' | 'person-not-allowed' | 'unknown-person' | 'not-a-line-manager' | 'not-a-mentee' | 'section-not-for-audience';

/** Options that do not fit the programme or the audience; the CLI turns it into a usage error (exit 2). */
export class ReportOptionsError extends Error {
  constructor(
    readonly problem: ReportOptionsProblem,
    readonly detail: { audience: Audience; person?: string; section?: string; allowed?: readonly ReportSection[] },
  ) {
    super(`${problem}: ${JSON.stringify(detail)}`);
    this.name = 'ReportOptionsError';
  }
}

/** Who a report is about: the mentees it may show, and the person it is for. */
export interface AudienceScope {
  audience: Audience;
  /** Mentee ids the report is computed over; undefined means everyone. */
  population: Population;
  mentees: Mentee[];
  person: string | null;
  /** Individuals appear (names, rows per person or pair); false for sponsors. */
  individual: boolean;
  /** Free-text fields (reasons) appear: only to HR without pseudonyms, since free text may name people. */
  freeText: boolean;
  sections: ReportSection[];
}

/**
 * Resolves an audience: `hr` and `sponsor` see everyone (a sponsor only in aggregate), a `manager`
 * only their direct reports (mentees whose `lineManager` is the person), a `mentee` only themself.
 */
export function resolveAudience(index: RecordIndex, audience: Audience, person: string | undefined, sections: readonly ReportSection[] | undefined, pseudonymise: boolean): AudienceScope {
  const allowed = audienceSections[audience];
  for (const section of sections ?? []) if (!allowed.includes(section)) throw new ReportOptionsError('section-not-for-audience', { audience, section, allowed });
  const chosen = allowed.filter((s) => sections === undefined || sections.includes(s));
  const needsPerson = audience === 'manager' || audience === 'mentee';
  if (needsPerson && person === undefined) throw new ReportOptionsError('person-required', { audience });
  if (!needsPerson && person !== undefined) throw new ReportOptionsError('person-not-allowed', { audience, person });
  const base = { audience, sections: chosen, freeText: audience === 'hr' && !pseudonymise };
  if (audience === 'manager') {
    const mentees = index.mentees.filter((m) => m.lineManager === person);
    if (mentees.length === 0) throw new ReportOptionsError(index.people.has(person!) ? 'not-a-line-manager' : 'unknown-person', { audience, person: person! });
    return { ...base, population: new Set(mentees.map((m) => m.id)), mentees, person: person!, individual: true };
  }
  if (audience === 'mentee') {
    const mentee = index.menteeById.get(person!);
    if (!mentee) throw new ReportOptionsError(index.people.has(person!) ? 'not-a-mentee' : 'unknown-person', { audience, person: person! });
    return { ...base, population: new Set([mentee.id]), mentees: [mentee], person: person!, individual: true };
  }
  return { ...base, population: undefined, mentees: index.mentees, person: null, individual: audience === 'hr' };
}

/** Survey answers are confidential to HR and the sponsor (in aggregate); survey KPIs never reach a manager. */
const surveyMetrics: ReadonlySet<string> = new Set(['satisfaction', 'nps']);

/**
 * The KPIs an audience sees. HR and sponsors see all (a sponsor without values describing fewer
 * than 3 people); a manager sees the built-in KPIs computed over their direct reports, without
 * survey KPIs (answers are confidential) and external ones (programme-wide business figures).
 */
export function kpisFor(scope: AudienceScope, kpis: readonly KpiResult[]): { kpis: KpiResult[]; hiddenSurvey: number; hiddenExternal: number; withheld: number } {
  if (scope.audience === 'manager' || scope.audience === 'mentee') {
    const shown = kpis.filter((k) => k.source === 'builtin' && !surveyMetrics.has(k.metric));
    return {
      kpis: shown,
      hiddenSurvey: kpis.filter((k) => surveyMetrics.has(k.metric)).length,
      hiddenExternal: kpis.filter((k) => k.source === 'external').length,
      withheld: 0,
    };
  }
  if (scope.audience === 'sponsor') {
    let withheld = 0;
    const shown = kpis.map((k) => {
      if (k.source !== 'builtin' || k.value === null || k.basis.people >= minGroupSize) return k;
      withheld++;
      return { ...k, value: null, status: 'no-data' as const, missedBy: null, measuredOn: null, basis: { count: k.basis.count, people: k.basis.people }, reason: 'small-group' as const };
    });
    return { kpis: shown, hiddenSurvey: 0, hiddenExternal: 0, withheld };
  }
  return { kpis: [...kpis], hiddenSurvey: 0, hiddenExternal: 0, withheld: 0 };
}
