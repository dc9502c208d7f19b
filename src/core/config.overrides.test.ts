import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostics.js';
import { applyConfig, readConfig } from './config.js';
import { parseSource } from './parse/parse-source.js';

const file = (text: string) => parseSource('.mentor.yaml', new TextEncoder().encode(text));
const at = (ruleId: Diagnostic['ruleId'], path: string): Diagnostic => ({ ruleId, severity: 'error', message: ruleId, file: path, start: { line: 1, column: 1 }, path: '' });

describe('overrides in .mentor.yaml', () => {
  const yaml = [
    'rules:',
    '  record-in-future: warning',
    'overrides:',
    '  - files: "records/**"',
    '    rules: { record-in-future: off, session-duplicate: warning }',
    '  - files: [pilot/*.yaml, "**/legacy-*.yaml"]',
    '    rules: { record-in-future: error }',
    '',
  ].join('\n');

  it('reads globs (one or a list) and their rules', () => {
    const { config, problems } = readConfig(file(yaml));
    expect(problems).toEqual([]);
    expect(config.overrides).toEqual([
      { files: ['records/**'], rules: { 'record-in-future': 'off', 'session-duplicate': 'warning' } },
      { files: ['pilot/*.yaml', '**/legacy-*.yaml'], rules: { 'record-in-future': 'error' } },
    ]);
  });

  it('applies the overrides whose globs match the file, later ones winning over earlier ones and the top level', () => {
    const { config } = readConfig(file(yaml));
    const out = applyConfig([at('record-in-future', 'records/2026-02.yaml'), at('record-in-future', 'programme.yaml'), at('record-in-future', 'pilot/programme.yaml'), at('session-duplicate', 'records/legacy-2025.yaml'), at('record-in-future', 'records/legacy-2025.yaml')], config);
    expect(out.map((d) => [d.file, d.ruleId, d.severity])).toEqual([
      ['programme.yaml', 'record-in-future', 'warning'],
      ['pilot/programme.yaml', 'record-in-future', 'error'],
      ['records/legacy-2025.yaml', 'session-duplicate', 'warning'],
      ['records/legacy-2025.yaml', 'record-in-future', 'error'],
    ]);
  });

  it('matches paths as the I/O layer hands them, relative to the config file', () => {
    const { config } = readConfig(file(yaml));
    const fromSubfolder = (f: string): string => `sub/${f}`;
    expect(applyConfig([at('record-in-future', 'records/a.yaml')], config, fromSubfolder)).toHaveLength(1);
  });

  it('reports overrides that are not a list, entries without files, unknown keys and rules, at their position', () => {
    expect(readConfig(file('overrides: { files: x }\n')).problems).toEqual([{ line: 1, column: 12, kind: 'not-a-list', value: 'overrides' }]);
    expect(readConfig(file('overrides:\n  - rules: { buy-in-missing: off }\n  - files: ""\n  - files: a/**\n    rule: {}\n    rules: { buy-in-mising: off }\n')).problems).toEqual([
      { line: 2, column: 5, kind: 'bad-files', value: 'overrides[0].files' },
      { line: 3, column: 12, kind: 'bad-files', value: 'overrides[1].files' },
      { line: 5, column: 5, kind: 'unknown-key', value: 'rule', suggestion: 'rules' },
      { line: 6, column: 14, kind: 'unknown-rule', value: 'buy-in-mising', suggestion: 'buy-in-missing' },
    ]);
  });
});
