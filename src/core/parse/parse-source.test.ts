import { describe, expect, it } from 'vitest';
import { word } from '../word.js';
import { parseSource } from './parse-source.js';

const parse = (text: string) => parseSource('x.yaml', new TextEncoder().encode(text));

describe('parseSource positions', () => {
  it('counts lines from the text, not from the parser, which skips newlines inside broken tokens', () => {
    // Found by npm run fuzz: an ESC inside a broken flow mapping made yaml's own line counter miss
    // a line, so every later finding pointed one line too high (at an empty line, past its end).
    const text = 'a: 1\n  {: \u001b[}\ni\ne\nb: [\n';
    const lines = text.split('\n');
    const file = parse(text);
    expect(file.findings.length).toBeGreaterThan(0);
    for (const finding of file.findings) {
      const d = word(finding, 'en');
      expect(d.start.line).toBeLessThanOrEqual(lines.length);
      expect(d.excerpt).toBe(lines[d.start.line - 1]);
      expect(d.start.column).toBeLessThanOrEqual(lines[d.start.line - 1]!.length + 1);
    }
  });

  it('reports duplicate keys in a mapping of thousands of keys, where they are', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i}: ${i}`);
    keys.splice(4000, 0, 'k17: again');
    const file = parse(`x: &a 1\n${keys.join('\n')}\n`);
    expect(file.findings.map((f) => [f.ruleId, word(f, 'en').start])).toEqual([['yaml-duplicate-key', { line: 4002, column: 1 }]]);
  });

  it('finds an alias that points at its own ancestor, and one with no anchor before it', () => {
    expect(parse('a: &x [1, *x]\n').findings.map((f) => [f.ruleId, word(f, 'en').start])).toEqual([['yaml-circular-alias', { line: 1, column: 11 }]]);
    expect(parse('a: *x\nb: &x 1\n').findings.map((f) => [f.ruleId, word(f, 'en').start])).toEqual([['yaml-syntax', { line: 1, column: 4 }]]);
  });

  it('keeps shared anchors that stay within the expansion limit', () => {
    const file = parse('base: &b { level: 3, note: shared }\nitems:\n' + '  - *b\n'.repeat(500));
    expect(file.findings).toEqual([]);
    expect((file.data as { items: unknown[] }).items).toHaveLength(500);
  });
});
