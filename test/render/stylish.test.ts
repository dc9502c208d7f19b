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
    expect(stylish([], ctx)).toBe('⚠ 3 files · 2 valid · 1 with problems · 0 errors, 2 warnings\n');
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

  it('says which YAML files a folder scan skipped and why, before the summary', () => {
    const ctx = context({ summary: summarise([], 1), skipped: [{ file: 'ci/deploy.yaml', reason: 'other-api-version', apiVersion: 'apps/v1' }, { file: 'notes.yaml', reason: 'no-api-version' }] });
    expect(stylish([], ctx)).toBe(
      ['Skipped 2 YAML files that are not mentor documents:', '  ci/deploy.yaml  (`apiVersion: apps/v1`)', '  notes.yaml  (no `apiVersion`)', '', '✔ 1 file checked, no problems.', ''].join('\n'),
    );
    expect(stylish([], { ...ctx, locale: 'pl' })).toContain('Pominięto 2 pliki YAML, które nie są dokumentami mentor:\n  ci/deploy.yaml  (`apiVersion: apps/v1`)\n  notes.yaml  (brak `apiVersion`)');
  });

  it('shows ten skipped files and counts the rest', () => {
    const skipped = Array.from({ length: 13 }, (_, i) => ({ file: `f${i}.yaml`, reason: 'not-a-mapping' as const }));
    const out = stylish([], context({ summary: summarise([], 1), skipped })).split('\n');
    expect(out[0]).toBe('Skipped 13 YAML files that are not mentor documents:');
    expect(out.filter((l) => /^ {2}f\d+\.yaml/.test(l))).toHaveLength(10);
    expect(out).toContain('  … and 3 more (--format json lists them all)');
    expect(stylish([], context({ summary: summarise([], 1), skipped, locale: 'pl' }))).toContain('  … i jeszcze 3 (pełną listę daje --format json)');
  });
});
