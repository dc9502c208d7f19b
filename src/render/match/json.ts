import { reasonsOf, type MatchRenderer } from './view.js';

/** The stable machine output of `mentor match` (docs/match.md): formatVersion 1. */
export const json: MatchRenderer = (result, { text }) =>
  `${JSON.stringify(
    {
      formatVersion: 1,
      programme: result.programme,
      start: result.start,
      startSource: result.startSource,
      ...(result.programmeStart !== undefined ? { programmeStart: result.programmeStart } : {}),
      weights: result.weights,
      objective: result.objective,
      kept: result.kept,
      released: result.released,
      pairs: result.pairs.map((p) => ({ ...p, reasons: reasonsOf(p, text) })),
      unmatched: result.unmatched.map((u) => ({ ...u, reason: text.block(u.block) })),
      mentors: result.mentors,
    },
    null,
    2,
  )}\n`;
