import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { validateOutputs } from './commands/validate.js';
import { parseFormat, planOutputs, type OutputSpec } from './outputs.js';

const plan = (format: string | undefined, outputs: string[]) => planOutputs(validateOutputs, format, outputs, '/tmp');

describe('planOutputs', () => {
  it('sends the format to stdout when there is no bare --output', () => {
    expect(plan(undefined, [])).toEqual({ stdout: 'stylish', files: [] });
    expect(plan('json', [])).toEqual({ stdout: 'json', files: [] });
    expect(plan('json', ['sarif=x.sarif'])).toEqual({ stdout: 'json', files: [{ format: 'sarif', file: 'x.sarif' }] });
  });
  it('keeps stylish on stdout when the format goes to a file', () => {
    expect(plan('sarif', ['out.sarif'])).toEqual({ stdout: 'stylish', files: [{ format: 'sarif', file: 'out.sarif' }] });
  });
  it('takes the format from the extension when --format is not given', () => {
    expect(plan(undefined, ['report.sarif', 'a.json', 'junit.XML', 'notes.txt']).files).toEqual([
      { format: 'sarif', file: 'report.sarif' },
      { format: 'json', file: 'a.json' },
      { format: 'junit', file: 'junit.XML' },
      { format: 'stylish', file: 'notes.txt' },
    ]);
  });
  it('refuses a bare file whose extension contradicts --format, and says how to keep the name', () => {
    expect(() => plan('json', ['report.sarif'])).toThrow(/extension says sarif, but --format is json/);
    try {
      plan('json', ['report.sarif']);
    } catch (error) {
      expect((error as UsageError).hint).toBe('Write --output json=report.sarif to keep that name, or drop --format to write sarif.');
    }
    // An extension that names no format follows --format.
    expect(plan('junit', ['out.txt']).files).toEqual([{ format: 'junit', file: 'out.txt' }]);
  });
  it('rejects an unknown FORMAT=FILE, an empty file name and the same file twice', () => {
    expect(() => plan(undefined, ['xml=out.xml'])).toThrow(UsageError);
    expect(() => plan(undefined, ['json='])).toThrow(/file name is missing/);
    expect(() => plan(undefined, ['json=a', 'sarif=./a'])).toThrow(/same file twice: a and .\/a/);
  });
});

describe('parseFormat', () => {
  const spec: OutputSpec<'table' | 'md'> = { formats: ['table', 'md'], defaultFormat: 'table', humanFormat: 'table', extensions: { '.md': 'md' }, aliases: { markdown: 'md' } };
  it('accepts aliases and refuses unknown names', () => {
    expect(parseFormat(spec, 'markdown')).toBe('md');
    expect(parseFormat(spec, undefined)).toBeUndefined();
    expect(() => parseFormat(spec, 'html')).toThrow(/unknown format "html" \(use table, md\)/);
  });
});
