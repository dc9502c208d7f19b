import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProgrammeAt } from './load-programme.js';

const dir = mkdtempSync(join(tmpdir(), 'mentor-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadProgrammeAt', () => {
  // A date a hurried HR person wrote 2026-13-01 in one monthly records file.
  const folder = join(dir, 'pilot');
  cpSync('examples/kam-pilot', folder, { recursive: true });
  const file = join(folder, 'records', '2026-03.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/date: 2026-03-\d\d/, 'date: 2026-13-01'));
  const options = { cwd: process.cwd(), today: '2026-11-27', locale: 'en' as const };

  it('builds no model when a records file fails its schema, by default (the report reads the records)', async () => {
    const loaded = await loadProgrammeAt(folder, options);
    expect(loaded.diagnostics.map((d) => d.ruleId)).toContain('schema-format');
    expect(loaded.model).toBeUndefined();
  });

  it('builds the model without that records file for a caller that reads no records', async () => {
    const loaded = await loadProgrammeAt(folder, { ...options, withoutRecords: true });
    expect(loaded.diagnostics.map((d) => d.ruleId)).toContain('schema-format');
    expect(loaded.model).toBeDefined();
    expect(loaded.model!.recordsFiles.map((r) => r.file.file)).not.toContain(loaded.diagnostics.find((d) => d.ruleId === 'schema-format')!.file);
    expect(loaded.model!.recordsFiles.length).toBe(loaded.bundle.records.length - 1);
  });

  it('still builds none when the programme or a people file fails its schema', async () => {
    const people = join(dir, 'people-broken');
    cpSync('examples/kam-pilot', people, { recursive: true });
    const peopleFile = join(people, 'people.yaml');
    writeFileSync(peopleFile, readFileSync(peopleFile, 'utf8').replace(/start: 2026-0(\d)-(\d\d)/, 'start: 2026-1$1-$2x'));
    expect((await loadProgrammeAt(people, { ...options, withoutRecords: true })).model).toBeUndefined();
  });
});

describe('an include that leads nowhere', () => {
  it('suggests the file or folder of the programme it was most likely meant to be, written as the entry is', async () => {
    const folder = join(dir, 'typo');
    cpSync('examples/kam-pilot', folder, { recursive: true });
    const programme = join(folder, 'programme.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace('people: [people.yaml]', 'people: [peopel.yaml]').replace('records: [records/]', 'records: [record, nowhere/]'));
    const loaded = await loadProgrammeAt(folder, { cwd: process.cwd(), today: '2026-11-27', locale: 'en' });
    const missing = loaded.diagnostics.filter((d) => d.ruleId === 'include-not-found');
    expect(missing.map((d) => d.hint)).toEqual([
      'Did you mean `people.yaml`? Paths are relative to the programme file.',
      'Did you mean `records`? Paths are relative to the programme file.',
      'Fix the path (relative to the programme file) or create the file.',
    ]);
  });
});
