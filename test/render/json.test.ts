import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/core/diagnostics.js';
import { json, jsonFormatVersion } from '../../src/render/diagnostics/json.js';
import { context, diagnostics } from './fixtures/diagnostics.js';

// The documented contract (docs/output.md): every key, always present, in this order.
const diagnosticKeys = ['ruleId', 'severity', 'message', 'hint', 'file', 'line', 'column', 'endLine', 'endColumn', 'path', 'reason'];

describe('json', () => {
  const out = json(diagnostics, context());
  const parsed = JSON.parse(out) as Record<string, unknown> & { diagnostics: Record<string, unknown>[] };

  it('parses and has the documented top-level shape', () => {
    expect(out.endsWith('}\n')).toBe(true);
    expect(Object.keys(parsed)).toEqual(['formatVersion', 'tool', 'summary', 'diagnostics', 'rulesNotRun', 'skipped', 'suppressed']);
    expect(parsed['suppressed']).toEqual([]);
    expect(parsed['skipped']).toEqual([]);
    expect(parsed['rulesNotRun']).toEqual([]);
    expect(parsed['formatVersion']).toBe(jsonFormatVersion);
    expect(parsed['formatVersion']).toBe(1);
    expect(parsed['tool']).toEqual({ name: 'mentor', version: '0.1.0' });
    expect(parsed['summary']).toEqual({ files: 3, filesWithProblems: 2, errors: 4, warnings: 2, suppressed: 0 });
  });

  it('lists every diagnostic with every field, null when absent', () => {
    expect(parsed.diagnostics).toHaveLength(diagnostics.length);
    for (const d of parsed.diagnostics) {
      expect(Object.keys(d)).toEqual(diagnosticKeys);
      expect(ruleIds).toContain(d['ruleId']);
      expect(['error', 'warning']).toContain(d['severity']);
      expect(typeof d['message']).toBe('string');
      expect(d['hint'] === null || typeof d['hint'] === 'string').toBe(true);
      expect(Number.isInteger(d['line']) && (d['line'] as number) >= 1).toBe(true);
      expect(Number.isInteger(d['column']) && (d['column'] as number) >= 1).toBe(true);
      expect(typeof d['path']).toBe('string');
    }
    const syntax = parsed.diagnostics.find((d) => d['ruleId'] === 'yaml-syntax')!;
    expect(syntax).toMatchObject({ hint: null, endLine: null, endColumn: null, line: 30, column: 1, path: '', reason: 'other' });
    expect(parsed.diagnostics.find((d) => d['ruleId'] === 'schema-type')).toMatchObject({ reason: null });
  });

  it('keeps text exactly, escapes and diacritics included', () => {
    const type = parsed.diagnostics.find((d) => d['ruleId'] === 'schema-type')!;
    const source = diagnostics.find((d) => d.ruleId === 'schema-type')!;
    expect(type).toMatchObject({ message: source.message, hint: source.hint, file: 'kam-pilot/people/zespół-łódź.yaml', line: 9, column: 11, endLine: 9, endColumn: 27 });
  });

  it('lists every file a folder scan skipped, with the reason', () => {
    const skipped = [
      { file: 'ci/deploy.yaml', reason: 'other-api-version' as const, apiVersion: 'apps/v1' },
      { file: 'notes.yaml', reason: 'no-api-version' as const },
    ];
    const out = JSON.parse(json([], context({ skipped }))) as { skipped: unknown[] };
    expect(out.skipped).toEqual([
      { file: 'ci/deploy.yaml', reason: 'other-api-version', apiVersion: 'apps/v1' },
      { file: 'notes.yaml', reason: 'no-api-version', apiVersion: null },
    ]);
  });
});
