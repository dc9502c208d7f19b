import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * Whether `dir` is inside a git working tree: a `.git` folder (or, in a worktree or submodule, a
 * `.git` file) in it or a folder above it. Read from the disk, not by running git, which may not be
 * installed; `GIT_DIR` is left aside.
 */
export async function insideGitRepository(dir: string): Promise<boolean> {
  for (let at = resolve(dir); ; at = dirname(at)) {
    try {
      await stat(join(at, '.git'));
      return true;
    } catch {
      // not here; go up
    }
    if (dirname(at) === at) return false;
  }
}
