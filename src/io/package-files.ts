import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What tells our package.json from any other on the way up: it declares the `mentor` command. */
const isOurs = (json: PackageJson): boolean => typeof json.bin === 'object' && json.bin !== null && 'mentor' in json.bin;

export interface PackageJson {
  name?: string;
  version?: string;
  bin?: Record<string, string>;
}

let found: { root: string; json: PackageJson } | undefined;

/**
 * The installed package's folder (holding package.json, templates/ and schemas/), found by walking
 * up from this module. The code runs from src/io (tests), from dist/ or from a bundle chunk in
 * dist/chunks/, so no fixed number of `..` fits all three; the walk does, and it stops at the first
 * package.json that declares the `mentor` command (whatever name it is published under), never at
 * a user's project around an installed copy.
 */
function locate(): { root: string; json: PackageJson } {
  if (found) return found;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; ) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
      if (isOurs(json)) return (found = { root: dir, json });
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find mentor's package.json above ${start}`);
    dir = parent;
  }
}

/** The package folder, found once on first use (the library API never needs it). */
export function packageRoot(): string {
  return locate().root;
}

/** The package's package.json, read once. */
export function packageJson(): PackageJson {
  return locate().json;
}

/** A path inside the installed package: `packagePath('schemas')`. */
export function packagePath(...segments: string[]): string {
  return join(locate().root, ...segments);
}
