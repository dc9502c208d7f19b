import { describe, expect, it } from 'vitest';
import { specFromRemote, specFromResolved } from './tool-source.js';

const sha = '7c22590a1b2c3d4e5f60718293a4b5c6d7e8f901';

describe('specFromResolved', () => {
  it('names the exact version of a package from the public registry', () => {
    expect(specFromResolved('https://registry.npmjs.org/mentor-cli/-/mentor-cli-0.1.3.tgz', 'mentor-cli', '0.1.3')).toBe('mentor-cli@0.1.3');
  });

  it('keeps the tarball URL of another registry, where the name may mean another package', () => {
    const url = 'https://npm.example.com/mentor-cli/-/mentor-cli-0.1.3.tgz';
    expect(specFromResolved(url, 'mentor-cli', '0.1.3')).toBe(url);
  });

  it('pins a git install to its commit, GitHub by its short form', () => {
    expect(specFromResolved(`git+ssh://git@github.com/acme/mentor.git#${sha}`, 'mentor-cli', '0.1.0')).toBe(`github:acme/mentor#${sha}`);
    expect(specFromResolved(`git+https://git.example.com/acme/mentor.git#${sha}`, 'mentor-cli', '0.1.0')).toBe(`git+https://git.example.com/acme/mentor.git#${sha}`);
  });

  it('has nothing for a folder or a tarball on this machine', () => {
    expect(specFromResolved('file:../mentor-cli-0.1.0.tgz', 'mentor-cli', '0.1.0')).toBeUndefined();
    expect(specFromResolved('../../work/mentor', 'mentor-cli', '0.1.0')).toBeUndefined();
  });
});

describe('specFromRemote', () => {
  it('turns every way of writing a GitHub remote into github:owner/repo#commit', () => {
    for (const url of ['https://github.com/acme/mentor.git', 'https://github.com/acme/mentor', 'git@github.com:acme/mentor.git', 'ssh://git@github.com/acme/mentor.git']) {
      expect(specFromRemote(url, sha), url).toBe(`github:acme/mentor#${sha}`);
    }
  });

  it('pins other hosts by a git URL npm understands', () => {
    expect(specFromRemote('https://gitlab.example.com/hr/mentor.git', sha)).toBe(`git+https://gitlab.example.com/hr/mentor.git#${sha}`);
    expect(specFromRemote('git@gitlab.example.com:hr/mentor.git', sha)).toBe(`git+ssh://git@gitlab.example.com/hr/mentor.git#${sha}`);
  });

  it('has nothing for a remote on this machine', () => {
    expect(specFromRemote('/work/main', sha)).toBeUndefined();
    expect(specFromRemote('../mentor', sha)).toBeUndefined();
    expect(specFromRemote('file:///work/main', sha)).toBeUndefined();
  });
});
