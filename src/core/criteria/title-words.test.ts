import { describe, expect, it } from 'vitest';
import { titleMatches } from './evaluate.js';
import { feminineForms, sameTitleWord } from './title-words.js';

describe('sameTitleWord', () => {
  it('takes a Polish feminine job title for the masculine one, and the other way round', () => {
    const pairs: [string, string][] = [
      ['asystent', 'asystentka'],
      ['adiunkt', 'adiunktka'],
      ['referent', 'referentka'],
      ['dyrektor', 'dyrektorka'],
      ['kierownik', 'kierowniczka'],
      ['pracownik', 'pracownica'],
      ['analityk', 'analityczka'],
      ['specjalista', 'specjalistka'],
      ['doradca', 'doradczyni'],
      ['zastępca', 'zastępczyni'],
      ['starszy', 'starsza'],
      ['główny', 'główna'],
      ['księgowy', 'księgowa'],
      ['lekarz', 'lekarka'],
      ['mistrz', 'mistrzyni'],
      ['psycholog', 'psycholożka'],
      ['członek', 'członkini'],
    ];
    for (const [m, f] of pairs) {
      expect(sameTitleWord(f, m), `${f} for ${m}`).toBe(true);
      expect(sameTitleWord(m, f), `${m} for ${f}`).toBe(true);
    }
  });

  it('is no prefix or stem match: other words built on the same root stay apart', () => {
    const apart: [string, string][] = [
      ['asystentura', 'asystent'],
      ['kierownictwo', 'kierownik'],
      ['dyrektoriat', 'dyrektor'],
      ['specjalizacja', 'specjalista'],
      ['referat', 'referent'],
      ['management', 'manager'],
      ['assistants', 'assistant'],
      ['asystentki', 'asystent'],
    ];
    for (const [word, wanted] of apart) expect(sameTitleWord(word, wanted), `${word} vs ${wanted}`).toBe(false);
  });

  it('leaves short words and words ending in a vowel other than a/y alone', () => {
    expect(feminineForms('ds')).toEqual([]);
    expect(feminineForms('store')).toEqual([]);
  });
});

describe('titleMatches', () => {
  it('matches whole words in a row, each also in its feminine form', () => {
    expect(titleMatches('Asystentka', 'asystent')).toBe(true);
    expect(titleMatches('Starsza specjalistka ds. rozwoju', 'starszy specjalista')).toBe(true);
    expect(titleMatches('Kierowniczka Katedry Informatyki', 'Kierownik katedry')).toBe(true);
    expect(titleMatches('Referentka', 'referent')).toBe(true);
    expect(titleMatches('Senior Key Account Manager', 'Key Account Manager')).toBe(true);
  });

  it('does not match words out of order, parts of words, or an empty criterion', () => {
    expect(titleMatches('Asystentura badawcza', 'asystent')).toBe(false);
    expect(titleMatches('Specjalistka starsza', 'starszy specjalista')).toBe(false);
    expect(titleMatches('Account Key Manager', 'Key Account Manager')).toBe(false);
    expect(titleMatches('Asystentka', ' ')).toBe(false);
  });
});
