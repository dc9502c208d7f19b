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

describe('kam-pilot on 2026-04-30, mid-way', () => {
  it('computes every KPI from the records up to that day; nothing is missed before the end', async () => {
    const k = await kpis('examples/kam-pilot', '2026-04-30');
    // Mid-point survey only: 17 answers, satisfaction sum 68; NPS (7 − 3) / 17.
    expect(k.get('satysfakcja-uczestnikow')).toMatchObject({ value: 4, status: 'met', basis: { count: 17 } });
    expect(k.get('nps-uczestnikow')).toMatchObject({ value: expect.closeTo((400 / 17), 9), status: 'open' });
    // Mid-point assessments: gap closed 5.5 / 19; 1 target of 19 reached.
    expect(k.get('domkniecie-luki')).toMatchObject({ value: expect.closeTo(5.5 / 19, 9), status: 'open' });
    expect(k.get('osiagniecie-celu')).toMatchObject({ value: expect.closeTo(1 / 19, 9), basis: { numerator: 1, denominator: 19 } });
    // 66 held of 81 planned (12 pairs, 7 sessions each but para-06 with 6 by its end on 24.04).
    expect(k.get('realizacja-sesji')).toMatchObject({ value: expect.closeTo(66 / 81, 9), basis: { numerator: 66, denominator: 81 } });
    // Hours: 774 / 173 / 255 of 1202 → formal 21.21% against 10% = 11.21 pp.
    expect(k.get('zgodnosc-70-20-10')).toMatchObject({ value: expect.closeTo((255 / 1202) * 100 - 10, 9), status: 'open' });
    // The latest external values on or before the date: 10.04.2026.
    expect(k.get('retencja-przychodu-kk')).toMatchObject({ value: 93.8, measuredOn: '2026-04-10', status: 'open' });
  });
});

describe('expert-transfer (checkpoints, scopes, retention)', () => {
  it('on 2026-11-30: judges against the checkpoint due', async () => {
    const k = await kpis('examples/expert-transfer', '2026-11-30');
    expect(k.get('satisfaction')).toMatchObject({ value: expect.closeTo(58 / 14, 9), status: 'open' });
    expect(k.get('nps')).toMatchObject({ value: expect.closeTo((500 / 14), 9), status: 'met' });
    // 169 held of 187 planned (pair-07 and pair-08 ended early; pair-09 started 8 July).
    expect(k.get('session-adherence')).toMatchObject({ value: expect.closeTo(169 / 187, 9), status: 'met', basis: { numerator: 169, denominator: 187 } });
    // Gap closed 6.5 / 12 = 0.542: above the checkpoint due (0.45 by 30.09), below the final 0.8 → open.
    expect(k.get('gap-closed')).toMatchObject({ value: expect.closeTo(6.5 / 12, 9), status: 'open', checkpoint: { date: '2026-09-30', target: 0.45 }, nextCheckpoint: { date: '2026-12-18', target: 0.65 } });
    // 2 of 12 reached, below the checkpoint due on that very day (0.3) → at risk.
    expect(k.get('target-reached')).toMatchObject({ value: expect.closeTo(2 / 12, 9), status: 'at-risk', checkpoint: { date: '2026-11-30', target: 0.3 } });
    // Scoped to the three strategic competencies: 10 mentee competencies, gains summing to 11.
    expect(k.get('level-gain-strategic')).toMatchObject({ value: expect.closeTo(11 / 10, 9), status: 'open', basis: { count: 10 } });
    // 1601 / 388.5 / 264 of 2253.5 hours → social 17.24% vs 20% = 2.76 pp.
    expect(k.get('learning-mix')).toMatchObject({ value: expect.closeTo(20 - (388.5 / 2253.5) * 100, 9), status: 'met' });
    // One of 11 mentees left the organisation (pair-07); pair-08 ended for another reason.
    expect(k.get('retention')).toMatchObject({ value: expect.closeTo(10 / 11, 9), status: 'met', basis: { numerator: 10, denominator: 11 } });
    expect(k.get('procedures-captured')).toMatchObject({ value: 15, measuredOn: '2026-11-13', source: 'external', status: 'open' });
  });

  it('on 2026-07-31: no survey yet, and the gap closed misses its first checkpoint', async () => {
    const k = await kpis('examples/expert-transfer', '2026-07-31');
    expect(k.get('satisfaction')).toMatchObject({ value: null, status: 'no-data', reason: 'no-answers', missedBy: null });
    // 0.5 / 12 closed against 0.2 due by 30.06 → at risk.
    expect(k.get('gap-closed')).toMatchObject({ value: expect.closeTo(0.5 / 12, 9), status: 'at-risk', checkpoint: { date: '2026-06-30', target: 0.2 } });
    expect(k.get('session-adherence')).toMatchObject({ value: expect.closeTo(96 / 103, 9), status: 'met' });
  });
});

describe('kam-rollout on 2026-11-30, three months in', () => {
  it('computes the rollout KPIs', async () => {
    const k = await kpis('examples/kam-rollout', '2026-11-30');
    expect(k.get('satysfakcja-uczestnikow')).toMatchObject({ value: expect.closeTo(160 / 38, 9), status: 'met' });
    expect(k.get('nps-uczestnikow')).toMatchObject({ value: expect.closeTo((1200 / 38), 9), status: 'open' });
    // Only baseline assessments so far: 0 of the gap, 0 of 58 targets.
    expect(k.get('domkniecie-luki')).toMatchObject({ value: 0, status: 'open', basis: { count: 58 } });
    expect(k.get('realizacja-sesji')).toMatchObject({ value: expect.closeTo(113 / 128, 9), basis: { numerator: 113, denominator: 128 } });
    // 1651 / 332.5 / 353 of 2336.5 hours → social 14.23% against 20% = 5.77 pp.
    expect(k.get('zgodnosc-70-20-10')).toMatchObject({ value: expect.closeTo(20 - (332.5 / 2336.5) * 100, 9) });
    expect(k.get('marza-kontraktow-kk')).toMatchObject({ value: 17.8, measuredOn: '2026-10-12' });
  });
});
