import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './nearest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('name', 'name')).toBe(0);
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('mentess', 'mentees')).toBe(1);
    expect(editDistance('pilott', 'pilot')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('is a symmetric measure bounded by the longer word (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});

describe('nearest', () => {
  it('suggests a plausible typo fix and nothing for unrelated short words', () => {
    expect(nearest('nmae', ['id', 'name', 'description'])).toBe('name');
    expect(nearest('competences', ['competencies', 'scales'])).toBe('competencies');
    expect(nearest('no', ['pl', 'en'])).toBeUndefined();
    expect(nearest('zzzzzz', ['name'])).toBeUndefined();
  });
});
