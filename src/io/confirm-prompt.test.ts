import { describe, expect, it } from 'vitest';
import { readYesNo } from './confirm-prompt.js';

const polish = { yesAnswers: ['t', 'tak', 'y', 'yes'], noAnswers: ['n', 'nie', 'no'] };

describe('readYesNo', () => {
  it('reads t and tak as yes in Polish, n and nie as no, in any case', () => {
    expect(readYesNo('t', polish, false)).toBe(true);
    expect(readYesNo(' Tak ', polish, false)).toBe(true);
    expect(readYesNo('N', polish, true)).toBe(false);
    expect(readYesNo('nie', polish, true)).toBe(false);
  });

  it('takes the default for an empty answer, and refuses one that is neither instead of guessing', () => {
    expect(readYesNo('', polish, false)).toBe(false);
    expect(readYesNo('', polish, true)).toBe(true);
    expect(readYesNo('x', polish, false)).toBeUndefined();
    expect(readYesNo('ta', polish, false)).toBeUndefined();
  });
});
