import { describe, expect, it } from 'vitest';
import { OutputError, UsageError } from '../errors.js';
import { en } from '../messages/en.js';
import { pl } from '../messages/pl.js';
import { validateOutputs } from './commands/validate.js';
import { parseFormat, planOutputs, type OutputSpec } from './outputs.js';

const plan = (format: string | undefined, outputs: string[]) => planOutputs(validateOutputs, format, outputs, '/tmp');

/** The problem `run` throws, worded as the CLI words it: `[message, hint]` in English. */
function worded(run: () => unknown, ui = en.ui): [string, string | undefined] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OutputError);
    const { message, hint } = ui.outputProblem((error as OutputError).problem);
    return [message, hint];
  }
  throw new Error('no error thrown');
}

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
    expect(worded(() => plan('json', ['report.sarif']))).toEqual([
      '--output report.sarif: the extension says sarif, but --format is json.',
      'Write --output json=report.sarif to keep that name, or drop --format to write sarif.',
    ]);
    expect(worded(() => plan('json', ['report.sarif']), pl.ui)[0]).toBe('--output report.sarif: rozszerzenie wskazuje sarif, a --format to json.');
    // An extension that names no format follows --format.
    expect(plan('junit', ['out.txt']).files).toEqual([{ format: 'junit', file: 'out.txt' }]);
  });
  it('rejects an unknown FORMAT=FILE, an empty file name and the same file twice', () => {
    expect(() => plan(undefined, ['xml=out.xml'])).toThrow(UsageError);
    expect(worded(() => plan(undefined, ['json=']))[0]).toMatch(/file name is missing/);
    expect(worded(() => plan(undefined, ['json=a', 'sarif=./a']))[0]).toMatch(/same file twice: a and .\/a/);
  });
});

describe('parseFormat', () => {
  const spec: OutputSpec<'table' | 'md'> = { formats: ['table', 'md'], defaultFormat: 'table', humanFormat: 'table', extensions: { '.md': 'md' }, aliases: { markdown: 'md' } };
  it('accepts aliases and refuses unknown names', () => {
    expect(parseFormat(spec, 'markdown')).toBe('md');
    expect(parseFormat(spec, undefined)).toBeUndefined();
    expect(worded(() => parseFormat(spec, 'html'))[0]).toMatch(/unknown format "html" \(use table, md\)/);
  });
});
