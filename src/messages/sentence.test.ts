import { describe, expect, it } from 'vitest';
import { endSentence } from './sentence.js';

describe('endSentence', () => {
  it('adds one full stop, none after a name that already ends in one', () => {
    expect(endSentence('Acme Sales')).toBe('Acme Sales.');
    expect(endSentence('Wisła Cargo Logistyka sp. z o.o.')).toBe('Wisła Cargo Logistyka sp. z o.o.');
    expect(endSentence('Yahoo!')).toBe('Yahoo!');
  });
});
