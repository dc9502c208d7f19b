import { describe, expect, it } from 'vitest';
import { catalogue } from '../messages/index.js';
import { keysHelp, pickedName } from './prompts.js';

// inquirer hands its key hints over as English [key, action] pairs; these are the ones its select
// and checkbox prompts pass (node_modules/@inquirer/{select,checkbox}/dist/esm/index.js).
const selectKeys: [string, string][] = [
  ['↑↓', 'navigate'],
  ['⏎', 'select'],
];
const checkboxKeys: [string, string][] = [
  ['↑↓', 'navigate'],
  ['space', 'select'],
  ['a', 'all'],
  ['i', 'invert'],
  ['⏎', 'submit'],
];

describe('keysHelp', () => {
  it('words the key hints in Polish, for a single and a multiple choice', () => {
    const look = { ui: catalogue('pl').init.ui, color: false };
    expect(keysHelp(selectKeys, look.ui.selectKeys, look)).toBe('↑↓ przejdź • ⏎ wybierz');
    expect(keysHelp(checkboxKeys, look.ui.checkboxKeys, look)).toBe('↑↓ przejdź • spacja zaznacz • a wszystkie • i odwróć • ⏎ zatwierdź');
  });

  it('keeps inquirer\'s English, and its bold keys and dim actions when colour is on', () => {
    const plain = { ui: catalogue('en').init.ui, color: false };
    expect(keysHelp(checkboxKeys, plain.ui.checkboxKeys, plain)).toBe('↑↓ navigate • space select • a all • i invert • ⏎ submit');
    const coloured = keysHelp(selectKeys, plain.ui.selectKeys, { ...plain, color: true });
    expect(coloured).toContain('\u001b[1m↑↓');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe('↑↓ navigate • ⏎ select');
  });

  it('passes an action it has no word for through unchanged', () => {
    const look = { ui: catalogue('pl').init.ui, color: false };
    expect(keysHelp([['tab', 'complete']], look.ui.selectKeys, look)).toBe('tab complete');
  });
});

describe('pickedName', () => {
  it('drops the full stop a sentence-like choice ends with, so the picked ones read as a list', () => {
    const picked = ['Luka co najmniej 2 poziomów w kompetencji strategicznej (ocena przełożonego).', 'Staż co najmniej 12 miesięcy.'].map(pickedName);
    expect(picked.join(', ')).toBe('Luka co najmniej 2 poziomów w kompetencji strategicznej (ocena przełożonego), Staż co najmniej 12 miesięcy');
    expect(pickedName('v1.2')).toBe('v1.2');
  });
});
