import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseProgrammeYaml, programmeYaml } from '../helpers/bundle.js';
import { mentor } from './spawn.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mentor-validate-'));
  mkdirSync(join(dir, 'clean'));
  writeFileSync(join(dir, 'clean', 'programme.yaml'), baseProgrammeYaml);
  mkdirSync(join(dir, 'broken'));
  writeFileSync(
    join(dir, 'broken', 'programme.yaml'),
    programmeYaml((d) => {
      d.people.mentees[0].competencies[0].target = 1;
      d.mentess = [];
    }).replace('mentess: []', 'mentess: []'),
  );
  mkdirSync(join(dir, 'empty-folder'));
  writeFileSync(join(dir, 'empty-folder', 'notes.txt'), 'not yaml');
});

describe('mentor validate (end to end)', () => {
  it('exits 0 on every bundled example', () => {
    const r = mentor(['validate', 'examples']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 0 and says so on a clean programme', () => {
    const r = mentor(['validate', join(dir, 'clean')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 file checked, no problems/);
  });

  it('exits 1 and points at file, line and column of each problem', () => {
    const r = mentor(['validate', join(dir, 'broken')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/schema-unknown-key/);
    expect(r.stdout).toMatch(/Unknown key `mentess` in the document/);
    expect(r.stdout).toMatch(/^\s+\d+:\d+\s+error/m);
    expect(r.stdout).toMatch(/1 file · 0 valid · 1 with problems · 1 error, 0 warnings/);
  });

  it('prints stable JSON on stdout with --format json and nothing else there', () => {
    const r = mentor(['validate', '--format', 'json', join(dir, 'broken')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { formatVersion: number; diagnostics: { ruleId: string; line: number; column: number; file: string }[] };
    expect(out.formatVersion).toBe(1);
    expect(out.diagnostics[0]).toMatchObject({ ruleId: 'schema-unknown-key' });
    expect(out.diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('says when schema errors kept the method rules from running, in stylish and in JSON', () => {
    const broken = mentor(['validate', join(dir, 'broken')]);
    // The mentee's target below the baseline is a rule finding: it waits for the schema error.
    expect(broken.stdout).not.toMatch(/target/);
    expect(broken.stdout).toMatch(/The method's rules did not run on `.*programme\.yaml`: fix the errors above in its files \(YAML, schema, included paths\)/);
    const json = (path: string) => JSON.parse(mentor(['validate', '--format', 'json', path]).stdout) as { rulesNotRun: string[] };
    expect(json(join(dir, 'broken')).rulesNotRun).toEqual([expect.stringMatching(/broken[\\/]programme\.yaml$/)]);
    expect(json(join(dir, 'clean')).rulesNotRun).toEqual([]);
    expect(mentor(['validate', join(dir, 'clean')]).stdout).not.toMatch(/did not run/);
  });

  it('writes a machine format to --output while people read stylish, and never overwrites without --force', () => {
    const file = join(dir, 'out.json');
    const first = mentor(['validate', '--format', 'json', '--output', file, join(dir, 'broken')]);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/schema-unknown-key/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('diagnostics');
    writeFileSync(file, 'keep me');
    const again = mentor(['validate', '--format', 'json', '--output', file, join(dir, 'broken')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; use --force/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const forced = mentor(['validate', '--format', 'json', '--output', file, '--force', join(dir, 'broken')]);
    expect(forced.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toMatch(/formatVersion/);
  });

  it('accepts FORMAT=FILE outputs', () => {
    const file = join(dir, 'named.json');
    const r = mentor(['validate', '--output', `json=${file}`, join(dir, 'clean')]);
    expect(r.code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('writes the format an --output extension names, and refuses one that contradicts --format', () => {
    const sarif = join(dir, 'report.sarif');
    const r = mentor(['validate', '--output', sarif, join(dir, 'broken')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/schema-unknown-key/);
    expect(JSON.parse(readFileSync(sarif, 'utf8'))).toMatchObject({ version: '2.1.0' });
    const clash = mentor(['validate', '--format', 'json', '--output', join(dir, 'clash.sarif'), join(dir, 'clean')]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/extension says sarif, but --format is json/);
    expect(existsSync(join(dir, 'clash.sarif'))).toBe(false);
  });

  it('exits 2 on a missing path, a folder without documents, an unknown option or format', () => {
    const missing = mentor(['validate', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder/);
    const none = mentor(['validate', join(dir, 'empty-folder')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no mentor documents found/);
    expect(mentor(['validate', '--bogus']).code).toBe(2);
    const format = mentor(['validate', '--format', 'xml', join(dir, 'clean')]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/xml/);
    for (const r of [missing, none, format]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('never says "no problems" about a folder whose only document has a misspelt kind', () => {
    const folder = join(dir, 'misspelt');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'programme.yaml'), baseProgrammeYaml.replace('kind: Programme', 'kind: Programm'));
    const r = mentor(['validate', folder]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2:7\s+error\s+Unknown document kind `Programm`\.\s+kind-unknown/);
    expect(r.stdout).toMatch(/Did you mean `Programme`\?/);
    expect(r.stdout).not.toMatch(/no problems/);
  });

  it('gives an include path written the Windows way, or climbing out, one finding that shows the fix', () => {
    for (const [path, example] of [['records\\', 'records/'], ['../records/', 'people.yaml']] as const) {
      const folder = mkdtempSync(join(dir, 'include-'));
      writeFileSync(join(folder, 'programme.yaml'), baseProgrammeYaml.replace('metadata:', `includes:\n  records: ['${path}']\nmetadata:`));
      const json = JSON.parse(mentor(['validate', '--format', 'json', '--today', '2026-11-27', folder]).stdout) as { diagnostics: { ruleId: string; hint: string }[] };
      expect(json.diagnostics.map((d) => d.ruleId)).toEqual(['schema-format']);
      expect(json.diagnostics[0]!.hint).toBe(`For example: \`${example}\`.`);
    }
  });

  it('says which YAML files a folder scan skipped, in stylish and in JSON', () => {
    const folder = join(dir, 'with-chart');
    mkdirSync(join(folder, 'deploy'), { recursive: true });
    writeFileSync(join(folder, 'programme.yaml'), baseProgrammeYaml);
    writeFileSync(join(folder, 'deploy', 'chart.yaml'), 'apiVersion: apps/v1\nkind: Deployment\n');
    const r = mentor(['validate', '--today', '2026-11-27', folder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Skipped 1 YAML file that is not a mentor document:\n {2}.*deploy\/chart\.yaml {2}\(`apiVersion: apps\/v1`\)\n\n✔ 1 file checked, no problems\./);
    const json = JSON.parse(mentor(['validate', '--format', 'json', '--today', '2026-11-27', folder]).stdout) as { skipped: { file: string; reason: string; apiVersion: string | null }[] };
    expect(json.skipped).toEqual([{ file: expect.stringMatching(/deploy\/chart\.yaml$/) as unknown as string, reason: 'other-api-version', apiVersion: 'apps/v1' }]);
  });

  it('treats warnings as problems with --strict or past --max-warnings', () => {
    const warned = programmeYaml((d) => {
      d.process.learningMix = { experience: 55, social: 35, formal: 10, tolerance: 10 };
    });
    mkdirSync(join(dir, 'warned'), { recursive: true });
    writeFileSync(join(dir, 'warned', 'programme.yaml'), warned);
    expect(mentor(['validate', join(dir, 'warned')]).code).toBe(0);
    const strict = mentor(['validate', '--strict', join(dir, 'warned')]);
    expect(strict.code).toBe(1);
    // Names the option given: a run with --strict alone was told of a --max-warnings limit.
    expect(strict.stderr).toContain('--strict');
    expect(strict.stderr).not.toContain('--max-warnings');
    expect(mentor(['validate', '--max-warnings', '0', join(dir, 'warned')]).stderr).toContain('--max-warnings');
    expect(mentor(['validate', '--max-warnings', '5', join(dir, 'warned')]).code).toBe(0);
    expect(mentor(['validate', '--max-warnings', 'lots', join(dir, 'warned')]).code).toBe(2);
  });

  it('reads standard input for the path -, named and resolved by --stdin-filepath', () => {
    const text = readFileSync('examples/kam-pilot/programme.yaml', 'utf8');
    const clean = mentor(['validate', '-', '--stdin-filepath', 'examples/kam-pilot/programme.yaml', '--today', '2026-11-27'], { input: text });
    expect(clean.code).toBe(0);
    // LANG=C names no language, so the Polish programme is reported in Polish.
    expect(clean.stdout).toMatch(/Sprawdzono 8 plików, bez problemów/);
    const broken = mentor(['validate', '-', '--stdin-filepath', 'examples/kam-pilot/programme.yaml'], { input: text.replace('phase: pilot', 'phase: pilotaz') });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^examples\/kam-pilot\/programme\.yaml$/m);
    expect(broken.stdout).toMatch(/schema-enum/);
    const unnamed = mentor(['validate', '-'], { input: 'a: 1\n' });
    expect(unnamed.code).toBe(1);
    expect(unnamed.stdout).toMatch(/<stdin>/);
  });

  it('names the value to quote when a comma in text inside braces cut off one word', () => {
    const text = 'apiVersion: mentor/v1\nkind: Records\nprogramme: brackwater-kt-pilot-2026\nkpiValues:\n  - { kpi: x, date: 2026-06-30, value: 4.1, note: MES scrap report, September }\n';
    const r = mentor(['validate', '-', '--stdin-filepath', 'examples/expert-transfer/records/2026-06.yaml'], { input: text });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/5:69 +error +Unknown key `September` in `kpiValues\[0\]`/);
    expect(r.stdout).toContain('put the whole value of `note` in quotes (`note: "…, September"`)');
  });

  it('offers day and month swapped for a date whose month does not exist', () => {
    const text = 'apiVersion: mentor/v1\nkind: Records\nprogramme: brackwater-kt-pilot-2026\nsessions:\n  - { pair: p1, date: 2026-13-01, minutes: 45 }\n';
    const r = mentor(['validate', '-', '--stdin-filepath', 'examples/expert-transfer/records/2026-06.yaml'], { input: text });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/5:23 +error +`date` in `sessions\[0\]` must be a date that exists in the calendar, not `2026-13-01`\./);
    expect(r.stdout).toContain('→ Did you mean `2026-01-13`?');
  });

  it('reports one person listed in two people files once, telling HR to keep one entry', () => {
    const folder = join(dir, 'listed-twice');
    cpSync('examples/expert-transfer', folder, { recursive: true });
    // Omar Khan copied into a second people file read first, working on another competency there:
    // his pair's and records' competency is in the other listing, which is no finding of its own.
    writeFileSync(
      join(folder, 'people', 'a-second-site.yaml'),
      'apiVersion: mentor/v1\nkind: People\nprogramme: brackwater-kt-pilot-2026\nmentees:\n  - id: me-01\n    name: Omar Khan\n    lineManager: lm-mechanical\n    competencies:\n      - { competency: rotating-vibration-diagnostics, baseline: 1, target: 3 }\n',
    );
    const r = mentor(['validate', folder, '--today', '2026-11-27', '--format', 'json']);
    const found = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; file: string; line: number; column: number; hint: string }[] }).diagnostics;
    expect(found.map((d) => d.ruleId)).toEqual(['duplicate-id']);
    expect(found[0]).toMatchObject({ line: 16, column: 9 });
    expect(found[0]!.file).toMatch(/people\/mentees\.yaml$/);
    expect(found[0]!.hint).toMatch(/^Omar Khan is already listed at line 5 of `.*a-second-site\.yaml`: one person is listed once, so keep one entry/);
  });

  it('names a tab after spaces in the indentation, once, instead of the wrong indentation it causes below', () => {
    const text = 'apiVersion: mentor/v1\nkind: People\nprogramme: brackwater-kt-pilot-2026\nmentors:\n  - id: m-a\n    name: A\n  \ttitle: Process Engineer\n    capacity: 2\n    levels: { gt-major-inspection: 4 }\n';
    const r = mentor(['validate', '-', '--stdin-filepath', 'examples/expert-transfer/people/extra.yaml', '--format', 'json'], { input: text });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; line: number; column: number }[] }).diagnostics;
    expect(found.map((d) => [d.ruleId, d.line, d.column])).toEqual([['yaml-tab-indent', 7, 3]]);
  });

  it('warns about a milestone on an England and Wales bank holiday in a Europe/London programme', () => {
    const folder = join(dir, 'bank-holiday');
    mkdirSync(folder);
    writeFileSync(join(folder, 'programme.yaml'), programmeYaml((d) => {
      d.metadata.timeZone = 'Europe/London';
      d.process.milestones.push({ id: 'mid-point-review', name: 'Mid-point', date: '2026-04-06' });
    }));
    const r = mentor(['validate', folder, '--today', '2026-01-05']);
    expect(r.stdout).toContain('Milestone `mid-point-review` (2026-04-06) falls on a public holiday: Easter Monday.');
    expect(r.stdout).toContain('→ Move it to a working day: Thursday 2026-04-02 or Tuesday 2026-04-07.');
  });

  it('applies the nearest .mentor.yaml upwards, --config FILE, or none with --no-config', () => {
    const project = join(dir, 'configured');
    mkdirSync(join(project, 'programmes', 'warned'), { recursive: true });
    writeFileSync(join(project, 'programmes', 'warned', 'programme.yaml'), programmeYaml((d) => {
      d.process.learningMix = { experience: 55, social: 35, formal: 10, tolerance: 10 };
    }));
    const cwd = join(project, 'programmes');
    expect(mentor(['validate', 'warned'], { cwd }).stdout).toMatch(/learning-mix-deviation/);
    writeFileSync(join(project, '.mentor.yaml'), '# team settings\nrules:\n  learning-mix-deviation: error\n');
    const graded = mentor(['validate', 'warned'], { cwd });
    expect(graded.code).toBe(1);
    expect(graded.stdout).toMatch(/error\s+Planned `social` share/);
    expect(mentor(['validate', '--no-config', 'warned'], { cwd }).code).toBe(0);
    writeFileSync(join(project, 'off.yaml'), 'rules:\n  learning-mix-deviation: off\n');
    const off = mentor(['validate', '--config', '../off.yaml', 'warned'], { cwd });
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/no problems/);
  });

  it('exits 2 on a config with an unknown rule, naming file, line and column', () => {
    const cwd = join(dir, 'bad-config');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'programme.yaml'), baseProgrammeYaml);
    writeFileSync(join(cwd, '.mentor.yaml'), 'rules:\n  buy-in-mising: off\n');
    const r = mentor(['validate'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.mentor\.yaml:2:3: `buy-in-mising` is not a method rule \(did you mean `buy-in-missing`\?\)/);
    expect(mentor(['validate', '--config', 'missing.yaml'], { cwd }).code).toBe(2);
    // A config that is not YAML is placed too.
    writeFileSync(join(cwd, '.mentor.yaml'), 'rules:\n\tbuy-in-missing: off\n');
    const tab = mentor(['validate'], { cwd });
    expect(tab.code).toBe(2);
    expect(tab.stderr).toMatch(/\.mentor\.yaml:2:1: the config file cannot be read as YAML \(yaml-tab-indent\)/);
  });

  it('speaks Polish with --locale pl', () => {
    const r = mentor(['validate', '--locale', 'pl', join(dir, 'broken')]);
    expect(r.stdout).toMatch(/Nieznany klucz `mentess`/);
    expect(r.stdout).toMatch(/błąd/);
  });

  it('tells to swap a mentor and a mentee written the wrong way round, at each of them', () => {
    const work = mkdtempSync(join(tmpdir(), 'mentor-swapped-'));
    cpSync('examples/kam-pilot', work, { recursive: true });
    const people = join(work, 'people.yaml');
    const text = readFileSync(people, 'utf8');
    writeFileSync(people, text.replace('    mentor: m-gpiotrowski\n    mentee: e-akaczmarek', '    mentor: e-akaczmarek\n    mentee: m-gpiotrowski'));
    const r = mentor(['validate', '--format', 'json', work]);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; line: number; message: string; hint: string }[] }).diagnostics.filter((d) => d.ruleId === 'unknown-reference');
    const line = text.split('\n').findIndex((l) => l === '    mentor: m-gpiotrowski') + 1;
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [line, '`pairs[id=para-01].mentor` wskazuje na `e-akaczmarek`, a ta osoba jest w `mentees`, nie w `mentors`.'],
      [line + 1, '`pairs[id=para-01].mentee` wskazuje na `m-gpiotrowski`, a ta osoba jest w `mentors`, nie w `mentees`.'],
    ]);
    expect(new Set(found.map((d) => d.hint))).toEqual(new Set(['Wygląda na to, że mentor i mentee są zamienieni miejscami: zamień wartości `mentor` i `mentee`.']));
  });

  it('reports nesting too deep for the parser as a finding, not a crash', () => {
    const deep = join(dir, 'deep.yaml');
    writeFileSync(deep, `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\nsessions: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    const r = mentor(['validate', deep]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/nested more than 100 levels deep here.*yaml-too-deep/);
    expect(r.stderr).toBe('');
  });

  it('gives a 50 MB file a diagnostic instead of parsing it', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\nsessions:\n${'  - { pair: p1, date: 2026-02-02, minutes: 60 }\n'.repeat(1_100_000)}`);
    const r = mentor(['validate', big]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/file-too-large/);
  });
});

describe('the language of messages when the environment names none (LANG=C, as on CI runners)', () => {
  let work: string;
  beforeAll(() => {
    // Copies of the two examples: one with a reference to a competency nobody defined (a method
    // rule), one with an unquoted colon in a records file (a YAML error, which stops the rules).
    work = mkdtempSync(join(tmpdir(), 'mentor-locale-'));
    const edit = (file: string, from: RegExp | string, to: string): void => {
      const text = readFileSync(file, 'utf8');
      expect(text.replace(from, to)).not.toBe(text);
      writeFileSync(file, text.replace(from, to));
    };
    for (const copy of ['kam-rule', 'kam-yaml']) cpSync('examples/kam-pilot', join(work, copy), { recursive: true });
    for (const copy of ['et-rule', 'et-yaml']) cpSync('examples/expert-transfer', join(work, copy), { recursive: true });
    edit(join(work, 'kam-rule/people.yaml'), 'levels: { negocjacje-kam: 5,', 'levels: { negocjacje-kamm: 5,');
    edit(join(work, 'kam-yaml/records/2026-02.yaml'), 'topic: "Kontrakt mentoringowy: cele, zasady, sposób pracy" }', 'topic: Kontrakt mentoringowy: cele }');
    edit(join(work, 'et-rule/people/staff-and-mentors.yaml'), /levels:\n(\s+)([a-z0-9-]+):/, 'levels:\n$1$2x:');
    edit(join(work, 'et-yaml/records/2026-04.yaml'), /^sessions:\n/m, 'sessions:\n  - { pair: pair-01, date: 2026-04-01, minutes: 60, topic: Plan: draft }\n');
  });

  it('reports a Polish programme in Polish: its rules, its YAML errors and the summary', () => {
    const rule = mentor(['validate', 'kam-rule'], { cwd: work, env: { LANG: 'C' } });
    expect(rule.code).toBe(1);
    expect(rule.stdout).toMatch(/wskazuje na kompetencję `negocjacje-kamm`, której nie zdefiniowano/);
    expect(rule.stdout).toMatch(/✖ 8 plików · 7 poprawnych · 1 z problemami · \d+ błęd(y|ów), 0 ostrzeżeń/);
    const yaml = mentor(['validate', 'kam-yaml'], { cwd: work, env: { LANG: 'C' } });
    expect(yaml.stdout).toMatch(/Wewnątrz `\{ … \}` lub `\[ … \]` dwukropek ze spacją rozpoczyna kolejny klucz/);
    expect(yaml.stdout).toContain('topic: "Kontrakt mentoringowy: cele" }');
    for (const r of [rule, yaml]) expect(r.stdout).not.toMatch(/refers to|Inside|files? ·/);
  });

  it('reports an English programme in English', () => {
    const rule = mentor(['validate', 'et-rule'], { cwd: work, env: { LANG: 'C.UTF-8' } });
    expect(rule.code).toBe(1);
    expect(rule.stdout).toMatch(/refers to competency `[a-z0-9-]+x`, which is not defined/);
    expect(rule.stdout).toMatch(/✖ \d+ files · /);
    const yaml = mentor(['validate', 'et-yaml'], { cwd: work, env: { LANG: 'C.UTF-8' } });
    expect(yaml.stdout).toMatch(/Inside `\{ … \}` or `\[ … \]`, a colon followed by a space starts another key/);
    for (const r of [rule, yaml]) expect(r.stdout).not.toMatch(/wskazuje|Wewnątrz|plików/);
  });

  it('words each programme in its own language when both are checked, the summary in English', () => {
    const r = mentor(['validate', 'kam-rule', 'et-rule'], { cwd: work, env: { LANG: 'POSIX' } });
    expect(r.stdout).toMatch(/wskazuje na kompetencję `negocjacje-kamm`/);
    expect(r.stdout).toMatch(/refers to competency `[a-z0-9-]+x`/);
    expect(r.stdout).toMatch(/✖ \d+ files · /);
  });

  it('follows the language the user names instead: --locale, MENTOR_LOCALE or LANG', () => {
    expect(mentor(['validate', '--locale', 'en', 'kam-rule'], { cwd: work, env: { LANG: 'C' } }).stdout).toMatch(/refers to competency `negocjacje-kamm`/);
    expect(mentor(['validate', 'kam-rule'], { cwd: work, env: { LANG: 'C', MENTOR_LOCALE: 'en' } }).stdout).toMatch(/refers to competency/);
    expect(mentor(['validate', 'kam-rule'], { cwd: work, env: { LANG: 'en_GB.UTF-8' } }).stdout).toMatch(/refers to competency/);
    expect(mentor(['validate', 'et-rule'], { cwd: work, env: { LANG: 'pl_PL.UTF-8' } }).stdout).toMatch(/wskazuje na kompetencję/);
    // Four processes in a row: on a busy two-core runner they outlast the default 30 s.
  }, 120_000);

  it('keeps usage errors, which are about no programme, in English', () => {
    const r = mentor(['validate', 'kam-rule', '--format', 'pdf'], { cwd: work, env: { LANG: 'C' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pdf/);
    expect(r.stderr).not.toMatch(/[ąęłńóśźż]/i);
    const missing = mentor(['validate', 'no-such-folder'], { cwd: work, env: { LANG: 'C' } });
    expect(missing.stderr).toMatch(/no such file or folder/);
  });
});

describe('mentor validate with a quoted glob', () => {
  it('checks the files a glob names, passes over other YAML it matches, and exits 2 when it matches nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-glob-'));
    cpSync('examples/kam-pilot', join(dir, 'kam-pilot'), { recursive: true });
    // YAML that is no mentor document, beside the programme: a glob passes it over, as a folder scan does.
    writeFileSync(join(dir, 'kam-pilot', 'notes.yaml'), 'todo: [call Anna]\n');
    const records = mentor(['validate', '--locale', 'en', 'kam-pilot/records/2026-0[1-3].yaml'], { cwd: dir });
    expect(records.stdout).toContain('3 files checked, no problems');
    expect(records.code).toBe(0);
    const all = mentor(['validate', '--locale', 'en', 'kam-pilot/**/*.yaml'], { cwd: dir });
    expect(all.stdout).toContain('8 files checked, no problems');
    expect(all.code).toBe(0);
    const broken = mentor(['validate', '--locale', 'en', 'kam-pilot/records/2099-*.yaml'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('mentor: kam-pilot/records/2099-*.yaml: the pattern matches no YAML file. Check it, or name the folder instead (`mentor validate records/`).\n');
  });
});
