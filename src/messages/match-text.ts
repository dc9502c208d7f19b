import type { Block, ScorePart } from '../core/match/match.js';

/** Every string of `mentor match`: reasons per pair, what blocked an unmatched mentee, headings. */
export interface MatchText {
  part: (part: ScorePart) => string;
  block: (block: Block) => string;
  notCovered: (competencies: readonly string[]) => string;
  head: { pair: string; mentee: string; mentor: string; competencies: string; score: string; why: string; blocked: string };
  unmatchedTitle: (count: number) => string;
  /** `passed`: the programme's own start, when it had passed and the pairs start on the next working day instead. */
  summary: (p: { proposed: number; unmatched: number; kept: number; start: string; released: number; passed?: string }) => string;
  nothingProposed: string;
  wrotePairs: (count: number, file: string) => string;
  rematchNoWrite: string;
  writeRefused: (file: string, reason: string) => string;
  validateAfterWrite: (path: string) => string;
}
