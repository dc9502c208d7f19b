import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentor } from './spawn.js';

describe('mentor schema', () => {
  it('lists the schemas and prints one exactly as shipped', () => {
    const list = mentor(['schema']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^programme\s+mentor Programme/m);
    const one = mentor(['schema', 'programme']);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(readFileSync('schemas/programme.schema.json', 'utf8'));
  });

  it('exits 2 on an unknown kind, naming the known ones', () => {
    const r = mentor(['schema', 'pilot']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/common, people, programme, records/);
  });

  it('writes every schema to a folder, and refuses to overwrite any without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-schema-'));
    expect(mentor(['schema', '--write', dir]).code).toBe(0);
    expect(readFileSync(join(dir, 'records.schema.json'), 'utf8')).toBe(readFileSync('schemas/records.schema.json', 'utf8'));
    writeFileSync(join(dir, 'people.schema.json'), 'mine');
    const refused = mentor(['schema', '--write', dir]);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'people.schema.json'), 'utf8')).toBe('mine');
    expect(mentor(['schema', '--write', dir, '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'people.schema.json'), 'utf8')).not.toBe('mine');
  });
});
