import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { stylish } from '../../src/render/diagnostics/stylish.js';
import { context } from './fixtures/diagnostics.js';

const base: Diagnostic = {
  ruleId: 'level-outside-scale',
  severity: 'error',
  message: 'Level 6 is not on scale `s5`.',
  file: 'people.yaml',
  start: { line: 134, column: 60 },
  path: 'mentees[id=e1].competencies[competency=c1].target',
};

/** The caret's column in the frame, relative to where the excerpt text starts. */
function caretUnder(output: string): { text: string; caret: number } {
  const lines = output.split('\n');
  const frame = lines.findIndex((l) => l.includes('134 │'));
  const textStart = lines[frame]!.indexOf('│') + 2;
  return { text: lines[frame]!.slice(textStart), caret: lines[frame + 1]!.indexOf('^') - textStart };
}

describe('stylish code frame', () => {
  it("shows the user's line with a caret under the column", () => {
    const excerpt = '      - { competency: negocjacje-kam, baseline: 3, target: 6 }';
    const out = stylish([{ ...base, excerpt }], context({ files: ['people.yaml'] }));
    const { text, caret } = caretUnder(out);
    expect(text).toBe(excerpt);
    expect(text[caret]).toBe('6');
  });

  it('shows a window around the column of a long line, caret still on the value', () => {
    const excerpt = `${'x: '.padEnd(150, 'a')} target: 9 ${'b'.repeat(150)}`;
    const column = excerpt.indexOf('9') + 1;
    const out = stylish([{ ...base, start: { line: 134, column }, excerpt }], context({ files: ['people.yaml'] }));
    const { text, caret } = caretUnder(out);
    expect(text.length).toBeLessThanOrEqual(102);
    expect(text[caret]).toBe('9');
  });

  it('prints no frame without an excerpt (binary or unreadable files)', () => {
    expect(stylish([base], context({ files: ['people.yaml'] }))).not.toMatch(/│/);
  });
});
