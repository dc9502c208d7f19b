import { describe, expect, it } from 'vitest';
import { reportEn } from './report-en.js';
import { reportPl } from './report-pl.js';

describe('report: the assessor column', () => {
  it("names the method's roles and a role the programme adds alike, capitalised (one column, one style)", () => {
    const column = (t: typeof reportEn, roles: [string, string | null][]): string[] => roles.map(([role, name]) => t.assessor(role, name));
    const roles: [string, string | null][] = [
      ['mentor', 'Mentor (senior engineer)'],
      ['line-manager', 'Department head'],
      ['external', null],
      ['plant-manager', 'Plant manager'],
    ];
    expect(column(reportEn, roles)).toEqual(['Mentor', 'Line manager', 'External', 'Plant manager']);
    expect(column(reportPl, [...roles.slice(0, 3), ['kierownik-zakladu', 'Kierownik zakładu']])).toEqual(['Mentor', 'Przełożony', 'Ocena zewnętrzna', 'Kierownik zakładu']);
  });
});
