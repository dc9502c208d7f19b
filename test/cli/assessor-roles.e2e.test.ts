import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mentor, repoRoot } from './spawn.js';

// A programme whose own role assesses: the Polish pilot with a sales trainer (`trener-sprzedazy`),
// told about the programme before kick-off, who assessed one mentee's negotiation in April.

const root = mkdtempSync(join(tmpdir(), 'mentor-assessor-roles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let copies = 0;

const assessed = '  - { mentee: e-akaczmarek, competency: negocjacje-kam, date: 2026-04-07, level: 3, assessor: mentor }';
const replace = (file: string, from: string, to: string): void => {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(join(dir, file), text.replace(from, to));
};

beforeEach(() => {
  dir = join(root, `kam-pilot-${++copies}`);
  cpSync(join(repoRoot, 'examples/kam-pilot'), dir, { recursive: true });
  replace('programme.yaml', '  - id: sponsor\n', '  - id: trener-sprzedazy\n    name: Trener sprzedaży\n    responsibilities:\n      - Ocenia negocjacje mentee na nagraniach rozmów.\n  - id: sponsor\n');
  replace('programme.yaml', '    from: sponsor\n    to: [line-manager]\n', '    from: sponsor\n    to: [line-manager, trener-sprzedazy]\n');
  replace('records/2026-04.yaml', assessed, assessed.replace('assessor: mentor', 'assessor: trener-sprzedazy'));
});

describe('an assessor role of the programme’s own', () => {
  it('validates clean', () => {
    const r = mentor(['validate', dir, '--locale', 'en']);
    expect(r.stdout.trim()).toBe('✔ 8 files checked, no problems.');
    expect(r.code).toBe(0);
  });

  it('an assessor the programme does not define is an error at its value, with the role it resembles, in English and Polish', () => {
    replace('records/2026-04.yaml', 'assessor: trener-sprzedazy }', 'assessor: trener-sprzedarzy }');
    const line = readFileSync(join(dir, 'records/2026-04.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('trener-sprzedarzy')) + 1;
    const column = readFileSync(join(dir, 'records/2026-04.yaml'), 'utf8').split('\n')[line - 1]!.indexOf('trener-sprzedarzy') + 1;
    const r = mentor(['validate', '.', '--locale', 'en', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; file: string; line: number; column: number; message: string; hint: string }[] }).diagnostics;
    expect(found.map((d) => [d.ruleId, d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['unknown-reference', 'records/2026-04.yaml', line, column, '`assessments[0].assessor` refers to role `trener-sprzedarzy`, which is not defined.', 'Did you mean `trener-sprzedazy`?'],
    ]);
    const pl = mentor(['validate', dir, '--locale', 'pl']);
    expect(pl.code).toBe(1);
    expect(pl.stdout).toContain(`${line}:${column}`);
    expect(pl.stdout).toContain('wskazuje na rolę `trener-sprzedarzy`, której nie zdefiniowano.');
    expect(pl.stdout).toContain('Czy chodziło o `trener-sprzedazy`?');
  });

  it('mentor add assessment takes the role, and refuses one the programme lacks, writing nothing', () => {
    const june = join(dir, 'records/2026-06.yaml');
    const add = (assessor: string) =>
      mentor(['add', 'assessment', '--programme', dir, '--mentee', 'e-akaczmarek', '--competency', 'negocjacje-kam', '--level', '4', '--assessor', assessor, '--date', '2026-06-24', '--today', '2026-06-30', '--locale', 'en']);
    const before = readFileSync(june, 'utf8');
    const refused = add('trener-sprzedaz');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refers to role `trener-sprzedaz`, which is not defined.');
    expect(refused.stderr).toContain('Did you mean `trener-sprzedazy`?');
    expect(readFileSync(june, 'utf8')).toBe(before);

    const added = add('trener-sprzedazy');
    expect(added.stderr).not.toMatch(/error/i);
    expect(added.code).toBe(0);
    const records = parse(readFileSync(june, 'utf8')) as { assessments: unknown[] };
    expect(records.assessments.at(-1)).toEqual({ mentee: 'e-akaczmarek', competency: 'negocjacje-kam', date: '2026-06-24', level: 4, assessor: 'trener-sprzedazy' });
    expect(mentor(['validate', dir]).code).toBe(0);
  });

  it('mentor report shows the role by its name in every format and in Polish', () => {
    const report = (format: string, locale = 'en') => mentor(['report', dir, '--as-of', '2026-04-20', '--format', format, '--locale', locale]);
    for (const format of ['md', 'csv', 'html']) {
      const r = report(format);
      expect(r.code, format).toBe(0);
      const row = r.stdout.split('\n').find((l) => l.includes('Anna Kaczmarek') && l.includes('Negocjacje z klientami kluczowymi'));
      expect(row, format).toContain('Trener sprzedaży');
    }
    // The terminal table wraps the name within its column.
    const table = report('table');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Trener\s*│[\s\S]*sprzedaży/);
    const json = JSON.parse(report('json').stdout) as { progress: { mentee: { id: string }; competency: { id: string }; assessor: string; assessorName: string | null }[] };
    const row = json.progress.find((p) => p.mentee.id === 'e-akaczmarek' && p.competency.id === 'negocjacje-kam');
    expect(row).toMatchObject({ assessor: 'trener-sprzedazy', assessorName: 'Trener sprzedaży' });
    // The method's own roles keep the report's words for them.
    expect(json.progress.find((p) => p.assessor === 'mentor')?.assessorName).toBe('Mentor');
    const md = report('md', 'pl');
    expect(md.stdout.split('\n').find((l) => l.includes('Anna Kaczmarek') && l.includes('Negocjacje'))).toContain('| 07.04.2026 | Trener sprzedaży |');
    // Capitalised as the programme's own role is, in the same column.
    expect(md.stdout).toContain('| Mentor |');
    expect(md.stdout).not.toContain('| mentor |');
  });

  it('mentor comms still plans the programme', () => {
    const r = mentor(['comms', dir, '--locale', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
