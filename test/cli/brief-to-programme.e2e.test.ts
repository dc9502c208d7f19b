import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mentor } from './spawn.js';

// The proof of issue 14: a client's brief written as an answers file becomes a programme with
// `mentor init --answers`, and a month of monitoring is recorded with `mentor add` alone. The result
// validates with --strict, every comment of the scaffold is still there, and git sees each
// addition as added lines only.

const brief = `# A software house: architecture knowledge before two architects retire.
dir: softhouse
template: expert-transfer
locale: en
organisation: Softhouse Sp. z o.o.
start: 2027-01-11
weeks: 26
goals:
  - { id: keep-architecture, name: Keep architecture knowledge in the company }
competencies:
  - { name: System design, importance: strategic, goal: keep-architecture, whyVacant: "Two of three architects retire in 2028." }
  - { name: Code review, importance: tactical, goal: keep-architecture, whyVacant: "The review backlog grew 40% in 2026." }
hrOwner: { name: Joanna Kowal, title: HR Business Partner, department: HR }
sponsor: { name: Maria Zając, title: CTO }
lineManagers:
  - { name: Ewa Sowa, title: Head of Backend, department: Backend }
  - { name: Adam Wilk, title: Head of Frontend, department: Frontend }
mentorsPrepared: 2027-01-22
mentors:
  - { name: Piotr Wrona, department: Backend, lineManager: Ewa Sowa, capacity: 2, levels: { system-design: 5, code-review: 5 } }
  - { name: Lena Kruk, department: Backend, lineManager: Ewa Sowa, capacity: 2, levels: { system-design: 5, code-review: 4 } }
mentees:
  - name: Ola Nowak
    department: Frontend
    lineManager: Adam Wilk
    competencies:
      - { competency: system-design, baseline: 2, target: 4 }
      - { competency: code-review, baseline: 2, target: 3 }
  - name: Jan Bąk
    department: Frontend
    lineManager: Adam Wilk
    competencies:
      - { competency: system-design, baseline: 1, target: 3 }
pairs:
  - { mentor: Piotr Wrona, mentee: Ola Nowak }
  - { mentor: Lena Kruk, mentee: Jan Bąk }
`;

const today = ['--today', '2027-02-26'];
// Fifteen CLI runs in a row: on a busy two-core runner they outlast the suite's 30 s per test.
const longRun = 240_000;

describe('from a brief to a programme with a month of records', () => {
  it('init --answers, then mentor add alone: validates --strict, comments kept, each diff only adds', () => {
    const root = mkdtempSync(join(tmpdir(), 'mentor-brief-'));
    writeFileSync(join(root, 'brief.yaml'), brief);
    const init = mentor(['init', '--answers', 'brief.yaml', '--tool-source', 'github:acme/mentor#v0.1.0'], { cwd: root });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Checked: no errors, no warnings.');
    const dir = join(root, 'softhouse');

    // What the brief said is in the people file, with ids made from names and names resolved to ids.
    const people = parse(readFileSync(join(dir, 'people.yaml'), 'utf8')) as Record<string, Record<string, unknown>[]>;
    expect(people['staff']!.map((s) => s['id'])).toEqual(['joanna-kowal', 'maria-zajac', 'ewa-sowa', 'adam-wilk']);
    expect(people['staff']![0]).toMatchObject({ name: 'Joanna Kowal', title: 'HR Business Partner', department: 'HR' });
    expect(people['mentors']![0]).toMatchObject({ id: 'mentor-01', lineManager: 'ewa-sowa', preparation: expect.arrayContaining([{ module: expect.any(String), completed: '2027-01-22' }]) });
    expect(people['mentees']!.map((m) => m['lineManager'])).toEqual(['adam-wilk', 'adam-wilk']);
    expect(people['pairs']).toMatchObject([
      { id: 'pair-01', mentor: 'mentor-01', mentee: 'mentee-01', competencies: ['system-design', 'code-review'] },
      { id: 'pair-02', mentor: 'mentor-02', mentee: 'mentee-02', competencies: ['system-design'] },
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
});
