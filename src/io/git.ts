import { execFile } from 'node:child_process';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileProblem, maxFileBytes, parseSource, tooLargeFile } from '../core/parse/parse-source.js';
import type { ParsedFile } from '../core/parse/parsed-file.js';
import type { FileSource, SourceEntry } from './file-source.js';
import { errorCode } from './read-file.js';
import { skippedFolders, yamlFile, type Located, type WalkItem, type WalkOptions } from './walk.js';

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

  // A tree holds no links to follow (they are left out), so a path is its own real path.
  async locate(path: string): Promise<Located> {
    const entry = await this.stat(path);
    if (entry === undefined) return { kind: 'missing', code: 'ENOENT' };
    return entry.kind === 'folder' ? { kind: 'folder', real: path } : { kind: 'file', real: path };
  }

  async walk(folder: string, options: WalkOptions): Promise<WalkItem[]> {
    const found: WalkItem[] = [];
    const visit = async (path: string): Promise<void> => {
      const entries = (await this.list(path)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const { name, kind } of entries) {
        const full = join(path, name);
        if (kind === 'folder') {
          if (options.recursive && !skippedFolders.has(name) && !name.startsWith('.')) await visit(full);
        } else if (yamlFile.test(name)) {
          found.push({ kind: 'file', path: full, real: full });
        }
      }
    };
    await visit(folder);
    return found;
  }

  async parse(real: string, shown: string, absolutePath: string): Promise<ParsedFile> {
    const entry = await this.stat(real);
    // The size limit is checked on the tree's size before the blob is read.
    if (entry?.kind === 'file' && entry.size > maxFileBytes) return tooLargeFile(shown, absolutePath, entry.size);
    try {
      return parseSource(shown, await this.read(real), absolutePath);
    } catch (error) {
      return fileProblem(shown, absolutePath, 'file-unreadable', { reason: error instanceof GitError ? error.detail || error.code : errorCode(error) });
    }
  }

  realFolder(folder: string): Promise<string> {
    return Promise.resolve(folder);
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
