import { describe, expect, it } from 'vitest';
import { findDirectives } from './directives.js';

describe('findDirectives', () => {
  it('reads next-line and file directives with their rule ids and reasons', () => {
    const text = [
      '# yaml-language-server: $schema=x.json',
      '# mentor-disable competency-unused -- the pricing cohort starts in May',
      'apiVersion: mentor/v1',
      'people:',
      '  # mentor-disable-next-line mentor-over-capacity, mentor-below-target -- agreed with HR',
      '',
      '  # a note in between',
      '  - id: p2',
      '# mentor-disable buy-in-missing -- too late to count',
    ].join('\n');
    expect(findDirectives(text)).toEqual([
      { kind: 'file', ruleIds: ['competency-unused'], reason: 'the pricing cohort starts in May', line: 2, column: 1, atTop: true },
      { kind: 'next-line', ruleIds: ['mentor-over-capacity', 'mentor-below-target'], reason: 'agreed with HR', line: 5, column: 3, target: 8, atTop: false },
      { kind: 'file', ruleIds: ['buy-in-missing'], reason: 'too late to count', line: 9, column: 1, atTop: false },
    ]);
  });

  it('keeps a directive without a reason or ids, so it can be reported', () => {
    expect(findDirectives('# mentor-disable-next-line duplicate-id\nx: 1\n# mentor-disable-next-line -- why\n')).toMatchObject([
      { ruleIds: ['duplicate-id'], reason: '', target: 2 },
      { ruleIds: [], reason: 'why' },
    ]);
    expect(findDirectives('# mentor-disable-next-line x --   \n')[0]).toMatchObject({ reason: '' });
  });

  it('ignores `#` inside values and look-alike words', () => {
    expect(findDirectives('topic: "# mentor-disable-next-line x -- y"\nnote: a # mentor-disable x -- y\n# mentor-disabled x -- y\n')).toEqual([]);
  });
});
