import { describe, expect, it } from 'vitest';
import type { KpiResult } from '../../core/report/kpi-types.js';
import { reportEn } from '../../messages/report-en.js';
import { reportPl } from '../../messages/report-pl.js';
import { localeFormat } from '../locale-format.js';
import { valueFormat } from './format-values.js';

const kpi = (metric: string, kind: 'share' | 'number', unit: string | null): KpiResult => ({ metric, kind, unit, direction: 'higher' }) as KpiResult;

describe('valueFormat.kpiValue', () => {
  const en = valueFormat(localeFormat('en'), reportEn);
  const pl = valueFormat(localeFormat('pl'), reportPl);

  it('attaches %, "% of sales" and /5 to the number, and spaces a word unit', () => {
    expect(pl.kpiValue(kpi('satisfaction', 'number', '/5'), 4.5)).toBe('4,5/5');
    expect(en.kpiValue(kpi('conversion', 'number', '%'), 23.4)).toBe('23.4%');
    expect(en.kpiValue(kpi('wage-cost', 'number', '% of sales'), 11.5)).toBe('11.5% of sales');
    expect(en.kpiValue(kpi('waiting', 'number', 'days'), 12)).toBe('12 days');
    expect(en.kpiTarget(kpi('satisfaction', 'number', '/5'), 4)).toBe('≥ 4/5');
  });

  it('shows a share as a percentage whatever its unit says', () => {
    expect(en.kpiValue(kpi('gap-closed-share', 'share', '%'), 0.5)).toBe('50%');
  });
});
