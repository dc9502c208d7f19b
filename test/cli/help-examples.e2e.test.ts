import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/env.js';
import { helpEn } from '../../src/messages/help-en.js';
import { helpPl } from '../../src/messages/help-pl.js';
import { bin, repoRoot } from './spawn.js';

// Every command's --help ends with real examples on the bundled examples. This test reads them off
// the printed help (in English and in Polish), and runs each command line, as a user pasting it from
// the repository's root would, on a fresh copy of examples/: none may be a usage error (exit 2).

/** The help `mentor …args` prints, through the CLI's own entry point. */
async function helpOf(args: readonly string[], env: Record<string, string>): Promise<string> {
  let out = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, stdin: process.stdin, env, cwd: repoRoot };
  expect(await run([...args, '--help'], io)).toBe(0);
  return out;
}

/** The first word of each line under a `Commands:` title (`help` aside). */
function commandsIn(help: string, title: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf(title);
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    // A long description wraps onto lines indented further: those name no command.
    const name = /^ {2}([a-z-]+)/.exec(line)?.[1];
    if (name && name !== 'help') names.push(name);
  }
  return names;
}

/** The command lines under the examples title: every line that is not a `# what it does` comment. */
function examplesIn(help: string, title: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf(title);
  if (start === -1) return [];
  return lines
    .slice(start + 1)
    .filter((l) => l.startsWith('  ') && !l.trimStart().startsWith('#'))
    .map((l) => l.trim());
}

const languages = [
  { name: 'English', env: { LANG: 'C' }, text: helpEn },
  { name: 'Polish', env: { LANG: 'C', MENTOR_LOCALE: 'pl' }, text: helpPl },
];

const scratch = mkdtempSync(join(tmpdir(), 'mentor-help-examples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// `mentor` on PATH is this repository's bin, as after `npm install -g`.
const binDir = join(scratch, 'bin');
mkdirSync(binDir);
writeFileSync(join(binDir, 'mentor'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
chmodSync(join(binDir, 'mentor'), 0o755);

interface Ran {
  line: string;
  code: number | null;
  stderr: string;
}

/** Runs one example line in `sh` in a fresh copy of examples/, no terminal, CI set (nothing asks). */
function runExample(line: string, index: number): Promise<Ran> {
  const cwd = join(scratch, `run-${index}`);
  cpSync(join(repoRoot, 'examples'), join(cwd, 'examples'), { recursive: true });
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', line], {
      cwd,
      env: { PATH: `${binDir}:${process.env['PATH'] ?? ''}`, HOME: cwd, LANG: 'C', NO_COLOR: '1', CI: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ line, code, stderr }));
  });
}

/** Runs the lines two at a time (the machine's cores are shared). */
async function runAll(lines: readonly string[]): Promise<Ran[]> {
  const results: Ran[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < lines.length) {
      const i = next++;
      results[i] = await runExample(lines[i]!, i);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

describe('the examples at the end of every help', () => {
  it('every command and every kind of `mentor add` shows a few examples, in both languages, and none is a usage error', async () => {
    const lines = new Set<string>();
    for (const { name, env, text } of languages) {
      const top = await helpOf([], env);
      const commands = commandsIn(top, text.commander.titles['Commands:']);
      expect(commands.length, `${name}: commands listed by mentor --help`).toBeGreaterThanOrEqual(14);
      const kinds = commandsIn(await helpOf(['add'], { ...env }), text.commander.titles['Commands:']);
      expect(kinds.length, `${name}: kinds of mentor add`).toBeGreaterThanOrEqual(9);
      for (const path of [...commands.map((c) => [c]), ...kinds.map((k) => ['add', k])]) {
        const examples = examplesIn(await helpOf(path, env), text.program.examplesTitle);
        expect(examples.length, `${name}: examples of mentor ${path.join(' ')}`).toBeGreaterThanOrEqual(1);
        for (const example of examples) {
          expect(example, `${name}: mentor ${path.join(' ')}`).toMatch(new RegExp(`(^|\\s)mentor (--locale pl )?${path.join(' ')}(\\s|$)`));
          lines.add(example);
        }
      }
    }
    const failed = (await runAll([...lines])).filter((r) => r.code === 2 || r.code === null);
    expect(failed.map((r) => `${r.line}\n  exit ${r.code}: ${r.stderr.trim()}`)).toEqual([]);
    expect(lines.size).toBeGreaterThan(40);
  }, 900_000);
});
