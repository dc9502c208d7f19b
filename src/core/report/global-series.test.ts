import { describe, expect, it } from 'vitest';
import { exampleModel, examples } from '../../../test/report/load.js';
import { addDays } from '../model/dates.js';
import { evaluateIn } from './kpis.js';
import { evaluation } from './evaluation.js';
import { indexRecords } from './record-index.js';

/**
 * The whole programme's KPIs come from running totals (one binary search per date); any narrower
 * population walks its mentees and pairs. Naming every mentee as the population forces the walk:
 * both must agree on every day of every example.
 */
describe.each(examples)('running totals agree with the walk ($name)', ({ name }) => {
  it('on every day of the period', async () => {
    const model = await exampleModel(name);
    const index = indexRecords(model);
    const everyone = new Set(model.mentees.map((m) => m.id));
    const { start, end } = model.programme.metadata.period;
    let days = 0;
    for (let day = addDays(start, -3); day <= addDays(end, 3); day = addDays(day, 1), days++) {
      const fast = evaluation(index, day, undefined);
      const walk = evaluation(index, day, everyone);
      const a = fast.levelStats(undefined);
      const b = walk.levelStats(undefined);
      expect([a.entries, a.assessed, a.reached, a.people], day).toEqual([b.entries, b.assessed, b.reached, b.people]);
      expect(a.gainSum).toBeCloseTo(b.gainSum, 9);
      expect(a.closedSum).toBeCloseTo(b.closedSum, 9);
      expect(fast.sessions(undefined), day).toEqual(walk.sessions(undefined));
      const kf = evaluateIn(fast);
      const kw = evaluateIn(walk);
      for (let i = 0; i < kf.length; i++) {
        expect([kf[i]!.id, kf[i]!.status, kf[i]!.reason, kf[i]!.basis.count], day).toEqual([kw[i]!.id, kw[i]!.status, kw[i]!.reason, kw[i]!.basis.count]);
        if (kf[i]!.value === null) expect(kw[i]!.value).toBeNull();
        else expect(kf[i]!.value!).toBeCloseTo(kw[i]!.value!, 9);
      }
    }
    expect(days).toBeGreaterThan(150);
  });
});
