import type { MatchResult, ProposedPair } from '../../core/match/match.js';
import type { MatchText } from '../../messages/match-text.js';

export interface MatchRenderContext {
  text: MatchText;
  locale: 'en' | 'pl';
  color: boolean;
}

export type MatchRenderer = (result: MatchResult, ctx: MatchRenderContext) => string;

/** Every reason of a pair in words: its points, then what it leaves out. */
export function reasonsOf(pair: ProposedPair, text: MatchText): string[] {
  return [...pair.parts.map(text.part), ...(pair.notCovered.length > 0 ? [text.notCovered(pair.notCovered)] : [])];
}

export function summaryOf(result: MatchResult, text: MatchText): string {
  return text.summary({ proposed: result.pairs.length, unmatched: result.unmatched.length, kept: result.kept, start: result.start, released: result.released.length, ...(result.startSource === 'today' && result.programmeStart !== undefined ? { passed: result.programmeStart } : {}) });
}
