/**
 * Where the scaffolded CI workflow installs mentor from: an npm install spec (`mentor-cli@0.1.0`,
 * `github:org/mentor#<commit>`, a tarball URL). Never a bare package name nobody has claimed: the
 * workflow must install exactly the mentor that scaffolded the programme, or fail saying why.
 */
export type ToolSource =
  | { spec: string; origin: 'flag' | 'env' | 'install' | 'clone' | 'published' }
  | { spec?: undefined; reason: ToolSourceGap };

/** Why no source CI can reach is known for the running mentor. */
export type ToolSourceGap =
  /** A git clone without an `origin` remote. */
  | 'clone-no-remote'
  /** A git clone whose `origin` is a folder or a file URL on this machine. */
  | 'clone-local-remote'
  /** A git clone whose commit is on no remote-tracking branch (not pushed). */
  | 'clone-unpushed'
  /** Installed from a folder or a tarball on this machine. */
  | 'local-install'
  /** Installed with no record of where from (a global npm install keeps none). */
  | 'no-record';

const npmRegistry = /^https:\/\/registry\.npmjs\.org\//;

/** GitHub's `owner/repo` in the URL forms git and npm write, or undefined. */
function gitHubRepo(url: string): string | undefined {
  const m = /^(?:git\+)?(?:https:\/\/|ssh:\/\/git@|git:\/\/|git@)github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?(?:#.*)?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/**
 * The spec to install what npm's lockfile recorded as `resolved` for an installed package: the
 * package by name and exact version from the public registry, the tarball URL of another registry
 * (whose name may mean something else on the public one), or the git commit. Undefined for a local
 * folder or tarball, which CI cannot reach.
 */
export function specFromResolved(resolved: string, name: string, version: string): string | undefined {
  if (npmRegistry.test(resolved)) return `${name}@${version}`;
  if (/^https?:\/\//.test(resolved)) return resolved;
  if (/^(git\+|git:|github:)/.test(resolved)) {
    const commit = /#([^#]+)$/.exec(resolved)?.[1];
    const repo = gitHubRepo(resolved);
    return repo && commit ? `github:${repo}#${commit}` : resolved;
  }
  return undefined;
}

/**
 * The spec to install one commit of a git remote: `github:owner/repo#<commit>` for GitHub,
 * `git+https://…#<commit>` or `git+ssh://…#<commit>` for other hosts. Undefined for a remote on
 * this machine (a folder or `file://`).
 */
export function specFromRemote(url: string, commit: string): string | undefined {
  const repo = gitHubRepo(url);
  if (repo) return `github:${repo}#${commit}`;
  if (/^https?:\/\//.test(url)) return `git+${url}#${commit}`;
  if (/^ssh:\/\//.test(url)) return `git+${url}#${commit}`;
  const scp = /^([\w.-]+@[\w.-]+):(.+)$/.exec(url);
  if (scp) return `git+ssh://${scp[1]}/${scp[2]}#${commit}`;
  return undefined;
}
