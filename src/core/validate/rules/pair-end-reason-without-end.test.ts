import { describe, expect, it } from 'vitest';
import { diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('pair-end-reason-without-end', () => {
  it('reports an end reason on a pair that has no end date, at the reason', () => {
    const yaml = programmeYaml((d) => {
      d.people.pairs[0].endReason = 'workload';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'pair-end-reason-without-end');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'pair-end-reason-without-end', path: 'people.pairs[id=p1].endReason' });
    expect(textAt(yaml, d)).toBe('workload');
  });

  it('accepts an end reason with an end date, and an end date without a reason', () => {
    const withReason = programmeYaml((d) => {
      Object.assign(d.people.pairs[0], { end: '2026-04-10', endReason: 'mismatch' });
    });
    const withoutReason = programmeYaml((d) => {
      d.people.pairs[0].end = '2026-04-10';
    });
    expect(diagnosticsOf(withReason, 'pair-end-reason-without-end')).toEqual([]);
    expect(diagnosticsOf(withoutReason, 'pair-end-reason-without-end')).toEqual([]);
  });
});
