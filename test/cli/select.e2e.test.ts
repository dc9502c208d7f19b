import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentor, repoRoot } from './spawn.js';

/** The KAM pilot and rollout copied to a fresh folder (the rollout names the pilot by ../kam-pilot). */
function workspace(): { dir: string; rollout: string; people: string; csv: string; xlsx: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-select-'));
  cpSync(join(repoRoot, 'examples/kam-pilot'), join(dir, 'kam-pilot'), { recursive: true });
  cpSync(join(repoRoot, 'examples/kam-rollout'), join(dir, 'kam-rollout'), { recursive: true });
  const rollout = join(dir, 'kam-rollout');
  return { dir, rollout, people: join(rollout, 'people.yaml'), csv: join(rollout, 'hr/kandydaci.csv'), xlsx: join(rollout, 'hr/kandydaci.xlsx') };
}

interface SelectJson {
  formatVersion: number;
  source: { kind: string; encoding?: string; delimiter?: string; sheet?: string };
  summary: { qualified: number; notQualified: number; alreadyMentee: number };
  ignored: string[];
  candidates: { id: string; line: number; status: string; lineManagerId?: string; hired?: string; reasons: string[] }[];
}

const statuses = (json: SelectJson): Record<string, string> => Object.fromEntries(json.candidates.map((c) => [c.id, c.status]));

// What the example export holds, checked by hand against the programme's criteria (see examples/kam-rollout/hr).
const expected = {
  'e-opietrzak': 'already-mentee',
  'k-azawadzka': 'qualified',
  'k-pwrobel': 'not-qualified', // the last place in Region Południe went to Anna Zawadzka (same gaps, earlier line)
  'k-kduda': 'not-qualified', // hired 2025-11-03: under 12 months
  'k-mbak': 'not-qualified', // largest gap 1
  'k-jkrol': 'not-qualified', // title outside the role family
  'k-tmazur': 'not-qualified', // no gap
  'k-eszymanska': 'qualified',
  'k-lgorski': 'qualified',
  'k-ddudek': 'qualified',
};

describe('mentor select', () => {
  it('reads the Polish export (Windows-1250, `;`, Polish headers, a quoted line break) and says who qualifies and why', () => {
    const r = mentor(['select', 'examples/kam-rollout', 'examples/kam-rollout/hr/kandydaci.csv', '--format', 'json', '--locale', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as SelectJson;
    expect(json.formatVersion).toBe(1);
    expect(json.source).toEqual({ kind: 'csv', encoding: 'windows-1250', delimiter: ';' });
    expect(statuses(json)).toEqual(expected);
    expect(json.summary).toEqual({ qualified: 4, notQualified: 5, alreadyMentee: 1 });
    expect(json.ignored).toEqual(['Uwagi']);
    const byId = new Map(json.candidates.map((c) => [c.id, c]));
    // A line manager written by name is turned into the id of a person of the programme.
    expect(byId.get('k-pwrobel')!.lineManagerId).toBe('s-mkaminski');
    expect(byId.get('k-pwrobel')!.reasons.join(' ')).toMatch(/limit-na-region.*Region Południe.*already has 9 mentees/);
    expect(byId.get('k-kduda')!.reasons.join(' ')).toMatch(/staz-12-mies.*hired 2025-11-03, under 12 months/);
    expect(byId.get('k-jkrol')!.reasons.join(' ')).toMatch(/Asystentka Działu Sprzedaży/);
    expect(byId.get('k-tmazur')!.reasons[0]).toMatch(/no gap/);
    // The record after the quoted line break starts on line 10 of the file.
    expect(byId.get('k-lgorski')!.line).toBe(11);
  });

  it('reads the XLSX export (dates as date cells, a second sheet) to the same selection', () => {
    const r = mentor(['select', 'examples/kam-rollout', 'examples/kam-rollout/hr/kandydaci.xlsx', '-f', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as SelectJson;
    expect(json.source).toEqual({ kind: 'xlsx', sheet: 'Pracownicy' });
    expect(statuses(json)).toEqual(expected);
    expect(json.candidates.find((c) => c.id === 'k-azawadzka')!.hired).toBe('2020-03-12');
    const missing = mentor(['select', 'examples/kam-rollout', 'examples/kam-rollout/hr/kandydaci.xlsx', '--sheet', 'Arkusz1', '--locale', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no sheet "Arkusz1" \(sheets: Pracownicy, Objaśnienia\)/);
  });

  it('prints a table in the programme\'s language, and writes csv and md files by extension', () => {
    const { dir, rollout, csv } = workspace();
    const r = mentor(['select', rollout, csv, '--output', join(dir, 'wybor.csv'), '--output', join(dir, 'wybor.md')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/k-azawadzka.*spełnia kryteria/);
    expect(r.stdout).toMatch(/Kryteria spełnia: 4 osoby; nie spełnia: 5 osób; już w programie jako mentee: 1 osoba/);
    const written = readFileSync(join(dir, 'wybor.csv'), 'utf8');
    expect(written.startsWith('\uFEFFline;id;name;title;department;lineManager;status;gaps;reasons\r\n')).toBe(true);
    expect(written).toMatch(/^4;k-pwrobel;Paweł Wróbel;.*;not-qualified;/m);
    expect(readFileSync(join(dir, 'wybor.md'), 'utf8')).toMatch(/^\| 3 \| `k-azawadzka` \| Anna Zawadzka \|/m);
  });

  it('--write adds the qualified as mentees, keeps every other byte, validates clean, and never adds one twice', () => {
    const { dir, rollout, people, csv } = workspace();
    const before = readFileSync(people, 'utf8');
    const r = mentor(['select', rollout, csv, '--write', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Added 4 mentees to .*people\.yaml/);
    const after = readFileSync(people, 'utf8');
    // Everything before the end of the mentees list is unchanged (comments included); the pairs follow as before.
    const pairsAt = before.indexOf('\npairs:');
    expect(after.startsWith(before.slice(0, pairsAt))).toBe(true);
    expect(after.endsWith(before.slice(pairsAt))).toBe(true);
    expect(after).toContain('  - id: k-ddudek\n    name: Dariusz Dudek\n    title: Key Account Manager\n    department: Region Wschód\n    lineManager: s-bzalewska\n    hired: 2020-02-10\n    competencies:\n      - { competency: negocjacje-kam, baseline: 3, target: 4 }');
    const validate = mentor(['validate', dir]);
    expect(validate.stdout + validate.stderr).not.toMatch(/error|błąd/);
    expect(validate.code).toBe(0);
    const again = mentor(['select', rollout, csv, '--write', '--locale', 'en', '-f', 'json']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/Nobody new qualified/);
    expect(readFileSync(people, 'utf8')).toBe(after);
    expect((JSON.parse(again.stdout) as SelectJson).summary).toEqual({ qualified: 0, notQualified: 5, alreadyMentee: 5 });
  });

  it('takes a Polish feminine title for the criterion\'s masculine one, and --write adds a mentee validate then accepts', () => {
    const { rollout, dir } = workspace();
    const csv = join(dir, 'titles.csv');
    writeFileSync(
      csv,
      [
        'id,name,title,department,hired,Negocjacje (ocena IX 2026),Planowanie konta (ocena IX 2026),Rentowność kontraktu (ocena IX 2026),Propozycja wartości (ocena IX 2026)',
        'k-a,Anna Nowak,Przedstawicielka Handlowa,Region Centrum,2020-01-01,2,3,3,2',
        'k-b,Jan Nowak,Przedstawiciel Handlowy,Region Zachód,2020-01-01,2,3,3,2',
        'k-c,Ola Lis,Asystentka Działu Sprzedaży,Region Południe,2020-01-01,2,3,3,2',
      ].join('\n'),
    );
    const r = mentor(['select', rollout, csv, '--format', 'json', '--locale', 'en', '--write']);
    expect(r.stderr).toMatch(/^Added 2 mentees to /);
    expect(r.code).toBe(0);
    // `titles: [Key Account Manager, Przedstawiciel Handlowy]`: "Przedstawicielka Handlowa" is the same job.
    expect(statuses(JSON.parse(r.stdout) as SelectJson)).toEqual({ 'k-a': 'qualified', 'k-b': 'qualified', 'k-c': 'not-qualified' });
    const validate = mentor(['validate', rollout, '--locale', 'en']);
    expect(validate.stdout).not.toContain('criterion-not-met');
    expect(validate.code, validate.stdout).toBe(0);
  });

  it('reads slashed hire dates in the order the column shows, asks for --date-format when nothing tells, and says how it read them', () => {
    const { rollout, dir } = workspace();
    const programme = join(rollout, 'programme.yaml');
    const header = 'id,name,title,department,hired,Negocjacje (ocena IX 2026),Planowanie konta (ocena IX 2026),Rentowność kontraktu (ocena IX 2026),Propozycja wartości (ocena IX 2026)';
    const exportOf = (name: string, dates: string[]): string => {
      const file = join(dir, name);
      writeFileSync(file, [header, ...dates.map((d, i) => `k-${i},Person ${i},Key Account Manager,Region ${['Centrum', 'Zachód', 'Wschód'][i]},${d},2,3,3,2`)].join('\n'));
      return file;
    };
    const hired = (stdout: string) => (JSON.parse(stdout) as SelectJson).candidates.map((c) => c.hired);
    const uk = exportOf('uk.csv', ['05/01/2020', '14/03/2021', '2019-06-01']);
    const ambiguous = exportOf('ambiguous.csv', ['05/01/2020', '07/03/2021']);

    // A Polish programme: its exports write the day first.
    const pl = mentor(['select', rollout, ambiguous]);
    expect(pl.code, pl.stderr).toBe(0);
    expect(pl.stdout).toContain('Daty z ukośnikami odczytano jako DD/MM/RRRR (najpierw dzień): tak jak zapisują je polskie eksporty.');

    // An English programme may take British or American exports: the column decides, or the user does.
    writeFileSync(programme, readFileSync(programme, 'utf8').replace(/^ {2}locale: pl$/m, '  locale: en'));
    const r = mentor(['select', rollout, uk, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(hired(r.stdout)).toEqual(['2020-01-05', '2021-03-14', '2019-06-01']);
    expect((JSON.parse(r.stdout) as { slashedDates: unknown }).slashedDates).toEqual({ format: 'DD/MM/YYYY', by: 'column', line: 3, value: '14/03/2021' });
    expect(mentor(['select', rollout, uk]).stdout).toContain('Dates with slashes read as DD/MM/YYYY (day first): line 3 has "14/03/2021".');

    const refused = mentor(['select', rollout, ambiguous]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('ambiguous.csv:2:5: "05/01/2020" could be 2020-01-05 (day first) or 2020-05-01 (month first)');
    expect(refused.stderr).toContain('ambiguous.csv:3:5: "07/03/2021" could be');
    expect(refused.stderr).toContain('Run again with --date-format DD/MM/YYYY (as in the UK and Poland) or --date-format MM/DD/YYYY (as in the US).');
    const us = mentor(['select', rollout, ambiguous, '--date-format', 'MM/DD/YYYY', '--format', 'json']);
    expect(us.code, us.stderr).toBe(0);
    expect(hired(us.stdout)).toEqual(['2020-05-01', '2021-07-03']);
    expect(mentor(['select', rollout, ambiguous, '--date-format', 'DD.MM.YYYY']).code).toBe(2);
  });

  it('names the line and column of every bad cell, exits 1 and writes nothing', () => {
    const { rollout, people, dir } = workspace();
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        'id,name,title,department,hired,Negocjacje (ocena IX 2026),Planowanie konta (ocena IX 2026),Rentowność kontraktu (ocena IX 2026),propozycja-wartosci',
        'k-a,Anna A,Key Account Manager,Region Wschód,2020-01-01,7,2,2,2',
        'k-b,Bob B,Key Account Manager,Region Wschód,31.02.2020,2,2.5,2,2',
        'k-a,Ann A,Key Account Manager,Region Wschód,2020-01-01,2,2,dwa,2',
      ].join('\n'),
    );
    const before = readFileSync(people, 'utf8');
    const r = mentor(['select', rollout, bad, '--write', '--locale', 'en', '--level', 'propozycja-wartosci=propozycja-wartosci']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad.csv:2:6: "7" is off the scale of `negocjacje-kam` (levels: 1, 2, 3, 4, 5).');
    expect(r.stderr).toContain('bad.csv:3:5: "31.02.2020" is not a date');
    expect(r.stderr).toContain('bad.csv:3:7: "2.5" lies between two levels of `planowanie-konta`');
    expect(r.stderr).toContain('bad.csv:4:1: the id "k-a" stands twice (first on line 2).');
    expect(r.stderr).toContain('bad.csv:4:8: "dwa" is not a level of `rentownosc-kontraktu`');
    expect(r.stderr).toMatch(/5 cells of .*bad\.csv cannot be read; nothing was selected or written/);
    expect(readFileSync(people, 'utf8')).toBe(before);
  });

  it('exits 2 on a file that is not a table or columns it cannot map, with what to do', () => {
    const { rollout, dir } = workspace();
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '\n\n');
    const r1 = mentor(['select', rollout, empty, '--locale', 'en']);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/empty\.csv: the file is empty/);
    const binary = join(dir, 'photo.csv');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]));
    const r2 = mentor(['select', rollout, binary, '--locale', 'en']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/this is not a table/);
    const noLevels = join(dir, 'nolevels.csv');
    writeFileSync(noLevels, 'id;name;Stanowisko\nk-a;Anna;KAM\n');
    const r3 = mentor(['select', rollout, noLevels, '--locale', 'en']);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/no column with the current level in a competency/);
    expect(r3.stderr).toMatch(/--column FIELD=HEADER/);
    const r4 = mentor(['select', rollout, noLevels, '--locale', 'en', '--column', 'id=Nr']);
    expect(r4.code).toBe(2);
    expect(r4.stderr).toMatch(/no column "Nr" \(named by a flag for person id\)/);
    expect(r4.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('tells a programme without `defaultTarget` to add it, not to name columns', () => {
    const { rollout, csv } = workspace();
    const programme = join(rollout, 'programme.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace(/\n {4}defaultTarget: 4/g, ''));
    const r = mentor(['select', rollout, csv, '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/have no `defaultTarget`, so a candidate's gap cannot be known\. Add `defaultTarget: N`/);
    expect(r.stderr).not.toMatch(/--column FIELD=HEADER/);
  });
});
