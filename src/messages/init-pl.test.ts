import { describe, expect, it } from 'vitest';
import { initPl } from './init-pl.js';

describe('the Polish headers of people and records files', () => {
  it('do not say „programu Program…” for a programme whose name opens with the word', () => {
    const name = 'Program mentoringowy MOPS Zawiercie 2027';
    const people = initPl.file.peopleHeader({ name });
    const records = initPl.file.recordsHeader({ name, month: '2027-02', folder: 'records' });
    for (const text of [people, records]) {
      expect(text).not.toMatch(/programu program/i);
      expect(text).toContain(name);
    }
    expect(people.split('\n')[0]).toBe(`Osoby – ${name}. Identyfikatory są oddzielone od nazwisk, więc raporty można pseudonimizować.`);
  });

  it('keep „programu <nazwa>” for any other name', () => {
    expect(initPl.file.peopleHeader({ name: 'Mentoring architektoniczny Northwind 2027' })).toMatch(/^Osoby programu Mentoring architektoniczny Northwind 2027\./);
    expect(initPl.file.recordsHeader({ name: 'Akademia KAM', month: '2026-06', folder: 'records' })).toMatch(/^Zapisy monitoringu programu Akademia KAM, 2026-06\./);
  });
});
