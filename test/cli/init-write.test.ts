import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IoError } from '../../src/errors.js';
import { inspectTarget, writeScaffold } from '../../src/io/scaffold-write.js';

// All files or none: the atomic writer behind `mentor init`, failing on purpose half-way.

const files = [
  { path: 'programme.yaml', contents: 'a\n' },
  { path: 'records/2027-01.yaml', contents: 'b\n' },
  { path: 'README.md', contents: 'c\n' },
];

describe('writeScaffold', () => {
  it('creates a new folder in one step and leaves no staging folder', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'mentor-write-'));
    const target = join(parent, 'new');
    expect(await writeScaffold(target, files, 'new')).toEqual({ replaced: [], recovered: [] });
    expect(readFileSync(join(target, 'records/2027-01.yaml'), 'utf8')).toBe('b\n');
    expect(readdirSync(parent)).toEqual(['new']);
  });

  it('writes nothing when a file fails half-way into a new folder', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'mentor-write-'));
    const target = join(parent, 'deep', 'new');
    // A NUL byte in a path makes the third write fail after two succeeded.
    const broken = [...files.slice(0, 2), { path: 'bad\0name', contents: 'x' }];
    await expect(writeScaffold(target, broken, 'deep/new')).rejects.toBeInstanceOf(Error);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('puts an existing folder back as it was when a move fails', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'mentor-write-'));
    const target = join(parent, 'existing');
    mkdirSync(join(target, 'README.md', 'in-the-way'), { recursive: true });
    writeFileSync(join(target, 'programme.yaml'), 'mine\n');
    // programme.yaml is replaced first; README.md is a non-empty folder, so moving the file there fails.
    await expect(writeScaffold(target, files, 'existing')).rejects.toBeInstanceOf(IoError);
    expect(readFileSync(join(target, 'programme.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(target, 'records'))).toBe(false);
    expect(readdirSync(target).sort()).toEqual(['README.md', 'programme.yaml']);
  });

  it('sees a lone .git as empty, and names files that would be overwritten', async () => {
    const target = mkdtempSync(join(tmpdir(), 'mentor-write-'));
    mkdirSync(join(target, '.git'));
    expect(await inspectTarget(target, files, 't')).toEqual({ exists: true, entries: [], overwrites: [] });
    writeFileSync(join(target, 'README.md'), 'x');
    expect(await inspectTarget(target, files, 't')).toEqual({ exists: true, entries: ['README.md'], overwrites: ['README.md'] });
  });
});
