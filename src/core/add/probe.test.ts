import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mapItemIndex, probeText } from './probe.js';

describe('the stand-in for a large records file', () => {
  const text = ['# header', 'apiVersion: mentor/v1', 'kind: Records', 'programme: p', 'sessions:', '  - { pair: a, date: 2026-03-02, minutes: 60 }', '  - { pair: b, date: 2026-03-02, minutes: 60 }', '  - { pair: a, date: 2026-03-09, minutes: 60 }', '  - { pair: a, date: 2026-03-16, minutes: 60 }', ''].join('\n');

  it('keeps the header, the related records and the new ones on their own lines, blank elsewhere', () => {
    const probe = probeText(text, 'sessions', { from: 9, to: 9 }, [{ from: 6, to: 6, index: 0 }, { from: 8, to: 8, index: 2 }], 3)!;
    const lines = probe.after.split('\n');
    expect(lines.slice(0, 9)).toEqual(['# header', 'apiVersion: mentor/v1', 'kind: Records', 'programme: p', 'sessions:', '  - { pair: a, date: 2026-03-02, minutes: 60 }', '', '  - { pair: a, date: 2026-03-09, minutes: 60 }', '  - { pair: a, date: 2026-03-16, minutes: 60 }']);
    expect((parse(probe.after) as { sessions: unknown[] }).sessions).toHaveLength(3);
    expect((parse(probe.before) as { sessions: unknown[] }).sessions).toHaveLength(2);
    expect(probe.indexes).toEqual([0, 2, 3]);
  });

  it('gives up when the header is not above the list (the file is then checked whole)', () => {
    expect(probeText('sessions:\n  - a\nprogramme: p\n', 'sessions', { from: 2, to: 2 }, [], 0)).toBeUndefined();
    expect(probeText('programme: p\nsessions:\n  - a\n', 'sessions', { from: 3, to: 3 }, [], 0)?.after).toBe('programme: p\nsessions:\n  - a\n');
  });

  it('words findings with the real indexes', () => {
    const d = { path: 'sessions[2].pair', message: '`sessions[2].pair` refers to pair `x`', hint: 'see sessions[0]' };
    expect(mapItemIndex(d, 'sessions', [0, 2, 5234])).toEqual({ path: 'sessions[5234].pair', message: '`sessions[5234].pair` refers to pair `x`', hint: 'see sessions[0]' });
  });
});
