import { describe, expect, it } from 'vitest';
import { personIdFromName, withoutTitles } from './slug.js';

describe('personIdFromName', () => {
  it('leaves academic and courtesy titles out of an id made from a name', () => {
    expect(personIdFromName('prof. dr hab. Józef Śliwiński', 'staff-1')).toBe('jozef-sliwinski');
    expect(personIdFromName('dr hab. Wojciech Ćwikła, prof. UN', 'staff-1')).toBe('wojciech-cwikla');
    expect(personIdFromName('Revd Margaret Okafor', 'staff-1')).toBe('margaret-okafor');
    expect(personIdFromName('Anna Drabik', 'staff-1')).toBe('anna-drabik');
  });

  it('keeps a name that is only a title, and falls back when nothing is left', () => {
    expect(withoutTitles('Dr')).toBe('Dr');
    expect(personIdFromName('???', 'staff-1')).toBe('staff-1');
  });
});
