import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap.js';

describe('wrapText', () => {
  it('wraps at spaces within the width, keeping line breaks and blank lines, with an indent', () => {
    const text = 'Dzień dobry,\n\nzapraszamy do programu mentoringu, który potrwa pół roku.\n- punkt';
    expect(wrapText(text, 30, '  ')).toBe('  Dzień dobry,\n\n  zapraszamy do programu\n  mentoringu, który potrwa pół\n  roku.\n  - punkt');
  });

  it('keeps a word longer than the width whole', () => {
    expect(wrapText(`see ${'x'.repeat(40)} now`, 20)).toBe(`see\n${'x'.repeat(40)}\nnow`);
  });
});
