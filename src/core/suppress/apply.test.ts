import { describe, expect, it } from 'vitest';
import type { Diagnostic, RuleId } from '../diagnostics.js';
import { parseSource } from '../parse/parse-source.js';
import { applySuppressions } from './apply.js';

const text = [
  '# mentor-disable competency-unused -- the pricing cohort is recruited in May',
  'apiVersion: mentor/v1',
  'kind: Programme',
  'people:',
  '  pairs:',
  '    # mentor-disable-next-line mentor-over-capacity -- agreed with HR, two pairs end in March',
  '    - { id: p2, mentor: m1 }',
  '    # mentor-disable-next-line mentor-below-target',
  '    - { id: p3, mentor: m1 }',
  '    # mentor-disable-next-line duplicate-id -- nothing here',
  '    - { id: p4, mentor: m2 }',
  '    # mentor-disable-next-line schema-type, mentor-over-capcity -- no',
  '    - { id: p5, mentor: m2 }',
  '# mentor-disable buy-in-missing -- too low',
  '',
].join('\n');
const file = parseSource('programme.yaml', new TextEncoder().encode(text));
const at = (ruleId: RuleId, line: number): Diagnostic => ({ ruleId, severity: 'error', message: ruleId, file: 'programme.yaml', start: { line, column: 7 }, path: '' });

describe('applySuppressions', () => {
  const found = [at('mentor-over-capacity', 7), at('mentor-below-target', 9), at('competency-unused', 30), at('schema-type', 13), at('mentor-over-capacity', 11)];
  const result = applySuppressions([file], found, 'en');

  it('silences the finding on the next YAML line, and file-wide ones, keeping the reason', () => {
    expect(result.suppressed.map((d) => [d.ruleId, d.start.line, d.suppression])).toEqual([
      ['mentor-over-capacity', 7, { kind: 'next-line', reason: 'agreed with HR, two pairs end in March', line: 6 }],
      ['mentor-below-target', 9, { kind: 'next-line', reason: '', line: 8 }],
      ['competency-unused', 30, { kind: 'file', reason: 'the pricing cohort is recruited in May', line: 1 }],
    ]);
  });

  it('keeps the rest, and reports a missing reason, unused, unknown, unsuppressible and misplaced comments', () => {
    expect(result.diagnostics.map((d) => [d.ruleId, d.start.line, d.severity])).toEqual([
      ['suppression-missing-reason', 8, 'error'],
      ['suppression-unused', 10, 'warning'],
      ['mentor-over-capacity', 11, 'error'],
      ['suppression-invalid', 12, 'error'],
      ['suppression-invalid', 12, 'error'],
      ['schema-type', 13, 'error'],
      ['suppression-invalid', 14, 'error'],
    ]);
    const messages = result.diagnostics.map((d) => d.message);
    expect(messages).toContain('`schema-type` cannot be suppressed: YAML and schema findings mean the file does not say what it seems to.');
    expect(messages).toContain('`mentor-over-capcity` is not a rule; did you mean `mentor-over-capacity`?');
    expect(messages).toContain('`mentor-disable` counts only above the first line of YAML; this one is further down.');
    expect(messages).toContain('This comment suppresses `duplicate-id`, but there is no such finding on the next line.');
  });

  it('words its findings in Polish too', () => {
    const pl = applySuppressions([file], found, 'pl').diagnostics.find((d) => d.ruleId === 'suppression-missing-reason');
    expect(pl?.message).toBe('Wyciszenie `mentor-below-target` wymaga uzasadnienia po ` -- `.');
  });
});
