import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mentor } from './spawn.js';

// The bash script is sourced in a real bash, COMP_WORDS/COMP_CWORD are set as bash's completion
// would set them, and `_mentor` is called: COMPREPLY is what a user pressing Tab would be offered.

let script = '';
let dir = '';
beforeAll(() => {
  const r = mentor(['completion', 'bash']);
  expect(r.code).toBe(0);
  script = join(mkdtempSync(join(tmpdir(), 'mentor-completion-')), 'mentor.bash');
  writeFileSync(script, r.stdout);
  dir = mkdtempSync(join(tmpdir(), 'mentor-complete-paths-'));
  mkdirSync(join(dir, 'kam-pilot'));
  writeFileSync(join(dir, 'kam-pilot', 'programme.yaml'), '');
  writeFileSync(join(dir, 'notes.txt'), '');
});

/** What bash offers for the words typed so far; the last word is the one being completed. */
function complete(...words: string[]): string[] {
  const line = ['mentor', ...words];
  const quoted = line.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `source "$1" && COMP_WORDS=(${quoted}) && COMP_CWORD=${line.length - 1} && _mentor && printf '%s\\n' "\${COMPREPLY[@]}"`, 'bash', script], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter(Boolean).sort();
}

describe('mentor completion bash', () => {
  it('completes commands and global options', () => {
    expect(complete('')).toEqual(expect.arrayContaining(['completion', 'explain', 'init', 'rules', 'schema', 'validate']));
    expect(complete('val')).toEqual(['validate']);
    expect(complete('--lo')).toEqual(['--locale']);
  });

  it("completes a command's options, and the values of options with a fixed list", () => {
    expect(complete('validate', '--st')).toEqual(['--stdin-filepath', '--strict']);
    expect(complete('validate', '--format', '')).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
    expect(complete('validate', '-f', 's')).toEqual(['sarif', 'stylish']);
    expect(complete('--locale', '')).toEqual(['en', 'pl']);
    expect(complete('--locale', 'pl', 'validate', '--format', 'j')).toEqual(['json', 'junit']);
    // --template takes a built-in name or a folder of one's own.
    expect(complete('init', '--template', 'k')).toEqual(['kam-pilot', 'key-accounts']);
    expect(complete('rules', '--format', '')).toEqual(['json', 'table']);
  });

  it('completes rule ids, schema kinds and shells', () => {
    expect(complete('explain', 'mentor-o')).toEqual(['mentor-over-capacity']);
    expect(complete('explain', 'suppression-')).toEqual(['suppression-invalid', 'suppression-missing-reason', 'suppression-unused']);
    expect(complete('schema', 'p')).toEqual(['people', 'programme']);
    expect(complete('completion', '')).toEqual(['bash', 'fish', 'zsh']);
  });

  it("completes add's kinds, each kind's options and the values a field lists", () => {
    expect(complete('add', '')).toEqual(['assessment', 'kpi-value', 'learning', 'mentee', 'mentor', 'pair', 'session', 'staff', 'survey']);
    expect(complete('--locale', 'pl', 'add', 'le')).toEqual(['learning']);
    expect(complete('add', 'session', '--pa')).toEqual(['--pair']);
    // A value typed for an option is skipped: the next word is another option.
    expect(complete('add', 'session', '--pair', 'pr-01', '--st')).toEqual(['--status', '--strict']);
    expect(complete('add', 'learning', '--type', '')).toEqual(['experience', 'formal', 'social']);
    // Its own roles are the programme's, not the script's: the listed ones are offered.
    expect(complete('add', 'assessment', '--assessor', '')).toEqual(['external', 'hr-owner', 'line-manager', 'mentee', 'mentor', 'sponsor']);
    expect(complete('add', 'session', '--pair', '')).toEqual([]);
    expect(complete('add', 'session', '--programme', 'k')).toEqual(['kam-pilot']);
  });

  it('completes paths for paths, and nothing for free text', () => {
    expect(complete('validate', 'k')).toEqual(['kam-pilot']);
    expect(complete('validate', 'kam-pilot/')).toEqual(['kam-pilot/programme.yaml']);
    expect(complete('validate', '--config', 'n')).toEqual(['notes.txt']);
    expect(complete('init', '--name', '')).toEqual([]);
  });
});

describe('mentor completion zsh and fish', () => {
  it('prints scripts for zsh (over bashcompinit) and fish (complete lines)', () => {
    const zsh = mentor(['completion', 'zsh']);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toMatch(/^#compdef mentor\n/);
    expect(zsh.stdout).toContain('complete -F _mentor_bash mentor');
    const fish = mentor(['completion', 'fish']);
    expect(fish.code).toBe(0);
    expect(fish.stdout).toContain("complete -c mentor -n '__fish_seen_subcommand_from validate' -s f -l format -x -a \"stylish json junit sarif github\"");
    expect(fish.stdout).toContain("complete -c mentor -n '__fish_seen_subcommand_from explain' -x -a \"file-empty ");
    expect(fish.stdout).toMatch(/complete -c mentor -n '__fish_seen_subcommand_from add; and not __fish_seen_subcommand_from session assessment [^']*' -a learning /);
    expect(fish.stdout).toContain("complete -c mentor -n '__fish_seen_subcommand_from add; and __fish_seen_subcommand_from learning' -l type -x -a \"experience social formal\"");
  });

  it('exits 2 for another shell', () => {
    expect(mentor(['completion', 'tcsh']).code).toBe(2);
  });
});
