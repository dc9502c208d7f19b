import { describe, expect, it } from 'vitest';
import Table from 'cli-table3';
import { markdownTable, terminalTable } from './table.js';

describe('tables', () => {
  it('draws a boxed terminal table without colour codes', () => {
    const text = terminalTable({ head: ['id', 'n'], rows: [['a', 1]], align: ['left', 'right'] });
    expect(text).toContain('│ id │ n │');
    expect(text).toContain('│ a  │ 1 │');
    expect(text).not.toContain('\u001b[');
  });
  it('fits a maximum width by wrapping the widest column', () => {
    const text = terminalTable({ head: ['id', 'text'], rows: [['a', 'word '.repeat(40)]] }, { maxWidth: 60 });
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });
  it('wraps columns between words before it cuts a heading or a cell without spaces', () => {
    const head = ['Pair', 'Mentor', 'Held/planned', 'Cancelled/missed', 'State'];
    const rows = [['te-02', 'Bethan Jones', '50%', '0/1', 'ended early 16 Oct 2026: mismatch (shift pattern)']];
    const text = terminalTable({ head, rows }, { maxWidth: 70 });
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(70);
    expect(text).toContain('Held/planned');
    expect(text).toContain('Cancelled/missed');
    expect(text).not.toContain('…');
  });
  it('draws a long table in blocks that join into exactly the one table cli-table3 would draw', () => {
    const rows = Array.from({ length: 133 }, (_, i) => [`row ${i}`, i % 7 === 0 ? 'a longer cell that wraps '.repeat(3) : String(i * 17)]);
    const one = (colWidths?: number[]): string => {
      const t = new Table({ head: ['name', 'value'], style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 }, colAligns: ['left', 'right'], ...(colWidths ? { wordWrap: true, colWidths } : {}) });
      for (const r of rows) t.push(r);
      return t.toString();
    };
    expect(terminalTable({ head: ['name', 'value'], rows, align: ['left', 'right'] })).toBe(one());
    expect(terminalTable({ head: ['name', 'value'], rows, align: ['left', 'right'] }, { maxWidth: 40 })).toBe(one([9, 28]));
  });
  it('writes Markdown with escaped pipes and aligned columns', () => {
    expect(markdownTable({ head: ['a', 'b'], rows: [['x|y', 2]], align: ['left', 'right'] })).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 2 |');
  });
});
