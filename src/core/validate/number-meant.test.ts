import { describe, expect, it } from 'vitest';
import { numberMeant } from './number-meant.js';

describe('numberMeant', () => {
  it('reads a decimal comma and a quoted number', () => {
    expect(numberMeant('1,5', 'hours', false)).toBe(1.5);
    expect(numberMeant(' 60 ', 'minutes', true)).toBe(60);
    expect(numberMeant('0,75', 'value', false)).toBe(0.75);
  });

  it('converts a duration with its unit into the field’s unit', () => {
    expect(numberMeant('1h', 'minutes', true)).toBe(60);
    expect(numberMeant('1,5 godz.', 'minutes', true)).toBe(90);
    expect(numberMeant('90 min', 'minutes', true)).toBe(90);
    expect(numberMeant('90 min', 'hours', false)).toBe(1.5);
    expect(numberMeant('2 godziny', 'hours', false)).toBe(2);
  });

  it('reads a KPI value written with its unit as the number alone', () => {
    expect(numberMeant('11.5 days', 'value', false)).toBe(11.5);
    expect(numberMeant('52 osoby', 'value', false)).toBe(52);
    expect(numberMeant('800000 PLN', 'value', false)).toBe(800000);
    expect(numberMeant('7 days', 'level', true)).toBeUndefined();
    // A share typed with its sign, as a spreadsheet shows it.
    expect(numberMeant('12%', 'value', false)).toBe(12);
    expect(numberMeant('3,5 %', 'value', false)).toBe(3.5);
    expect(numberMeant('60%', 'minutes', true)).toBeUndefined();
  });

  it('reads a level written with its scale or its label beside it', () => {
    expect(numberMeant('3/5', 'level', true)).toBe(3);
    expect(numberMeant('3 / 5', 'target', true)).toBe(3);
    expect(numberMeant('3 (Samodzielny)', 'level', true)).toBe(3);
    expect(numberMeant('2 – Pod nadzorem', 'baseline', true)).toBe(2);
    expect(numberMeant('poziom 4', 'level', true)).toBe(4);
    expect(numberMeant('Level 4: Proficient', 'level', true)).toBe(4);
    expect(numberMeant('3/5', 'minutes', true)).toBeUndefined();
    // A range is two readings.
    expect(numberMeant('3-4', 'level', true)).toBeUndefined();
  });

  it('gives nothing where there is no one reading', () => {
    expect(numberMeant('1h', 'level', true)).toBeUndefined();
    expect(numberMeant('1,5', 'minutes', true)).toBeUndefined();
    expect(numberMeant('about an hour', 'minutes', true)).toBeUndefined();
    expect(numberMeant('1-2', 'hours', false)).toBeUndefined();
    expect(numberMeant('3 kg', 'hours', false)).toBeUndefined();
  });
});
