import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own name: the marker that tells our package.json from any other on the way up. */
const packageName = 'mentor-cli';

interface PackageJson {
  name?: string;
  version?: string;
}

let found: { root: string; json: PackageJson } | undefined;

/**
 * The installed package's folder (holding package.json, templates/ and schemas/), found by walking
 * up from this module. The code runs from src/io (tests), from dist/ or from a bundle chunk in
 * dist/chunks/, so no fixed number of `..` fits all three; the walk does, and it stops at the first
 * package.json named mentor-cli, never at a user's project around an installed copy.
 */
function locate(): { root: string; json: PackageJson } {
  if (found) return found;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; ) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
      if (json.name === packageName) return (found = { root: dir, json });
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${packageName} package folder above ${start}`);
    dir = parent;
  }
}

/** The package folder, found once on first use (the library API never needs it). */
export function packageRoot(): string {
  return locate().root;
}

/** The version in the package's package.json. */
export function packageVersion(): string {
  return locate().json.version ?? '0.0.0';
}

/** A path inside the installed package: `packagePath('schemas')`. */
export function packagePath(...segments: string[]): string {
  return join(locate().root, ...segments);
}
