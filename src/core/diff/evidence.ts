import type { ProgrammeModel } from '../model/model.js';
import { evaluateKpis } from '../report/index.js';
import type { KpiEvaluator, KpiOutcome } from './types.js';

/**
 * The pilot's evidence: every KPI exactly as `mentor report` computes it on the date (its
 * `evaluateKpis`), in the shape the calibration report cites. No second computation of any metric.
 */
export const pilotEvidence: KpiEvaluator<ProgrammeModel> = (model, asOf) =>
  evaluateKpis(model, asOf).map(
    (r): KpiOutcome => ({
      kpi: r.id,
      name: r.name,
      metric: r.metric,
      direction: r.direction,
      kind: r.kind,
      ...(r.unit !== null ? { unit: r.unit } : {}),
      ...(r.target !== null ? { target: r.target } : {}),
      ...(r.value !== null ? { value: r.value } : {}),
      status: r.status,
      ...(r.missedBy !== null && r.missedBy > 0 ? { missedBy: r.missedBy } : {}),
    }),
  );
