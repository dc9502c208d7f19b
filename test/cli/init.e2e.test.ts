import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { mentor, repoRoot } from './spawn.js';

// Spawns the built CLI (the test command builds first). Without a terminal on stdin, init never asks.

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mentor-init-'));
});

/** Every file under a folder, relative, sorted. */
function tree(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(folder, full).split('\\').join('/'));
    }
  };
  walk(folder);
  return out.sort();
}

const templates = ['key-accounts', 'new-managers', 'expert-transfer'];

/** A scaffold has no errors and its only warnings are the placeholders left to fill in (so --strict fails until they are). */
function expectOnlyPlaceholders(dir: string, locale = 'en'): void {
  const r = mentor(['validate', '--format', 'json', '--locale', locale, dir], { cwd: tmp });
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { diagnostics: { ruleId: string; severity: string }[] };
  expect(out.diagnostics.filter((d) => d.ruleId !== 'placeholder-unfilled' || d.severity !== 'warning')).toEqual([]);
}

describe('mentor init --yes (every template, both locales)', () => {
  for (const template of templates) {
    for (const locale of ['en', 'pl']) {
      it(`${template} in ${locale}: writes a folder that validates clean`, () => {
        const dir = `${template}-${locale}`;
        const r = mentor(['init', dir, '--yes', '--template', template, '--locale', locale], { cwd: tmp });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(locale === 'pl' ? /Sprawdzono: bez błędów; \d+ (miejsce|miejsca|miejsc) do uzupełnienia/ : /Checked: no errors; \d+ placeholders still to fill in/);
        expectOnlyPlaceholders(dir, locale);
        // CI with --strict keeps failing until the consultant has filled the frame in.
        const strict = mentor(['validate', '--strict', '--locale', locale, dir], { cwd: tmp });
        expect(strict.code).toBe(1);
        expect(strict.stdout).toMatch(/placeholder-unfilled/);
        const programme = parse(readFileSync(join(tmp, dir, 'programme.yaml'), 'utf8')) as { metadata: { locale: string; id: string } };
        expect(programme.metadata).toMatchObject({ locale, id: dir });
      });
    }
  }

  it('writes the whole folder and says what to do next', () => {
    const r = mentor(['init', 'demo', '--yes', '--start', '2027-03-01'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(tree(join(tmp, 'demo'))).toEqual([
      '.github/workflows/mentor.yml',
      '.gitignore',
      '.mentor/schemas/common.schema.json',
      '.mentor/schemas/people.schema.json',
      '.mentor/schemas/programme.schema.json',
      '.mentor/schemas/records.schema.json',
      'README.md',
      'people.yaml',
      'programme.yaml',
      'records/2027-03.yaml',
    ]);
    expect(r.stdout).toMatch(/Created demo \(10 files\)/);
    expect(r.stdout).toMatch(/Check it: mentor validate demo/);
    // No temporary folder is left next to the target.
    expect(readdirSync(tmp).filter((n) => n.includes('mentor-init'))).toEqual([]);
    const workflow = readFileSync(join(tmp, 'demo/.github/workflows/mentor.yml'), 'utf8');
    expect(workflow).toContain('run: mentor validate --format github .');
    expect(workflow).not.toMatch(/npx/);
    expect(workflow).toContain('pull_request');
    // The editors' copies of the schemas: the same self-contained ones `mentor schema` prints.
    const schemas = join(tmp, 'demo/.mentor/schemas');
    for (const kind of ['programme', 'people', 'records']) expect(readFileSync(join(schemas, `${kind}.schema.json`), 'utf8')).toBe(mentor(['schema', kind]).stdout);
  });

  it('takes every prompt as a flag', () => {
    const r = mentor(
      ['init', 'flags', '--yes', '--template', 'new-managers', '--name', 'Leaders 2027', '--organisation', 'Acme S.A.', '--id', 'leaders-2027', '--start', '2027-01-11', '--weeks', '30', '--goals', 'team-retention', '--kpis', 'participant-satisfaction,gap-closed', '--recruitment', 'application', '--size', '8', '--hr-owner', 'Anna Nowak', '--sponsor', 'Jan Lis', '--cadence-weeks', '2', '--session-minutes', '60', '--mix', '65/25/10'],
      { cwd: tmp },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = parse(readFileSync(join(tmp, 'flags/programme.yaml'), 'utf8'));
    expect(p.metadata).toMatchObject({ id: 'leaders-2027', name: 'Leaders 2027', organisation: 'Acme S.A.', period: { start: '2027-01-11', end: '2027-08-08' } });
    expect(p.goals.map((g: { id: string }) => g.id)).toEqual(['team-retention']);
    expect(p.process.cadence).toEqual({ everyWeeks: 2, minutes: 60 });
    expect(p.addressees).toMatchObject({ recruitment: { method: 'application' }, size: 8 });
    expectOnlyPlaceholders('flags');
  });
});

describe('never loses data', () => {
  it('refuses a folder that is not empty, naming what is there, and leaves it untouched', () => {
    mkdirSync(join(tmp, 'taken'));
    writeFileSync(join(tmp, 'taken', 'programme.yaml'), 'mine\n');
    const r = mentor(['init', 'taken', '--yes'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/taken is not empty \(programme\.yaml\)/);
    expect(r.stderr).toMatch(/would be overwritten: programme\.yaml/);
    expect(r.stderr).toMatch(/--force/);
    expect(readFileSync(join(tmp, 'taken', 'programme.yaml'), 'utf8')).toBe('mine\n');
    expect(tree(join(tmp, 'taken'))).toEqual(['programme.yaml']);
  });

  it('refuses a non-empty folder even when no file would be overwritten', () => {
    mkdirSync(join(tmp, 'notes'));
    writeFileSync(join(tmp, 'notes', 'notes.txt'), 'keep me\n');
    const r = mentor(['init', 'notes', '--yes'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes is not empty \(notes\.txt\)/);
    expect(tree(join(tmp, 'notes'))).toEqual(['notes.txt']);
  });

  it('writes into a folder that holds only .git', () => {
    mkdirSync(join(tmp, 'repo', '.git'), { recursive: true });
    writeFileSync(join(tmp, 'repo', '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const r = mentor(['init', 'repo', '--yes'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(readFileSync(join(tmp, 'repo', '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(existsSync(join(tmp, 'repo', 'programme.yaml'))).toBe(true);
  });

  it('--force writes into a non-empty folder, replacing only files of the same name', () => {
    mkdirSync(join(tmp, 'forced'));
    writeFileSync(join(tmp, 'forced', 'README.md'), 'old\n');
    writeFileSync(join(tmp, 'forced', 'notes.txt'), 'keep me\n');
    const r = mentor(['init', 'forced', '--yes', '--force'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Replaced \(--force\): README\.md/);
    expect(readFileSync(join(tmp, 'forced', 'notes.txt'), 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(tmp, 'forced', 'README.md'), 'utf8')).not.toBe('old\n');
    expectOnlyPlaceholders('forced');
  });

  it('--dry-run lists the files and writes nothing', () => {
    const r = mentor(['init', 'dry', '--yes', '--dry-run', '--start', '2027-03-01'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dry run, nothing written/);
    expect(r.stdout).toContain('dry/programme.yaml');
    expect(r.stdout).toContain('dry/records/2027-03.yaml');
    expect(r.stdout).toContain('dry/.github/workflows/mentor.yml');
    expect(existsSync(join(tmp, 'dry'))).toBe(false);
  });
});

describe('usage errors exit 2 and write nothing', () => {
  it('an unknown --template lists the valid ones', () => {
    const r = mentor(['init', 'x1', '--yes', '--template', 'sales'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown template "sales"\. Templates: expert-transfer, key-accounts, new-managers\./);
    expect(existsSync(join(tmp, 'x1'))).toBe(false);
  });

  it('without a terminal, missing answers are listed with the flags to pass', () => {
    const r = mentor(['init'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<dir>/);
    expect(r.stderr).toMatch(/--organisation/);
    expect(r.stderr).toMatch(/mentor init acme-sales --organisation/);
    const ci = mentor(['init', 'x2', '--locale', 'pl'], { cwd: tmp, env: { CI: 'true' } });
    expect(ci.code).toBe(2);
    expect(ci.stderr).toMatch(/--organisation\s+Organizacja/);
    expect(ci.stderr).not.toMatch(/<dir>/);
    expect(existsSync(join(tmp, 'x2'))).toBe(false);
  });

  it('a rollout needs its pilot', () => {
    const r = mentor(['init', 'x3', '--yes', '--phase', 'rollout'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--from PILOT/);
  });

  it('ids not in the template are named with the known ones', () => {
    const r = mentor(['init', 'x4', '--yes', '--kpis', 'nps,retention'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--kpis: the template has no `nps`; it has `participant-satisfaction`/);
    expect(r.stderr).toMatch(/--kpis: the template has no `retention`; it has `participant-satisfaction`/);
  });
});

describe('--answers', () => {
  const answers = [
    'template: expert-transfer',
    'locale: pl',
    'organisation: Elektrownia Północ S.A.',
    'start: 2027-02-01',
    'weeks: 40',
    'hrOwner: Joanna Kowal',
    'goals: [obsada-zadan-krytycznych]',
    'mentees:',
    '  - name: Ola Nowak',
    '    competencies:',
    '      - { competency: inzynieria-postojow, baseline: 2, target: 4 }',
    '      - { competency: historia-instalacji, baseline: 1, target: 3 }',
    'mentors:',
    '  - name: Piotr Wrona',
    '    levels: { inzynieria-postojow: 5, historia-instalacji: 5 }',
  ].join('\n');

  it('names an id the template lacks by its position in the file, with the nearest known id, like every other answers error', () => {
    writeFileSync(join(tmp, 'unknown-ids.yaml'), `${answers}\npreparation: [rola-mentora, { name: Własny moduł, required: true, hours: 2 }, rola-mentorka]\n`);
    const r = mentor(['init', 'unknown-ids', '--answers', 'unknown-ids.yaml'], { cwd: tmp, env: { LANG: 'pl_PL.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mentor: Nie można użyć pliku odpowiedzi unknown-ids.yaml: preparation[2]: w szablonie nie ma `rola-mentorka` (czy chodziło o `rola-mentora`?); są w nim: `rola-mentora`, `wiedza-ukryta`');
    expect(existsSync(join(tmp, 'unknown-ids'))).toBe(false);
    const en = mentor(['init', 'unknown-ids', '--answers', 'unknown-ids.yaml'], { cwd: tmp, env: { LANG: 'en_GB.UTF-8' } });
    expect(en.stderr).toContain('preparation[2]: the template has no `rola-mentorka` (did you mean `rola-mentora`?); it has `rola-mentora`');
  });

  it('reads every answer from a YAML file', () => {
    writeFileSync(join(tmp, 'answers.yaml'), `dir: from-file\n${answers}\n`);
    const r = mentor(['init', '--answers', 'answers.yaml'], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const people = parse(readFileSync(join(tmp, 'from-file/people.yaml'), 'utf8'));
    expect(people.mentees).toEqual([{ id: 'mentee-01', name: 'Ola Nowak', competencies: [{ competency: 'inzynieria-postojow', baseline: 2, target: 4 }, { competency: 'historia-instalacji', baseline: 1, target: 3 }] }]);
    expectOnlyPlaceholders('from-file');
  });

  it('speaks the language of the answers when none is named (LANG=C), and the named one otherwise', () => {
    writeFileSync(join(tmp, 'answers-pl.yaml'), `${answers}\n`);
    const c = mentor(['init', 'lang-c', '--answers', 'answers-pl.yaml'], { cwd: tmp, env: { LANG: 'C' } });
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('Utworzono lang-c');
    const en = mentor(['init', 'lang-en', '--answers', 'answers-pl.yaml'], { cwd: tmp, env: { LANG: 'en_GB.UTF-8' } });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Created lang-en');
  });

  it('reads JSON from stdin with -, and flags win over the file', () => {
    const json = JSON.stringify({ template: 'key-accounts', organisation: 'From stdin', locale: 'en', weeks: 20 });
    const r = mentor(['init', 'from-stdin', '--answers', '-', '--weeks', '26'], { cwd: tmp, input: json });
    expect(r.code).toBe(0);
    const p = parse(readFileSync(join(tmp, 'from-stdin/programme.yaml'), 'utf8'));
    expect(p.metadata.organisation).toBe('From stdin');
    // --weeks 26 won over the file's 20: the period is 26 weeks long.
    const days = (Date.parse(p.metadata.period.end) - Date.parse(p.metadata.period.start)) / 86_400_000 + 1;
    expect(days).toBe(26 * 7);
    expectOnlyPlaceholders('from-stdin');
  });

  it('refuses an own competency whose goal is not kept, naming the key, and writes nothing', () => {
    const file = ['template: key-accounts', 'organisation: Acme', 'goals: [contract-margin, { name: Shift leaders }]', 'competencies:', '  - key-account-negotiation', '  - { name: Handovers, importance: tactical, goal: key-account-retention }', ''].join('\n');
    const r = mentor(['init', 'x8', '--answers', '-'], { cwd: tmp, input: file });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(stdin): competencies[1].goal: no goal `key-account-retention` among the goals kept (contract-margin, shift-leaders)');
    expect(existsSync(join(tmp, 'x8'))).toBe(false);
    // Messages in Polish, the programme (and so its ids) in English.
    const polish = mentor(['init', 'x8', '--answers', '-'], { cwd: tmp, input: `locale: en\n${file}`, env: { MENTOR_LOCALE: 'pl' } });
    expect(polish.stderr).toContain('competencies[1].goal: wśród zachowanych celów (contract-margin, shift-leaders) nie ma celu `key-account-retention`');
  });

  it('refuses a kept competency whose goal is left out, and says what goes with a goal it was not told to keep', () => {
    const r = mentor(['init', 'x9', '--yes', '--goals', 'key-account-retention', '--competencies', 'account-planning,contract-profitability'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--competencies: competency `contract-profitability` serves goal `contract-margin`, which is not kept.');
    expect(existsSync(join(tmp, 'x9'))).toBe(false);
    const ok = mentor(['init', 'x9', '--yes', '--goals', 'key-account-retention'], { cwd: tmp });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Left out with the goals you did not keep:\n  competency key-account-negotiation (serves goal contract-margin)\n  competency contract-profitability (serves goal contract-margin)\n  KPI contract-margin (measures only competencies left out)');
  });

  it('names unknown answers', () => {
    const r = mentor(['init', 'x5', '--answers', '-'], { cwd: tmp, input: 'organisaton: typo\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown answers: organisaton \(did you mean organisation\?\)\./);
  });
});

describe('templates are data', () => {
  it('--list-templates lists the built-in ones', () => {
    const r = mentor(['init', '--list-templates'], { cwd: tmp });
    expect(r.code).toBe(0);
    for (const t of templates) expect(r.stdout).toContain(t);
  });

  it('a folder of your own works as a template', () => {
    cpSync(join(repoRoot, 'templates/new-managers'), join(tmp, 'my-template'), { recursive: true });
    const frame = readFileSync(join(tmp, 'my-template/frame.en.yaml'), 'utf8').replace('Leadership behaviours (1–4)', 'Acme leadership compass');
    writeFileSync(join(tmp, 'my-template/frame.en.yaml'), frame);
    writeFileSync(join(tmp, 'my-template/NOTES.md'), '# Notes for {{organisation}}\n');
    const r = mentor(['init', 'custom', '--yes', '--template', './my-template', '--locale', 'en', '--organisation', 'Acme'], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(tmp, 'custom/programme.yaml'), 'utf8')).toContain('Acme leadership compass');
    expect(readFileSync(join(tmp, 'custom/NOTES.md'), 'utf8')).toBe('# Notes for Acme\n');
    expectOnlyPlaceholders('custom');
  });

  it('a broken template of your own is a usage error naming the problem', () => {
    cpSync(join(repoRoot, 'templates/new-managers'), join(tmp, 'broken-template'), { recursive: true });
    const frame = readFileSync(join(tmp, 'broken-template/frame.en.yaml'), 'utf8').replace('date: start+21', 'date: 2026-03-01');
    writeFileSync(join(tmp, 'broken-template/frame.en.yaml'), frame);
    const r = mentor(['init', 'x6', '--yes', '--template', './broken-template', '--locale', 'en'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/process\.milestones\[1\]\.date/);
    expect(existsSync(join(tmp, 'x6'))).toBe(false);
  });
});

describe('--from a pilot', () => {
  it('scaffolds a rollout: frame copied, pilot linked, people and records empty', () => {
    cpSync(join(repoRoot, 'examples/kam-pilot'), join(tmp, 'kam-pilot'), { recursive: true });
    const r = mentor(['init', 'kam-rollout', '--from', 'kam-pilot', '--start', '2027-01-11'], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = parse(readFileSync(join(tmp, 'kam-rollout/programme.yaml'), 'utf8'));
    expect(p.metadata).toMatchObject({ phase: 'rollout', locale: 'pl', pilot: { path: '../kam-pilot', id: 'kam-pilot-2026' }, period: { start: '2027-01-11' } });
    expect(p.calibration).toEqual({ decisions: [] });
    const people = parse(readFileSync(join(tmp, 'kam-rollout/people.yaml'), 'utf8'));
    expect(people.mentors).toBeUndefined();
    expect(people.mentees).toBeUndefined();
    expect(people.staff.length).toBeGreaterThan(0);
    const records = parse(readFileSync(join(tmp, 'kam-rollout/records/2027-01.yaml'), 'utf8'));
    expect(records).toEqual({ apiVersion: 'mentor/v1', kind: 'Records', programme: 'kam-rollout' });
    const v = mentor(['validate', '--strict', 'kam-rollout'], { cwd: tmp });
    // LANG=C names no language: the Polish rollout is reported in Polish.
    expect(v.stdout + v.stderr).toMatch(/bez problemów/);
    expect(v.code).toBe(0);
  });

  it('refuses a rollout as the pilot, naming the pilot it was calibrated from', () => {
    const cwd = join(tmp, 'waves');
    cpSync(join(repoRoot, 'examples/kam-pilot'), join(cwd, 'kam-pilot'), { recursive: true });
    cpSync(join(repoRoot, 'examples/kam-rollout'), join(cwd, 'kam-rollout'), { recursive: true });
    const r = mentor(['init', 'second-rollout', '--from', 'kam-rollout'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kam-rollout is a rollout (phase: rollout), not a pilot');
    expect(r.stderr).toContain('Pass its pilot: --from kam-pilot');
    expect(existsSync(join(cwd, 'second-rollout'))).toBe(false);
  });

  it('--phase cycle scaffolds the next cycle from the one before, whatever its phase: linked as `previous`, calibrated', () => {
    const cwd = join(tmp, 'cycles');
    cpSync(join(repoRoot, 'examples/kam-rollout'), join(cwd, 'kam-rollout'), { recursive: true });
    cpSync(join(repoRoot, 'examples/kam-pilot'), join(cwd, 'kam-pilot'), { recursive: true });
    const r = mentor(['init', 'kam-2028', '--phase', 'cycle', '--from', 'kam-rollout', '--locale', 'en', '--start', '2028-01-10'], { cwd });
    // Until 2027-06-30 the rollout is still running, which is said (init-dialog.test.ts checks both sides of that date).
    expect(r.stderr).toMatch(/^(Warning: the run before, kam-rollout, lasts until 2027-06-30, [^\n]*\n)?$/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Review the texts copied from kam-rollout');
    const text = readFileSync(join(cwd, 'kam-2028/programme.yaml'), 'utf8');
    expect(text).toContain('mentor init --phase cycle --from kam-rollout');
    const p = parse(text);
    expect(p.metadata).toMatchObject({ id: 'kam-2028', phase: 'cycle', previous: { path: '../kam-rollout', id: parse(readFileSync(join(cwd, 'kam-rollout/programme.yaml'), 'utf8')).metadata.id }, period: { start: '2028-01-10' } });
    expect(p.metadata.pilot).toBeUndefined();
    expect(p.metadata.name).toMatch(/ – next cycle$/);
    expect(p.calibration).toEqual({ decisions: [] });
    const v = mentor(['validate', '--strict', 'kam-2028'], { cwd });
    expect(v.stdout + v.stderr).toMatch(/no problems/);
    expect(v.code).toBe(0);
  });

  it('--from and --template exclude each other', () => {
    const r = mentor(['init', 'x7', '--from', 'kam-pilot', '--template', 'key-accounts'], { cwd: tmp });
    expect(r.code).toBe(2);
  });
});
