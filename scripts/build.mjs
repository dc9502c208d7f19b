#!/usr/bin/env node
// `npm run build`: the precompiled validators, the CLI and library bundle (esbuild), and the
// library's type declarations (tsc). Everything lands in dist/ at once: the build writes a fresh
// folder beside it and swaps it in, so a failed build never leaves a half-written dist/.
//
// The bundle. Two entry points, `dist/cli.js` (bin/mentor) and `dist/index.js` (the library), with
// code splitting: every dynamic `import()` in the sources (a command in src/cli/program.ts, a
// formatter in a src/render/<feature>/index.ts registry, the messages, the prompts) becomes a chunk
// in dist/chunks/ that loads only when that code runs. A new command or formatter therefore needs
// no change here. Packages in devDependencies are bundled (one file read instead of dozens of module
// lookups at start-up); packages in `dependencies` stay external and load from node_modules, so a
// library that cannot be bundled (one reading its own data files, say) only has to be a dependency.
// The exception: dependencies the library's type declarations need (below), bundled all the same.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { asciiOnly } from './ascii-only.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
const next = join(root, 'dist.next');
const old = join(root, 'dist.old');

/** The lowest Node the package supports (`engines.node`, e.g. ">=20"), as an esbuild target. */
const nodeTarget = `node${/\d+(\.\d+)*/.exec(pkg.engines?.node ?? '20')?.[0] ?? '20'}`;

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const step = (what) => process.stderr.write(`build: ${what}\n`);

// 1. The precompiled validators the sources import (src/generated/, gitignored).
step('validators');
run(process.execPath, [join(root, 'scripts/gen-validators.mjs')]);

rmSync(next, { recursive: true, force: true });
rmSync(old, { recursive: true, force: true });

/**
 * Start-up trims inside bundled packages, each measured with `node --cpu-prof` (see the README):
 * - commander requires node:child_process at load time, for git-style executable subcommands
 *   mentor does not have; child_process pulls in net, dgram and streams (~7% of `node -e 0`).
 *   It gets a stand-in that loads the real module on first use.
 * - chalk probes the terminal (node:tty, node:os) at load time for its default instance; mentor
 *   decides colour once in src/cli/env.ts and passes it to `new Chalk({ level })` (lint forbids
 *   the default instance), so the probe is replaced by "no colour".
 * - `yaml` for positions (src/core/parse/yaml-lib.ts) is needed only when a file has findings, but
 *   a `require()` esbuild bundles lands in a chunk every `validate` imports: 112 KiB to read and
 *   compile on every clean run. That require points at `./yaml.cjs` instead, yaml bundled on its
 *   own beside the chunks (step 2b), read only when called. (The commands that edit YAML import
 *   yaml as an ES module and keep their bundled copy; yaml's node checks use global symbols, so
 *   nodes of both copies mix.)
 */
const lazyYaml = './yaml.cjs';
const startupTrims = {
  name: 'mentor-startup-trims',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'mentor-trim' } : undefined,
    );
    b.onResolve({ filter: /^yaml$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]src[\\/]core[\\/]parse[\\/]yaml-lib\.ts$/.test(args.importer) ? { path: lazyYaml, external: true } : undefined,
    );
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'no-supports-color', namespace: 'mentor-trim' } : undefined,
    );
    // Node's own modules through require(), not `import`: an ES import of a built-in builds a facade
    // that reads every export once, and node:fs's ReadStream getter alone loads the streams.
    // One stand-in per importing file (the importer is part of its path): shared by many files, one
    // stand-in would become a chunk of its own, one more file for Node to find and load.
    const importers = new Map();
    b.onResolve({ filter: /^node:[a-z_/]+$/ }, (args) => {
      if (args.kind !== 'import-statement' || args.importer.startsWith('mentor-')) return undefined;
      if (!importers.has(args.importer)) importers.set(args.importer, importers.size);
      return { path: `${args.path}#${importers.get(args.importer)}`, namespace: 'mentor-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'mentor-builtin' }, (args) => ({ loader: 'js', contents: `module.exports = require(${JSON.stringify(args.path.split('#')[0])});` }));
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'mentor-trim' }, () => ({
      loader: 'js',
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
    }));
    b.onLoad({ filter: /^no-supports-color$/, namespace: 'mentor-trim' }, () => ({
      loader: 'js',
      contents: 'export default { stdout: false, stderr: false };',
    }));
  },
};

// 2. The bundle.
step(`bundle (esbuild, ${nodeTarget})`);
/**
 * Dependencies only so that the library's .d.ts files resolve for its users (ParsedFile.doc is a
 * yaml Document), and bundled all the same: loading yaml's 74 modules from node_modules costs a
 * run with findings about 0.8× of `node -e 0`, its bundled copy about 0.03×.
 */
const bundledDependencies = new Set(['yaml']);
const external = Object.keys(pkg.dependencies ?? {})
  .filter((name) => !bundledDependencies.has(name))
  .flatMap((name) => [name, `${name}/*`]);
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir: next,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: nodeTarget,
  external,
  plugins: [startupTrims],
  // Bundled CommonJS packages call require() for Node's own modules; an ES module has no
  // require, so each output file gets one (esbuild's __require shim picks it up).
  banner: { js: "import { createRequire as __mentorCreateRequire } from 'node:module';\nconst require = __mentorCreateRequire(import.meta.url);" },
  // Full minification: smaller files compile faster (the precompiled validators alone ~18M fewer
  // instructions at start-up). A profiling build (MENTOR_SOURCEMAP=1) keeps the names readable.
  minify: !process.env.MENTOR_SOURCEMAP,
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // For profiling (`node --cpu-prof` names bundle lines; the maps lead back to the sources). Never shipped,
  // and never built by `npm run build` alone.
  sourcemap: process.env.MENTOR_SOURCEMAP ? 'external' : false,
  metafile: true,
  logLevel: 'warning',
});

// For size work: MENTOR_METAFILE=FILE keeps esbuild's metafile (which sources went into which chunk).
if (process.env.MENTOR_METAFILE) writeFileSync(process.env.MENTOR_METAFILE, JSON.stringify(result.metafile));

// A warning means code esbuild could not follow (a require() of a computed name, say): it would
// fail at run time, not here. Such a package belongs in `dependencies`, which stay external.
if (result.warnings.length > 0) {
  process.stderr.write(`build: esbuild warned ${result.warnings.length} time(s); fix the code, or make the package a dependency (external)\n`);
  process.exit(1);
}

// 2b. yaml on its own, for the require of step 2's trims. It must sit beside the chunk that requires it.
const yamlOutput = Object.entries(result.metafile.outputs).find(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith('src/core/parse/yaml-lib.ts')))?.[0];
if (!yamlOutput || !Object.values(result.metafile.outputs).some((o) => o.imports.some((i) => i.path === lazyYaml && i.external))) {
  process.stderr.write('build: src/core/parse/yaml-lib.ts no longer requires yaml the way the build expects; update lazyYaml in scripts/build.mjs\n');
  process.exit(1);
}
const yamlResult = await build({
  absWorkingDir: root,
  entryPoints: [createRequire(join(root, 'package.json')).resolve('yaml')],
  outfile: join(dirname(join(root, yamlOutput)), lazyYaml),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: nodeTarget,
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// Bundled packages ship inside our files, so their licences ship with them.
const bundled = new Map();
for (const input of [...Object.keys(result.metafile.inputs), ...Object.keys(yamlResult.metafile.inputs)]) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m && !bundled.has(m[1])) bundled.set(m[1], input.slice(0, m.index + m[0].length));
}
const notices = [...bundled]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name, folder]) => {
    const dir = join(root, folder);
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `License: ${meta.license ?? 'unknown'}`;
    return `${name}@${meta.version}\n${'-'.repeat(name.length + meta.version.length + 1)}\n${text}\n`;
  });
writeFileSync(join(next, 'THIRD-PARTY-LICENSES.txt'), `Packages bundled into mentor-cli's dist/ files, with their licences.\n\n${notices.join('\n')}`);

// 2c. Each output folder says it holds ES modules: Node looks for the nearest package.json of every
// module it loads, walking up from the file; found beside the chunk, the walk is one step.
for (const folder of [next, join(next, 'chunks')]) writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');

// 2d. Every JavaScript file ASCII-only (scripts/ascii-only.mjs says why), checked by test/package/bundle.test.ts.
for (const file of readdirSync(next, { recursive: true }).filter((f) => /\.c?js$/.test(f))) {
  const source = readFileSync(join(next, file), 'utf8');
  const ascii = asciiOnly(source);
  if (ascii !== source) writeFileSync(join(next, file), ascii);
}

// 3. The library's type declarations (tsc type-checks and emits only .d.ts; esbuild made the code).
step('type declarations (tsc)');
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', relative(root, next)]);

// 4. Swap the new dist/ in.
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const files = readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.js'));
step(`done: ${files.length} JavaScript files in dist/ (${bundled.size} packages bundled, ${external.length / 2} external)`);
