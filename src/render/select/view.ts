import type { CandidateResult, SelectResult } from '../../core/select/select.js';
import type { SelectText } from '../../messages/select-text.js';

/** What every renderer of `mentor select` gets besides the result. */
export interface SelectRenderContext {
  text: SelectText;
  locale: 'en' | 'pl';
  color: boolean;
}

export type SelectRenderer = (result: SelectResult, ctx: SelectRenderContext) => string;

/**
 * Why a candidate stands where they stand, in words: for a qualified one every criterion part they
 * meet, for anyone else the parts that kept them out (and "no gap" first when that is the reason).
 */
export function reasonsOf(candidate: CandidateResult, text: SelectText): string[] {
  if (candidate.status === 'already-mentee') return candidate.menteeId === undefined ? [] : [text.sameNameMentee(candidate.menteeId)];
  if (candidate.status === 'qualified') return candidate.checks.map(text.part);
  return [...(candidate.hasGap ? [] : [text.noGap]), ...candidate.checks.filter((o) => o.status !== 'met').map(text.part)];
}

/** The competencies with a gap, as `competency baseline→target`. */
export function gapsOf(candidate: CandidateResult): string[] {
  return candidate.plan.filter((p) => p.gap > 0).map((p) => `${p.competency} ${p.level}→${p.target}`);
}

export function countsOf(result: SelectResult): { qualified: number; notQualified: number; already: number } {
  const count = (status: CandidateResult['status']): number => result.candidates.filter((c) => c.status === status).length;
  return { qualified: count('qualified'), notQualified: count('not-qualified'), already: count('already-mentee') };
}

/** Qualified first, then not qualified, then those already in; each group in the export's order. */
export function ordered(result: SelectResult): CandidateResult[] {
  const rank = { qualified: 0, 'not-qualified': 1, 'already-mentee': 2 } as const;
  return [...result.candidates].sort((a, b) => rank[a.status] - rank[b.status] || a.line - b.line);
}
