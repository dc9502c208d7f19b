import { execFile } from 'node:child_process';
import { readFile, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { specFromRemote, specFromResolved, type ToolSource } from '../core/scaffold/tool-source.js';

/**
 * The npm name mentor is published under, once the team has published it there (undefined until
 * then). With it set, a mentor installed with no record of its source (a global `npm install -g`
 * keeps none) assumes that name at its own version; without it, such a mentor names no source and
 * the scaffolded workflow says so, rather than guessing a name someone else could claim.
 */
export const publishedName: string | undefined = undefined;

const run = (cwd: string, args: string[]): Promise<string | undefined> =>
  new Promise((done) => {
    // GIT_DIR and friends (set inside a git hook) would point git at another repository.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
    execFile('git', args, { cwd, timeout: 5000, env: { ...env, LC_ALL: 'C' } }, (error, stdout) => done(error ? undefined : stdout.trim()));
  });

/** A running mentor that is a git clone: its `origin` at the commit it runs, if that commit is pushed. */
async function fromClone(root: string): Promise<ToolSource | undefined> {
  const top = await run(root, ['rev-parse', '--show-toplevel']);
  if (top === undefined || (await realpath(top).catch(() => top)) !== (await realpath(root).catch(() => root))) return undefined;
  const url = await run(root, ['config', '--get', 'remote.origin.url']);
  if (!url) return { reason: 'clone-no-remote' };
  const commit = await run(root, ['rev-parse', 'HEAD']);
  const spec = commit ? specFromRemote(url, commit) : undefined;
  if (!spec) return { reason: 'clone-local-remote' };
  // Only what git last fetched is known, without the network: a commit on a remote-tracking branch.
  const pushed = await run(root, ['branch', '--remotes', '--contains', 'HEAD']);
  return pushed ? { spec, origin: 'clone' } : { reason: 'clone-unpushed' };
}

/** A running mentor installed by npm: what npm's lockfile of that tree recorded as its source. */
async function fromInstall(root: string, name: string, version: string): Promise<ToolSource | undefined> {
  const parts = root.split(sep);
  const at = parts.indexOf('node_modules');
  if (at === -1) return undefined;
  const project = parts.slice(0, at).join(sep) || sep;
  let lock: { packages?: Record<string, { resolved?: string; link?: boolean }> };
  try {
    lock = JSON.parse(await readFile(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as typeof lock;
  } catch {
    return undefined;
  }
  const entry = lock.packages?.[relative(project, root).split(sep).join('/')];
  if (!entry) return undefined;
  const spec = entry.resolved && !entry.link ? specFromResolved(entry.resolved, name, version) : undefined;
  return spec ? { spec, origin: 'install' } : { reason: 'local-install' };
}

/**
 * Where the CI workflow should install mentor from, when `--tool-source` is not given:
 * `MENTOR_TOOL_SOURCE`, else the source of the mentor that is running (its git clone's pushed
 * commit, or what npm recorded when installing it), else the published name (see
 * `publishedName`), else no source and the reason. Reads files and runs git; no network.
 */
export async function detectToolSource(root: string, options: { env: Record<string, string | undefined>; name: string; version: string; published?: string }): Promise<ToolSource> {
  const fromEnv = options.env['MENTOR_TOOL_SOURCE']?.trim();
  if (fromEnv) return { spec: fromEnv, origin: 'env' };
  const found = (await fromClone(root)) ?? (await fromInstall(root, options.name, options.version));
  if (found) return found;
  return options.published ? { spec: `${options.published}@${options.version}`, origin: 'published' } : { reason: 'no-record' };
}
