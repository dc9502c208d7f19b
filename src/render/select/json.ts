import { dateFormatOf } from '../../core/select/slashed-dates.js';
import { countsOf, reasonsOf, type SelectRenderer } from './view.js';

/** The stable machine output of `mentor select` (docs/select.md): formatVersion 1. */
export const json: SelectRenderer = (result, { text }) => {
  const counts = countsOf(result);
  const out = {
    formatVersion: 1,
    programme: result.programme,
    file: result.file,
    source: result.source,
    columns: result.columns,
    levels: result.levels,
    ignored: result.ignored,
    slashedDates: result.slashedDates && { format: dateFormatOf[result.slashedDates.order], by: result.slashedDates.by, ...(result.slashedDates.evidence ? { line: result.slashedDates.evidence.line, value: result.slashedDates.evidence.value } : {}) },
    summary: { qualified: counts.qualified, notQualified: counts.notQualified, alreadyMentee: counts.already },
    candidates: result.candidates.map((c) => ({
      ...c,
      checks: c.checks.map((o) => ({ ...o, message: text.part(o) })),
      reasons: reasonsOf(c, text),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
