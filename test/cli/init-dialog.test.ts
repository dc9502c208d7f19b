import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/commands/init.js';
import type { CliIo } from '../../src/cli/env.js';
import type { Choice, Prompts } from '../../src/io/prompts.js';
import { validate } from '../../src/index.js';
import { catalogue } from '../../src/messages/index.js';
import { repoRoot } from './spawn.js';

// The dialogue in process, with scripted prompts: fast checks of its order and of what each answer
// does. The pseudo-terminal test (init.interactive.e2e.test.ts) drives the real inquirer.

const t = catalogue('en').init.prompts;

interface Asked {
  kind: string;
  message: string;
  choices?: unknown[];
}

/** Prompts that answer from a script keyed by message, and take the default for anything else. */
function scripted(answers: Record<string, unknown>, asked: Asked[]): Prompts {
  const pick = (message: string): unknown => answers[message];
  return {
    async input(o) {
      asked.push({ kind: 'input', message: o.message });
      const value = (pick(o.message) as string | undefined) ?? o.default ?? '';
      const ok = o.validate?.(value) ?? true;
      if (ok !== true) throw new Error(`invalid answer to "${o.message}": ${ok}`);
      return value;
    },
    async select<T>(o: { message: string; choices: Choice<T>[]; default?: T }) {
      asked.push({ kind: 'select', message: o.message });
      return (pick(o.message) as T | undefined) ?? o.default ?? o.choices[0]!.value;
    },
    async checkbox<T>(o: { message: string; choices: (Choice<T> & { checked?: boolean })[] }) {
      asked.push({ kind: 'checkbox', message: o.message, choices: o.choices.map((c) => c.value) });
      return (pick(o.message) as T[] | undefined) ?? o.choices.filter((c) => c.checked).map((c) => c.value);
    },
    async confirm(o) {
      asked.push({ kind: 'confirm', message: o.message });
      const value = pick(o.message);
      if (value instanceof Error) throw value;
      return (value as boolean | undefined) ?? o.default ?? false;
    },
    note(text) {
      asked.push({ kind: 'note', message: text });
    },
  };
}

function terminal(cwd: string): CliIo & { out: () => string } {
  let out = '';
  const stdin = Object.assign(Readable.from([]), { isTTY: true });
  return {
    stdout: { write: (s: string) => (out += s), isTTY: true },
    stderr: { write: (s: string) => (out += s), isTTY: true },
    stdin,
    env: { NO_COLOR: '1' },
    cwd,
    out: () => out,
  };
}

describe('the init dialogue', () => {
  it('asks in the order of the method: frame, addressees, roles, process, KPIs, then people', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const asked: Asked[] = [];
    const io = terminal(cwd);
    const code = await initCommand(undefined, {}, io, 'en', {
      prompts: async () => scripted({ [t.dir]: 'ordered', [t.organisation]: 'Acme', [t.start]: '2027-03-01' }, asked),
      today: () => '2027-01-04',
    });
    expect(code).toBe(0);
    const questions = asked.filter((a) => a.kind !== 'note').map((a) => a.message);
    expect(questions).toEqual([
      t.dir,
      t.phase,
      t.template,
      t.locale,
      t.name,
      t.organisation,
      t.goals,
      t.addGoal,
      t.competencies,
      t.addCompetency,
      t.criteria,
      t.recruitment,
      t.size,
      t.hrOwner,
      t.sponsor,
      t.start,
      t.weeks,
      t.cadenceWeeks,
      t.sessionMinutes,
      t.mix,
      t.kpis,
      t.addPeople,
      t.write(10, 'ordered'),
    ]);
    expect((await validate([join(cwd, 'ordered')], { cwd, today: '2027-01-04' })).filter((d) => d.ruleId !== 'placeholder-unfilled')).toEqual([]);
  });

  for (const template of ['key-accounts', 'new-managers', 'expert-transfer']) {
    for (const locale of ['en', 'pl'] as const) {
      it(`${template} in ${locale}: the defaults of every question give a clean programme`, async () => {
        const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
        const p = catalogue(locale).init.prompts;
        const asked: Asked[] = [];
        const code = await initCommand(undefined, {}, terminal(cwd), locale, {
          prompts: async () => scripted({ [p.dir]: 'walked', [p.template]: template, [p.locale]: locale, [p.organisation]: 'Acme' }, asked),
          today: () => '2027-01-04',
        });
        expect(code).toBe(0);
        // The only warnings left are the placeholders the consultant fills in later.
        expect((await validate([join(cwd, 'walked')], { cwd, today: '2027-01-04', locale })).filter((d) => d.ruleId !== 'placeholder-unfilled')).toEqual([]);
        const programme = parse(readFileSync(join(cwd, 'walked/programme.yaml'), 'utf8'));
        expect(programme.metadata.locale).toBe(locale);
      });
    }
  }

  it('skips what flags answered', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const asked: Asked[] = [];
    const code = await initCommand('flagged', { template: 'new-managers', organisation: 'Acme', start: '2027-03-01', weeks: 20, goals: ['team-retention'], kpis: ['recommend'], hrOwner: 'A' }, terminal(cwd), 'en', {
      prompts: async () => scripted({}, asked),
      today: () => '2027-01-04',
    });
    expect(code).toBe(0);
    const questions = asked.filter((a) => a.kind !== 'note').map((a) => a.message);
    for (const skipped of [t.dir, t.phase, t.template, t.organisation, t.goals, t.addGoal, t.start, t.weeks, t.kpis, t.hrOwner]) expect(questions).not.toContain(skipped);
    expect(questions).toContain(t.sponsor);
    const p = parse(readFileSync(join(cwd, 'flagged/programme.yaml'), 'utf8'));
    expect(p.kpis.map((k: { id: string }) => k.id)).toEqual(['recommend']);
  });

  it('offers only the KPIs that still measure a kept competency', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const asked: Asked[] = [];
    const code = await initCommand('narrowed', { template: 'key-accounts', organisation: 'Acme', start: '2027-03-01' }, terminal(cwd), 'en', {
      prompts: async () => scripted({ [t.goals]: ['key-account-retention'] }, asked),
      today: () => '2027-01-04',
    });
    expect(code).toBe(0);
    const kpis = asked.find((a) => a.message === t.kpis)!.choices;
    expect(kpis).toContain('gap-closed');
    // Scoped to negotiation and profitability, which serve the goal left out.
    expect(kpis).not.toContain('contract-margin');
    expect(asked.find((a) => a.message === t.competencies)!.choices).toEqual(['account-planning']);
  });

  it('answering no to the last question writes nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const io = terminal(cwd);
    const code = await initCommand('declined', { organisation: 'Acme' }, io, 'en', {
      prompts: async () => scripted({ [t.write(10, 'declined')]: false }, []),
      today: () => '2027-01-04',
    });
    expect(code).toBe(0);
    expect(io.out()).toContain('Cancelled; nothing was written.');
    expect(existsSync(join(cwd, 'declined'))).toBe(false);
  });

  it('Ctrl-C (inquirer ExitPromptError) exits 130 and writes nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const exit = Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const code = await initCommand('interrupted', { organisation: 'Acme' }, terminal(cwd), 'en', {
      prompts: async () => scripted({ [t.addPeople]: exit }, []),
      today: () => '2027-01-04',
    });
    expect(code).toBe(130);
    expect(existsSync(join(cwd, 'interrupted'))).toBe(false);
  });

  it('warns, and still writes, when the pilot to calibrate from has not ended', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    cpSync(join(repoRoot, 'examples/kam-pilot'), join(cwd, 'kam-pilot'), { recursive: true });
    const io = terminal(cwd);
    // kam-pilot runs until 2026-06-30.
    const code = await initCommand('kam-rollout', { from: 'kam-pilot', yes: true, start: '2026-09-07' }, io, 'en', { today: () => '2026-05-04' });
    expect(code).toBe(0);
    expect(io.out()).toContain('Warning: the pilot kam-pilot runs until 2026-06-30, so calibration has no evidence yet.');
    expect(existsSync(join(cwd, 'kam-rollout/programme.yaml'))).toBe(true);
    const ended = terminal(cwd);
    expect(await initCommand('kam-rollout-2', { from: 'kam-pilot', yes: true, start: '2026-09-07' }, ended, 'en', { today: () => '2026-07-01' })).toBe(0);
    expect(ended.out()).not.toContain('Warning');
  });

  it('does not prompt with --yes even in a terminal', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mentor-dialog-'));
    const asked: Asked[] = [];
    const code = await initCommand('quiet', { yes: true }, terminal(cwd), 'en', { prompts: async () => scripted({}, asked), today: () => '2027-01-04' });
    expect(code).toBe(0);
    expect(asked).toEqual([]);
  });
});
