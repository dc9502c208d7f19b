import { describe, expect, it } from 'vitest';
import { localeFormat } from '../locale-format.js';
import type { Change } from '../../core/diff/types.js';
import { diffEn } from '../../messages/diff-en.js';
import { diffPl } from '../../messages/diff-pl.js';
import { describeChange, kpiValue } from './shared.js';

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

describe('describeChange: a date that moved within a shifted programme', () => {
  const change = (old: number, now: number): Change => ({ section: 'kpis', path: 'kpis[id=k].checkpoints[0].date', kind: 'changed', old: '2026-02-16', new: '2026-11-16', position: { old, new: now }, decisions: [] });

  it('says where it sits in each programme: whole weeks where it can, else days, before or after the start', () => {
    expect(describeChange(change(42, 70), diffEn, localeFormat('en')).note).toBe('in the programme: 6 weeks after the start → 10 weeks after the start');
    expect(describeChange(change(-53, 0), diffEn, localeFormat('en')).note).toBe('in the programme: 53 days before the start → the start day');
    expect(describeChange(change(7, 93), diffEn, localeFormat('en')).note).toBe('in the programme: 1 week after the start → 93 days after the start');
    expect(describeChange(change(42, 14), diffPl, localeFormat('pl')).note).toBe('w programie: 6 tygodni po starcie → 2 tygodnie po starcie');
    expect(describeChange(change(-7, 0), diffPl, localeFormat('pl')).note).toBe('w programie: 1 tydzień przed startem → dzień startu');
    expect(describeChange(change(1, 22), diffPl, localeFormat('pl')).note).toBe('w programie: 1 dzień po starcie → 22 dni po starcie');
  });

  it('names the whole-programme shift in both languages, with Polish plurals', () => {
    const shift: Change = { section: 'metadata', path: 'metadata.period.start', kind: 'changed', old: '2026-01-05', new: '2026-09-07', shift: { days: 245, dates: 2 }, decisions: [] };
    expect(describeChange(shift, diffEn, localeFormat('en')).note).toBe('programme shifted 245 days later, 2 dates with it');
    expect(describeChange(shift, diffPl, localeFormat('pl')).note).toBe('program przesunięty o 245 dni później, a z nim 2 daty');
    expect(describeChange({ ...shift, shift: { days: -1, dates: 5 } }, diffPl, localeFormat('pl')).note).toBe('program przesunięty o 1 dzień wcześniej, a z nim 5 dat');
  });
});
