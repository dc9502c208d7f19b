import { describe, expect, it } from 'vitest';
import { personIdFromName, slugify, withoutTitles } from './slug.js';

describe('slugify', () => {
  it('cuts a long name after a whole word, and not after a one-letter word left dangling', () => {
    expect(slugify('Luka co najmniej 1 poziomu w kompetencji strategicznej', 32)).toBe('luka-co-najmniej-1-poziomu');
    expect(slugify('Przeniesienie wiedzy architektonicznej przed odejściem', 32)).toBe('przeniesienie-wiedzy');
    expect(slugify('A b', 64)).toBe('a-b');
    // A word is what stands between spaces: a version or a range is kept whole or left out, not cut into `-4-0-0`.
    expect(slugify('Ramy Kompetencji Logistyka 4.0 (0–5)', 32)).toBe('ramy-kompetencji-logistyka-4-0');
    expect(slugify('Skala biegłości dyspozytora (0–5)', 32)).toBe('skala-bieglosci-dyspozytora-0-5');
  });

  it('does not end a cut name on a preposition or conjunction left from what it joined', () => {
    expect(slugify('Odsetek decyzji zwróconych do ponownego rozpatrzenia', 32)).toBe('odsetek-decyzji-zwroconych');
    expect(slugify('Share of decisions returned for a second review', 32)).toBe('share-of-decisions-returned');
    expect(slugify('Time to first contact with the family', 32)).toBe('time-to-first-contact');
    // A name that fits is left as it is, its last word too.
    expect(slugify('Praca z rodziną i dla', 32)).toBe('praca-z-rodzina-i-dla');
  });
});

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
