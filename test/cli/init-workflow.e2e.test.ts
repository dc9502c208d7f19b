import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { planScaffold } from '../../src/core/scaffold/plan-scaffold.js';
import { loadSchemas, loadTemplate, packageRoot } from '../../src/io/templates.js';
import { mentor, repoRoot } from './spawn.js';

// The scaffolded CI workflow, run as GitHub runs it: every `run:` step in bash (`bash --noprofile
// --norc -eo pipefail`), in a copy of the programme (what actions/checkout gives the job), with the
// job's `env`. actions/setup-node is stood in for by the Node running this test. The tool source is
// this checkout, so nothing comes from the network: npm links the folder, offline, into a prefix of
// the test's own.

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; env?: Record<string, string>; steps: Step[] }>;
}

const checkout = repoRoot.replace(/\/$/, '');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mentor-workflow-'));
});

/** The job's steps and a runner for its `run:` steps, in `cwd`, with npm and PATH in the test's hands. */
function job(workflowFile: string, cwd: string) {
  const workflow = parse(readFileSync(workflowFile, 'utf8')) as Workflow;
  const [only, ...others] = Object.values(workflow.jobs);
  expect(others).toEqual([]);
  const prefix = join(cwd, '..', `npm-global-${Date.now()}`);
  const env: Record<string, string> = {
    PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}`,
    HOME: join(cwd, '..'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    NO_COLOR: '1',
    npm_config_prefix: prefix,
    npm_config_cache: join(cwd, '..', 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    // npm would run the checkout's `prepare` (a build) in the folder every other test reads dist/ from.
    npm_config_ignore_scripts: 'true',
    ...only!.env,
  };
  const run = (step: Step) => {
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, env: { ...env, ...step.env }, encoding: 'utf8' });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };
  return { workflow, steps: only!.steps, prefix, run };
}

// npm and several mentor runs per test: slow on a loaded machine, so more time than the default.
describe('the scaffolded CI workflow', { timeout: 180_000 }, () => {
  it('installs mentor from --tool-source and validates the programme, as generated', () => {
    const r = mentor(['init', 'programme', '--yes', '--start', '2027-03-01', '--tool-source', checkout], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`CI installs mentor from ${checkout} (given with --tool-source).`);
    cpSync(join(tmp, 'programme'), join(tmp, 'checkout'), { recursive: true });
    const cwd = join(tmp, 'checkout');
    const { workflow, steps, prefix, run } = job(join(cwd, '.github/workflows/mentor.yml'), cwd);

    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    // Only the two actions this test stands in for; everything else is a shell step it runs.
    expect(steps.filter((s) => s.uses).map((s) => s.uses!.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node']);
    const shell = steps.filter((s) => s.run);
    expect(shell.length).toBe(2);
    expect(steps.map((s) => s.run ?? '').join('\n')).not.toMatch(/npx|mentor-cli@/);

    for (const step of shell) {
      const result = run(step);
      expect(result.code, `${step.name}: ${result.out}`).toBe(0);
    }
    // The mentor that ran is the one the install step put on the PATH.
    expect(existsSync(join(prefix, 'bin', 'mentor'))).toBe(true);

    // A planted mistake fails the validation step with an annotation on its line.
    const programme = readFileSync(join(cwd, 'programme.yaml'), 'utf8');
    writeFileSync(join(cwd, 'programme.yaml'), programme.replace('    experience: 70\n', '    experience: 75\n'));
    const failed = run(shell[1]!);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/^::error file=programme\.yaml,line=\d+,/m);
  });

  it('in Polish too, with the annotations in Polish', () => {
    const r = mentor(['init', 'program', '--yes', '--locale', 'pl', '--template', 'new-managers', '--start', '2027-03-01', '--tool-source', checkout], { cwd: tmp });
    expect(r.code).toBe(0);
    const cwd = join(tmp, 'program');
    const { steps, run } = job(join(cwd, '.github/workflows/mentor.yml'), cwd);
    for (const step of steps.filter((s) => s.run)) expect(run(step).code, step.name).toBe(0);
    writeFileSync(join(cwd, 'programme.yaml'), readFileSync(join(cwd, 'programme.yaml'), 'utf8').replace('    experience: 70\n', '    experience: 75\n'));
    const failed = run(steps.filter((s) => s.run)[1]!);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/^::error file=programme\.yaml,line=\d+,/m);
    // The workflow passes --locale pl: the annotation is not the English message.
    expect(failed.out).not.toContain('adds up to');
  });

  it('without a known source, fails its install step saying what to set, instead of guessing a package', async () => {
    const template = await loadTemplate('key-accounts', { cwd: packageRoot, locale: 'en' });
    const files = planScaffold(
      { id: 'p', name: 'P', organisation: 'O', locale: 'en', phase: 'pilot', start: '2027-03-01', weeks: 24 },
      { name: 'key-accounts', frame: template.frames.en!, files: template.files },
      { schemas: await loadSchemas(), toolVersion: '0.1.0' },
    );
    const cwd = join(tmp, 'no-source');
    for (const f of files) {
      mkdirSync(dirname(join(cwd, f.path)), { recursive: true });
      writeFileSync(join(cwd, f.path), f.contents);
    }
    const { workflow, steps, run } = job(join(cwd, '.github/workflows/mentor.yml'), cwd);
    expect(Object.values(workflow.jobs)[0]!.env).toEqual({ MENTOR_TOOL_SOURCE: '' });
    const install = run(steps.find((s) => s.run)!);
    expect(install.code).toBe(1);
    expect(install.out).toContain('::error file=.github/workflows/mentor.yml::Set MENTOR_TOOL_SOURCE in this workflow');
  });
});
