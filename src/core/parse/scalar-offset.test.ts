import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, LineCounter, parseDocument } from 'yaml';
import { scalarSourceOffset } from './scalar-offset.js';

/** Where `word` of the value of `key` sits in the source, through the value offset. */
function mapped(source: string, word: string): string | undefined {
  const doc = parseDocument(source, { lineCounter: new LineCounter() });
  const node = doc.get('text', true);
  if (!isScalar(node) || typeof node.value !== 'string') throw new Error('no scalar');
  const at = scalarSourceOffset(source, node, node.value.indexOf(word));
  return at === undefined ? undefined : source.slice(at, at + word.length);
}

describe('scalarSourceOffset', () => {
  it('maps into plain, quoted and block scalars', () => {
    expect(mapped('text: Hello {who} there\n', '{who}')).toBe('{who}');
    expect(mapped('text: Hello\n  folded {who}\n', '{who}')).toBe('{who}');
    expect(mapped("text: 'It''s {who}'\n", '{who}')).toBe('{who}');
    expect(mapped('text: "Tab\\there \\u0105 {who}"\n', '{who}')).toBe('{who}');
    expect(mapped('text: >-\n  first line\n\n  second {who} line\n', '{who}')).toBe('{who}');
    expect(mapped('text: |  # a comment\n  keep\n    indented {who}\n', '{who}')).toBe('{who}');
  });

  it('gives up on whitespace and past the end', () => {
    const doc = parseDocument('text: a b\n');
    const node = doc.get('text', true);
    if (!isScalar(node)) throw new Error('no scalar');
    expect(scalarSourceOffset('text: a b\n', node, 1)).toBeUndefined();
    expect(scalarSourceOffset('text: a b\n', node, 9)).toBeUndefined();
  });

  it('finds every word of any folded text', () => {
    const words = fc.array(fc.stringMatching(/^[a-ząę{}:]{1,6}$/), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(words, fc.nat(), (list, pick) => {
        const lines = list.map((w) => `  ${w}`).join('\n');
        const source = `text: >-\n${lines}\n`;
        const word = list[pick % list.length]!;
        const doc = parseDocument(source);
        const node = doc.get('text', true);
        if (!isScalar(node) || typeof node.value !== 'string') return;
        const index = (node.value.split(' ').slice(0, pick % list.length).join(' ') + (pick % list.length ? ' ' : '')).length;
        const at = scalarSourceOffset(source, node, index);
        expect(at === undefined ? undefined : source.slice(at, at + word.length)).toBe(word);
      }),
    );
  });
});
