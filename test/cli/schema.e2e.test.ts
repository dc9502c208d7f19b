import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfContainedSchema } from '../../src/core/schemas/self-contained-schema.js';
import { mentor } from './spawn.js';

const sources = ['common', 'people', 'programme', 'records'].map((kind) => ({
  name: `${kind}.schema.json`,
  schema: JSON.parse(readFileSync(`schemas/${kind}.schema.json`, 'utf8')) as unknown,
}));
/** What editors get: the source schema with what it uses from the others inlined (see test/editors/). */
const editorCopy = (kind: string): string => `${JSON.stringify(selfContainedSchema(`${kind}.schema.json`, sources), null, 2)}\n`;

describe('mentor schema', () => {
  it('lists the schemas and prints one, self-contained for editors', () => {
    const list = mentor(['schema']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^programme\s+mentor Programme/m);
    const one = mentor(['schema', 'programme']);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(editorCopy('programme'));
    expect(one.stdout).not.toMatch(/"\$ref": "[^#]/);
  });

  it('exits 2 on an unknown kind, naming the known ones', () => {
    const r = mentor(['schema', 'pilot']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/common, people, programme, records/);
  });

  it('writes every schema to a folder, and refuses to overwrite any without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-schema-'));
    expect(mentor(['schema', '--write', dir]).code).toBe(0);
    expect(readFileSync(join(dir, 'records.schema.json'), 'utf8')).toBe(editorCopy('records'));
    writeFileSync(join(dir, 'people.schema.json'), 'mine');
    const refused = mentor(['schema', '--write', dir]);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'people.schema.json'), 'utf8')).toBe('mine');
    expect(mentor(['schema', '--write', dir, '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'people.schema.json'), 'utf8')).not.toBe('mine');
  });
});
