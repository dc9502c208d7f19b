import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { bin, mentor, repoRoot } from './spawn.js';

/**
 * The git forms of `mentor diff` and the textconv driver, in a repository this test creates:
 * revisions are read with git itself, from any subfolder, with the programme's includes and its
 * pilot taken from the same revision.
 */
const root = mkdtempSync(join(tmpdir(), 'mentor-git-'));
const repo = join(root, 'repo');
const outside = join(root, 'outside');
// Commits need a name; a user's global git config (signing, hooks) must not leak into the test.
const gitEnv = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...gitEnv } });
const run = (args: string[], cwd = repo) => mentor(args, { cwd, env: gitEnv });
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(repo, file), change(readFileSync(join(repo, file), 'utf8')));

beforeAll(() => {
  mkdirSync(join(repo, 'programmes'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  cpSync(join(repoRoot, 'examples/kam-pilot'), join(repo, 'programmes/kam-pilot'), { recursive: true });
  cpSync(join(repoRoot, 'examples/kam-rollout'), join(repo, 'programmes/kam-rollout'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'pilot and rollout');
  git('tag', 'v1');
  // Second commit: the rollout meets every 4 weeks.
  edit('programmes/kam-rollout/programme.yaml', (t) => t.replace('everyWeeks: 3', 'everyWeeks: 4'));
  git('commit', '-q', '-am', 'cadence 4 weeks');
  // Uncommitted: 60-minute sessions, a mentee's target in an included people file, and a pilot KPI target.
  edit('programmes/kam-rollout/programme.yaml', (t) => t.replace('minutes: 90', 'minutes: 60'));
  edit('programmes/kam-rollout/people.yaml', (t) => t.replace(/target: 4 }/, 'target: 5 }'));
  edit('programmes/kam-pilot/programme.yaml', (t) => t.replace('target: 30', 'target: 31'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Change {
  path: string;
  old: unknown;
  new: unknown;
}
const changes = (stdout: string): Change[] => (JSON.parse(stdout) as { changes: Change[] }).changes.map(({ path, old, new: now }) => ({ path, old, new: now }));

describe('mentor diff against git revisions', () => {
  it('--git REV compares the working tree with a revision, includes read from the revision', () => {
    const r = run(['diff', '--git', 'HEAD', 'programmes/kam-rollout', '--format', 'json', '--audience', 'hr']);
    expect(r.stderr).toBe('');
    const found = changes(r.stdout);
    expect(found).toContainEqual({ path: 'process.cadence.minutes', old: 90, new: 60 });
    expect(found.filter((c) => c.path.startsWith('mentees[')).map((c) => [c.old, c.new])).toEqual([[4, 5]]);
    expect(found.map((c) => c.path)).not.toContain('process.cadence.everyWeeks');
    expect((JSON.parse(r.stdout) as { mode: string }).mode).toBe('revision');
  }, 120_000);

  it('REV:PATH PATH and REV:PATH REV:PATH, from a subfolder, with paths relative to it', () => {
    const sub = join(repo, 'programmes');
    const two = run(['diff', 'v1:kam-rollout', 'HEAD:kam-rollout', '--format', 'json'], sub);
    expect(two.stderr).toBe('');
    expect(changes(two.stdout)).toEqual([{ path: 'process.cadence.everyWeeks', old: 3, new: 4 }]);
    const mixed = run(['diff', 'HEAD~1:kam-rollout/programme.yaml', 'kam-rollout/programme.yaml', '--format', 'json'], sub);
    expect(changes(mixed.stdout)).toContainEqual({ path: 'process.cadence.everyWeeks', old: 3, new: 4 });
    expect(changes(mixed.stdout)).toContainEqual({ path: 'process.cadence.minutes', old: 90, new: 60 });
  }, 120_000);

  it('finds the pilot inside the revision when given a rollout in it', () => {
    const r = run(['diff', 'v1:programmes/kam-rollout', '--format', 'json']);
    expect(r.stderr).toBe('');
    // The committed pilot's NPS target (30), not the edited one in the working tree (31).
    expect(changes(r.stdout)).toContainEqual({ path: 'kpis[id=nps-uczestnikow].target', old: 30, new: 40 });
  }, 120_000);

  it('names the revision in the table, and --exit-code says whether anything differs', () => {
    const table = run(['diff', '--git', 'v1', 'programmes/kam-rollout', '--locale', 'en']);
    expect(table.stdout).toContain('  ~ process.cadence.minutes: 90 → 60');
    expect(run(['diff', '--git', 'HEAD', 'programmes/kam-rollout', '--exit-code']).code).toBe(1);
    expect(run(['diff', 'v1:programmes/kam-pilot', 'HEAD:programmes/kam-pilot', '--exit-code']).code).toBe(0);
  }, 120_000);

  it('exits 2 with a clear message: no such revision, no such path in it, outside a repository', () => {
    const revision = run(['diff', '--git', 'no-such-tag', 'programmes/kam-rollout', '--locale', 'en']);
    expect(revision.code).toBe(2);
    expect(revision.stderr).toContain('There is no revision `no-such-tag` in this repository.');
    const dash = run(['diff', '--git', '--output=x', 'programmes/kam-rollout', '--locale', 'en']);
    expect(dash.code).toBe(2);
    const path = run(['diff', 'v1:programmes/kam-nowhere', 'programmes/kam-rollout', '--locale', 'en']);
    expect(path.code).toBe(2);
    expect(path.stderr).toContain('`programmes/kam-nowhere` does not exist in revision `v1`.');
    const away = run(['diff', '--git', 'HEAD', '.', '--locale', 'en'], outside);
    expect(away.code).toBe(2);
    expect(away.stderr).toContain('is not inside a git repository');
  }, 120_000);

  it('names a file of the revision that does not parse', () => {
    edit('programmes/kam-pilot/programme.yaml', (t) => t.replace('kpis:\n', 'kpis: [\n'));
    git('commit', '-q', '-am', 'broken pilot');
    const r = run(['diff', 'HEAD:programmes/kam-pilot', 'programmes/kam-rollout', '--locale', 'en']);
    git('reset', '-q', '--hard', 'HEAD~1');
    edit('programmes/kam-pilot/programme.yaml', (t) => t.replace('target: 30', 'target: 31'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('HEAD:programmes/kam-pilot cannot be compared');
    // The first problem, named by revision, file, line and column; validate cannot read a revision, so it is not offered.
    expect(r.stderr).toMatch(/\nHEAD:programmes\/kam-pilot\/programme\.yaml:\d+:\d+: \S/);
    expect(r.stderr).not.toContain('mentor validate HEAD:');
  }, 120_000);
});

describe('mentor show --normalised as a git textconv driver', () => {
  it('prints the same text for a file and itself re-serialised', () => {
    const original = join(repoRoot, 'examples/kam-pilot/programme.yaml');
    const shuffled = join(root, 'shuffled.yaml');
    const data = parse(readFileSync(original, 'utf8')) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    for (const key of ['goals', 'competencies', 'kpis', 'communications', 'roles']) (reversed[key] as unknown[]).reverse();
    writeFileSync(shuffled, stringify(reversed, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
    const a = mentor(['show', '--normalised', original]);
    const b = mentor(['show', '--normalised', shuffled]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).not.toContain('#');
    expect(a.stdout.indexOf('apiVersion')).toBe(0);
  }, 120_000);

  it('prints any other file as it is, so git diff keeps working on it; needs --normalised', () => {
    const other = join(root, 'workflow.yaml');
    const text = '# CI\non: [push]\njobs: { a: 1 }\n';
    writeFileSync(other, text);
    expect(mentor(['show', '--normalised', other]).stdout).toBe(text);
    const broken = join(root, 'broken.yaml');
    writeFileSync(broken, 'apiVersion: mentor/v1\nkind: Programme\nmetadata: [\n');
    expect(mentor(['show', '--normalised', broken]).stdout).toBe('apiVersion: mentor/v1\nkind: Programme\nmetadata: [\n');
    const bare = mentor(['show', other, '--locale', 'en']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('mentor show --normalised FILE');
  }, 120_000);

  it('makes git diff show the semantic change only', () => {
    writeFileSync(join(repo, '.gitattributes'), '*.yaml diff=mentor\n');
    git('config', 'diff.mentor.textconv', `"${process.execPath}" "${bin}" show --normalised`);
    git('add', '.gitattributes');
    git('commit', '-q', '-m', 'textconv');
    const file = 'programmes/kam-rollout/programme.yaml';
    git('checkout', '-q', '--', file);
    // Reorder everything, drop the comments, change one value.
    const data = parse(readFileSync(join(repo, file), 'utf8')) as Record<string, any>;
    data['kpis'].reverse();
    data['process'].cadence.everyWeeks = 6;
    writeFileSync(join(repo, file), stringify(Object.fromEntries(Object.entries(data).reverse())));
    const plain = git('diff', '--no-ext-diff', '--no-textconv', '--stat', '--', file);
    expect(plain).toMatch(/\d{2,} insertions/);
    const semantic = git('diff', '--', file);
    const changed = semantic.split('\n').filter((l) => /^[+-](?![+-])/.test(l));
    expect(changed).toEqual(['-    everyWeeks: 4', '+    everyWeeks: 6']);
  }, 120_000);
});
