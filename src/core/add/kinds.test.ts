import { describe, expect, it } from 'vitest';
import { nextId } from './kinds.js';

describe('nextId', () => {
  it('follows the pattern most ids share, one past the highest, as wide', () => {
    expect(nextId(['pr-00001', 'pr-00041', 'pr-00007'], 'pair')).toBe('pr-00042');
    expect(nextId(['mentee-01', 'mentee-02', 'e-anowak'], 'mentee')).toBe('mentee-03');
    expect(nextId(['para-9'], 'pair')).toBe('para-10');
  });
  it('falls back to the kind\'s own prefix when ids follow no common pattern or none exists', () => {
    expect(nextId([], 'mentee')).toBe('mentee-01');
    expect(nextId(['hr-owner-1', 'sponsor-1', 'line-manager-1'], 'staff')).toBe('staff-01');
    expect(nextId(['e-anowak', 'e-bkowal'], 'mentee')).toBe('mentee-01');
  });
  it('never gives a taken id', () => {
    expect(nextId(['mentee-01'], 'mentee', new Set(['mentee-01', 'mentee-02']))).toBe('mentee-03');
  });
});
