import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.js';
import { fieldOf, itemOf, lineSpans, newFindings, placedField } from './attribute.js';

const d = (over: Partial<Diagnostic>): Diagnostic => ({ ruleId: 'unknown-reference', severity: 'error', message: 'm', file: 'r.yaml', start: { line: 1, column: 1 }, path: 'sessions[3].pair', ...over });

describe('what an addition causes', () => {
  it('is what the run with it found and the run without it did not, counted as a multiset', () => {
    const old = d({ start: { line: 5, column: 1 } });
    expect(newFindings([d({ start: { line: 9, column: 1 } }), d({ message: 'other' })], [old])).toEqual([d({ message: 'other' })]);
    expect(newFindings([old, old], [old])).toHaveLength(1);
  });
  it('points at an added item by its lines, and at a field by its path', () => {
    const text = 'a: 1\nlist:\n  - x: 1\n    y: 2\n  - z: 3\n';
    const first = text.indexOf('  - x');
    const second = text.indexOf('  - z');
    expect(lineSpans(text, [{ start: second, end: text.length }, { start: first, end: second }])).toEqual([
      { from: 5, to: 5 },
      { from: 3, to: 4 },
    ]);
    const items = [{ file: 'r.yaml', from: 3, to: 4 }, { file: 'r.yaml', from: 5, to: 5 }];
    expect(itemOf(d({ start: { line: 4, column: 5 } }), items)).toBe(0);
    expect(itemOf(d({ start: { line: 2, column: 1 } }), items)).toBeUndefined();
    expect(fieldOf(d({ path: 'sessions[3].pair' }), 'sessions')).toBe('pair');
    expect(fieldOf(d({ path: 'people.mentees[id=e-1].competencies[0].target' }), 'mentees')).toBe('competencies');
    expect(fieldOf(d({ path: 'sessions[3]' }), 'sessions')).toBeUndefined();
  });
});

describe('the field a finding of an added item is placed at', () => {
  const given = (...keys: string[]) => (key: string): boolean => keys.includes(key);
  it('is the field its path names if the user gave it; else the field its rule is about, if given; else the field its path names all the same', () => {
    const capacity = d({ ruleId: 'mentor-over-capacity', path: 'pairs[id=para-13].start' });
    expect(placedField(capacity, 'pairs', given('mentor', 'mentee', 'start'))).toBe('start');
    expect(placedField(capacity, 'pairs', given('mentor', 'mentee'))).toBe('mentor');
    // A start filled in by default, outside the period: its flag is what sets it (the item's line in the file was never written).
    expect(placedField(capacity, 'pairs', given('mentee'))).toBe('start');
    expect(placedField(d({ path: 'sessions[3].date' }), 'sessions', given('pair'))).toBe('date');
    expect(placedField(d({ path: 'sessions[3]' }), 'sessions', given('pair'))).toBeUndefined();
    expect(placedField(d({ path: 'sessions[3].pair' }), 'sessions', given('pair'))).toBe('pair');
  });
});
