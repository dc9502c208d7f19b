import { execFile } from 'node:child_process';
import { isAbsolute, relative, sep } from 'node:path';
import type { FileSource, SourceEntry } from './file-source.js';

export type GitErrorCode = 'git-missing' | 'not-a-repository' | 'unknown-revision' | 'git-failed';

/** A failure reading a revision; the command words it (exit 2). */
export class GitError extends Error {
  constructor(
    readonly code: GitErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'GitError';
  }
}

/**
 * Runs git itself (no shell: arguments go to the process as they are) in `cwd` and returns its
 * standard output as bytes. Never through a textconv or a pager: mentor reads what is committed.
 */
function git(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['--no-pager', '-c', 'core.quotePath=false', ...args],
      { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new GitError('git-missing'));
        reject(new GitError('git-failed', stderr.toString('utf8').trim().split('\n')[0] ?? error.message));
      },
    );
  });
}

/**
 * The top folder of the git work tree `cwd` is in, and `cwd`'s place inside it as git sees it
 * (`examples/kam-pilot/`), so paths typed in a subfolder, or through a linked folder, land on the
 * right tree entries. `not-a-repository` outside one.
 */
export async function repositoryOf(cwd: string): Promise<{ root: string; prefix: string }> {
  try {
    const [root = '', prefix = ''] = (await git(['rev-parse', '--show-toplevel', '--show-prefix'], cwd)).toString('utf8').split('\n');
    return { root, prefix };
  } catch (error) {
    if (error instanceof GitError && error.code === 'git-failed') throw new GitError('not-a-repository', cwd);
    throw error;
  }
}

/** The commit a revision names (`HEAD~1`, a tag, a branch, a hash); `unknown-revision` otherwise. */
export async function resolveCommit(root: string, revision: string): Promise<string> {
  // A revision that starts with `-` would read as an option to git; no revision is spelt that way.
  if (revision === '' || revision.startsWith('-')) throw new GitError('unknown-revision', revision);
  try {
    return (await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root)).toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError && error.code === 'git-failed') throw new GitError('unknown-revision', revision);
    throw error;
  }
}

interface TreeEntry {
  name: string;
  kind: 'file' | 'folder';
  size: number;
}

/**
 * A git revision as a file source: absolute paths inside the repository map onto the commit's
 * tree, read with `git ls-tree` (one call per folder, cached) and `git cat-file blob`. Symbolic
 * links and submodules are not followed: only regular files and folders of the tree count.
 */
export class RevisionSource implements FileSource {
  private readonly folders = new Map<string, Promise<Map<string, TreeEntry>>>();

  constructor(
    readonly root: string,
    readonly commit: string,
    /** The revision as the user wrote it, shown before each path (`HEAD~1:programme.yaml`). */
    readonly revision: string,
  ) {}

  /** The path inside the repository, with `/`; undefined outside it. */
  private inRepo(path: string): string | undefined {
    const rel = relative(this.root, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  }

  private entries(rel: string): Promise<Map<string, TreeEntry>> {
    let pending = this.folders.get(rel);
    if (!pending) {
      pending = git(['ls-tree', '-z', '-l', this.commit, ...(rel === '' ? [] : [`${rel}/`])], this.root).then(parseTree);
      this.folders.set(rel, pending);
    }
    return pending;
  }

  async stat(path: string): Promise<SourceEntry | undefined> {
    const rel = this.inRepo(path);
    if (rel === undefined) return undefined;
    if (rel === '') return { kind: 'folder' };
    const slash = rel.lastIndexOf('/');
    const parent = slash === -1 ? '' : rel.slice(0, slash);
    if (parent !== '' && (await this.stat(`${this.root}${sep}${parent.split('/').join(sep)}`))?.kind !== 'folder') return undefined;
    const entry = (await this.entries(parent)).get(rel.slice(slash + 1));
    return entry === undefined ? undefined : entry.kind === 'folder' ? { kind: 'folder' } : { kind: 'file', size: entry.size };
  }

  async list(folder: string): Promise<{ name: string; kind: 'file' | 'folder' }[]> {
    const rel = this.inRepo(folder);
    if (rel === undefined) return [];
    return [...(await this.entries(rel)).values()].map(({ name, kind }) => ({ name, kind }));
  }

  async read(path: string): Promise<Uint8Array> {
    const rel = this.inRepo(path);
    if (rel === undefined) throw Object.assign(new Error(`outside the repository: ${path}`), { code: 'ENOENT' });
    return git(['cat-file', 'blob', `${this.commit}:${rel}`], this.root);
  }

  label(shown: string): string {
    return `${this.revision}:${shown}`;
  }
}

/** `git ls-tree -z -l` output: `<mode> <type> <object> <size>\t<path>\0` per entry. */
function parseTree(bytes: Buffer): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const record of bytes.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, , size] = record.slice(0, tab).trim().split(/\s+/);
    const path = record.slice(tab + 1);
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (type === 'tree') entries.set(name, { name, kind: 'folder', size: 0 });
    // 120000 is a symbolic link, stored as a blob holding its target: not a file of the programme.
    else if (type === 'blob' && mode !== '120000') entries.set(name, { name, kind: 'file', size: Number(size) });
  }
  return entries;
}
