import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentor, repoRoot, type Result } from '../cli/spawn.js';

// Issue 8, reading: `mentor validate` on a hostile pull request. Every case here once misbehaved
// (printed a file from outside the programme, hung, grew without bound, or ended in an internal
// error); each asserts what the tool does instead. Processes are killed after a minute, so a
// regression to hanging fails the test instead of hanging the suite.

const unix = process.platform !== 'win32';
const root = typeof process.getuid === 'function' && process.getuid() === 0;
// Root reads every folder, so the permission test then runs as nobody, which must reach the tool.
const nobodyRunsMentor = !root || spawnSync(process.execPath, [`${repoRoot}bin/mentor`, '--version'], { uid: 65534, gid: 65534 }).status === 0;
const secret = 'S3CRET-7f3a-do-not-print';
const today = ['--today', '2026-11-27'];
// English whatever the example's own locale (with LANG=C the tool would speak the programme's Polish).
const hang = { timeout: 60_000, env: { MENTOR_LOCALE: 'en' } };

let dir: string;
let outside: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mentor-hostile-'));
  outside = join(dir, 'outside');
  mkdirSync(outside);
  // A file a link in the programme points at: YAML with a syntax error on its first line, so a
  // code frame would show it if it were ever read.
  writeFileSync(join(outside, 'secret.yaml'), `token: [${secret}\n`);
  writeFileSync(join(outside, '2026-03.yaml'), `apiVersion: mentor/v1\nkind: Records\nprogramme: kam-pilot-2026\nsessions: [${secret}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh copy of the Polish pilot (8 files, clean) to break in one place. */
function pilot(name: string): string {
  const copy = join(dir, name);
  cpSync(join(repoRoot, 'examples/kam-pilot'), copy, { recursive: true });
  return copy;
}

function all(r: Result): string {
  return `${r.stdout}\n${r.stderr}`;
}

function expectNoInternalError(r: Result): void {
  expect(r.signal ?? null, 'killed: it hung').toBeNull();
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe.skipIf(!unix)('symbolic links out of the programme folder', () => {
  it('never reads an included file that links outside, in any format, and names the link', () => {
    const p = pilot('link-file');
    rmSync(join(p, 'people.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(p, 'people.yaml'));
    for (const format of ['stylish', 'json', 'github', 'sarif', 'junit']) {
      const r = mentor(['validate', '--format', format, ...today, p], hang);
      expectNoInternalError(r);
      expect(r.code).toBe(1);
      expect(all(r)).not.toContain(secret);
      expect(r.stdout).toContain('file-link-outside');
    }
    const json = JSON.parse(mentor(['validate', '--format', 'json', ...today, p], hang).stdout) as { diagnostics: { file: string; ruleId: string }[] };
    expect(json.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file-link-outside', file: `${p}/people.yaml` })]);
  });

  it('does not walk an included folder that links outside', () => {
    const p = pilot('link-folder');
    rmSync(join(p, 'records'), { recursive: true });
    symlinkSync('../outside', join(p, 'records'));
    const r = mentor(['validate', '--format', 'json', ...today, p], hang);
    expectNoInternalError(r);
    expect(all(r)).not.toContain(secret);
    const json = JSON.parse(r.stdout) as { diagnostics: { file: string; ruleId: string }[] };
    expect(json.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file-link-outside', file: `${p}/records` })]);
  });

  it('does not walk the file system through `records -> /`', () => {
    const p = pilot('link-root');
    rmSync(join(p, 'records'), { recursive: true });
    symlinkSync('/', join(p, 'records'));
    const r = mentor(['validate', '--format', 'json', ...today, p], hang);
    expectNoInternalError(r);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId)).toEqual(['file-link-outside']);
  });

  it('follows a link that stays inside the programme folder', () => {
    const p = pilot('link-inside');
    cpSync(join(p, 'people.yaml'), join(p, 'people-2026.yaml'));
    rmSync(join(p, 'people.yaml'));
    symlinkSync('people-2026.yaml', join(p, 'people.yaml'));
    const r = mentor(['validate', ...today, p], hang);
    expect(r.stdout).toMatch(/no problems/);
    expect(r.code).toBe(0);
  });

  it('reads a folder named `..foo` as inside the programme, not leaving it', () => {
    const p = pilot('dotdot-name');
    execFileSync('mv', [join(p, 'records'), join(p, '..records')]);
    const programme = join(p, 'programme.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace('records: [records/]', 'records: [..records/]'));
    const r = mentor(['validate', ...today, p], hang);
    expect(r.stdout).not.toMatch(/leaves the programme folder/);
    expect(r.code).toBe(0);
  });
});

describe.skipIf(!unix)('files that are not regular files', () => {
  it('refuses a link to /dev/zero and /dev/zero itself at once, without reading them', () => {
    const p = pilot('dev-zero');
    rmSync(join(p, 'people.yaml'));
    symlinkSync('/dev/zero', join(p, 'people.yaml'));
    const linked = mentor(['validate', ...today, p], hang);
    expectNoInternalError(linked);
    expect(linked.stdout).toMatch(/people\.yaml\n\s+1:1\s+error\s+This symbolic link leads outside/);
    const named = mentor(['validate', '/dev/zero'], hang);
    expectNoInternalError(named);
    expect(named.code).toBe(1);
    expect(named.stdout).toMatch(/This is a device, not a regular file.*file-not-regular/);
  });

  it('refuses a FIFO in the programme, as its pilot and on the command line, without waiting for a writer', () => {
    const p = pilot('fifo');
    rmSync(join(p, 'people.yaml'));
    execFileSync('mkfifo', [join(p, 'people.yaml')]);
    const inside = mentor(['validate', ...today, p], hang);
    expectNoInternalError(inside);
    expect(inside.code).toBe(1);
    expect(inside.stdout).toMatch(/named pipe \(FIFO\), not a regular file.*file-not-regular/);

    const rollout = pilot('fifo-rollout');
    execFileSync('mkfifo', [join(dir, 'pilot.fifo')]);
    const programme = join(rollout, 'programme.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace('  phase: pilot\n', '  phase: rollout\n  pilot: { path: ../pilot.fifo, id: kam-pilot-2026 }\n'));
    const viaPilot = mentor(['validate', ...today, rollout], hang);
    expectNoInternalError(viaPilot);
    expect(viaPilot.stdout).toMatch(/pilot-not-found/);
  });

  it('refuses a FIFO given to init --from and --answers, with exit 2 and nothing written', () => {
    execFileSync('mkfifo', [join(dir, 'answers.fifo')]);
    const answers = mentor(['init', join(dir, 'never-a'), '--answers', join(dir, 'answers.fifo')], hang);
    expectNoInternalError(answers);
    expect(answers.code).toBe(2);
    expect(answers.stderr).toMatch(/named pipe \(FIFO\)/);
    const from = mentor(['init', join(dir, 'never-b'), '--yes', '--from', join(dir, 'answers.fifo')], hang);
    expectNoInternalError(from);
    expect(from.code).toBe(2);
    expect(() => readFileSync(join(dir, 'never-a', 'programme.yaml'))).toThrow();
    expect(() => readFileSync(join(dir, 'never-b', 'programme.yaml'))).toThrow();
  });
});

describe('inputs that once ended the whole run', () => {
  it('reports 2,000 levels of nesting as a finding with a position, and the other files still', () => {
    const p = pilot('deep');
    const lines = ['apiVersion: mentor/v1', 'kind: Records', 'programme: kam-pilot-2026', 'sessions:'];
    for (let i = 1; i <= 2000; i++) lines.push(`${'  '.repeat(i)}- a:`);
    writeFileSync(join(p, 'records', '2026-02.yaml'), `${lines.join('\n')}\n`);
    writeFileSync(join(p, 'people.yaml'), readFileSync(join(p, 'people.yaml'), 'utf8').replace('capacity: 3', 'capacity: zero'));
    const r = mentor(['validate', '--format', 'json', ...today, p], hang);
    expectNoInternalError(r);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; file: string; line: number }[] }).diagnostics.map((d) => `${d.file.slice(p.length + 1)} ${d.ruleId}`);
    expect(found).toContain('records/2026-02.yaml yaml-too-deep');
    expect(found).toContain('people.yaml schema-type');
  });

  it('reports 45,000 empty list items with the first thousand findings and a count of the rest', () => {
    const file = join(dir, 'many-items.yaml');
    writeFileSync(file, `apiVersion: mentor/v1\nkind: People\nprogramme: demo\nmentees:\n${'  - {}\n'.repeat(45_000)}`);
    const r = mentor(['validate', '--format', 'json', file], hang);
    expectNoInternalError(r);
    expect(r.code).toBe(1);
    const diagnostics = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; message: string }[] }).diagnostics;
    expect(diagnostics).toHaveLength(1001);
    expect(diagnostics.find((d) => d.ruleId === 'file-too-many-findings')?.message).toMatch(/^134000 more problems/);
  });

  it('bounds the work of an alias chain of 3,000 anchors, with the alias at fault named', () => {
    const lines = ['apiVersion: mentor/v1', 'kind: Records', 'programme: demo', 'x:', '  a0: &a0 [1]'];
    for (let i = 1; i <= 3000; i++) lines.push(`  a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
    const file = join(dir, 'alias-chain.yaml');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = mentor(['validate', '--format', 'json', file], hang);
    expectNoInternalError(r);
    expect((JSON.parse(r.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([expect.objectContaining({ ruleId: 'yaml-alias-limit', line: 23, column: 14 })]);
  });

  it.runIf(unix && nobodyRunsMentor)('reports a folder it may not read and goes on with the rest', () => {
    const p = pilot('locked');
    mkdirSync(join(p, 'records', 'locked'));
    writeFileSync(join(p, 'records', 'locked', '2026-04.yaml'), 'apiVersion: mentor/v1\n');
    chmodSync(join(p, 'records', 'locked'), 0o000);
    // Root reads everything: run as nobody then, with the folders it needs opened up.
    if (root) for (let d = p; d !== dirname(dir); d = dirname(d)) chmodSync(d, 0o755);
    const r = mentor(['validate', '--format', 'json', ...today, p], { ...hang, ...(root ? { uid: 65534, gid: 65534 } : {}) });
    chmodSync(join(p, 'records', 'locked'), 0o755);
    expectNoInternalError(r);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'file-unreadable', file: `${p}/records/locked`, message: 'This cannot be read (permission denied).' }),
    ]);
  });

  // 256 is macOS's default. Not less: node's ESM loader opens the tool's own modules in parallel at
  // start-up, which (unbundled) needs more than 64 descriptors before a single YAML file is read.
  it.skipIf(!unix)('reads 400 files with 256 file descriptors (the macOS default)', () => {
    const p = pilot('many-files');
    const record = readFileSync(join(p, 'records', '2026-03.yaml'), 'utf8');
    for (let i = 0; i < 400; i++) writeFileSync(join(p, 'records', `copy-${String(i).padStart(3, '0')}.yaml`), record);
    const r = spawnShell(`ulimit -n 256 && exec "${process.execPath}" "${repoRoot}bin/mentor" validate --format json --today 2026-11-27 "${p}"`);
    expectNoInternalError(r);
    expect(r.stderr).not.toMatch(/EMFILE|cannot read/);
    expect((JSON.parse(r.stdout) as { summary: { files: number } }).summary.files).toBe(408);
  }, 180_000);

  it('reads a file of many comment lines followed by text at once (found by npm run fuzz)', () => {
    // The comment-only check was a regular expression that backtracked exponentially: 17 comment
    // lines took 70 s, 40 would never end. The process is killed after a minute.
    const file = join(dir, 'comments.yaml');
    writeFileSync(file, `${'# a comment line\n'.repeat(40)}apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n`);
    const r = mentor(['validate', file], hang);
    expectNoInternalError(r);
    expect(r.code).toBe(0);
  });

  it('caps standard input at 16 MiB and says so', () => {
    const r = mentor(['validate', '-'], { ...hang, input: Buffer.alloc(17 * 1024 * 1024, 0x61) });
    expectNoInternalError(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/mentor reads files up to 16\.0 MB.*file-too-large/);
  });
});

describe.skipIf(!unix)('control characters in file names', () => {
  it('never prints a newline or ESC from a file name raw in stylish or github output', () => {
    const folder = join(dir, 'names');
    mkdirSync(folder);
    const bad = 'apiVersion: mentor/v1\nkind: Records\nprogramme: [\n';
    writeFileSync(join(folder, 'a\nb.yaml'), bad);
    writeFileSync(join(folder, '\u001b[31mred.yaml'), bad);
    for (const format of ['stylish', 'github']) {
      const r = mentor(['validate', '--format', format, folder], hang);
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).not.toMatch(/a\nb\.yaml/);
      expect(r.stdout).toContain('\\u001B[31mred.yaml');
    }
  });
});

describe('answers files', () => {
  it('refuses an answers file with a value of the wrong type: exit 2, nothing written', () => {
    const answers = join(dir, 'wrong-type.yaml');
    writeFileSync(answers, 'organisation: Acme\nmentors:\n  - { name: Ann Smith, capacity: lots }\n');
    const target = join(dir, 'wrong-type');
    const r = mentor(['init', target, '--answers', answers], hang);
    expect(r.code).toBe(2);
    expect(() => readFileSync(join(target, 'programme.yaml'))).toThrow();
  });

  it('refuses a 100 MB answers file by its size, before reading it', () => {
    const answers = join(dir, 'huge-answers.yaml');
    writeFileSync(answers, 'organisation: Acme\n');
    truncateSync(answers, 100 * 1024 * 1024);
    const r = mentor(['init', join(dir, 'huge'), '--answers', answers], hang);
    expectNoInternalError(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/100\.0 MB; mentor reads files up to 16\.0 MB/);
  });

  it('reports an unknown tag in an answers file without a Node warning on stderr', () => {
    const answers = join(dir, 'tagged.yaml');
    writeFileSync(answers, 'organisation: !secret Acme\n');
    const r = mentor(['init', join(dir, 'tagged'), '--answers', answers], hang);
    expect(r.stderr).not.toMatch(/YAMLWarning|\(node:\d+\)/);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tag `!secret`/);
  });
});

function spawnShell(script: string): Result {
  try {
    const stdout = execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', LANG: 'C' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr: '', signal: null };
  } catch (error) {
    const e = error as { status: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr, signal: e.signal };
  }
}
