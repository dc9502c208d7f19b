import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addCommand } from '../../src/cli/commands/add.js';
import type { CliIo } from '../../src/cli/env.js';
import type { Choice, Prompts } from '../../src/io/prompts.js';
import { repoRoot } from './spawn.js';

// The dialogue of `mentor add` in process, with scripted prompts.

interface Asked {
  kind: string;
  message: string;
  choices?: unknown[];
  default?: unknown;
}

function scripted(answers: Record<string, unknown>, asked: Asked[]): Prompts {
  return {
    async input(o) {
      asked.push({ kind: 'input', message: o.message, default: o.default });
      const value = (answers[o.message] as string | undefined) ?? o.default ?? '';
      const ok = o.validate?.(value) ?? true;
      if (ok !== true) throw new Error(`invalid answer to "${o.message}": ${ok}`);
      return value;
    },
    async select<T>(o: { message: string; choices: Choice<T>[]; default?: T }) {
      asked.push({ kind: 'select', message: o.message, choices: o.choices.map((c) => c.name), default: o.default });
      return (answers[o.message] as T | undefined) ?? o.default ?? o.choices[0]!.value;
    },
    async checkbox<T>(o: { message: string; choices: (Choice<T> & { checked?: boolean })[] }) {
      asked.push({ kind: 'checkbox', message: o.message, choices: o.choices.map((c) => c.value) });
      return (answers[o.message] as T[] | undefined) ?? o.choices.filter((c) => c.checked).map((c) => c.value);
    },
    async confirm(o) {
      asked.push({ kind: 'confirm', message: o.message });
      return (answers[o.message] as boolean | undefined) ?? o.default ?? false;
    },
    note() {},
  };
}

function terminal(cwd: string, tty = true): CliIo & { out: () => string } {
  let out = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: tty },
    stderr: { write: (s: string) => (out += s), isTTY: tty },
    stdin: Object.assign(Readable.from([]), { isTTY: tty }),
    env: { NO_COLOR: '1' },
    cwd,
    out: () => out,
  };
}

function pilot(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'mentor-add-dialog-')), 'kam-pilot');
  cpSync(join(repoRoot, 'examples/kam-pilot'), dir, { recursive: true });
  return dir;
}

describe('the mentor add dialogue', () => {
  it('picks the pair from a list showing who mentors whom, offers today and the planned length, then confirms', async () => {
    const dir = pilot();
    const asked: Asked[] = [];
    const io = terminal(dir);
    const code = await addCommand('session', { today: '2026-06-26' }, { io, locale: 'en', localeNamed: true }, { prompts: async () => scripted({ Pair: 'para-02', 'Topic (optional, leave empty to skip)': 'Review' }, asked) });
    expect(code).toBe(0);
    const pairQuestion = asked.find((a) => a.message === 'Pair')!;
    expect(pairQuestion.choices).toContain('para-02: Krzysztof Mazur → Marcin Nowicki');
    expect(asked.find((a) => a.message === 'Date')?.default).toBe('2026-06-26');
    expect(asked.find((a) => a.message === 'Minutes')?.default).toBe('60');
    // Status and reason (a cancelled or missed session) are the schema's too: asked, left empty for a session held.
    expect(asked.map((a) => a.message)).toEqual(['Pair', 'Date', 'Minutes', 'Status', 'Reason (optional, leave empty to skip)', 'Topic (optional, leave empty to skip)', 'Add a session to records/2026-06.yaml?']);
    const june = parse(readFileSync(join(dir, 'records/2026-06.yaml'), 'utf8')) as { sessions: unknown[] };
    // Status is optional: the dialogue offers none first, by default, and writes no status key (the schema's default, held, applies).
    const status = asked.find((a) => a.message === 'Status')!;
    expect(status.choices).toEqual(['(none)', 'held', 'cancelled', 'missed']);
    expect(status.default).toBe('');
    expect(june.sessions[june.sessions.length - 1]).toEqual({ pair: 'para-02', date: '2026-06-26', minutes: 60, topic: 'Review' });
  });

  it('writes the status picked, with its reason', async () => {
    const dir = pilot();
    const code = await addCommand('session', { today: '2026-06-26', pair: 'para-02' }, { io: terminal(dir), locale: 'en', localeNamed: true }, { prompts: async () => scripted({ Status: 'cancelled', 'Reason (optional, leave empty to skip)': 'Client visit' }, []) });
    expect(code).toBe(0);
    const june = parse(readFileSync(join(dir, 'records/2026-06.yaml'), 'utf8')) as { sessions: unknown[] };
    expect(june.sessions[june.sessions.length - 1]).toEqual({ pair: 'para-02', date: '2026-06-26', minutes: 60, status: 'cancelled', reason: 'Client visit' });
  });

  it('asks only what the flags left out, and writes nothing when the answer is no', async () => {
    const dir = pilot();
    const before = readFileSync(join(dir, 'records/2026-06.yaml'), 'utf8');
    const asked: Asked[] = [];
    const code = await addCommand('assessment', { today: '2026-06-26', mentee: 'e-akaczmarek' }, { io: terminal(dir), locale: 'en', localeNamed: true }, { prompts: async () => scripted({ 'Add an assessment to records/2026-06.yaml?': false }, asked) });
    expect(code).toBe(0);
    expect(asked.map((a) => a.message)).toEqual(['Competency', 'Date', 'Level', 'Assessor (role)', 'Add an assessment to records/2026-06.yaml?']);
    // The mentee's own competencies come first, and levels are those of the competency's scale.
    expect((asked[0]!.choices as string[])[0]).toMatch(/negocjacje-kam|rentownosc-kontraktu/);
    expect(asked.find((a) => a.message === 'Level')?.choices).toEqual(['1', '2', '3', '4', '5']);
    // The assessor is one of the programme's roles, by name, or someone from outside.
    expect(asked.find((a) => a.message === 'Assessor (role)')?.choices).toEqual([
      'Mentee (podopieczny) (mentee)',
      'Mentor (mentor)',
      'Opiekun procesu (HR) (hr-owner)',
      'Bezpośredni przełożony (kierownik regionu) (line-manager)',
      'Sponsor (Dyrektor Sprzedaży) (sponsor)',
      'external',
    ]);
    expect(readFileSync(join(dir, 'records/2026-06.yaml'), 'utf8')).toBe(before);
  });

  it("offers a role the programme adds as the assessor, and writes its id", async () => {
    const dir = pilot();
    const programme = join(dir, 'programme.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace('  - id: sponsor\n', '  - id: trener-sprzedazy\n    name: Trener sprzedaży\n  - id: sponsor\n'));
    const asked: Asked[] = [];
    const answers = { 'Assessor (role)': 'trener-sprzedazy', Level: '3' };
    const code = await addCommand('assessment', { today: '2026-06-26', mentee: 'e-akaczmarek', competency: 'negocjacje-kam' }, { io: terminal(dir), locale: 'en', localeNamed: true }, { prompts: async () => scripted(answers, asked) });
    expect(code).toBe(0);
    expect(asked.find((a) => a.message === 'Assessor (role)')?.choices).toContain('Trener sprzedaży (trener-sprzedazy)');
    const june = parse(readFileSync(join(dir, 'records/2026-06.yaml'), 'utf8')) as { assessments: unknown[] };
    expect(june.assessments[june.assessments.length - 1]).toEqual({ mentee: 'e-akaczmarek', competency: 'negocjacje-kam', date: '2026-06-26', level: 3, assessor: 'trener-sprzedazy' });
  });

  it('never asks without a terminal', async () => {
    const dir = pilot();
    const io = terminal(dir, false);
    await expect(addCommand('session', { today: '2026-06-26' }, { io, locale: 'en', localeNamed: true }, { prompts: async () => { throw new Error('asked'); } })).rejects.toThrow(/needs values it cannot ask for/);
  });
});
