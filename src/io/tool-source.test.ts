import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectToolSource } from './tool-source.js';

const options = { env: {}, name: 'mentor-cli', version: '0.1.0' };
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { PATH: process.env['PATH'] ?? '', HOME: cwd, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();

/** A git clone of mentor with one commit, as a consultant's `git clone` would leave it. */
function clone(): { root: string; commit: string } {
  const root = mkdtempSync(join(tmpdir(), 'mentor-clone-'));
  git(root, 'init', '-q');
  writeFileSync(join(root, 'package.json'), '{"name":"mentor-cli","version":"0.1.0"}\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'x');
  return { root, commit: git(root, 'rev-parse', 'HEAD') };
}

describe('detectToolSource', () => {
  it('takes MENTOR_TOOL_SOURCE first', async () => {
    expect(await detectToolSource(mkdtempSync(join(tmpdir(), 'mentor-any-')), { ...options, env: { MENTOR_TOOL_SOURCE: ' github:acme/mentor#v0.1.0 ' } })).toEqual({ spec: 'github:acme/mentor#v0.1.0', origin: 'env' });
  });

  it('pins a clone to its commit on origin once git knows the commit is pushed', async () => {
    const { root, commit } = clone();
    expect(await detectToolSource(root, options)).toEqual({ reason: 'clone-no-remote' });
    git(root, 'remote', 'add', 'origin', 'https://github.com/acme/mentor.git');
    expect(await detectToolSource(root, options)).toEqual({ reason: 'clone-unpushed' });
    // What `git fetch` leaves behind: a remote-tracking branch that holds the commit.
    git(root, 'update-ref', 'refs/remotes/origin/main', commit);
    expect(await detectToolSource(root, options)).toEqual({ spec: `github:acme/mentor#${commit}`, origin: 'clone' });
  });

  it('has no source for a clone whose origin is a folder on this machine', async () => {
    const { root, commit } = clone();
    git(root, 'remote', 'add', 'origin', '/work/main');
    git(root, 'update-ref', 'refs/remotes/origin/main', commit);
    expect(await detectToolSource(root, options)).toEqual({ reason: 'clone-local-remote' });
  });

  it('reads what npm recorded for an install in a project, and nothing for a folder it linked', async () => {
    const project = mkdtempSync(join(tmpdir(), 'mentor-project-'));
    const root = join(project, 'node_modules', 'mentor-cli');
    mkdirSync(root, { recursive: true });
    const lock = (entry: object) => writeFileSync(join(project, 'node_modules', '.package-lock.json'), JSON.stringify({ packages: { 'node_modules/mentor-cli': entry } }));
    lock({ version: '0.1.0', resolved: 'https://registry.npmjs.org/mentor-cli/-/mentor-cli-0.1.0.tgz' });
    expect(await detectToolSource(root, options)).toEqual({ spec: 'mentor-cli@0.1.0', origin: 'install' });
    lock({ resolved: '../../mentor', link: true });
    expect(await detectToolSource(root, options)).toEqual({ reason: 'local-install' });
  });

  it('without any record, uses the published name only once there is one', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'mentor-global-')), 'lib', 'node_modules', 'mentor-cli');
    mkdirSync(root, { recursive: true });
    expect(await detectToolSource(root, options)).toEqual({ reason: 'no-record' });
    expect(await detectToolSource(root, { ...options, published: 'mentor-cli' })).toEqual({ spec: 'mentor-cli@0.1.0', origin: 'published' });
  });
});
