import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostics.js';
import { applyConfig, readConfig } from './config.js';
import { parseSource } from './parse/parse-source.js';

const file = (text: string) => parseSource('.mentor.yaml', new TextEncoder().encode(text));
const diagnostic = (ruleId: Diagnostic['ruleId'], severity: Diagnostic['severity']): Diagnostic => ({
  ruleId,
  severity,
  message: ruleId,
  file: 'programme.yaml',
  start: { line: 1, column: 1 },
  path: '',
});

describe('readConfig', () => {
  it('reads per-rule settings', () => {
    const { config, problems } = readConfig(file('rules:\n  buy-in-missing: off\n  competency-unused: error\n'));
    expect(problems).toEqual([]);
    expect(config.rules).toEqual({ 'buy-in-missing': 'off', 'competency-unused': 'error' });
  });

  it('reports unknown rules and settings at their position, with a suggestion', () => {
    const { problems } = readConfig(file('rules:\n  buy-in-mising: off\n  competency-unused: loud\n  yaml-syntax: off\nrule: {}\n'));
    expect(problems).toEqual([
      { line: 2, column: 3, kind: 'unknown-rule', value: 'buy-in-mising', suggestion: 'buy-in-missing' },
      { line: 3, column: 22, kind: 'bad-setting', value: 'loud' },
      { line: 4, column: 3, kind: 'unknown-rule', value: 'yaml-syntax' },
      { line: 5, column: 1, kind: 'unknown-key', value: 'rule', suggestion: 'rules' },
    ]);
  });

  it('reads comms.maxMessagesPerWeek, and reports a bad number or an unknown key at its position', () => {
    expect(readConfig(file('comms:\n  maxMessagesPerWeek: 5\n')).config.settings).toEqual({ maxMessagesPerWeek: 5 });
    const { config, problems } = readConfig(file('comms:\n  maxMessagesPerWeek: 0\n  maxMesagesPerWeek: 4\ncoms: {}\n'));
    expect(config.settings).toBeUndefined();
    expect(problems).toEqual([
      { line: 2, column: 23, kind: 'bad-number', value: '0', key: 'comms.maxMessagesPerWeek', min: 1, max: 50 },
      { line: 3, column: 3, kind: 'unknown-key', value: 'comms.maxMesagesPerWeek', suggestion: 'maxMessagesPerWeek' },
      { line: 4, column: 1, kind: 'unknown-key', value: 'coms', suggestion: 'comms' },
    ]);
    expect(readConfig(file('comms:\n  maxMessagesPerWeek: three\n')).problems[0]).toMatchObject({ kind: 'bad-number', value: 'three' });
    expect(readConfig(file('comms: 3\n')).problems[0]).toMatchObject({ kind: 'not-a-mapping', value: 'comms' });
  });

  it('accepts an empty file', () => {
    expect(readConfig(file('# nothing yet\n')).problems).toEqual([]);
  });
});

describe('applyConfig', () => {
  it('drops rules that are off and re-grades the others, leaving the rest alone', () => {
    const input = [diagnostic('buy-in-missing', 'warning'), diagnostic('competency-unused', 'warning'), diagnostic('schema-type', 'error')];
    const out = applyConfig(input, { rules: { 'buy-in-missing': 'off', 'competency-unused': 'error' } });
    expect(out.map((d) => [d.ruleId, d.severity])).toEqual([
      ['competency-unused', 'error'],
      ['schema-type', 'error'],
    ]);
  });
});
