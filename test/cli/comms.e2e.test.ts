import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { programmeYaml } from '../helpers/bundle.js';
import { mentor } from './spawn.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mentor-comms-'));
});

const json = (args: string[]): { entries: { id: string; proposed: boolean; date: string; recipients: { id: string }[]; from: { role: string } }[]; summary: { entries: number; proposed: number } } => {
  const r = mentor(['comms', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

// Each test spawns several CLI runs: on a busy two-core runner one run can take seconds.
describe('mentor comms (end to end)', { timeout: 120_000 }, () => {
  it('prints each example’s plan in its own language, proposals marked, and exits 0', () => {
    for (const [name, words] of [
      ['kam-pilot', ['Plan komunikacji: Mentoring KAM – pilotaż 2026', '✦ propozycja', 'cały dzień']],
      ['kam-rollout', ['Plan komunikacji: Mentoring KAM', '✦ propozycja']],
      ['expert-transfer', ['Communication plan: Brackwater Knowledge Transfer Pilot 2026', '✦ proposed', '14:00–16:00']],
    ] as const) {
      const r = mentor(['comms', `examples/${name}`, '--as-of', '2026-01-05'], { env: { COLUMNS: '120' } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      for (const word of words) expect(r.stdout).toContain(word);
    }
  });

  it('shows the views: --to, --from, --person, --between, --upcoming and --proposed-only', () => {
    const all = json(['examples/kam-pilot']);
    const to = json(['examples/kam-pilot', '--to', 'sponsor']);
    expect(to.entries.map((e) => e.id)).toEqual(['k-raport-srodokresowy', 'k-podsumowanie-intranet', 'results-to-sponsor']);
    const from = json(['examples/kam-pilot', '--from', 'line-manager']);
    expect(from.entries.map((e) => e.id)).toEqual(['k-rozmowa-z-mentee']);
    const person = json(['examples/kam-pilot', '--person', 's-ijankowska']);
    expect(person.entries.map((e) => e.id)).toEqual(['k-dane-controllingu']);
    const between = json(['examples/kam-pilot', '--between', '2026-01-12', '2026-01-18']);
    expect(between.entries.map((e) => e.date)).toEqual(['2026-01-13', '2026-01-15', '2026-01-15']);
    const upcoming = json(['examples/kam-pilot', '--as-of', '2026-01-19', '--upcoming', '7']);
    expect(upcoming.entries.map((e) => e.id)).toEqual(['k-rozmowa-z-mentee', 'k-dobor-par']);
    const proposed = json(['examples/kam-pilot', '--proposed-only']);
    expect(proposed.entries.every((e) => e.proposed)).toBe(true);
    expect(proposed.summary.entries).toBe(all.entries.filter((e) => e.proposed).length);
    expect(proposed.summary.entries).toBeGreaterThan(0);
  });

  it('writes proposals as YAML by default with --proposed-only', () => {
    const r = mentor(['comms', 'examples/kam-pilot', '--proposed-only']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Propozycje `mentor comms --proposed-only`/);
    expect(r.stdout).toContain('  step: results-to-sponsor\n');
  });

  it('reminds of assessments whoever the RACI makes assess: the technical authority panel too, in Brackwater', () => {
    const r = mentor(['comms', 'examples/expert-transfer', '-f', 'json', '--locale', 'en']);
    const plan = JSON.parse(r.stdout) as { entries: { id: string; proposed: boolean; to: { roles: { id: string }[] } }[] };
    const reminder = plan.entries.find((e) => e.id === 'assessment-reminder-final-assessment')!;
    expect(reminder.proposed).toBe(true);
    expect(reminder.to.roles.map((x) => x.id)).toEqual(['mentor', 'line-manager', 'technical-authority-panel']);
  });

  it('writes Markdown, CSV and a calendar, to stdout or atomically to files, never over one without --force', () => {
    const md = mentor(['comms', 'examples/expert-transfer', '--format', 'markdown', '--to', 'line-manager']);
    expect(md.stdout).toMatch(/^# Communication plan: Brackwater/);
    const csv = mentor(['comms', 'examples/kam-pilot', '-f', 'csv']);
    expect(csv.stdout.startsWith('\uFEFFdate;time;minutes;message;')).toBe(true);
    // Several recipients in one cell: `; ` between them (names may hold commas; one row per person is --merge).
    expect(csv.stdout).toContain(';3;"Tomasz Lewandowski; Agnieszka Kowalczyk; Robert Wójcik";email;');

    const ics = join(dir, 'plan.ics');
    const first = mentor(['comms', 'examples/kam-pilot', '--output', ics], { env: { COLUMNS: '100' } });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(''); // the plan went to the file, which stderr names
    expect(first.stderr).toContain(ics);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')));
    expect(calendar.getAllSubcomponents('vevent').length).toBe(json(['examples/kam-pilot']).summary.entries);
    const again = mentor(['comms', 'examples/kam-pilot', '--output', ics]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists; use --force');
    expect(mentor(['comms', 'examples/kam-pilot', '--output', ics, '--force']).code).toBe(0);
    // --format asks for stdout as well as the file.
    const both = mentor(['comms', 'examples/kam-pilot', '--format', 'md', '--output', `ics=${ics}`, '--force']);
    expect(both.stdout).toMatch(/^# Plan komunikacji/);
    expect(readFileSync(ics, 'utf8').startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('writes one mail-merge row per recipient, as CSV or JSON', () => {
    const csv = mentor(['comms', 'examples/expert-transfer', '--merge', '--between', '2026-03-06', '2026-03-06']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('recipient,name,role,email,date,time,message,occurrence,proposed,channel,subject,body');
    expect(lines).toHaveLength(12); // the nomination letter to eleven mentees, one of them (mr-05) a mentor too
    expect(lines[1]).toMatch(/^me-01,Omar Khan,mentee,omar\.khan@harwickpower\.example,2026-03-06,,mentee-nomination-letter,1,false,letter,/);
    expect(lines[1]).toContain('Dear Omar, your line manager');
    const file = join(dir, 'merge.json');
    const written = mentor(['comms', 'examples/kam-pilot', '--merge', '--to', 'line-manager', '--output', file]);
    expect(written.stdout).toBe('');
    expect(written.stderr).toContain(file);
    const rows = JSON.parse(readFileSync(file, 'utf8')).rows as { role: string; email?: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.role === 'line-manager' && r.email?.endsWith('@norbud.pl'))).toBe(true);
  });

  it('follows --locale over the programme’s own language', () => {
    const r = mentor(['comms', 'examples/kam-pilot', '--locale', 'en', '--proposed-only', '-f', 'md']);
    expect(r.stdout).toMatch(/^# Communication plan: Mentoring KAM/);
    expect(r.stdout).toContain('preparation for mentors');
  });

  it('refuses unknown roles and people, bad dates and formats that do not fit, with exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['--to', 'line-mangaer'], /--to: the programme has no role "line-mangaer" \(roles: mentee, mentor/],
      [['--person', 'nobody'], /--person: nobody with id "nobody"/],
      [['--between', '2026-03-01', '2026-02-01'], /--between: 2026-03-01 comes after 2026-02-01/],
      [['--between', '2026-03-01'], /--between takes two dates/],
      [['--between', '2026-03-01', '2026-04-01', 'x'], /"x" is a third/],
      [['--upcoming', '0'], /--upcoming takes a whole number ≥ 1/],
      [['--format', 'yaml'], /add --proposed-only/],
      [['--merge', '--format', 'ics'], /--merge writes one row per recipient as csv or json, not ics/],
      [['--format', 'pdf'], /Allowed choices are table, md, csv, json, ics, yaml, markdown/],
    ];
    for (const [args, message] of cases) {
      const r = mentor(['comms', 'examples/kam-pilot', '--locale', 'en', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(mentor(['comms', join(dir, 'missing')]).code).toBe(2);
  });

  it('still prints the plan of a programme with errors, says so, and exits 1', () => {
    const folder = join(dir, 'broken');
    cpSync('examples/kam-pilot', folder, { recursive: true });
    const file = join(folder, 'programme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{recruitment-closes}.', '{recruitment-closed}.'));
    const r = mentor(['comms', folder, '-f', 'json', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The programme has 1 error; what could be computed is shown/);
    expect(JSON.parse(r.stdout).entries.length).toBeGreaterThan(0);
    expect(existsSync(file)).toBe(true);
  });

  it('counts messages per week against .mentor.yaml', () => {
    const folder = join(dir, 'busy');
    cpSync('examples/kam-pilot', folder, { recursive: true });
    const validate = (): ReturnType<typeof mentor> => mentor(['validate', folder, '--format', 'json'], { cwd: folder });
    writeFileSync(join(folder, '.mentor.yaml'), 'comms:\n  maxMessagesPerWeek: 1\n');
    expect(JSON.parse(validate().stdout).diagnostics.some((d: { ruleId: string }) => d.ruleId === 'role-overloaded')).toBe(true);
    writeFileSync(join(folder, '.mentor.yaml'), 'comms:\n  maxMessagesPerWeek: 0\n');
    const bad = validate();
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.mentor.yaml:2:23: `comms.maxMessagesPerWeek` must be a whole number from 1 to 50, not `0`.');
  });

  it('is listed in --help with its examples', () => {
    expect(mentor(['--help']).stdout).toMatch(/comms \[options\] \[path\]/);
    expect(mentor(['comms', '--help']).stdout).toContain('--proposed-only');
  });

  it('makes a plan for a programme without communications: every step proposed', () => {
    const folder = join(dir, 'silent');
    cpSync('examples/kam-pilot', folder, { recursive: true });
    writeFileSync(join(folder, 'programme.yaml'), programmeYaml((d) => void delete d.communications));
    const plan = json([folder]);
    expect(plan.entries.length).toBeGreaterThan(0);
    expect(plan.entries.every((e) => e.proposed)).toBe(true);
  });

  it('names a role whose holders were reached through a role before it instead of saying nobody holds it', () => {
    const folder = join(dir, 'two-roles');
    mkdirSync(folder);
    // The HR owner is also the mentee's line manager: counted once, under line manager.
    writeFileSync(join(folder, 'programme.yaml'), programmeYaml((d) => {
      d.people.mentees[0].lineManager = 'hr1';
      d.communications[0].to = ['line-manager', 'hr-owner'];
    }));
    const r = mentor(['comms', folder, '--as-of', '2026-01-05', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Line manager: 1 person: Hanna Reed<br>HR owner: Hanna Reed, listed above');
    expect(r.stdout).not.toContain('nobody yet');
  });

  it('still writes the plan when a records file cannot be read (the plan reads no records), exit 1 and the error counted', () => {
    const folder = join(dir, 'records-typo');
    cpSync('examples/kam-pilot', folder, { recursive: true });
    const file = join(folder, 'records', '2026-03.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/date: 2026-03-\d\d/, 'date: 2026-13-01'));
    const r = mentor(['comms', folder, '--as-of', '2026-01-05', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 (error|błąd)/);
    expect((JSON.parse(r.stdout) as { entries: unknown[] }).entries.length).toBeGreaterThan(10);
    // The report reads the records, and computes nothing from a programme it cannot read whole.
    expect(JSON.parse(mentor(['report', folder, '--as-of', '2026-06-30', '--format', 'json']).stdout)).toMatchObject({ health: null, sessions: null });
  });
});
