import { describe, expect, it } from 'vitest';
import { evaluateKpis, type KpiResult } from '../../src/core/report/index.js';
import { loadProgrammeAt } from '../../src/io/load-programme.js';

/**
 * KPI values of the bundled examples, computed by hand from their files (the arithmetic is in each
 * comment), never by the code under test. The pilot's figures are the ones the rollout's calibration
 * rationale quotes (examples/kam-rollout/programme.yaml, `calibration.decisions`).
 */
async function kpis(path: string, asOf: string): Promise<Map<string, KpiResult>> {
  const { model } = await loadProgrammeAt(path, { cwd: process.cwd(), today: asOf, locale: 'en' });
  if (!model) throw new Error(`${path} did not load`);
  return new Map(evaluateKpis(model, asOf).map((k) => [k.id, k]));
}

describe('kam-pilot as of its last day, 2026-06-30', () => {
  it('computes the figures the rollout rationale quotes', async () => {
    const k = await kpis('examples/kam-pilot', '2026-06-30');
    // 33 answers (16 closing + 17 mid-point): satisfaction sum 138 → 138 / 33 = 4.1818…
    expect(k.get('satysfakcja-uczestnikow')).toMatchObject({ value: expect.closeTo(138 / 33, 9), status: 'met', basis: { count: 33 } });
    // NPS: 17 promoters (9–10), 5 detractors (0–6) of 33 answers → (17 − 5) / 33 × 100 = 36.36
    expect(k.get('nps-uczestnikow')).toMatchObject({ value: expect.closeTo((1200 / 33), 9), status: 'met', basis: { numerator: 12, denominator: 33 } });
    // 19 mentee competencies; gap closed per entry summed = 13.5 → 13.5 / 19 = 0.7105 (71%), target 0.8
    expect(k.get('domkniecie-luki')).toMatchObject({ value: expect.closeTo(13.5 / 19, 9), status: 'missed', missedBy: expect.closeTo(0.8 - 13.5 / 19, 9) });
    // 11 of 19 at or above target (6 of 13 two-level gaps, 5 of 6 one-level gaps) → 57.9%, target 50%
    expect(k.get('osiagniecie-celu')).toMatchObject({ value: expect.closeTo(11 / 19, 9), status: 'met', basis: { numerator: 11, denominator: 19 }, missedBy: 0 });
    // 104 sessions held of 127 planned (11 pairs × 11 + para-06 ended 24.04: ⌊79 / 14⌋ + 1 = 6) → 81.9%, target 90%
    expect(k.get('realizacja-sesji')).toMatchObject({ value: expect.closeTo(104 / 127, 9), status: 'missed', basis: { numerator: 104, denominator: 127 } });
    // Hours: experience 1195, social 260.5, formal 328 of 1783.5 → formal 18.39% against 10% = 8.39 pp, target ≤ 5
    expect(k.get('zgodnosc-70-20-10')).toMatchObject({ value: expect.closeTo((328 / 1783.5) * 100 - 10, 9), status: 'missed' });
    // External values: the only entries are dated 2026-06-30.
    expect(k.get('retencja-przychodu-kk')).toMatchObject({ value: 96.2, status: 'met', source: 'external', measuredOn: '2026-06-30', formula: null });
    expect(k.get('marza-kontraktow-kk')).toMatchObject({ value: 17.9, status: 'missed', missedBy: expect.closeTo(0.6, 9) });
  });
});
