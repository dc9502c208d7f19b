import { describe, expect, it } from 'vitest';
import { localeFormat } from '../locale-format.js';
import { kpiValue } from './shared.js';

describe('kpiValue (the pilot evidence of mentor diff)', () => {
  const en = localeFormat('en');
  const pl = localeFormat('pl');

  it('writes a share as a percentage even when the KPI gives `unit: "%"`, as mentor report does', () => {
    expect(kpiValue({ kind: 'share', unit: '%' }, 0.5, en)).toBe('50%');
    expect(kpiValue({ kind: 'share' }, 0.442, pl)).toBe('44,2%');
  });

  it('attaches % and /5 to a number KPI and spaces a word unit', () => {
    expect(kpiValue({ kind: 'number', unit: '%' }, 2.3, en)).toBe('2.3%');
    expect(kpiValue({ kind: 'number', unit: '% of sales' }, 11.5, en)).toBe('11.5% of sales');
    expect(kpiValue({ kind: 'number', unit: '/5' }, 4.5, pl)).toBe('4,5/5');
    expect(kpiValue({ kind: 'number', unit: 'PLN' }, 600000, pl)).toMatch(/^600\s000 PLN$/);
    expect(kpiValue({ kind: 'number' }, 30, en)).toBe('30');
    expect(kpiValue({ kind: 'number' }, undefined, en)).toBe('–');
  });
});
