import { describe, expect, it } from 'vitest';
import { selectEn } from '../../messages/select-en.js';
import { applyCaps } from './evaluate.js';

describe('applyCaps', () => {
  const criteria = [{ id: 'two-per-area', description: 'At most two per manager', maxPerLineManager: 2 }];

  it('gives no outcome for a cap a person is not limited by (no line manager), and counts the others', () => {
    const [withManager, without, second, third] = applyCaps(criteria, [
      { id: 'a', lineManager: 'sm-105', gaps: [] },
      { id: 'b', gaps: [] },
      { id: 'c', lineManager: 'sm-105', gaps: [] },
      { id: 'd', lineManager: 'sm-105', gaps: [] },
    ]);
    expect(withManager).toEqual([{ criterion: 'two-per-area', part: 'maxPerLineManager', status: 'met', params: { max: 2, key: 'sm-105', count: 0 } }]);
    expect(without).toEqual([]);
    expect(second!.map((o) => o.status)).toEqual(['met']);
    expect(third!.map((o) => o.status)).toEqual(['not-met']);
  });
});

describe('the select summary', () => {
  it('says one person is already a mentee, and several are mentees', () => {
    expect(selectEn.summary({ qualified: 2, notQualified: 2, already: 1, file: 'c.csv' })).toBe('2 people qualified, 2 people not, 1 person already a mentee (c.csv).');
    expect(selectEn.summary({ qualified: 1, notQualified: 0, already: 3, file: 'c.csv' })).toBe('1 person qualified, 0 people not, 3 people already mentees (c.csv).');
  });
});
