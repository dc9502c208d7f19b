import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idTokens, itemId, itemsMentioning, listItems, standIn } from '../add/stand-in.js';
import { textLengthOfView, textOfView, viewOfText } from './byte-view.js';

/** A people file with names beyond ASCII, ids that are prefixes of others, quoted and flow ids. */
const people = (eol: string): string =>
  [
    '# Mentees: Łukasz, Zażółć gęślą jaźń',
    'apiVersion: mentor/v1',
    'kind: People',
    'programme: p',
    'mentees:',
    '  - id: me-0001',
    '    name: Łukasz Żółć',
    '    lineManager: lm-01',
    '  # a comment: ąę',
    '  - id: "me-00011"',
    '    name: Ewa Ślęzak',
    '    lineManager: me-0001',
    "  - { id: 'me-0002', name: Jürgen Weiß, lineManager: lm-01 }",
    '  - id: me-0003',
    '    name: 张伟 😀',
    '    note: me-0001x me-0001.a xme-0001',
    'pairs:',
    '  - id: pr-1',
    '    mentor: mt-1',
    '    mentee: me-00011',
    '',
  ].join(eol);

/** What a scan of a text reads, by list and index (offsets differ between a text and its view; lines do not). */
const shape = (text: string) => listItems(text)?.map((i) => ({ list: i.list, index: i.index, line: i.line, endLine: i.endLine, id: itemId(text, i) }));
const mentioning = (text: string, ids: string[]) => [...itemsMentioning(text, listItems(text)!, ids)].map((i) => `${i.list}[${i.index}]`).sort();

describe('byte views: a text as its UTF-8 bytes, one per character', () => {
  it('turns a text into its bytes and back', () => {
    const text = people('\n');
    const view = viewOfText(text);
    expect(view.length).toBe(new TextEncoder().encode(text).length);
    expect([...view].every((c) => c.charCodeAt(0) < 256)).toBe(true);
    expect(textOfView(view)).toBe(text);
    expect(viewOfText('plain ascii')).toBe('plain ascii');
    expect(viewOfText('ł')).toBe('\u00c5\u0082');
  });

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`reads the same items, ids and lines in a view as in the text (${name})`, () => {
      const text = people(eol);
      const view = viewOfText(text);
      expect(shape(view)).toEqual(shape(text));
      expect(shape(view)!.map((i) => i.id)).toEqual(['me-0001', 'me-00011', 'me-0002', 'me-0003', 'pr-1']);
      // An id that is a prefix of another (me-0001, me-00011) is found only as a whole word, quoted or not.
      expect(mentioning(view, ['me-0001'])).toEqual(['mentees[0]', 'mentees[1]']);
      expect(mentioning(view, ['me-00011'])).toEqual(['mentees[1]', 'pairs[0]']);
      expect(mentioning(view, ['me-0002'])).toEqual(['mentees[2]']);
      for (const ids of [['me-0001'], ['me-00011'], ['me-0002', 'lm-01'], ['mt-1']]) expect(mentioning(view, ids)).toEqual(mentioning(text, ids));
      // An id typed with letters beyond ASCII is looked for by its bytes.
      expect(mentioning(view, [viewOfText('Łukasz')])).toEqual(mentioning(text, ['Łukasz']));
      expect(mentioning(view, [viewOfText('Łukasz')])).toEqual(['mentees[0]']);
    });

    it(`makes a stand-in from a view that decodes to the text's stand-in (${name})`, () => {
      const text = people(eol);
      const view = viewOfText(text);
      for (const keep of [() => false, (i: { index: number }) => i.index === 0, (i: { list: string; index: number }) => i.list === 'mentees' && i.index >= 2]) {
        const a = standIn(text, listItems(text)!, keep);
        const b = standIn(view, listItems(view)!, keep);
        expect(textOfView(b.text)).toBe(a.text);
        expect(b.indexes).toEqual(a.indexes);
      }
    });
  }

  it('finds the same id words in any text and its view', () => {
    const alphabet = fc.constantFrom('a', 'b', '0', '-', '.', '_', ' ', '\n', ':', '"', 'ł', 'ż', 'é', '中', '😀', '\u00a0', '\u2028');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        expect(idTokens(viewOfText(text))).toEqual(idTokens(text));
        expect(textOfView(viewOfText(text))).toBe(text);
        expect(textLengthOfView(viewOfText(text))).toBe(text.length);
      }),
    );
  });
});
