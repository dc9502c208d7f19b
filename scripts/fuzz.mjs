#!/usr/bin/env node
// `npm run fuzz`: a fast-check campaign against `mentor validate` on mutated copies of every example
// (issue 8). Each input breaks one example file (structurally, textually, byte by byte, or by
// replacing it with a link out of the folder, a FIFO, a folder…) and validates its programme folder
// in-process through `run(argv, io)` (dist/cli.js, the bundle, so build first), asserting:
//
//   - the exit code is 0 or 1 (the files are there to read: 2 is for usage and I/O errors only);
//   - no internal error and no stack trace on stderr;
//   - the JSON output parses, and every finding names a file, with a line and column inside it;
//   - nothing from the file a link points at outside the folder is ever printed;
//   - stylish and GitHub output carry no raw control characters (every fifth input);
//   - the fast path (js-yaml) and the positioned path (yaml) give the same value when both read the file;
//   - under 10 s of CPU and 1 GiB of memory per input; a run stuck for 60 s counts as a hang.
//
// Every `--spawn-every`th input also runs as a separate `bin/mentor` process (same output, same exit
// code, its peak RSS measured). Inputs run in a worker process that is killed and restarted past a
// hang or a crash, so one bad input never ends the campaign. Failing inputs are saved under
// .fuzz/failures/ with the command that replays them.
//
//   npm run fuzz [-- --runs 2000] [--seed 8] [--jobs 2] [--spawn-every 100] [--only N] [--quiet]
import { spawnSync, fork, execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { applyMutation, mutationArbitrary } from './fuzz/mutations.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const secret = 'FUZZ-SECRET-4b1d-never-printed';
const cpuLimitMs = 10_000;
const hangMs = 60_000;
const memoryLimit = 1024 * 1024 * 1024;

function parseArgs(argv) {
  const o = { runs: 2000, seed: 8, spawnEvery: 100, only: undefined, quiet: false, jobs: Math.min(2, availableParallelism()) };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const value = () => Number(inline ?? argv[++i]);
    if (flag === '--runs') o.runs = value();
    else if (flag === '--seed') o.seed = value();
    else if (flag === '--spawn-every') o.spawnEvery = value();
    else if (flag === '--only') o.only = value();
    else if (flag === '--jobs') o.jobs = value();
    else if (flag === '--quiet') o.quiet = true;
    else {
      console.error(`fuzz: unknown option ${argv[i]}\nusage: npm run fuzz [-- --runs N] [--seed S] [--jobs J] [--spawn-every K] [--only N] [--quiet]`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(o.jobs) || o.jobs < 1) fail('--jobs takes a whole number from 1');
  for (const key of ['runs', 'seed', 'spawnEvery']) if (!Number.isInteger(o[key]) || o[key] < 0) fail(`--${key} takes a whole number`);
  return o;
}

function fail(message) {
  console.error(`fuzz: ${message}`);
  process.exit(2);
}

/** Every YAML file of the examples, relative to the workspace, sorted: the campaign's inputs are drawn from these. */
function exampleFiles(folder) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(folder, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (/\.ya?ml$/.test(entry.name)) out.push(rel);
    }
  };
  walk('examples');
  return out;
}

/** A scratch copy of the examples, and a file outside them that a link will point at. */
function resetWorkspace(ws) {
  rmSync(join(ws, 'examples'), { recursive: true, force: true });
  cpSync(join(root, 'examples'), join(ws, 'examples'), { recursive: true });
  mkdirSync(join(ws, 'outside'), { recursive: true });
  writeFileSync(join(ws, 'outside', 'secret.yaml'), `token: [${secret}\n`);
  writeFileSync(join(ws, 'outside', 'records.yaml'), `apiVersion: mentor/v1\nkind: Records\nprogramme: x\nsessions: [${secret}\n`);
}

// ------------------------------------------------------------------ the worker: runs inputs

async function worker() {
  const { ws, seed, runs, start, step, spawnEvery, only } = await new Promise((done) => process.once('message', done));
  // The shipped bundle itself: the CLI entry exports run() beside main(), the library parseSource and ruleIds.
  const { run } = await import(pathToFileURL(join(root, 'dist/cli.js')).href);
  const { parseSource, ruleIds } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const { parseDocument } = await import('yaml');
  const known = new Set(ruleIds);
  const files = exampleFiles(ws);
  const inputs = fc.sample(mutationArbitrary(files.length), { seed, numRuns: runs });

  const runCli = async (argv) => {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: { write: (s) => void (stdout += s) },
      stderr: { write: (s) => void (stderr += s) },
      stdin: Readable.from([]),
      env: { NO_COLOR: '1', LANG: 'C' },
      cwd: ws,
    };
    const code = await run(argv, io);
    return { code, stdout, stderr };
  };

  for (let i = start; i < runs; i += step) {
    if (only !== undefined && i !== only) continue;
    const mutation = inputs[i];
    const rel = files[mutation.file];
    const path = join(ws, rel);
    const original = readFileSync(path);
    const applied = applyMutation(original, mutation.ops);
    const problems = [];
    const notes = [];
    let spawned;
    let cpuMs = 0;
    let wallMs = 0;
    try {
      if (applied.replace) replaceFile(ws, path, applied.replace);
      else writeFileSync(path, applied.bytes);
      // The file alone, or (one input in four) its whole programme folder, for the rules across files.
      const programmeFolder = rel.split('/').slice(0, 2).join('/');
      const target = i % 4 === 1 ? programmeFolder : rel;
      const argv = ['validate', '--format', 'json', '--today', '2026-11-27', '--no-config', target];
      // The limits hold for mentor's run, not for the harness's own checks around it.
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const r = await runCli(argv);
      const used = process.cpuUsage(cpu);
      cpuMs = (used.user + used.system) / 1000;
      wallMs = performance.now() - wall;
      // A file replaced by a link to nowhere, named on its own, is a path that does not exist: exit 2 is right.
      const missing = applied.replace === 'dangling' && target === rel && r.code === 2 && /^mentor: .*no such file or folder\.\n$/.test(r.stderr);
      if (!missing) checkRun(r, problems, ws, known);
      if (i % 5 === 0 && !missing) {
        for (const format of ['stylish', 'github']) {
          const other = await runCli(['validate', '--format', format, '--today', '2026-11-27', '--no-config', target]);
          checkText(other, format, problems);
        }
      }
      if (applied.bytes) checkAgreement(applied.bytes, parseSource, parseDocument, problems, notes);
      if (spawnEvery > 0 && i % spawnEvery === 0) spawned = checkSpawned(argv, r, ws, problems);
    } catch (error) {
      problems.push(`threw: ${error?.stack ?? error}`);
    } finally {
      rmSync(path, { recursive: true, force: true });
      writeFileSync(path, original);
    }
    const rss = process.memoryUsage().rss;
    if (cpuMs > cpuLimitMs) problems.push(`took ${(cpuMs / 1000).toFixed(1)} s of CPU (limit ${cpuLimitMs / 1000} s)`);
    if (rss > memoryLimit) problems.push(`memory ${(rss / 2 ** 20).toFixed(0)} MiB (limit 1024 MiB)`);
    process.send({ type: 'result', i, file: rel, mutation, problems, notes, cpuMs, wallMs, rss, spawned, bytes: applied.bytes ? applied.bytes.length : undefined });
  }
  process.send({ type: 'done' });
  process.disconnect();
}

function replaceFile(ws, path, kind) {
  rmSync(path, { force: true });
  switch (kind) {
    case 'link-out':
      return symlinkSync(join(ws, 'outside', 'secret.yaml'), path);
    case 'link-out-folder':
      return symlinkSync(join(ws, 'outside'), path);
    case 'fifo':
      return execFileSync('mkfifo', [path]);
    case 'folder':
      mkdirSync(path);
      return writeFileSync(join(path, 'inner.yaml'), 'apiVersion: mentor/v1\n');
    case 'sparse-huge':
      writeFileSync(path, 'apiVersion: mentor/v1\n');
      return truncateSync(path, 17 * 1024 * 1024);
    case 'empty':
      return writeFileSync(path, '');
    case 'dangling':
      return symlinkSync(join(ws, 'nowhere.yaml'), path);
    case 'loop':
      return symlinkSync(path, path);
  }
}

function checkRun(r, problems, ws, known) {
  if (r.code !== 0 && r.code !== 1) problems.push(`exit code ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
  if (/internal error|\n\s+at /.test(r.stderr)) problems.push(`internal error: ${r.stderr.trim().split('\n')[0]}`);
  if (`${r.stdout}${r.stderr}`.includes(secret)) problems.push('printed text from outside the programme');
  if (r.code === 2) return;
  let out;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    problems.push(`JSON does not parse: ${r.stdout.slice(0, 100)}`);
    return;
  }
  const linesByPath = new Map();
  for (const d of out.diagnostics ?? []) {
    const where = `${d.file}:${d.line}:${d.column} ${d.ruleId}`;
    if (!known.has(d.ruleId)) problems.push(`unknown rule id ${where}`);
    if (d.severity !== 'error' && d.severity !== 'warning') problems.push(`bad severity ${where}`);
    if (typeof d.message !== 'string' || d.message === '') problems.push(`no message ${where}`);
    if (typeof d.file !== 'string' || d.file === '' || !Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 1 || d.column < 1) {
      problems.push(`finding without file, line and column: ${JSON.stringify(d).slice(0, 200)}`);
      continue;
    }
    const path = isAbsolute(d.file) ? d.file : join(ws, d.file.split('/').join(sep));
    let info;
    try {
      info = lstatSync(path);
    } catch {
      problems.push(`finding in a file that does not exist: ${where}`);
      continue;
    }
    if (!info.isFile()) {
      if (d.line !== 1 || d.column !== 1) problems.push(`position inside something that is not a file: ${where}`);
      continue;
    }
    // Read and split each file once: a file with a thousand findings is split once, not a thousand times.
    let lines = linesByPath.get(path);
    if (!lines) linesByPath.set(path, (lines = readFileSync(path).toString('latin1').split('\n')));
    if (d.line > lines.length) {
      problems.push(`line past the end (${lines.length} lines): ${where}`);
      continue;
    }
    const line = Buffer.from(lines[d.line - 1], 'latin1');
    // Columns count characters (UTF-8 files) or bytes (files that are not): either may be the longer.
    const longest = Math.max(line.length, line.toString('utf8').length);
    if (d.column > longest + 1) problems.push(`column past the end of the line (${longest} long): ${where}`);
  }
}

// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

function checkText(r, format, problems) {
  if (r.code !== 0 && r.code !== 1) problems.push(`${format}: exit code ${r.code}`);
  if (/internal error|\n\s+at /.test(r.stderr)) problems.push(`${format}: internal error: ${r.stderr.trim().split('\n')[0]}`);
  if (r.stdout.includes(secret)) problems.push(`${format}: printed text from outside the programme`);
  if (rawControl.test(r.stdout)) problems.push(`${format}: raw control character in the output`);
  if (format === 'github') {
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines.slice(0, -1)) if (!/^::(error|warning|notice) /.test(line)) problems.push(`github: a line that is not one annotation: ${line.slice(0, 80)}`);
  }
}

/**
 * When js-yaml reads a file on the fast path and yaml reads it too, the values must be the same (a
 * failure otherwise). js-yaml accepts a little more syntax than yaml (a quoted text whose next line
 * is less indented than its flow list, say): such files are counted as notes, not failures, since
 * there is no second value to compare; mentor reads them, and positions its findings with yaml.
 */
function checkAgreement(bytes, parseSource, parseDocument, problems, notes) {
  const file = parseSource('x.yaml', bytes);
  if (file.doc !== undefined || file.data === undefined || file.text === undefined) return;
  // uniqueKeys off: js-yaml already refused duplicate keys to get here, and yaml's own check is
  // quadratic (48,822 keys in one mapping took a minute on a busy runner: the harness, not mentor).
  const doc = parseDocument(file.text, { uniqueKeys: false, strict: true, resolveKnownTags: false, logLevel: 'error' });
  if (doc.errors.length > 0) {
    notes.push(`js-yaml more lenient: ${doc.errors[0].code}`);
    return;
  }
  if (doc.warnings.length > 0) problems.push(`parsers disagree: js-yaml reads it, yaml warns ${doc.warnings[0].code}`);
  else if (!isDeepStrictEqual(doc.toJS({ maxAliasCount: -1 }), file.data)) problems.push('parsers disagree on the value');
}

/** The same input as a separate process: same output and exit code, within the limits. */
function checkSpawned(argv, inProcess, ws, problems) {
  const rssFile = join(ws, 'rss.txt');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(root, 'scripts/bench/rss-probe.cjs'), join(root, 'bin/mentor'), ...argv], {
    cwd: ws,
    encoding: 'utf8',
    timeout: hangMs,
    killSignal: 'SIGKILL',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', MENTOR_BENCH_RSS_FILE: rssFile },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const rssKiB = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) : undefined;
  if (r.signal) problems.push(`spawned: killed by ${r.signal} after ${(ms / 1000).toFixed(1)} s`);
  else {
    if (r.status !== inProcess.code) problems.push(`spawned: exit code ${r.status}, in-process ${inProcess.code}`);
    if (r.stdout !== inProcess.stdout) problems.push('spawned: output differs from the in-process run');
    if (rssKiB !== undefined && rssKiB * 1024 > memoryLimit) problems.push(`spawned: peak RSS ${(rssKiB / 1024).toFixed(0)} MiB`);
  }
  return { ms, rssKiB };
}

// ------------------------------------------------------------------ the parent: watches the worker

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, 'dist/cli.js'))) fail('build first: npm run build');
  const scratch = mkdtempSync(join(tmpdir(), 'mentor-fuzz-'));
  const files = exampleFiles(root);
  const inputs = fc.sample(mutationArbitrary(files.length), { seed: o.seed, numRuns: o.runs });
  const log = (line) => o.quiet || console.log(line);
  const jobs = o.only !== undefined ? 1 : o.jobs;
  console.log(`fuzz: ${o.only !== undefined ? `input ${o.only} of` : o.runs} inputs, seed ${o.seed}, ${files.length} example files, ${jobs} ${jobs === 1 ? 'worker' : 'workers'}, a spawned process every ${o.spawnEvery || 'never'}`);

  const started = performance.now();
  const failures = [];
  const stats = { done: 0, maxCpuMs: 0, maxWallMs: 0, maxRss: 0, spawned: 0, maxSpawnRssKiB: 0, kinds: new Map(), biggest: 0, notes: new Map() };
  const record = (m) => {
    stats.done++;
    stats.maxCpuMs = Math.max(stats.maxCpuMs, m.cpuMs);
    stats.maxWallMs = Math.max(stats.maxWallMs, m.wallMs);
    stats.maxRss = Math.max(stats.maxRss, m.rss);
    stats.biggest = Math.max(stats.biggest, m.bytes ?? 0);
    for (const op of m.mutation.ops) {
      const kind = op.kind === 'replaceFile' ? `replaceFile:${op.with}` : op.kind;
      stats.kinds.set(kind, (stats.kinds.get(kind) ?? 0) + 1);
    }
    for (const note of m.notes) stats.notes.set(note, (stats.notes.get(note) ?? 0) + 1);
    if (m.spawned) {
      stats.spawned++;
      stats.maxSpawnRssKiB = Math.max(stats.maxSpawnRssKiB, m.spawned.rssKiB ?? 0);
    }
    if (m.problems.length > 0) {
      failures.push({ i: m.i, file: m.file, mutation: m.mutation, problems: m.problems });
      console.log(`  input ${m.i} (${m.file}): ${m.problems.join('; ')}`);
    }
    if (stats.done % 250 === 0) log(`  ${stats.done} inputs, ${failures.length} failing, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  };

  /** One worker's share (inputs j, j + jobs, …), restarted past a hang or a crash. */
  const runJob = async (j) => {
    const ws = join(scratch, `job${j}`);
    mkdirSync(ws);
    resetWorkspace(ws);
    const last = o.only !== undefined ? o.only : o.runs - 1;
    let next = o.only ?? j;
    while (next <= last) {
      const outcome = await new Promise((done) => {
        const child = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, MENTOR_FUZZ_WORKER: '1' }, execArgv: ['--max-old-space-size=1024'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        let watchdog;
        let finished = false;
        const arm = () => {
          clearTimeout(watchdog);
          watchdog = setTimeout(() => {
            child.kill('SIGKILL');
            done({ stuck: next, why: `no answer in ${hangMs / 1000} s (a hang)` });
          }, hangMs);
        };
        child.on('message', (m) => {
          arm();
          if (m.type === 'done') {
            finished = true;
            clearTimeout(watchdog);
            next = last + 1;
            done({});
            return;
          }
          next = m.i + jobs;
          record(m);
        });
        child.on('exit', (code, signal) => {
          clearTimeout(watchdog);
          if (!finished) done({ stuck: next, why: `the worker died (${signal ?? `exit ${code}`}): out of memory or a crash` });
        });
        child.send({ ws, seed: o.seed, runs: o.runs, start: next, step: jobs, spawnEvery: o.spawnEvery, only: o.only });
        arm();
      });
      if (outcome.stuck !== undefined && outcome.stuck <= last) {
        const m = inputs[outcome.stuck];
        failures.push({ i: outcome.stuck, file: files[m.file], mutation: m, problems: [outcome.why] });
        console.log(`  input ${outcome.stuck}: ${outcome.why}`);
        resetWorkspace(ws);
        next = outcome.stuck + jobs;
      }
    }
  };
  await Promise.all(Array.from({ length: jobs }, (_, j) => runJob(j)));

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `fuzz: ${stats.done} inputs in ${seconds.toFixed(0)} s; slowest ${(stats.maxCpuMs / 1000).toFixed(2)} s CPU (${(stats.maxWallMs / 1000).toFixed(2)} s wall), ` +
      `largest input ${(stats.biggest / 2 ** 20).toFixed(1)} MiB, worker memory at most ${(stats.maxRss / 2 ** 20).toFixed(0)} MiB; ` +
      `${stats.spawned} spawned (peak RSS ${(stats.maxSpawnRssKiB / 1024).toFixed(0)} MiB)`,
  );
  if (stats.notes.size > 0) console.log(`fuzz: notes (not failures): ${[...stats.notes].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  if (!o.quiet) console.log(`fuzz: operations ${[...stats.kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  rmSync(scratch, { recursive: true, force: true });
  if (failures.length === 0) {
    console.log('fuzz: no failures');
    return;
  }
  const saved = join(root, '.fuzz', 'failures');
  for (const f of failures.sort((a, b) => a.i - b.i)) {
    const folder = join(saved, `seed${o.seed}-input${f.i}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'input.json'), `${JSON.stringify({ seed: o.seed, runs: o.runs, ...f }, null, 2)}\n`);
    const applied = applyMutation(readFileSync(join(root, f.file)), f.mutation.ops);
    if (applied.bytes) writeFileSync(join(folder, f.file.split('/').pop()), applied.bytes);
    writeFileSync(join(folder, 'replay.txt'), `npm run fuzz -- --seed ${o.seed} --runs ${o.runs} --only ${f.i}\n`);
  }
  console.log(`fuzz: ${failures.length} failing inputs, saved under ${relative(process.cwd(), saved) || saved}`);
  process.exitCode = 1;
}

if (process.env.MENTOR_FUZZ_WORKER) await worker();
else await main();
