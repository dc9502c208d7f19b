import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mentor, repoRoot } from './spawn.js';

// The proof of issue 14: a client's brief written as an answers file becomes a programme with
// `mentor init --answers`, and a month of monitoring is recorded with `mentor add` alone. The result
// validates with --strict, every comment of the scaffold is still there, and git sees each
// addition as added lines only.

// The brief documented in docs/init-answers.md, as a consultant would write it from the client's
// (docs/briefs/software-house.en.yaml; the Polish one is the same brief in Polish).
const briefFile = (locale: 'en' | 'pl'): string => readFileSync(join(repoRoot, `docs/briefs/software-house.${locale}.yaml`), 'utf8');

const today = ['--today', '2027-02-26'];
// Fifteen CLI runs in a row: on a busy two-core runner they outlast the suite's 30 s per test.
const longRun = 240_000;

describe('from a brief to a programme with a month of records', () => {
  it('init --answers, then mentor add alone: validates --strict, comments kept, each diff only adds', () => {
    const root = mkdtempSync(join(tmpdir(), 'mentor-brief-'));
    writeFileSync(join(root, 'brief.yaml'), briefFile('en'));
    const init = mentor(['init', '--answers', 'brief.yaml', '--tool-source', 'github:acme/mentor#v0.1.0'], { cwd: root });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Checked: no errors, no warnings.');
    // Before writing: what the programme holds, and the ids made from names.
    expect(init.stdout).toContain('The programme: 1 goal, 3 competencies, 2 eligibility criteria, 5 milestones, 4 messages, 3 preparation modules, 4 KPIs.');
    expect(init.stdout).toContain('Scale "Engineering proficiency (1–5)": 1 Novice · 2 Practitioner · 3 Independent · 4 Senior · 5 Architect.');
    expect(init.stdout).toContain('People: 5 staff members, 5 mentors, 8 mentees, 8 pairs.');
    expect(init.stdout).toMatch(/^ {2}pair +pair-08 +Tomasz Pawlak – Michał Kamiński$/m);
    const dir = join(root, 'northwind-mentoring');
    // Zero hand edits: the programme as written passes --strict before anything is recorded.
    const fresh = mentor(['validate', '--strict', '--today', '2027-01-04', '.'], { cwd: dir });
    expect(fresh.stdout).toContain('no problems');
    expect(fresh.code).toBe(0);
    const programme = parse(readFileSync(join(dir, 'programme.yaml'), 'utf8')) as Record<string, unknown> & { kpis: Record<string, unknown>[]; scales: { levels: unknown[] }[] };
    expect(programme.scales).toHaveLength(1);
    expect(programme.scales[0]!.levels).toHaveLength(5);
    expect(programme.kpis.map((k) => [k['id'], k['baseline'], k['target']])).toEqual([
      ['skills-gap-closed', 0, 0.7],
      ['sessions-held', 0, 0.85],
      ['review-wait', 26, 12],
      ['design-decisions', 3, 12],
    ]);

    // What the brief said is in the people file, with ids made from names and names resolved to ids.
    const people = parse(readFileSync(join(dir, 'people.yaml'), 'utf8')) as Record<string, Record<string, unknown>[]>;
    expect(people['staff']!.map((s) => s['id'])).toEqual(['joanna-kowal', 'maria-zajac', 'ewa-sowa', 'adam-wilk', 'olga-lis']);
    expect(people['staff']![0]).toMatchObject({ name: 'Joanna Kowal', title: 'HR Business Partner', department: 'People' });
    expect(people['mentors']![0]).toMatchObject({ id: 'mentor-01', lineManager: 'ewa-sowa', preparation: expect.arrayContaining([{ module: expect.any(String), completed: '2027-01-19' }]) });
    expect(people['mentees']!.map((m) => m['lineManager'])).toEqual(['adam-wilk', 'ewa-sowa', 'ewa-sowa', 'olga-lis', 'adam-wilk', 'olga-lis', 'ewa-sowa', 'adam-wilk']);
    expect(people['mentors']!.map((m) => m['capacity'])).toEqual([2, 2, 2, 2, 2]);
    expect(people['pairs']).toHaveLength(8);
    expect(people['pairs']!.slice(0, 2)).toMatchObject([
      { id: 'pair-01', mentor: 'mentor-01', mentee: 'mentee-01', competencies: ['system-design', 'code-review'] },
      { id: 'pair-02', mentor: 'mentor-01', mentee: 'mentee-02', competencies: ['system-design'] },
    ]);

    const git = (...args: string[]): string => spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' }).stdout;
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'Programme frame');
    const yamlFiles = (): string[] => [
      'programme.yaml',
      'people.yaml',
      ...readdirSync(join(dir, 'records')).map((f) => `records/${f}`),
    ];
    const comments = (file: string): string[] => readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trimStart().startsWith('#'));
    const scaffoldComments = new Map(yamlFiles().map((f) => [f, comments(f)]));
    expect([...scaffoldComments.values()].flat().length).toBeGreaterThan(20);

    const month: string[][] = [
      ['session', '--pair', 'pair-01', '--date', '2027-02-01', '--minutes', '60', '--topic', 'Context map of the billing system'],
      ['session', '--pair', 'pair-02', '--date', '2027-02-02', '--minutes', '45'],
      ['learning', '--mentee', 'mentee-01', '--type', 'experience', '--hours', '6', '--competency', 'system-design', '--date', '2027-02-10', '--description', 'Designed the invoice service'],
      ['session', '--pair', 'pair-01', '--date', '2027-02-15', '--minutes', '60'],
      ['session', '--pair', 'pair-02', '--date', '2027-02-16', '--minutes', '60'],
      ['assessment', '--mentee', 'mentee-01', '--competency', 'code-review', '--level', '3', '--assessor', 'mentor', '--date', '2027-02-24'],
      ['survey', '--survey', 'first-month', '--respondent', 'mentee-02', '--satisfaction', '4', '--nps', '9', '--date', '2027-02-25'],
    ];
    for (const args of month) {
      const r = mentor(['add', ...args, ...today], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      git('add', '-N', '.');
      const diff = git('diff', '--unified=0').split('\n');
      const removed = diff.filter((l) => l.startsWith('-') && !l.startsWith('---'));
      const added = diff.filter((l) => l.startsWith('+') && !l.startsWith('+++'));
      expect(removed, args.join(' ')).toEqual([]);
      expect(added.length, args.join(' ')).toBeGreaterThan(0);
      git('add', '-A');
      git('commit', '-q', '-m', `add ${args[0]}`);
    }

    const v = mentor(['validate', '--strict', ...today, '.'], { cwd: dir });
    expect(v.stdout).toContain('no problems');
    expect(v.code).toBe(0);
    for (const [file, before] of scaffoldComments) {
      const now = comments(file);
      for (const line of before) expect(now, `${file}: ${line}`).toContain(line);
    }
    const february = parse(readFileSync(join(dir, 'records/2027-02.yaml'), 'utf8')) as Record<string, unknown[]>;
    expect(february['sessions']).toHaveLength(4);
    expect(february['learning']).toHaveLength(1);
    expect(february['assessments']).toHaveLength(1);
    expect(february['surveys']).toHaveLength(1);
  }, longRun);

  it('the same brief in Polish gives a programme that passes --strict as written', () => {
    const root = mkdtempSync(join(tmpdir(), 'mentor-brief-pl-'));
    writeFileSync(join(root, 'brief.yaml'), briefFile('pl'));
    const init = mentor(['init', '--locale', 'pl', '--answers', 'brief.yaml', '--tool-source', 'github:acme/mentor#v0.1.0'], { cwd: root });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Osoby: 5 osób w rolach, 5 mentorów, 8 mentee, 8 par.');
    expect(init.stdout).toContain('Sprawdzono: bez błędów i ostrzeżeń.');
    const v = mentor(['validate', '--strict', '--today', '2027-01-04', '.'], { cwd: join(root, 'northwind-mentoring') });
    expect(v.code).toBe(0);
    const programme = parse(readFileSync(join(root, 'northwind-mentoring/programme.yaml'), 'utf8')) as { metadata: { locale: string }; competencies: { id: string }[] };
    expect(programme.metadata.locale).toBe('pl');
    expect(programme.competencies.map((c) => c.id)).toEqual(['projektowanie-systemow', 'przeglad-kodu', 'przywodztwo-techniczne']);
  }, longRun);
});
