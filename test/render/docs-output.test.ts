import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { github } from '../../src/render/diagnostics/github.js';
import { json } from '../../src/render/diagnostics/json.js';
import { stylish } from '../../src/render/diagnostics/stylish.js';
import { context, diagnostics } from './fixtures/diagnostics.js';

// docs/output.md shows samples made from the shared fixture; these keep them from drifting.
const doc = readFileSync(new URL('../../docs/output.md', import.meta.url), 'utf8');

/** The fenced block right after the heading that starts with `heading`. */
function sample(heading: string): string {
  const section = doc.slice(doc.indexOf(`\n## ${heading}`));
  const start = section.indexOf('```');
  const body = section.slice(section.indexOf('\n', start) + 1);
  const block = body.slice(0, body.indexOf('```'));
  // A heading renamed or a block moved would otherwise make these tests pass vacuously.
  expect(block.split('\n').filter(Boolean).length).toBeGreaterThan(2);
  return block;
}

describe('docs/output.md samples', () => {
  it('stylish sample lines are real output', () => {
    const out = stylish(diagnostics, context()).split('\n');
    for (const line of sample('`stylish`').split('\n').filter(Boolean)) expect(out).toContain(line);
  });

  it('json sample matches the real shape and values', () => {
    const documented = JSON.parse(sample('`json`')) as { diagnostics: object[] } & Record<string, unknown>;
    const real = JSON.parse(json(diagnostics, context())) as { diagnostics: { ruleId: string }[] } & Record<string, unknown>;
    expect(Object.keys(documented)).toEqual(Object.keys(real));
    expect(documented['formatVersion']).toBe(real['formatVersion']);
    expect(documented['summary']).toEqual(real['summary']);
    expect(documented.diagnostics[0]).toEqual(real.diagnostics.find((d) => d.ruleId === 'schema-type'));
  });

  it('github sample lines are real output', () => {
    const out = github(diagnostics, context()).split('\n');
    for (const line of sample('`github`').split('\n').filter(Boolean)) expect(out).toContain(line);
  });
});
