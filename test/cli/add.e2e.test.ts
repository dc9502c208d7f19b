import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { mentor as spawnMentor, repoRoot } from './spawn.js';

// Spawns the built CLI on a copy of the Polish pilot kept in a git repository, so each test can
// ask git what an addition changed.

let dir: string;
const git = (...args: string[]): string => spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).stdout;
const today = ['--today', '2026-06-30'];
// The pilot says `metadata.locale: pl`, and spawn.ts runs with LANG=C (no language named), which
// words an addition in the programme's language: these tests name English unless they say otherwise.
const mentor = (args: string[], options: Parameters<typeof spawnMentor>[1] = {}): ReturnType<typeof spawnMentor> =>
  spawnMentor(args, { ...options, env: { LANG: 'en_US.UTF-8', ...options.env } });

beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'mentor-add-')), 'kam-pilot');
  cpSync(join(repoRoot, 'examples/kam-pilot'), dir, { recursive: true });
  git('init', '-q');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'empty');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'pilot');
});

/** The lines `git diff` shows as changed, without its headers: what an addition did to the files. */
function changed(): { added: string[]; removed: string[] } {
  const lines = git('diff', '--unified=0').split('\n');
  return {
    added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
    removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
  };
}

describe('mentor add (a plan written in another form)', () => {
  it('refuses a mentee plan item with a part too few or too many, and a plan on a pair, naming the flag and the form; exit 2, nothing written', () => {
    const people = readFileSync(join(dir, 'people.yaml'));
    for (const [kind, flags, item, form] of [
      ['mentee', ['--name', 'Zenon Nowy', '--line-manager', 's-tlewandowski', '--competencies', 'negocjacje-kam:2-4'], 'negocjacje-kam:2-4', 'COMPETENCY:BASELINE:TARGET,… (parts separated by `:`, items by `,`)'],
      ['mentee', ['--name', 'Zenon Nowy', '--line-manager', 's-tlewandowski', '--competencies', 'negocjacje-kam:2:4:5'], 'negocjacje-kam:2:4:5', 'COMPETENCY:BASELINE:TARGET,…'],
      ['pair', ['--mentor', 'm-kmazur', '--mentee', 'e-mnowicki', '--competencies', 'negocjacje-kam:2:4'], 'negocjacje-kam:2:4', 'ID,… (ids only, separated by `,`)'],
    ] as const) {
      const r = mentor(['add', kind, ...flags, ...today], { cwd: dir });
      expect(r.stderr).toContain(`--competencies: \`${item}\` – write ${form}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code).toBe(2);
      expect(readFileSync(join(dir, 'people.yaml')).equals(people)).toBe(true);
    }
  });
});

describe('mentor add --from an empty file', () => {
  it('says the file has no header and no rows to add, not that it lists no people; exit 2', () => {
    writeFileSync(join(dir, 'sesje.csv'), '');
    const pl = mentor(['add', 'session', '--from', 'sesje.csv', ...today], { cwd: dir, env: { LANG: 'pl_PL.UTF-8' } });
    expect(pl.stderr).toContain('mentor: sesje.csv jest pusty: nie ma wiersza nagłówków ani wierszy do dodania.');
    expect(pl.stderr).not.toContain('osób');
    expect(pl.code).toBe(2);
    const en = mentor(['add', 'session', '--from', 'sesje.csv', ...today], { cwd: dir });
    expect(en.stderr).toContain('mentor: sesje.csv is empty: no header row, no rows to add.');
    expect(en.code).toBe(2);
  });
});

describe('mentor add (records)', () => {
  it('appends a session to the month\'s file as one new line in the style of the others', () => {
    const r = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-25', '--minutes', '60', '--topic', 'Zamknięcie: wnioski', ...today], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Added a session to records/2026-06.yaml.');
    expect(changed()).toEqual({ added: ['  - { pair: para-01, date: 2026-06-25, minutes: 60, topic: "Zamknięcie: wnioski" }'], removed: [] });
    expect(mentor(['validate', '--strict', ...today, '.'], { cwd: dir }).code).toBe(0);
  });

  it('refuses an unknown pair with the validator\'s words and a suggestion, and writes nothing', () => {
    const before = readFileSync(join(dir, 'records/2026-06.yaml'));
    const r = mentor(['add', 'session', '--pair', 'para-1', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Nothing added');
    expect(r.stderr).toMatch(/--pair\s+error\s+`sessions\[\d+\]\.pair` refers to pair `para-1`, which is not defined\.\s+unknown-reference/);
    expect(r.stderr).toContain('Did you mean `para-01`?');
    expect(readFileSync(join(dir, 'records/2026-06.yaml')).equals(before)).toBe(true);
  });

  it('says a programme file that is not YAML cannot be added to, not that it includes no records folder', () => {
    const file = join(dir, 'programme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n  locale: pl\n', '\n  locale: pl\n  locale: en\n'));
    const before = readFileSync(join(dir, 'records/2026-06.yaml'));
    const r = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/includes no records folder/);
    expect(r.stderr).toMatch(/programme\.yaml is not YAML mentor can read, so nothing can be added to the programme: run `mentor validate/);
    expect(readFileSync(join(dir, 'records/2026-06.yaml')).equals(before)).toBe(true);
  });

  it('refuses a session recorded twice and one after the programme ended', () => {
    const twice = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-09', '--minutes', '60', ...today], { cwd: dir });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('session-duplicate');
    const late = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-07-02', '--minutes', '60', '--today', '2026-07-03'], { cwd: dir });
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('date-outside-period');
    expect(existsSync(join(dir, 'records/2026-07.yaml'))).toBe(false);
    expect(changed()).toEqual({ added: [], removed: [] });
  });

  it('allows what the programme\'s own comments and .mentor.yaml allow, as `validate` does', () => {
    const twice = ['add', 'session', '--pair', 'para-01', '--date', '2026-06-09', '--minutes', '60', ...today];
    const file = join(dir, 'records/2026-06.yaml');
    const original = readFileSync(file, 'utf8');
    // A file-wide comment above the first YAML line silences the rule for the whole file.
    writeFileSync(file, `# mentor-disable session-duplicate -- two sessions that day, morning and afternoon\n${original}`);
    const allowed = mentor(twice, { cwd: dir });
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    const checked = mentor(['validate', '--strict', '--format', 'json', ...today, '.'], { cwd: dir });
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout).summary.suppressed).toBe(1);
    // A wrong value stops the method rules: the comment then silences nothing, which is not the addition's fault.
    const wrong = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-10', '--minutes', '6O', ...today], { cwd: dir });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('schema-type');
    expect(wrong.stderr).not.toContain('suppression-unused');
    // A comment for the next line holds for that line of the file: not for the new item appended after it.
    const lines = original.split('\n');
    const last = lines.findIndex((l) => l.includes('pair: para-12, date: 2026-06-23'));
    writeFileSync(file, [...lines.slice(0, last), '  # mentor-disable-next-line session-duplicate -- para-12 met twice that day', ...lines.slice(last)].join('\n'));
    const after = mentor(['add', 'session', '--pair', 'para-10', '--date', '2026-06-23', '--minutes', '60', ...today], { cwd: dir });
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('session-duplicate');
    // A per-path override in .mentor.yaml: its glob is relative to the file's folder, wherever add runs from.
    writeFileSync(file, original);
    writeFileSync(join(dir, '.mentor.yaml'), 'overrides:\n  - files: "records/**"\n    rules: { session-duplicate: "off" }\n');
    const parent = join(dir, '..');
    expect(mentor(twice.concat('--programme', 'kam-pilot'), { cwd: parent }).code).toBe(1);
    const overridden = mentor(twice.concat('--programme', 'kam-pilot', '--config', 'kam-pilot/.mentor.yaml'), { cwd: parent });
    expect(overridden.stderr).toBe('');
    expect(overridden.code).toBe(0);
  });

  it('starts a new month\'s file in the programme\'s own records folder, its header naming that folder', () => {
    renameSync(join(dir, 'records'), join(dir, 'zapisy'));
    rmSync(join(dir, 'zapisy/2026-06.yaml'));
    const programme = join(dir, 'programme.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace('records: [records/]', 'records: [zapisy/]'));
    const r = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('zapisy/2026-06.yaml');
    expect(readFileSync(join(dir, 'zapisy/2026-06.yaml'), 'utf8')).toContain('Jeden plik na miesiąc (zapisy/RRRR-MM.yaml)');
  });

  it('defaults the date to today, and without a terminal lists what it cannot ask for', () => {
    const r = mentor(['add', 'session', ...today], { cwd: dir, env: { CI: 'true' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--pair\s+Pair\n\s+--minutes\s+Minutes/);
    expect(r.stderr).not.toMatch(/--date/);
    // The example to copy uses this programme's own competency, on its 1–5 scale.
    const mentee = mentor(['add', 'mentee', '--name', 'Ola Nowak', ...today], { cwd: dir, env: { CI: 'true' } });
    expect(mentee.code).toBe(2);
    expect(mentee.stderr).toContain('mentor add mentee --name "Ola Nowak" --competencies negocjacje-kam:2:5');
    const ok = mentor(['add', 'kpi-value', '--kpi', 'retencja-przychodu-kk', '--value', '96,2', '--note', 'CRM, czerwiec', ...today], { cwd: dir, env: { CI: 'true' } });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(changed().added).toEqual([expect.stringMatching(/kpi: retencja-przychodu-kk, date: 2026-06-30, value: 96\.2, note: "?CRM, czerwiec"?/)]);
  });

  it('adds every row of a CSV file, or none when a row is wrong, naming its row and column', () => {
    const csv = join(dir, '..', 'sessions.csv');
    writeFileSync(csv, 'Pair;Date;Minutes;Topic\npara-02;2026-06-24;60;Plan dalszego rozwoju\npara-03;2026-06-24;sześćdziesiąt;x\npara-04;2026-06-25;55;\n');
    const bad = mentor(['add', 'session', '--from', csv, ...today], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/row 3, column Minutes\s+error\s+`minutes` in `sessions\[\d+\]` must be a whole number/);
    expect(changed()).toEqual({ added: [], removed: [] });
    // Columns titled in Polish, as HR would title a spreadsheet's.
    writeFileSync(csv, 'Para;Data;Minuty;Temat\npara-02;2026-06-24;60;Plan dalszego rozwoju\npara-03;24.06.2026;60;\n');
    const good = mentor(['add', 'session', '--from', csv, ...today], { cwd: dir });
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('Added 2 sessions to records/2026-06.yaml.');
    expect(changed().added).toEqual(['  - { pair: para-02, date: 2026-06-24, minutes: 60, topic: Plan dalszego rozwoju }', '  - { pair: para-03, date: 2026-06-24, minutes: 60 }']);
  });

  it('reads a Polish forms export (BOM, CRLF, semicolons, DD.MM.YYYY, a comma decimal); a row short of a required cell names the column as the file titles it', () => {
    const csv = join(dir, '..', 'formularz.csv');
    const header = '\uFEFFSygnatura czasowa;Para;Data spotkania;Czas trwania (min);Temat\r\n';
    writeFileSync(csv, `${header}2026-06-25 10:02:11;para-02;24.06.2026;60;Okna czasowe\r\n2026-06-25 10:05:00;para-03;24.06.2026\r\n`);
    const short = mentor(['add', 'session', '--from', csv, '--ignore-columns', 'Sygnatura czasowa', ...today], { cwd: dir });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('row 3: Czas trwania (min)');
    expect(changed()).toEqual({ added: [], removed: [] });
    writeFileSync(csv, `${header}2026-06-25 10:02:11;para-02;24.06.2026;60;Okna czasowe\r\n2026-06-25 10:05:00;para-03;24.06.2026;45,0;\r\n`);
    const good = mentor(['add', 'session', '--from', csv, '--ignore-columns', 'Sygnatura czasowa', ...today], { cwd: dir });
    expect(good.stderr).toBe('');
    expect(changed().added).toEqual(['  - { pair: para-02, date: 2026-06-24, minutes: 60, topic: Okna czasowe }', '  - { pair: para-03, date: 2026-06-24, minutes: 45 }']);
  });

  it('never edits a records file saved in Windows-1250 (its Polish letters would be lost): says where, writes nothing', () => {
    const file = join(dir, 'records', '2026-06.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/[ąćęłńóśźż]/);
    // Windows-1250 for the Polish letters, as an old Excel or Notepad would save the file.
    const cp1250: Record<string, number> = { ą: 0xb9, ć: 0xe6, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf, Ł: 0xa3, Ś: 0x8c, Ż: 0xaf, Ó: 0xd3 };
    const bytes = Buffer.from([...text].map((c) => cp1250[c] ?? (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f)));
    writeFileSync(file, bytes);
    const r = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mentor: records\/2026-06\.yaml:\d+:\d+: the file is not valid UTF-8.*nothing was written/);
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('refuses to add to a records file that lost its header (validate counts nothing in it): names the file, shows only that, writes nothing', () => {
    const file = join(dir, 'records', '2026-06.yaml');
    const headless = readFileSync(file, 'utf8').replace(/^apiVersion: .*\nkind: .*\nprogramme: .*\n/m, '');
    writeFileSync(file, headless);
    const r = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/records\/2026-06\.yaml:\d+:\d+\s+error\s+The programme includes `records\/` as `Records`, but this file is not a mentor document\.\s+include-wrong-kind/);
    expect(r.stderr).toContain('nothing was written');
    // Only what keeps the addition from being checked: no other finding of the programme.
    expect(r.stderr.match(/ (error|warning) /g)).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(headless);
    expect(mentor(['validate', ...today, '.'], { cwd: dir }).stdout).toContain('include-wrong-kind');
  });

  it('refuses to add to a records file with a YAML error in another item (an unclosed quote): names it, writes nothing', () => {
    const file = join(dir, 'records', '2026-06.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('  - ') && l.includes('pair:') && !l.includes('para-01'));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace(/ }$/, ', topic: "unclosed }');
    writeFileSync(file, lines.join('\n'));
    const before = readFileSync(file);
    const r = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mentor: Cannot add to records\/2026-06\.yaml: it is not valid YAML \(.*quote.*\)\. Nothing was written/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('warns that a value of a KPI mentor computes would never be read (a dry run says it would be added), and --strict refuses it', () => {
    const args = ['add', 'kpi-value', '--kpi', 'satysfakcja-uczestnikow', '--value', '91', '--date', '2026-06-29', ...today];
    const dry = mentor([...args, '--dry-run'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/^It would be added with a warning:\n\s+--kpi\s+warning\s+The value 91 recorded for KPI `satysfakcja-uczestnikow` on 2026-06-29 is not used: .*built-in metric `satisfaction`.*kpi-value-ignored/);
    const strict = mentor([...args, '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(changed()).toEqual({ added: [], removed: [] });
  });

  it('adds to the one records file a programme keeps without a records folder', () => {
    const programme = join(dir, 'programme.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace('records: [records/]', 'records: [monitoring.yaml]'));
    writeFileSync(join(dir, 'monitoring.yaml'), readFileSync(join(dir, 'records', '2026-06.yaml')));
    const r = mentor(['add', 'session', '--pair', 'para-01', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Added a session to monitoring.yaml.');
    expect(readFileSync(join(dir, 'monitoring.yaml'), 'utf8')).toContain('  - { pair: para-01, date: 2026-06-25, minutes: 60 }\n');
  });

  it('takes a CSV file of one column (a list of pairs), the other fields from flags', () => {
    const csv = join(dir, '..', 'pairs.csv');
    writeFileSync(csv, 'pair\npara-02\npara-04\n');
    const r = mentor(['add', 'session', '--from', csv, '--date', '2026-06-24', '--minutes', '45', ...today], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(changed().added).toEqual(['  - { pair: para-02, date: 2026-06-24, minutes: 45 }', '  - { pair: para-04, date: 2026-06-24, minutes: 45 }']);
  });

  it('reads CSV as `mentor select` does: a Polish Excel export in Windows-1250, UTF-16; a broken quote names its row', () => {
    const csv = join(dir, '..', 'learning.csv');
    // Windows-1250 bytes of "Szkolenie: negocjacje zespołowe" (ł = 0xb3), `;`-separated, CRLF, as Polish Excel saves it.
    const win1250 = (s: string): Buffer => Buffer.from([...s].map((c) => (c === 'ł' ? 0xb3 : c.charCodeAt(0))));
    writeFileSync(csv, win1250('Mentee;Type;Hours;Description\r\ne-akaczmarek;formal;2;Szkolenie: negocjacje zespołowe\r\n'));
    const r = mentor(['add', 'learning', '--from', csv, '--date', '2026-06-24', ...today], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(changed().added.join('\n')).toContain('Szkolenie: negocjacje zespołowe');
    writeFileSync(csv, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mentee,Type,Hours\ne-mnowicki,social,1\n', 'utf16le')]));
    const utf16 = mentor(['add', 'learning', '--from', csv, '--date', '2026-06-24', ...today], { cwd: dir });
    expect(utf16.stderr).toBe('');
    expect(utf16.stdout).toContain('Added a learning activity to records/2026-06.yaml.');
    writeFileSync(csv, 'Mentee,Type,Hours\ne-mnowicki,social,1\ne-kpawlak,"social,1\n');
    const quote = mentor(['add', 'learning', '--from', csv, '--date', '2026-06-24', ...today], { cwd: dir });
    expect(quote.code).toBe(2);
    expect(quote.stderr).toMatch(/learning\.csv: row \d+: a quoted cell is not closed properly/);
  });

  it('names an unknown CSV column and a broken row', () => {
    const csv = join(dir, '..', 'survey.csv');
    writeFileSync(csv, 'Timestamp,Respondent,Satisfation\n2026-06-29 10:00,e-akaczmarek,5\n');
    const r = mentor(['add', 'survey', '--survey', 'koncowa', '--from', csv, ...today], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('column 1 "Timestamp" is not a field');
    expect(r.stderr).toContain('column 3 "Satisfation" is not a field (did you mean satisfaction?)');
    // The fields a column may name, also by the label HR would title it with, in the programme's language.
    const pl = mentor(['add', 'survey', '--survey', 'koncowa', '--from', csv, ...today], { cwd: dir, env: { LANG: 'pl_PL.UTF-8' } });
    expect(pl.stderr).toContain('respondent („Osoba odpowiadająca”)');
    writeFileSync(csv, 'Respondent,Satisfaction\ne-akaczmarek,5,9\n');
    const broken = mentor(['add', 'survey', '--survey', 'koncowa', '--from', csv, ...today], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('row 2');
  });

  it('speaks the programme\'s language when the environment names none (LANG=C on CI)', () => {
    const r = mentor(['add', 'session', '--pair', 'para-1', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir, env: { LANG: 'C' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Niczego nie dodano');
    expect(mentor(['add', 'session', '--pair', 'para-1', '--date', '2026-06-25', '--minutes', '60', ...today], { cwd: dir, env: { LANG: 'C', MENTOR_LOCALE: 'en' } }).stderr).toContain('Nothing added');
  });

  it('--dry-run shows the new lines and writes nothing; --locale pl speaks Polish', () => {
    const r = mentor(['add', 'learning', '--mentee', 'e-akaczmarek', '--type', 'formal', '--hours', '2', '--competency', 'negocjacje-kam', '--dry-run', '--locale', 'pl', ...today], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Próba, niczego nie zapisano: dodano by 1 aktywność rozwojową do records/2026-06.yaml.');
    expect(r.stdout).toContain('mentee: e-akaczmarek');
    expect(changed()).toEqual({ added: [], removed: [] });
  });
});

describe('mentor add (people)', () => {
  it('appends a mentee and a pair to the people file, comments and layout kept', () => {
    const mentee = mentor(['add', 'mentee', '--name', 'Zofia Lis', '--department', 'Region Południe', '--line-manager', 's-tlewandowski', '--competencies', 'negocjacje-kam:2:4', ...today], { cwd: dir });
    expect(mentee.stderr).toBe('');
    expect(mentee.code).toBe(0);
    // The pilot's mentee ids are made from names (`e-akaczmarek`), so the new one is made from hers, with their `e-`.
    expect(mentee.stdout).toContain('  - id: e-zofia-lis\n');
    const typo = mentor(['add', 'pair', '--mentor', 'm-jdabrowski', '--mentee', 'e-zofia-lisz', '--competencies', 'negocjacje-kam', '--start', '2026-06-01', ...today], { cwd: dir });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('Did you mean `e-zofia-lis`?');
    const people = parse(readFileSync(join(dir, 'people.yaml'), 'utf8')) as { mentees: { id: string; name: string }[]; pairs: { id: string }[] };
    const added = people.mentees[people.mentees.length - 1]!;
    expect(added).toMatchObject({ id: 'e-zofia-lis', name: 'Zofia Lis', department: 'Region Południe', lineManager: 's-tlewandowski', competencies: [{ competency: 'negocjacje-kam', baseline: 2, target: 4 }] });
    expect(people.pairs.map((p) => p.id)).not.toContain('para-13');
    const { added: lines, removed } = changed();
    expect(removed).toEqual([]);
    expect(lines).toEqual(['  - id: e-zofia-lis', '    name: Zofia Lis', '    department: Region Południe', '    lineManager: s-tlewandowski', '    competencies:', '      - { competency: negocjacje-kam, baseline: 2, target: 4 }']);
  });

  it('gives a pair named without --competencies its mentee\'s plan, as init does', () => {
    const mentee = mentor(['add', 'mentee', '--name', 'Zofia Lis', '--department', 'Region Południe', '--line-manager', 's-tlewandowski', '--competencies', 'negocjacje-kam:2:4', ...today], { cwd: dir });
    expect(mentee.code).toBe(0);
    const pair = mentor(['add', 'pair', '--mentor', 'm-gpiotrowski', '--mentee', 'e-zofia-lis', '--start', '2026-06-01', '--dry-run', ...today], { cwd: dir, env: { CI: 'true' } });
    expect(pair.stderr).not.toContain('--competencies');
    expect(pair.code).toBe(0);
    expect(pair.stdout).toMatch(/competencies: \[ ?negocjacje-kam ?\]/);
    // And its help says so, in both languages, instead of "required".
    expect(mentor(['add', 'pair', '--help']).stdout).toMatch(/--competencies <ID,…>\s+Competency ids the pair works on\. \(default: the mentee's plan\)\n/);
    expect(mentor(['--locale', 'pl', 'add', 'pair', '--help']).stdout).toMatch(/--competencies <ID,…>\s+.*\(domyślnie: plan mentee\)\n/);
  });

  it('says a pair\'s mentee is not in the programme (with the id meant) rather than asking for the plan it would take', () => {
    const before = readFileSync(join(dir, 'people.yaml'));
    const typo = mentor(['add', 'pair', '--mentor', 'm-gpiotrowski', '--mentee', 'e-akaczmarkek', '--start', '2026-06-01', ...today], { cwd: dir, env: { CI: 'true' } });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe('Nothing added: mentee `e-akaczmarkek` is not in the programme, so the pair has no development plan to take its competencies from.\nDid you mean `e-akaczmarek`?\n');
    const unknown = mentor(['add', 'pair', '--mentor', 'm-gpiotrowski', '--mentee', 'kto-to', '--start', '2026-06-01', ...today], { cwd: dir, env: { CI: 'true', LANG: 'pl_PL.UTF-8' } });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('w programie nie ma mentee `kto-to`');
    expect(unknown.stderr).toContain('Najpierw dodaj tę osobę (`mentor add mentee`), potem parę.');
    expect(readFileSync(join(dir, 'people.yaml')).equals(before)).toBe(true);
    // An id made from the mentee's name (Marcin Nowicki is `e-mnowicki`): his id is suggested, for a pair and for a record alike.
    const byName = mentor(['add', 'pair', '--mentor', 'm-gpiotrowski', '--mentee', 'marcin-nowicki', '--start', '2026-06-01', ...today], { cwd: dir, env: { CI: 'true' } });
    expect(byName.stderr).toContain('Did you mean `e-mnowicki`?');
    const record = mentor(['add', 'learning', '--mentee', 'marcin-nowicki', '--type', 'social', '--hours', '1', '--date', '2026-06-10', ...today], { cwd: dir });
    expect(record.code).toBe(1);
    expect(record.stderr).toMatch(/refers to mentee `marcin-nowicki`, which is not defined\.\s+unknown-reference\s+→ Did you mean `e-mnowicki`\?/);
  });

  it('warns when a person added is someone the programme has under another id (same name, or same e-mail), as validate does', () => {
    const byName = mentor(['add', 'mentee', '--name', 'Grzegorz  PIOTROWSKI', '--competencies', 'negocjacje-kam:2:4', '--dry-run', ...today], { cwd: dir });
    expect(byName.code).toBe(0);
    expect(byName.stderr).toMatch(/--name\s+warning\s+`e-grzegorz-piotrowski` in `mentees` has the name of `m-gpiotrowski` \(in `mentors`\).*person-name-duplicate/);
    const byEmail = mentor(['add', 'mentee', '--name', 'G. Piotrowski', '--email', 'grzegorz.piotrowski@norbud.pl', '--competencies', 'negocjacje-kam:2:4', '--dry-run', ...today], { cwd: dir });
    expect(byEmail.code).toBe(0);
    expect(byEmail.stderr).toContain('person-email-duplicate');
    // A new name is just added.
    expect(mentor(['add', 'mentee', '--name', 'Zofia Lis', '--competencies', 'negocjacje-kam:2:4', '--dry-run', ...today], { cwd: dir }).stderr).not.toMatch(/duplicate/);
  });

  it('starts a pair added before the programme begins at its kick-off, not today (which would be refused)', () => {
    const early = mentor(['add', 'pair', '--mentor', 'm-gpiotrowski', '--mentee', 'e-akaczmarek', '--competencies', 'negocjacje-kam', '--dry-run', '--today', '2025-12-15'], { cwd: dir, env: { CI: 'true' } });
    expect(early.code).toBe(0);
    expect(early.stdout).toMatch(/start: 2026-01-27/);
    // (That mentor and mentee are a pair already: the one warning is that, not the date.)
    expect(early.stderr).not.toMatch(/date-outside-period|2025-12-15/);
  });
});

describe('mentor add into a scaffolded programme', () => {
  it('fills the people file and starts a new month\'s records file with its header and modeline', () => {
    const root = mkdtempSync(join(tmpdir(), 'mentor-add-init-'));
    const init = mentor(['init', 'demo', '--yes', '--start', '2027-03-01', '--organisation', 'Acme', '--hr-owner', 'Anna Nowak', '--sponsor', 'Jan Lis'], { cwd: root });
    expect(init.code).toBe(0);
    dir = join(root, 'demo');
    const run = (...args: string[]): void => {
      const r = mentor([...args, '--today', '2027-04-02'], { cwd: dir });
      // The scaffold's placeholders (a line manager's name, `whyVacant`) are warnings of its own, said as such.
      expect(r.stderr, args.join(' ')).toMatch(/^(The programme already had \d+ warnings not caused by this addition; `mentor validate \.` lists them\.\n)?$/);
      expect(r.code, args.join(' ')).toBe(0);
    };
    run('add', 'mentor', '--name', 'Piotr Wrona', '--capacity', '2', '--levels', 'key-account-negotiation:5,account-planning:5,contract-profitability:5', '--preparation', 'mentor-role:2027-03-02,development-conversation:2027-03-02,scale-and-assessment:2027-03-03,planning-70-20-10:2027-03-03');
    run('add', 'mentee', '--name', 'Ola Nowak', '--line-manager', 'line-manager-1', '--competencies', 'key-account-negotiation:2:4,account-planning:1:3,contract-profitability:2:3');
    run('add', 'pair', '--mentor', 'mentor-01', '--mentee', 'mentee-01', '--competencies', 'key-account-negotiation,account-planning,contract-profitability', '--start', '2027-03-16');
    run('add', 'session', '--pair', 'pair-01', '--date', '2027-03-17', '--minutes', '60');
    run('add', 'assessment', '--mentee', 'mentee-01', '--competency', 'account-planning', '--level', '2', '--assessor', 'mentor', '--date', '2027-04-01');
    const april = readFileSync(join(dir, 'records/2027-04.yaml'), 'utf8');
    expect(april.split('\n')[0]).toBe('# yaml-language-server: $schema=../.mentor/schemas/records.schema.json');
    expect(parse(april)).toMatchObject({ apiVersion: 'mentor/v1', kind: 'Records', programme: 'demo', assessments: [{ mentee: 'mentee-01', level: 2 }] });
    const people = readFileSync(join(dir, 'people.yaml'), 'utf8');
    // Each list stands right under its commented example.
    expect(people).toMatch(/#\s+- \{ module: development-conversation, completed: 2027-03-01 \}\nmentors:\n {2}- id: mentor-01\n/);
    const v = mentor(['validate', '--today', '2027-04-02', '.'], { cwd: dir });
    expect(v.stdout).toMatch(/0 errors/);
    // Seven CLI runs in a row: on a busy two-core runner they outlast the suite's 30 s per test.
  }, 180_000);
});

describe('mentor add --help', () => {
  it('shows every kind\'s value syntax in Polish words under --locale pl (ids and listed values as typed)', () => {
    const english = /<[^>]*\b(TEXT|YYYY-MM-DD|N|VALUE|COMPETENCY|BASELINE|TARGET|MODULE|COMPLETED)\b[^>]*>/;
    const shown: string[] = [];
    for (const kind of ['session', 'assessment', 'learning', 'survey', 'kpi-value', 'mentee', 'mentor', 'pair']) {
      const r = mentor(['--locale', 'pl', 'add', kind, '--help']);
      expect(r.code, kind).toBe(0);
      expect(r.stdout, kind).not.toMatch(english);
      shown.push(r.stdout);
    }
    const all = shown.join('\n');
    expect(all).toContain('--date <RRRR-MM-DD>');
    expect(all).toContain('--minutes <LICZBA>');
    expect(all).toContain('--competencies <KOMPETENCJA:WYJŚCIOWY:DOCELOWY,…>');
    expect(all).toContain('--pair <ID>');
    expect(all).toContain('--status <held|cancelled|missed>');
  });
});

describe('mentor add (a new list in a block-style records file)', () => {
  it('writes the new list in block style when the file\'s other lists are blocks, in flow style when they are flow', () => {
    const file = join(dir, 'records', '2026-06.yaml');
    writeFileSync(file, ['apiVersion: mentor/v1', 'kind: Records', 'programme: kam-pilot-2026', '', 'sessions:', '  - pair: para-10', '    date: 2026-06-01', '    minutes: 60', ''].join('\n'));
    git('add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'block');
    const r = mentor(['add', 'learning', '--mentee', 'e-akaczmarek', '--type', 'formal', '--hours', '2', '--competency', 'negocjacje-kam', '--date', '2026-06-24', ...today], { cwd: dir });
    expect(r.code).toBe(0);
    const { added, removed } = changed();
    expect(removed).toEqual([]);
    expect(added[0]).toBe('learning:');
    expect(added[1]).toMatch(/^ {2}- mentee: e-akaczmarek$/);
    expect(added.slice(2).every((l) => /^ {4}\w+: /.test(l))).toBe(true);
    // A file whose lists are flow lines gets a flow line.
    const flow = mentor(['add', 'assessment', '--mentee', 'e-akaczmarek', '--competency', 'negocjacje-kam', '--level', '3', '--assessor', 'mentor', '--date', '2026-05-28', ...today], { cwd: dir });
    expect(flow.code).toBe(0);
    expect(readFileSync(join(dir, 'records', '2026-05.yaml'), 'utf8')).toMatch(/\n {2}- \{ mentee: e-akaczmarek, competency: negocjacje-kam, .*level: 3/);
  });
});

describe('mentor add (items set apart by blank lines)', () => {
  it('sets the new item apart by a blank line as the others are, git diff showing only added lines', () => {
    const file = join(dir, 'records', '2026-06.yaml');
    const sessions = ['  - pair: para-10', '    date: 2026-06-01', '    minutes: 60', '', '  - pair: para-03', '    date: 2026-06-08', '    minutes: 65'];
    writeFileSync(file, ['apiVersion: mentor/v1', 'kind: Records', 'programme: kam-pilot-2026', '', 'sessions:', ...sessions, '', '# Learning', 'learning: []', ''].join('\n'));
    git('add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'apart');
    const r = mentor(['add', 'session', '--pair', 'para-05', '--date', '2026-06-09', '--minutes', '50', ...today], { cwd: dir });
    expect(r.code).toBe(0);
    // git may show the blank line before the item or after it: the same text either way.
    const { added, removed } = changed();
    expect(removed).toEqual([]);
    expect([...added].sort()).toEqual(['', '    date: 2026-06-09', '    minutes: 50', '  - pair: para-05']);
    expect(readFileSync(file, 'utf8')).toContain('    minutes: 65\n\n  - pair: para-05\n    date: 2026-06-09\n    minutes: 50\n\n# Learning\n');
  });
});

describe('mentor add kpi-value with a percent sign', () => {
  it('suggests 0.35 for a KPI measured as a share of 1, 35 for one measured in percent', () => {
    const file = join(dir, 'programme.yaml');
    const kpi = ['  - id: udzial-wieloletnich', '    name: Udział kontraktów wieloletnich', '    level: 4', '    metric: udzial-wieloletnich', '    baseline: 0.4', '    target: 0.6', '    direction: higher', '    source: CRM', ''].join('\n');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - id: marza-kontraktow-kk\n    name: Marża', `${kpi}  - id: marza-kontraktow-kk\n    name: Marża`));
    const share = mentor(['add', 'kpi-value', '--kpi', 'udzial-wieloletnich', '--value', '35%', '--date', '2026-06-20', ...today], { cwd: dir });
    expect(share.code).toBe(1);
    expect(share.stderr).toContain('Did you mean 0.35?');
    const percent = mentor(['add', 'kpi-value', '--kpi', 'retencja-przychodu-kk', '--value', '35%', '--date', '2026-06-20', ...today], { cwd: dir });
    expect(percent.stderr).toContain('Did you mean 35?');
  });
});

describe('mentor add --dry-run into a month with no records file yet', () => {
  it('says the file would be new and nothing was written in one remark, not two brackets side by side', () => {
    rmSync(join(dir, 'records/2026-06.yaml'));
    const args = ['add', 'survey', '--survey', 'x', '--respondent', 'e-akaczmarek', '--satisfaction', '4', '--date', '2026-06-10', '--today', '2026-06-11', '--dry-run'];
    const en = mentor(args, { cwd: dir });
    expect(en.stdout).toContain('Would add a survey answer to records/2026-06.yaml (a new file; dry run, nothing written).');
    expect(en.stdout).not.toMatch(/\) \(/);
    const pl = mentor(args, { cwd: dir, env: { LANG: 'pl_PL.UTF-8' } });
    expect(pl.stdout).toContain('Próba, niczego nie zapisano: dodano by 1 odpowiedź z ankiety do records/2026-06.yaml (nowy plik).');
    expect(existsSync(join(dir, 'records/2026-06.yaml'))).toBe(false);
  });
});

describe('mentor add pair with a mentor at capacity', () => {
  it('places the refusal at --mentor when --start was not given (the start is a default), and at --start when it was', () => {
    const base = ['add', 'pair', '--mentor', 'm-kmazur', '--mentee', 'e-mnowicki', '--today', '2026-06-11', '--dry-run'];
    const defaulted = mentor(base, { cwd: dir });
    expect(defaulted.stderr).toMatch(/^ {2}--mentor +error +Mentor `m-kmazur` has 3 pairs at once/m);
    expect(defaulted.stderr).not.toContain('--start');
    expect(defaulted.code).toBe(1);
    const started = mentor([...base, '--start', '2026-06-11'], { cwd: dir });
    expect(started.stderr).toMatch(/^ {2}--start +error +Mentor `m-kmazur` has 3 pairs at once/m);
  });
});

describe('mentor add with an allowed value typed in Polish', () => {
  it('suggests the value the word glosses (`odbyta` → `held`, `doświadczenie` → `experience`), EN and PL; exit 1, nothing written', () => {
    const session = ['add', 'session', '--pair', 'para-02', '--minutes', '60', '--status', 'odbyta', ...today, '--dry-run'];
    expect(mentor(session, { cwd: dir }).stderr).toContain('→ Did you mean `held`?');
    const pl = mentor(session, { cwd: dir, env: { LANG: 'pl_PL.UTF-8' } });
    expect(pl.stderr).toContain('→ Czy chodziło o `held`?');
    expect(pl.code).toBe(1);
    const learning = mentor(['add', 'learning', '--mentee', 'e-akaczmarek', '--competency', 'negocjacje-kam', '--type', 'doświadczenie', '--hours', '2', '--description', 'x', ...today], { cwd: dir });
    expect(learning.stderr).toContain('→ Did you mean `experience`?');
    expect(learning.code).toBe(1);
    expect(changed().added).toEqual([]);
  });
});

describe('mentor add of a session already recorded', () => {
  it('names the file of the line the hint points to, at a flag and at a CSV row, in English and Polish; validate still names only the line', () => {
    const line = readFileSync(join(dir, 'records/2026-06.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('{ pair: para-10, date: 2026-06-01,')) + 1;
    expect(line).toBeGreaterThan(0);
    const session = ['add', 'session', '--pair', 'para-10', '--date', '2026-06-01', '--minutes', '60', ...today];
    const en = mentor(session, { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/--date\s+error/);
    expect(en.stderr).toContain(`It is first recorded at line ${line} of \`records/2026-06.yaml\`.`);
    const pl = mentor(session, { cwd: dir, env: { LANG: 'pl_PL.UTF-8' } });
    expect(pl.stderr).toContain(`Pierwszy zapis jest w wierszu ${line} pliku \`records/2026-06.yaml\`.`);
    writeFileSync(join(dir, 'sesje.csv'), 'pair,date,minutes\npara-10,2026-06-01,60\n');
    const csv = mentor(['add', 'session', '--from', 'sesje.csv', ...today], { cwd: dir });
    expect(csv.stderr).toMatch(/row 2, column date\s+error/);
    expect(csv.stderr).toContain(`It is first recorded at line ${line} of \`records/2026-06.yaml\`.`);
    // At its own file's position, the file goes without saying.
    const records = readFileSync(join(dir, 'records/2026-06.yaml'), 'utf8').split('\n');
    writeFileSync(join(dir, 'records/2026-06.yaml'), [...records.slice(0, line), records[line - 1], ...records.slice(line)].join('\n'));
    const validate = mentor(['validate', '.', ...today], { cwd: dir });
    expect(validate.stderr + validate.stdout).toContain(`It is first recorded at line ${line}. Delete the copy`);
  });
});
