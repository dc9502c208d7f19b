#!/usr/bin/env node
// Fetches official Node.js builds of the given major versions through the npm registry (the
// node-<platform>-<arch> packages that `npx node@22` uses) into .cache/node/, and prints their paths
// joined by the path delimiter, for MENTOR_SMOKE_NODES:
//
//   MENTOR_SMOKE_NODES="$(node scripts/fetch-node.mjs 22 24)" npx vitest run test/package
//
// A version already fetched is reused. Needs only the npm registry, which CI can reach.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const majors = process.argv.slice(2);
if (majors.length === 0 || majors.some((m) => !/^\d+$/.test(m))) {
  console.error('usage: node scripts/fetch-node.mjs MAJOR... (e.g. 22 24)');
  process.exit(2);
}
/** npm's own script, run with this Node: next to it as installers lay it out, else the npm running us. */
const npmCli = [join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'), process.env.npm_execpath ?? ''].find((p) => p.endsWith('.js') && existsSync(p)) ?? 'npm-cli.js-not-found';
const name = `node-${process.platform}-${process.arch}`;
const found = [];
for (const major of majors) {
  const prefix = join(root, '.cache', 'node', major);
  const binary = join(prefix, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    for (let attempt = 1; ; attempt++) {
      const r = spawnSync(process.execPath, [npmCli, 'install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${name}@${major}`], { stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status === 0) break;
      if (attempt === 3) {
        console.error(`fetch-node: could not install ${name}@${major}`);
        process.exit(1);
      }
    }
  }
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    console.error(`fetch-node: ${binary} does not run: ${version.stderr}`);
    process.exit(1);
  }
  console.error(`fetch-node: ${version.stdout.trim()} at ${binary}`);
  found.push(binary);
}
console.log(found.join(delimiter));
