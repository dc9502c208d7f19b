import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { summarise, type Diagnostic } from '../../src/core/diagnostics.js';
import { stylish } from '../../src/render/diagnostics/stylish.js';
import { context, diagnostics, files } from './fixtures/diagnostics.js';

const ansi = '\u001b[';

describe('stylish', () => {
  it('groups by file with aligned columns, hints and a summary', async () => {
    await expect(stylish(diagnostics, context())).toMatchFileSnapshot('__snapshots__/stylish.txt');
  });

  it('words labels and the summary in the chosen locale', async () => {
    await expect(stylish(diagnostics, context({ locale: 'pl' }))).toMatchFileSnapshot('__snapshots__/stylish.pl.txt');
  });

  it('colours only when asked', () => {
    expect(stylish(diagnostics, context({ color: true }))).toContain(ansi);
    expect(stylish(diagnostics, context({ color: false }))).not.toContain(ansi);
    expect(stylish([], context({ color: true, summary: summarise([], 3) }))).toContain(ansi);
    expect(stylish([], context({ color: false, summary: summarise([], 3) }))).not.toContain(ansi);
  });

  it('prints the same text with colour on, apart from the colour codes', () => {
    expect(stripVTControlCharacters(stylish(diagnostics, context({ color: true })))).toBe(stylish(diagnostics, context({ color: false })));
  });

  it('says so when there is nothing to report', () => {
    expect(stylish([], context({ summary: summarise([], files.length) }))).toBe('✔ 3 files checked, no problems.\n');
  });

  it('still reports warnings that --quiet left out', () => {
    // --quiet drops warnings from the list but the summary counts them; "no problems" would be wrong.
    const ctx = context({ summary: { files: 3, filesWithProblems: 1, errors: 0, warnings: 2 } });
    expect(stylish([], ctx)).toBe('⚠ 3 files · 2 valid · 1 invalid · 0 errors, 2 warnings\n');
  });

  it('never passes terminal control sequences from user data through, colour or not', () => {
    const hostile: Diagnostic = { ruleId: 'schema-unknown-key', severity: 'error', message: 'Unknown key `\u001b[2J\u0007x` in `spec`.', hint: 'a\r\nb', file: 'a\u001b[31m.yaml', start: { line: 1, column: 1 }, path: '' };
    const ctx = context({ files: ['a.yaml'], summary: summarise([hostile], 1) });
    const out = stylish([hostile], ctx);
    expect(out).not.toContain(ansi);
    expect(out).not.toContain('\u0007');
    expect(out).not.toContain('\r');
    expect(out).toContain('Unknown key `\\u001B[2J\\u0007x` in `spec`.');
    expect(out.split('\n').slice(1, 4)).toEqual(['  1:1  error    Unknown key `\\u001B[2J\\u0007x` in `spec`.  schema-unknown-key', '                → a', '                  b']);
  });

  it('keeps input order within a file even if files are interleaved', () => {
    const [a, b, c] = diagnostics.filter((d) => d.file === 'kam-pilot/programme.yaml');
    const other = diagnostics.find((d) => d.file !== 'kam-pilot/programme.yaml')!;
    const out = stylish([a!, other, b!, c!], context());
    expect(out.split('\n').filter((l) => l.startsWith('kam-pilot/'))).toEqual(['kam-pilot/programme.yaml', 'kam-pilot/people/zespół-łódź.yaml']);
  });
});
