import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { indexesMentioning, itemId, itemsMentioning, listIndexes, listItems, mapItemIndex, standIn, standInOf, type ListItem } from './stand-in.js';

const text = [
  '# header',
  'apiVersion: mentor/v1',
  'kind: People',
  'programme: p',
  'mentees:',
  '  - id: a',
  '    name: A',
  '    lineManager: s-1',
  '  # a comment between items',
  '  - id: ab',
  '    name: AB',
  '  - { id: b, name: B, lineManager: a }',
  'pairs:',
  '  - id: p-1',
  '    mentor: m',
  '    mentee: b',
  '',
].join('\n');

describe('stand-ins: a file with only some of its items, line for line', () => {
  const items = listItems(text)!;

  it('finds the items of every top-level list, their ids and lines', () => {
    expect(items.map((i) => `${i.list}[${i.index}]@${i.line}-${i.endLine}`)).toEqual(['mentees[0]@5-9', 'mentees[1]@9-11', 'mentees[2]@11-12', 'pairs[0]@13-16']);
    expect(items.map((i) => itemId(text, i))).toEqual(['a', 'ab', 'b', 'p-1']);
    expect(listItems('mentees: [a, b]\n')).toEqual([]);
    expect(listItems('\tmentees:\n')).toBeUndefined();
  });

  it('keeps the items asked for on their own lines, blank elsewhere, and an emptied list stays a list', () => {
    const s = standIn(text, items, (i) => i.list === 'mentees' && i.index === 2);
    const lines = s.text.split('\n');
    expect(lines).toHaveLength(text.split('\n').length);
    expect(lines[11]).toBe('  - { id: b, name: B, lineManager: a }');
    expect(lines.slice(5, 11).every((l) => l === '')).toBe(true);
    expect(lines[12]).toBe('pairs: []');
    expect(parse(s.text)).toEqual({ apiVersion: 'mentor/v1', kind: 'People', programme: 'p', mentees: [{ id: 'b', name: 'B', lineManager: 'a' }], pairs: [] });
    expect(s.indexes).toEqual(new Map([['mentees', [2]], ['pairs', []]]));
    // The compact text: the same data without the empty lines.
    expect(s.compact).toBe(['# header', 'apiVersion: mentor/v1', 'kind: People', 'programme: p', 'mentees:', '  - { id: b, name: B, lineManager: a }', 'pairs: []', ''].join('\n'));
  });

  it('keeps the same items named by their indexes as by a test of each', () => {
    const lists = listIndexes(text)!;
    const kept = [new Map(), new Map([['mentees', [2, 0]]]), new Map([['pairs', [0]], ['mentees', [1, 1, 7]]]), new Map([['mentees', [0, 1, 2]], ['pairs', [0]]])];
    for (const byList of kept) {
      const test = (list: string, index: number): boolean => [...(byList.get(list) ?? [])].includes(index);
      expect(standInOf(text, lists, byList)).toEqual(standInOf(text, lists, test));
    }
  });

  it('holds the same data in its compact text, decoding only the pieces kept', () => {
    const lists = listIndexes(text)!;
    const decoded: string[] = [];
    const decode = (piece: string): string => {
      decoded.push(piece);
      return piece.toUpperCase();
    };
    for (const keep of [() => false, (list: string, index: number) => index === 0, (list: string) => list === 'pairs', () => true]) {
      decoded.length = 0;
      const s = standInOf(text, lists, keep, undefined, decode);
      expect(parse(s.compact)).toEqual(parse(s.text));
      expect(s.text.split('\n')).toHaveLength(text.split('\n').length);
      // Every piece went through decode once, and nothing else did: no empty run of lines.
      expect(decoded.join('').toUpperCase()).toBe(s.compact);
      expect(s.text.replace(/\n+/g, '\n')).toBe(s.compact.replace(/\n+/g, '\n'));
    }
  });

  it('finds the items mentioning an id as a whole word, not inside a longer one', () => {
    expect([...itemsMentioning(text, items, ['a'])].map((i) => `${i.list}[${i.index}]`)).toEqual(['mentees[0]', 'mentees[2]']);
    expect([...itemsMentioning(text, items, ['b'])].map((i) => `${i.list}[${i.index}]`).sort()).toEqual(['mentees[2]', 'pairs[0]']);
  });

  it('reads the same from list indexes, with an object only for each item found', () => {
    const lists = listIndexes(text)!;
    expect(lists.map((l) => `${l.list}:${l.starts.length}`)).toEqual(['mentees:3', 'pairs:1']);
    for (const ids of [['a'], ['b'], ['ab', 'p-1'], ['s-1'], ['x']]) {
      const named = (found: Iterable<{ list: string; index: number }>): string[] => [...found].map((i) => `${i.list}[${i.index}]`).sort();
      expect(named(indexesMentioning(text, lists, ids))).toEqual(named(itemsMentioning(text, items, ids)));
    }
    expect(indexesMentioning(text, lists, ['ab'])).toEqual([items[1]]);
    for (const keep of [(i: ListItem) => i.index === 0, () => false, () => true, (i: ListItem) => i.list === 'pairs']) {
      expect(standInOf(text, lists, (list, index) => keep(items.find((i) => i.list === list && i.index === index)!))).toEqual(standIn(text, items, keep));
    }
  });

  it('reads an id as the pattern does, whatever the item opens with', () => {
    const pattern = /(?:^|[\s{,])id[ \t]*:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]*)/m;
    const piece = fc.constantFrom(' ', '-', '- ', 'id', 'id:', ': ', '\t', '"', "'", 'a', 'me-0001', '.x', '_', '{', ',', '\n', '\r\n', '  ', 'ł', '#');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const body = `  -${pieces.join('')}`;
        const file = `list:\n${body}\n`;
        const item = { list: 'list', index: 0, start: 6, end: file.length, line: 1, endLine: 2 };
        const first = pattern.exec(body.split('\n')[0]!);
        expect(itemId(file, item)).toBe(first ? first[1] : pattern.exec(`${body}\n`)?.[1]);
      }),
    );
  });

  it('makes the stand-in of a text with items appended from the text before them', () => {
    for (const eol of ['\n', '\r\n']) {
      const before = text.replaceAll('\n', eol);
      const lists = listIndexes(before)!;
      const mentees = lists.find((l) => l.list === 'mentees')!;
      const added = `  - id: c${eol}    name: C${eol}  - id: d${eol}`;
      const after = before.slice(0, mentees.end) + added + before.slice(mentees.end);
      const afterLists = listIndexes(after)!;
      for (const keep of [() => false, (list: string, index: number) => index === 0, (list: string) => list === 'pairs', () => true]) {
        const real = standInOf(after, afterLists, (list, index) => keep(list, index) || (list === 'mentees' && index >= 3));
        expect(standInOf(before, lists, keep, { list: 'mentees', at: mentees.end, text: added, count: 2 })).toEqual(real);
      }
    }
  });

  it('words findings with the real indexes', () => {
    const d = { path: 'sessions[2].pair', message: '`sessions[2].pair` refers to pair `x`', hint: 'see sessions[0]' };
    expect(mapItemIndex(d, 'sessions', [0, 2, 5234])).toEqual({ path: 'sessions[5234].pair', message: '`sessions[5234].pair` refers to pair `x`', hint: 'see sessions[0]' });
  });
});
