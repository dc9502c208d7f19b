import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentor } from './spawn.js';

describe('mentor doctor', () => {
  it('names the config found upwards, the language and why, the format and Node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-doctor-'));
    writeFileSync(join(dir, '.mentor.yaml'), 'rules:\n  buy-in-missing: error\noverrides:\n  - files: records/**\n    rules: { session-duplicate: warning }\n');
    const r = mentor(['doctor'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('language   en: from LANG=en_GB.UTF-8');
    expect(r.stdout).toContain('config     .mentor.yaml (the nearest one upwards)');
    expect(r.stdout).toContain('1 rule setting, 1 override');
    expect(r.stdout).toContain('format     apiVersion mentor/v1; schemas https://mentor-cli.dev/schemas/v1/common.schema.json');
    expect(r.stdout).toContain(`Node.js    ${process.version}`);
  });

  it('says why the language is English when nothing names one, and in Polish from MENTOR_LOCALE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-doctor-'));
    expect(mentor(['doctor', '--no-config'], { cwd: dir }).stdout).toContain('language   en: English, as nothing names a language');
    const pl = mentor(['doctor', '--no-config'], { cwd: dir, env: { MENTOR_LOCALE: 'pl' } });
    expect(pl.stdout).toContain('język         pl: z MENTOR_LOCALE=pl');
    expect(pl.stdout).toContain('konfiguracja  brak (--no-config)');
  });

  it('exits 2 with the problem when the config file is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-doctor-'));
    writeFileSync(join(dir, '.mentor.yaml'), 'rules:\n  buy-in-mising: off\n');
    const r = mentor(['doctor'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.mentor.yaml:2:3: `buy-in-mising` is not a method rule (did you mean `buy-in-missing`?).');
  });
});

describe('mentor with no arguments', () => {
  // A usage error like any other: a script that forgot the command must not pass as a success.
  it('prints the help on stderr and exits 2', () => {
    const r = mentor([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: mentor [options] [command]');
    expect(r.stderr).toMatch(/doctor|validate/);
  });
});
