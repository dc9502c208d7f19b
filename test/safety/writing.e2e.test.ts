import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IoError } from '../../src/errors.js';
import { writeScaffold } from '../../src/io/scaffold-write.js';
import { mentor, repoRoot } from '../cli/spawn.js';

// Issue 8, writing: `mentor init` all-or-nothing even when raced, interrupted or killed, never
// through a symbolic link; `--output` never over a device, never half-written.

const unix = process.platform !== 'win32';
const hang = { timeout: 60_000 };
let dir: string;
/** The write modules as plain JavaScript for child processes: dist/ is one bundle, with no module per source file. */
let modules: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mentor-writes-'));
  // Inside the repository, so that the packages they import resolve from node_modules.
  modules = mkdtempSync(join(repoRoot, 'node_modules', '.mentor-writes-'));
  await build({ absWorkingDir: repoRoot, entryPoints: ['src/io/scaffold-write.ts', 'src/io/write.ts'], outdir: modules, bundle: true, splitting: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'error' });
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(modules, { recursive: true, force: true });
});

/** Every file under a folder with its contents (links shown as `-> target`), for before/after comparisons. */
function tree(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(folder, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      const info = lstatSync(join(folder, rel));
      if (info.isSymbolicLink()) out[rel] = `-> ${readlinkSync(join(folder, rel))}`;
      else if (info.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(folder, rel), 'utf8');
    }
  };
  walk('');
  return out;
}

const files = [
  { path: 'programme.yaml', contents: 'new programme\n' },
  { path: 'people.yaml', contents: 'new people\n' },
  { path: 'records/2027-01.yaml', contents: 'new records\n' },
];

/** A folder holding earlier versions of two of the files, and a file of the user's own. */
function existing(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  writeFileSync(join(folder, 'programme.yaml'), 'old programme\n');
  writeFileSync(join(folder, 'people.yaml'), 'old people\n');
  writeFileSync(join(folder, 'notes.md'), 'mine\n');
  return folder;
}

/**
 * Runs writeScaffold (built from the sources) in a child process that sends itself `signal` right
 * after the step `at`: a real signal at a known point of the write, not a guess at timing.
 */
function writeWithSignal(target: string, at: string, signal: NodeJS.Signals): { status: number | null; signal: NodeJS.Signals | null; out: string } {
  const script = `
    const { writeScaffold } = await import(${JSON.stringify(join(modules, 'scaffold-write.js'))});
    try {
      const r = await writeScaffold(${JSON.stringify(target)}, ${JSON.stringify(files)}, 'target', {
        force: true,
        onStep: (step) => { if (step === ${JSON.stringify(at)}) process.kill(process.pid, ${JSON.stringify(signal)}); },
      });
      console.log(JSON.stringify({ ok: r }));
    } catch (error) {
      console.log(JSON.stringify({ error: error.name, exitCode: error.exitCode }));
    }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, signal: r.signal, out: r.stdout.trim() };
}

describe.skipIf(!unix)('mentor init --force and symbolic links', () => {
  it('refuses to write through a linked subfolder, and leaves the place it points at alone', () => {
    const target = join(dir, 'linked-github');
    const elsewhere = join(dir, 'elsewhere', 'gh');
    mkdirSync(join(elsewhere, 'workflows'), { recursive: true });
    writeFileSync(join(elsewhere, 'workflows', 'mentor.yml'), 'not yours\n');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'x');
    symlinkSync('../elsewhere/gh', join(target, '.github'));
    const before = tree(join(dir, 'elsewhere'));
    const r = mentor(['init', target, '--yes', '--organisation', 'Acme', '--force'], hang);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.github is a symbolic link \(mentor never writes through one\)/);
    expect(tree(join(dir, 'elsewhere'))).toEqual(before);
    expect(readdirSync(target).sort()).toEqual(['.github', 'keep.txt']);
  });

  it('refuses to replace a planned file that is itself a link', async () => {
    const target = existing('linked-file');
    rmSync(join(target, 'people.yaml'));
    writeFileSync(join(dir, 'precious.yaml'), 'precious\n');
    symlinkSync('../precious.yaml', join(target, 'people.yaml'));
    await expect(writeScaffold(target, files, 't', { force: true })).rejects.toMatchObject({ code: 'through-link' });
    expect(readFileSync(join(dir, 'precious.yaml'), 'utf8')).toBe('precious\n');
    expect(readFileSync(join(target, 'programme.yaml'), 'utf8')).toBe('old programme\n');
  });
});

describe('mentor init racing another run', () => {
  it('lets one of two runs into one new folder succeed, never both', async () => {
    for (let round = 0; round < 5; round++) {
      const target = join(dir, `race-${round}`);
      const results = await Promise.allSettled([writeScaffold(target, files, 'a'), writeScaffold(target, files.map((f) => ({ ...f, contents: `B ${f.contents}` })), 'b')]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(IoError);
      expect((refused.reason as IoError).code).toBe('refuse-overwrite');
      // One run's files, whole: never a mix.
      const contents = Object.values(tree(target));
      expect(contents.every((c) => c.startsWith('B ')) || contents.every((c) => !c.startsWith('B '))).toBe(true);
      expect(readdirSync(dir).filter((n) => n.includes('mentor-init'))).toEqual([]);
    }
  });

  it('re-checks --force at write time: a folder filled since it was inspected is refused', async () => {
    const target = join(dir, 'filled-meanwhile');
    mkdirSync(target);
    writeFileSync(join(target, 'programme.yaml'), 'the other run\n');
    await expect(writeScaffold(target, files, 't')).rejects.toMatchObject({ code: 'refuse-overwrite' });
    expect(tree(target)).toEqual({ 'programme.yaml': 'the other run\n' });
  });

  it.skipIf(!unix)('as two CLI processes, at most one exits 0', async () => {
    const target = join(dir, 'race-cli');
    const run = (): Promise<number | null> =>
      new Promise((done) => {
        const child = spawn(process.execPath, [`${repoRoot}bin/mentor`, 'init', target, '--yes', '--organisation', 'Acme'], { stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } });
        child.on('exit', (code) => done(code));
      });
    const codes = await Promise.all([run(), run()]);
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c === 2)).toHaveLength(1);
  });
});

describe.skipIf(!unix)('mentor init stopped half-way', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('puts the folder back as it was on %s during the moves, and says which signal', (signal) => {
    const target = existing(`signal-${signal}`);
    const before = tree(target);
    const r = writeWithSignal(target, 'moved:people.yaml', signal);
    expect(r.signal).toBeNull();
    expect(JSON.parse(r.out)).toEqual({ error: 'WriteCancelledError', exitCode: { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[signal] });
    expect(tree(target)).toEqual(before);
  });

  it.each(['staged', 'journal', 'moved:programme.yaml', 'moved:people.yaml', 'moved:records/2027-01.yaml', 'done'])(
    'never leaves programme.yaml missing when killed after step %s, and the next run undoes it and says so',
    async (step) => {
      const target = existing(`killed-${step.replace(/[:/]/g, '-')}`);
      const before = tree(target);
      const r = writeWithSignal(target, step, 'SIGKILL');
      expect(r.signal).toBe('SIGKILL');
      expect(['old programme\n', 'new programme\n']).toContain(readFileSync(join(target, 'programme.yaml'), 'utf8'));
      expect(['old people\n', 'new people\n']).toContain(readFileSync(join(target, 'people.yaml'), 'utf8'));

      const { recovered } = await writeScaffold(target, files, 'target', { force: true });
      expect(recovered).toHaveLength(1);
      expect(recovered[0]!.kept).toEqual([]);
      if (step.startsWith('moved:')) expect(recovered[0]!.restored + recovered[0]!.removed).toBeGreaterThan(0);
      expect(tree(target)).toEqual({ ...before, 'programme.yaml': 'new programme\n', 'people.yaml': 'new people\n', 'records/2027-01.yaml': 'new records\n' });
    },
  );

  it('keeps a file changed since the interrupted run, with its earlier version aside', async () => {
    const target = existing('killed-then-edited');
    writeWithSignal(target, 'moved:people.yaml', 'SIGKILL');
    writeFileSync(join(target, 'programme.yaml'), 'edited by hand after the crash\n');
    const { recovered } = await writeScaffold(target, files, 'target', { force: true });
    expect(recovered[0]!.kept).toEqual([expect.stringMatching(/^target\/\.mentor-init-[0-9a-f]{12}\.replaced\/programme\.yaml$/)]);
    const kept = recovered[0]!.kept[0]!.slice('target/'.length);
    expect(readFileSync(join(target, kept), 'utf8')).toBe('old programme\n');
  });

  it('removes a staging folder left beside a new folder, and says so', () => {
    const parent = join(dir, 'leftover');
    mkdirSync(join(parent, '.acme.mentor-init-0123456789ab'), { recursive: true });
    // The owner is long gone: a pid no process has.
    writeFileSync(join(parent, '.acme.mentor-init-0123456789ab', '.mentor-init-owner'), '999999999');
    writeFileSync(join(parent, '.acme.mentor-init-0123456789ab', 'programme.yaml'), 'half\n');
    const r = mentor(['init', 'acme', '--yes', '--organisation', 'Acme'], { ...hang, cwd: parent });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Found an interrupted `mentor init` in acme: removed its temporary files\./);
    expect(readdirSync(parent)).toEqual(['acme']);
  });

  it('leaves a staging folder alone while the run that owns it is alive', async () => {
    const parent = join(dir, 'live-owner');
    mkdirSync(join(parent, '.acme.mentor-init-0123456789ab'), { recursive: true });
    writeFileSync(join(parent, '.acme.mentor-init-0123456789ab', '.mentor-init-owner'), String(process.ppid));
    const { recovered } = await writeScaffold(join(parent, 'acme'), files, 'acme');
    expect(recovered).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(['.acme.mentor-init-0123456789ab', 'acme']);
  });
});

describe.skipIf(!unix)('--output', () => {
  const broken = (): string => {
    const folder = join(dir, 'broken-programme');
    if (!existsSync(folder)) {
      mkdirSync(folder);
      writeFileSync(join(folder, 'programme.yaml'), 'apiVersion: mentor/v1\nkind: Programme\n');
    }
    return folder;
  };

  it('refuses a FIFO, or a link to one, even with --force, and leaves it as it was', () => {
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(dir, 'out-link.json'));
    for (const target of [fifo, join(dir, 'out-link.json')]) {
      const r = mentor(['validate', broken(), '--output', `json=${target}`, '--force'], hang);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is a named pipe \(FIFO\); mentor writes regular files only/);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(join(dir, 'out-link.json')).isSymbolicLink()).toBe(true);
  });

  it('replaces a dangling link only with --force, and then the link, not what it named', () => {
    const link = join(dir, 'dangling.json');
    symlinkSync(join(dir, 'nowhere', 'x.json'), link);
    const refused = mentor(['validate', broken(), '--output', `json=${link}`], hang);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/symbolic link to nothing; use --force/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const forced = mentor(['validate', broken(), '--output', `json=${link}`, '--force'], hang);
    expect(forced.code).toBe(1);
    expect(lstatSync(link).isFile()).toBe(true);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('checks every target before writing any', () => {
    const out = join(dir, 'checked-first');
    mkdirSync(out);
    writeFileSync(join(out, 'b.sarif'), 'keep\n');
    const r = mentor(['validate', broken(), '--output', `json=${join(out, 'a.json')}`, '--output', `sarif=${join(out, 'b.sarif')}`], hang);
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toEqual(['b.sarif']);
    // The same file under two names (through a linked folder): refused before anything is written.
    symlinkSync(out, join(dir, 'checked-first-link'));
    const twice = mentor(['validate', broken(), '--output', `json=${join(out, 'c.json')}`, '--output', `sarif=${join(dir, 'checked-first-link', 'c.json')}`], hang);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/are the same file/);
    expect(readdirSync(out)).toEqual(['b.sarif']);
  });

  it('words a failed write as a write', () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = mentor(['validate', broken(), '--output', `json=${join(dir, 'a-file', 'out.json')}`], hang);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write \(ENOTDIR\)/);
    expect(r.stderr).not.toMatch(/cannot read/);
  });

  it('leaves no temporary file when stopped by Ctrl-C during a write', () => {
    const out = join(dir, 'interrupted-output');
    mkdirSync(out);
    const script = `
      const { writeFilesAtomic } = await import(${JSON.stringify(join(modules, 'write.js'))});
      try {
        await writeFilesAtomic([{ path: ${JSON.stringify(join(out, 'a.json'))}, contents: '{}', shown: 'a.json' }], {
          // The signal lands on the next turn of the event loop, as it would in the middle of a write.
          onWritten: () => new Promise((done) => { process.kill(process.pid, 'SIGINT'); setTimeout(done, 100); }),
        });
        console.log('written');
      } catch (error) {
        console.log(error.name, error.exitCode);
      }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim()).toBe('InterruptedError 130');
    expect(readdirSync(out)).toEqual([]);
  });
});
