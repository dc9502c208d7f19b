// The package as a user gets it: `npm pack`, then installed into an empty project and globally into
// a temporary prefix, far from this repository, and used there: the CLI, every bundle chunk, the
// library API with its types, and the commands that read spreadsheets or write documents. Nothing
// may depend on a file outside the tarball.
//
// Runs with the Node running the tests, and with every Node binary listed in MENTOR_SMOKE_NODES
// (path-delimiter separated; `node scripts/fetch-node.mjs 22 24` prints such a list).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/spawn.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: Record<string, string> };
const nodes = [process.execPath, ...(process.env['MENTOR_SMOKE_NODES'] ?? '').split(delimiter).filter(Boolean)];
/** npm's own script, run with this Node: next to it as installers lay it out, else the npm running us. */
const npmCli = [join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'), process.env['npm_execpath'] ?? ''].find((p) => p.endsWith('.js') && existsSync(p)) ?? 'npm-cli.js-not-found';

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', input: options.input ?? '', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
}
const ok = (r: SpawnSyncReturns<string>, what: string): string => {
  expect(r.status, `${what}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r.stdout;
};
/** npm with the Node running the tests (npm itself is not what is under test), the user's cache, no chatter. */
const npm = (args: string[], cwd: string): string =>
  ok(run(process.execPath, [npmCli, ...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } }), `npm ${args.join(' ')}`);

let work: string;
let packed: Packed;
let tarball: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mentor-package-'));
  // --ignore-scripts: pack the dist/ that `npm test` just built, rather than building a second time.
  [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], repoRoot)) as [Packed];
  tarball = join(work, packed.filename);
  // Dependencies come from npm's cache when it has them (after `npm ci` it does), else the registry.
  mkdirSync(join(work, 'project'));
  writeFileSync(join(work, 'project/package.json'), JSON.stringify({ name: 'smoke', version: '1.0.0', private: true, type: 'module' }));
  npm(['install', '--prefer-offline', tarball], join(work, 'project'));
  npm(['install', '--global', '--prefer-offline', '--prefix', join(work, 'global'), tarball], work);
  for (const example of ['kam-pilot', 'kam-rollout']) cpSync(join(repoRoot, 'examples', example), join(work, example), { recursive: true });
}, 300_000);

describe('the packed tarball', () => {
  it('holds the CLI, the library, its types, schemas, templates and docs, and nothing for development', () => {
    const paths = packed.files.map((f) => f.path);
    for (const needed of ['bin/mentor', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'dist/THIRD-PARTY-LICENSES.txt', 'schemas/programme.schema.json', 'templates/key-accounts/template.yaml', 'templates/_common/_gitignore', 'README.md', 'package.json']) {
      expect(paths).toContain(needed);
    }
    const stray = paths.filter((p) => /(^|\/)(test|tests|fixtures|__snapshots__|src|scripts|examples|node_modules|\.bench|coverage)\//.test(p) || /\.(test|spec)\.|\.map$|\.ts$(?<!\.d\.ts)|\.tsbuildinfo$|\.cpuprofile$|^\.|tsconfig|eslint|vitest/.test(p));
    expect(stray).toEqual([]);
    console.info(`${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
  });
});

const runtimes = nodes.map((node) => ({ node, nodeVersion: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim() }));

describe.each(runtimes)('installed from the tarball, run by Node $nodeVersion', ({ node, nodeVersion }) => {
  /** PATH with this Node first, so `#!/usr/bin/env node` in the installed bin picks it. */
  const env = (): NodeJS.ProcessEnv => ({ PATH: `${dirname(node)}${delimiter}${process.env['PATH'] ?? ''}`, HOME: work, NO_COLOR: '1', LANG: 'C', CI: 'true' });
  const globalBin = (): string => join(work, 'global', 'bin', 'mentor');
  const localBin = (): string => join(work, 'project', 'node_modules', '.bin', 'mentor');

  it('answers --version and validates an example, globally and from a project', () => {
    for (const bin of [globalBin(), localBin()]) {
      expect(ok(run(bin, ['--version'], { cwd: work, env: env() }), `${bin} --version`).trim()).toBe(pkg.version);
      expect(ok(run(bin, ['--locale', 'en', 'validate', 'kam-pilot', '--today', '2026-11-27'], { cwd: work, env: env() }), `${bin} validate`)).toMatch(/no problems/);
    }
  });

  it('scaffolds a programme that validates, and reports a broken file with its position', () => {
    const dir = `init-${nodeVersion}`;
    ok(run(globalBin(), ['init', dir, '--yes'], { cwd: work, env: env() }), 'init');
    ok(run(globalBin(), ['validate', dir], { cwd: work, env: env() }), 'validate the scaffold');
    const schema = JSON.parse(readFileSync(join(work, dir, '.mentor/schemas/programme.schema.json'), 'utf8')) as object;
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref":"[^#]/);
    writeFileSync(join(work, `broken-${nodeVersion}.yaml`), 'apiVersion: mentor/v1\nkind: Programme\nmetadata:\n  id: x\n  id: y\n');
    const broken = run(globalBin(), ['validate', `broken-${nodeVersion}.yaml`, '--format', 'json'], { cwd: work, env: env() });
    expect(broken.status).toBe(1);
    const report = JSON.parse(broken.stdout) as { diagnostics?: { ruleId: string; start: { line: number } }[]; files?: unknown };
    expect(JSON.stringify(report)).toMatch(/yaml-duplicate-key/);
  });

  it('selects from the HR exports (CSV bundled, XLSX through the exceljs dependency), matches and plans the communications', () => {
    const statuses = (stdout: string): string => {
      const json = JSON.parse(stdout) as { summary: Record<string, number>; candidates: { id: string; status: string }[] };
      return JSON.stringify([json.summary, json.candidates.map((c) => `${c.id}:${c.status}`).sort()]);
    };
    const csv = ok(run(globalBin(), ['select', 'kam-rollout', 'kam-rollout/hr/kandydaci.csv', '-f', 'json'], { cwd: work, env: env() }), 'select csv');
    expect((JSON.parse(csv) as { source: unknown }).source).toEqual({ kind: 'csv', encoding: 'windows-1250', delimiter: ';' });
    const fromCsv = statuses(csv);
    const fromXlsx = statuses(ok(run(localBin(), ['select', 'kam-rollout', 'kam-rollout/hr/kandydaci.xlsx', '-f', 'json'], { cwd: work, env: env() }), 'select xlsx'));
    expect(fromXlsx).toBe(fromCsv);
    expect(fromCsv).toMatch(/"qualified":[1-9]/);
    const match = JSON.parse(ok(run(globalBin(), ['match', 'kam-pilot', '-f', 'json'], { cwd: work, env: env() }), 'match')) as { formatVersion: number };
    expect(match.formatVersion).toBe(1);
    const comms = JSON.parse(ok(run(globalBin(), ['comms', 'kam-pilot', '-f', 'json'], { cwd: work, env: env() }), 'comms')) as { kind: string; summary: { entries: number } };
    expect(comms.kind).toBe('comms-plan');
    expect(comms.summary.entries).toBeGreaterThan(5);
    const ics = join(work, `comms-${nodeVersion}.ics`);
    ok(run(globalBin(), ['comms', 'kam-pilot', '--output', ics], { cwd: work, env: env() }), 'comms --output ics');
    expect(readFileSync(ics, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('reports on a programme as JSON and as a self-contained HTML page', () => {
    const report = JSON.parse(ok(run(localBin(), ['report', 'kam-pilot', '--as-of', '2026-06-30', '-f', 'json'], { cwd: work, env: env() }), 'report json')) as { formatVersion: number; programme: { id: string } };
    expect(report.formatVersion).toBe(1);
    expect(report.programme.id).toBe('kam-pilot-2026');
    const html = join(work, `report-${nodeVersion}.html`);
    ok(run(globalBin(), ['report', 'kam-pilot', '--as-of', '2026-06-30', '--output', html], { cwd: work, env: env() }), 'report --output html');
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Mentoring KAM[\s\S]*<\/html>\s*$/);
  });

  it('adds a session to a programme (the flags built from the shipped schemas) and compares the pilot with its rollout', () => {
    const dir = join(work, `add-${nodeVersion}`);
    cpSync(join(work, 'kam-pilot'), dir, { recursive: true });
    const added = ok(run(globalBin(), ['add', 'session', '--pair', 'para-01', '--date', '2026-06-25', '--minutes', '60', '--today', '2026-06-30', '--locale', 'en'], { cwd: dir, env: env() }), 'add session');
    expect(added).toContain('Added a session to records/2026-06.yaml.');
    expect(readFileSync(join(dir, 'records/2026-06.yaml'), 'utf8')).toContain('{ pair: para-01, date: 2026-06-25, minutes: 60 }');
    ok(run(globalBin(), ['validate', '--today', '2026-06-30', '.'], { cwd: dir, env: env() }), 'validate after add');
    const diff = JSON.parse(ok(run(localBin(), ['diff', 'kam-pilot', 'kam-rollout', '-f', 'json'], { cwd: work, env: env() }), 'diff')) as { formatVersion: number; changes: unknown[] };
    expect(diff.formatVersion).toBe(1);
    expect(diff.changes.length).toBeGreaterThan(0);
  });

  it('loads every chunk of the bundle, so no command or formatter is missing a file', () => {
    const root = join(work, 'project', 'node_modules', pkg.name);
    const chunks = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(5);
    const script = `for (const f of ${JSON.stringify(chunks)}) await import(${JSON.stringify(`${root}/dist/`)} + f);\nconsole.log('loaded', ${chunks.length});`;
    expect(ok(run(node, ['--input-type=module', '-e', script], { cwd: work, env: env() }), 'import every chunk')).toMatch(/^loaded \d+/);
    // Every command's help, as listed by the help: each loads its own chunk.
    const help = ok(run(globalBin(), ['--help'], { cwd: work, env: env() }), '--help');
    const commands = [...(help.split(/^Commands:\s*$/m)[1] ?? '').matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toContain('validate');
    for (const command of commands) ok(run(globalBin(), [command, '--help'], { cwd: work, env: env() }), `${command} --help`);
  });

  it('serves the library API, with its types, to `import { validate } from "mentor-cli"`', () => {
    const project = join(work, 'project');
    writeFileSync(
      join(project, 'use.mjs'),
      `import { validate, loadProgramme } from '${pkg.name}';\nconst diagnostics = await validate(['../kam-pilot'], { today: '2026-11-27' });\nconst { model } = await loadProgramme('../kam-pilot', { today: '2026-11-27' });\nconsole.log(JSON.stringify({ diagnostics: diagnostics.length, mentees: model.mentees.length }));\n`,
    );
    const out = JSON.parse(ok(run(node, ['use.mjs'], { cwd: project, env: env() }), 'library')) as { diagnostics: number; mentees: number };
    expect(out.diagnostics).toBe(0);
    expect(out.mentees).toBeGreaterThan(5);
  });
});

describe('the library types, as a TypeScript project sees them', () => {
  it('type-check a consumer with the published declarations only (skipLibCheck off)', () => {
    const project = join(work, 'project');
    writeFileSync(
      join(project, 'use.ts'),
      `import { validate, loadProgramme, type Diagnostic, type Programme } from '${pkg.name}';\nconst diagnostics: Diagnostic[] = await validate(['../kam-pilot']);\nconst loaded = await loadProgramme('../kam-pilot');\nconst programme: Programme | undefined = loaded.model?.programme;\nconsole.log(diagnostics.length, programme?.metadata.id);\n`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    ok(run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }), 'tsc on a consumer');
  }, 120_000);
});
