import { describe, expect, it } from 'vitest';
import { keyGloss } from './key-gloss.js';

describe('a key description after the key in a hint', () => {
  it('is in brackets, or after a dash when it has brackets of its own, lower-cased unless an acronym, without a full stop of its own', () => {
    expect(keyGloss('Full name.')).toBe(' (full name)');
    expect(keyGloss('Level at the start (assessed before the pair starts)')).toBe(' – level at the start (assessed before the pair starts)');
    expect(keyGloss('poziom na starcie (oceniony, zanim para zacznie pracę)')).toBe(' – poziom na starcie (oceniony, zanim para zacznie pracę)');
    expect(keyGloss('KPI the goal is measured by')).toBe(' (KPI the goal is measured by)');
    expect(keyGloss('')).toBe('');
    expect(keyGloss(undefined)).toBe('');
  });
});
