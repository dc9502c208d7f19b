import { describe, expect, it } from 'vitest';
import { buildRecord, misshapenItems, readDate, readValue, syntaxOf } from './read-value.js';
import type { FieldSpec } from './fields.js';

describe('readValue', () => {
  it('reads numbers (a decimal comma too), and keeps text that is none for the schema to name', () => {
    expect(readValue('60', { kind: 'integer' })).toBe(60);
    expect(readValue('4,5', { kind: 'number' })).toBe(4.5);
    expect(readValue('abc', { kind: 'integer' })).toBe('abc');
  });
  it('reads dates as typed or exported', () => {
    expect(readDate('2026-03-02')).toBe('2026-03-02');
    expect(readDate('2026-03-02 14:31:05')).toBe('2026-03-02');
    expect(readDate('2026-03-02T14:31:05Z')).toBe('2026-03-02');
    expect(readDate('2.03.2026')).toBe('2026-03-02');
    expect(readDate('03/02/2026')).toBe('03/02/2026');
  });
  it('matches enums without regard to case, booleans in both languages', () => {
    expect(readValue('Mentor', { kind: 'enum', values: ['mentor', 'line-manager'] })).toBe('mentor');
    expect(readValue('4', { kind: 'enum', values: [1, 2, 3, 4] })).toBe(4);
    // An enum that also takes an id (`assessor`): a fixed value is matched, any other id kept as written.
    const assessor = { kind: 'enum', values: ['mentor', 'external'], orId: true } as const;
    expect(readValue('External', assessor)).toBe('external');
    expect(readValue(' clinical-educator ', assessor)).toBe('clinical-educator');
    expect(syntaxOf(assessor)).toBe('mentor|external|ID');
    expect(readValue('tak', { kind: 'boolean' })).toBe(true);
    expect(readValue('no', { kind: 'boolean' })).toBe(false);
  });
  it('reads compact lists, plans and level maps', () => {
    expect(readValue('a, b;c', { kind: 'list', of: { kind: 'id' } })).toEqual(['a', 'b', 'c']);
    const plan = { kind: 'tuples', keys: ['competency', 'baseline', 'target'], types: [{ kind: 'id' }, { kind: 'integer' }, { kind: 'integer' }] } as const;
    expect(readValue('neg:2:4, plan:1:3', plan)).toEqual([
      { competency: 'neg', baseline: 2, target: 4 },
      { competency: 'plan', baseline: 1, target: 3 },
    ]);
    expect(readValue('neg:2', plan)).toEqual([{ competency: 'neg', baseline: 2 }]);
    expect(readValue('neg:5, plan=4', { kind: 'map', value: { kind: 'integer' } })).toEqual({ neg: 5, plan: 4 });
  });
  it('finds the items of a plan with a part too few or too many, and a plan where a list of ids belongs', () => {
    const plan = { kind: 'tuples', keys: ['competency', 'baseline', 'target'], types: [{ kind: 'id' }, { kind: 'integer' }, { kind: 'integer' }], required: 3 } as const;
    expect(misshapenItems('neg:2:4, plan:1:3', plan)).toEqual([]);
    // `1-3` for `1:3`, a space for the colons, and a fourth part that reading would drop.
    expect(misshapenItems('neg:1-3, plan 1 3, lead:1:3:4', plan)).toEqual(['neg:1-3', 'plan 1 3', 'lead:1:3:4']);
    // Optional parts after the required ones may be left out, not exceeded.
    const prep = { kind: 'tuples', keys: ['module', 'completed'], types: [{ kind: 'id' }, { kind: 'date' }], required: 1 } as const;
    expect(misshapenItems('role, ethics:2026-01-10', prep)).toEqual([]);
    expect(misshapenItems('role:2026-01-10:yes', prep)).toEqual(['role:2026-01-10:yes']);
    expect(misshapenItems('neg:1:3, plan', { kind: 'list', of: { kind: 'id' } })).toEqual(['neg:1:3']);
    expect(misshapenItems('neg:5', { kind: 'map', value: { kind: 'integer' } })).toEqual([]);
  });
  it('builds a record in the schema\'s order, leaving out what is empty', () => {
    const fields: FieldSpec[] = [
      { key: 'pair', flag: 'pair', required: true, description: '', type: { kind: 'id' } },
      { key: 'date', flag: 'date', required: true, description: '', type: { kind: 'date' } },
      { key: 'minutes', flag: 'minutes', required: true, description: '', type: { kind: 'integer' } },
      { key: 'topic', flag: 'topic', required: false, description: '', type: { kind: 'text' } },
    ];
    expect(Object.entries(buildRecord(fields, { topic: ' ', minutes: '60', pair: 'p-1', date: '2026-03-02' }))).toEqual([
      ['pair', 'p-1'],
      ['date', '2026-03-02'],
      ['minutes', 60],
    ]);
    expect(syntaxOf({ kind: 'tuples', keys: ['module', 'completed'], types: [] })).toBe('MODULE:COMPLETED,…');
  });
});
