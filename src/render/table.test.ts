import { describe, expect, it } from 'vitest';
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
  it('writes Markdown with escaped pipes and aligned columns', () => {
    expect(markdownTable({ head: ['a', 'b'], rows: [['x|y', 2]], align: ['left', 'right'] })).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 2 |');
  });
});
