import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/messages/index.js';
import { bin, mentor } from './spawn.js';

// The interactive path, end to end: the built CLI runs in a pseudo-terminal (util-linux `script`),
// so stdin and stdout are TTYs and inquirer draws real prompts; the test reads the screen and types.

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const en = catalogue('en').init.prompts;
const pl = catalogue('pl').init.prompts;

const enter = '\r';
const down = '\x1b[B';
const ctrlC = '\x03';
const backspace = '\x7f';

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
// eslint-disable-next-line no-control-regex
const strip = (s: string): string => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\x1b[()][A-Z0-9]/g, '');

interface Session {
  /** Waits until `text` appears after everything already matched, then types `keys`. */
  answer(text: string, keys: string): Promise<void>;
  /** Resolves with the exit code and the whole screen output. */
  done(): Promise<{ code: number | null; screen: string }>;
}

function start(args: string[], cwd: string, env: Record<string, string> = {}): Session {
  const environment: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', TERM: 'xterm', LANG: 'C', NO_COLOR: '1', ...env };
  const command = [process.execPath, bin, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: environment, stdio: ['pipe', 'pipe', 'pipe'] });
  let raw = '';
  let cursor = 0;
  child.stdout.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    async answer(text, keys) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const screen = strip(raw);
        const at = screen.indexOf(text, cursor);
        if (at !== -1) {
          cursor = at + text.length;
          break;
        }
        if (Date.now() > deadline) {
          child.kill();
          if (process.env['MENTOR_TTY_DEBUG']) (await import('node:fs')).writeFileSync(process.env['MENTOR_TTY_DEBUG'], raw);
          throw new Error(`timed out waiting for "${text}"; screen ends with:\n${screen.slice(-1500)}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      // Let inquirer finish drawing before the keys arrive.
      await new Promise((r) => setTimeout(r, 60));
      child.stdin.write(keys);
    },
    async done() {
      const code = await exited;
      return { code, screen: strip(raw) };
    },
  };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mentor-init-tty-'));
});

const leftovers = (): string[] => readdirSync(tmp).filter((n) => n.includes('mentor-init'));

/** The scaffold has no errors; its only warnings are the placeholders left to fill in (e.g. `whyVacant` evidence). */
function expectOnlyPlaceholders(dir: string): void {
  const r = mentor(['validate', '--format', 'json', dir], { cwd: tmp });
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { diagnostics: { ruleId: string; severity: string }[] };
  expect(out.diagnostics.filter((d) => d.ruleId !== 'placeholder-unfilled' || d.severity !== 'warning')).toEqual([]);
}

describe.skipIf(!hasScript)('mentor init in a terminal', () => {
  it('walks the method in order (English, defaults) and writes a folder that validates clean', async () => {
    const s = start(['init'], tmp);
    await s.answer(en.dir, `walk-en${enter}`);
    await s.answer(en.phase, enter);
    await s.answer(en.template, enter);
    await s.answer(en.locale, enter);
    await s.answer(en.name, enter);
    await s.answer(en.organisation, `Acme Ltd${enter}`);
    await s.answer(en.goals, enter);
    await s.answer('Another goal', enter);
    await s.answer(en.competencies, enter);
    await s.answer('Another competency', enter);
    await s.answer(en.scaleChoice, enter);
    await s.answer(en.criteria, enter);
    await s.answer('Another eligibility criterion', enter);
    await s.answer(en.recruitment, enter);
    await s.answer(en.size, enter);
    await s.answer('HR process owner', `Anna Nowak${enter}`);
    await s.answer('Sponsor (name', enter);
    await s.answer('Line manager (department head)', `Ewa Sowa${enter}`);
    await s.answer('Department of Ewa Sowa', `Sales${enter}`);
    await s.answer('Line manager (department head)', enter);
    await s.answer(en.editRoles, enter);
    await s.answer('First day of the programme', `2027-03-01${enter}`);
    await s.answer(en.weeks, enter);
    await s.answer('A session every', enter);
    await s.answer(en.sessionMinutes, enter);
    await s.answer('Learning mix', enter);
    await s.answer('Milestones: date one', enter);
    await s.answer(en.communications, enter);
    await s.answer('Another message of your own', enter);
    await s.answer('Step 3 · preparing mentors', '');
    await s.answer('Preparation modules of the', enter);
    await s.answer('Another preparation module', enter);
    await s.answer(en.kpis, enter);
    await s.answer('Another KPI of your own', enter);
    await s.answer(en.addPeople, enter);
    // The summary before the write question: what the programme holds and the ids made from names.
    await s.answer('Ids made from the names given', '');
    await s.answer('anna-nowak', '');
    await s.answer('Write 10 files to walk-en?', enter);
    const { code, screen } = await s.done();
    expect(screen).toContain('Created walk-en (10 files).');
    expect(screen).toContain(`${en.addPeople} (y/N)`);
    expect(screen).toContain('↑↓ navigate • space select • a all • i invert • ⏎ submit');
    // The criteria picked are repeated as a list, with no sentence's full stop before a comma.
    const flat = screen.replace(/\n/g, '');
    const picked = flat.slice(flat.lastIndexOf(`✔ ${en.criteria}`)).split(/[?✔]/)[1];
    expect(picked).toMatch(/\w, \w/);
    expect(picked).not.toMatch(/\.,/);
    expect(code).toBe(0);
    const p = parse(readFileSync(join(tmp, 'walk-en/programme.yaml'), 'utf8'));
    expect(p.metadata).toMatchObject({ id: 'walk-en', organisation: 'Acme Ltd', locale: 'en', period: { start: '2027-03-01' } });
    const staff = parse(readFileSync(join(tmp, 'walk-en/people.yaml'), 'utf8')).staff;
    expect(staff[0]).toEqual({ id: 'anna-nowak', name: 'Anna Nowak' });
    expect(staff).toContainEqual({ id: 'ewa-sowa', name: 'Ewa Sowa', department: 'Sales' });
    expectOnlyPlaceholders('walk-en');
  });

  it('walks it in Polish with goals, a competency and people of the user\'s own', async () => {
    const s = start(['init', 'walk-pl', '--locale', 'pl', '--template', 'new-managers', '--start', '2027-01-11'], tmp);
    await s.answer(pl.name, enter);
    await s.answer(pl.organisation, `Fabryka Północ S.A.${enter}`);
    await s.answer(pl.goals, enter);
    await s.answer('Kolejny własny cel', `Ławka liderów zmianowych${enter}`);
    await s.answer('Kolejny własny cel', enter);
    await s.answer(pl.competencies, enter);
    await s.answer('Kolejna własna kompetencja', `Prowadzenie odpraw zmianowych${enter}`);
    await s.answer('Znaczenie kompetencji', enter);
    await s.answer('Cel, któremu służy', `${down}${down}${enter}`);
    await s.answer('Dlaczego „Prowadzenie odpraw zmianowych”', `Tylko 2 z 12 brygadzistów prowadzi odprawy samodzielnie${enter}`);
    await s.answer('Kolejna własna kompetencja', enter);
    // A scale of one's own: the last choice, then its name and levels.
    await s.answer(pl.scaleChoice, `${down}${enter}`);
    await s.answer(pl.scaleName, `Skala przywództwa${enter}`);
    await s.answer('Poziomy od najniższego', `Nowicjusz, Praktyk, Samodzielny, Wzór${enter}`);
    await s.answer(pl.criteria, enter);
    await s.answer('Kolejne własne kryterium', enter);
    await s.answer(pl.recruitment, enter);
    await s.answer(pl.size, enter);
    await s.answer('Opiekun procesu HR', enter);
    await s.answer('Sponsor (imię', `Marek Lis${enter}`);
    await s.answer('Przełożony (kierownik działu)', `Ewa Sowa${enter}`);
    await s.answer('Dział – Ewa Sowa', `Produkcja${enter}`);
    await s.answer('Przełożony (kierownik działu)', enter);
    await s.answer(pl.editRoles, enter);
    await s.answer(pl.weeks, `30${enter}`);
    await s.answer('Sesja co', enter);
    await s.answer(pl.sessionMinutes, enter);
    await s.answer('Proporcje uczenia się', enter);
    await s.answer('Kamienie milowe', enter);
    await s.answer(pl.communications, enter);
    await s.answer('Kolejny własny komunikat', enter);
    await s.answer('Krok 3 · przygotowanie mentorów', '');
    await s.answer('Moduły przygotowania z szablonu', enter);
    await s.answer('Kolejny własny moduł', enter);
    await s.answer(pl.kpis, enter);
    await s.answer('Kolejny własny KPI', enter);
    // A Polish yes/no question: an answer that is neither is refused (not read as "no"), then t (tak) is yes.
    await s.answer(`${pl.addPeople} (t/N)`, `x${enter}`);
    await s.answer('Odpowiedz t (tak) albo n (nie).', `${backspace}t${enter}`);
    await s.answer('Imię i nazwisko mentee', `Ola Nowak${enter}`);
    await s.answer('Dział – Ola Nowak', `Produkcja${enter}`);
    await s.answer('Przełożony – Ola Nowak', enter);
    // Four competencies (three from the template, one of our own): baseline 1, target the default.
    for (let i = 0; i < 4; i++) {
      await s.answer('Punkt startu w', `${down}${enter}`);
      await s.answer('Cel w', enter);
    }
    await s.answer('Imię i nazwisko mentee', enter);
    await s.answer('Imię i nazwisko mentora', `Piotr Wrona${enter}`);
    await s.answer('Dział – Piotr Wrona', enter);
    await s.answer('Przełożony – Piotr Wrona', `${down}${enter}`);
    await s.answer(pl.capacity, enter);
    for (let i = 0; i < 4; i++) await s.answer('Poziom mentora w', enter);
    await s.answer('Imię i nazwisko mentora', enter);
    // The pair: Piotr Wrona (below "dalej"), then the only mentee left.
    await s.answer(pl.pairMentor, `${down}${enter}`);
    await s.answer('Mentee, którego prowadzi Piotr Wrona', enter);
    await s.answer('Dzień, w którym mentorzy ukończyli przygotowanie', `2027-01-08${enter}`);
    await s.answer('Identyfikatory utworzone z podanych nazw', '');
    await s.answer('Zapisać 10 plików w walk-pl?', enter);
    const { code, screen } = await s.done();
    expect(screen).toContain('Utworzono walk-pl');
    expect(code).toBe(0);
    // The prompts' own words are Polish too: the answer, and the key hints under lists.
    expect(screen).toContain(`${pl.addPeople} Tak`);
    expect(screen).toContain('↑↓ przejdź • ⏎ wybierz');
    expect(screen).toContain('↑↓ przejdź • spacja zaznacz • a wszystkie • i odwróć • ⏎ zatwierdź');
    for (const english of ['navigate', 'submit', 'space select', `${pl.addPeople} Yes`, `${pl.addPeople} No`, '(y/N)']) expect(screen).not.toContain(english);
    const p = parse(readFileSync(join(tmp, 'walk-pl/programme.yaml'), 'utf8'));
    expect(p.goals.map((g: { id: string }) => g.id)).toEqual(['przejscie-do-roli-szefa', 'utrzymanie-zespolow', 'lawka-liderow-zmianowych']);
    expect(p.competencies.at(-1)).toMatchObject({ id: 'prowadzenie-odpraw-zmianowych', importance: 'strategic', goal: 'lawka-liderow-zmianowych' });
    const people = parse(readFileSync(join(tmp, 'walk-pl/people.yaml'), 'utf8'));
    expect(people.mentees[0].competencies).toHaveLength(4);
    expect(people.mentors[0]).toMatchObject({ id: 'mentor-01', name: 'Piotr Wrona', capacity: 2 });
    expect(people.mentees[0]).toMatchObject({ department: 'Produkcja', lineManager: 'ewa-sowa' });
    expect(people.mentors[0].lineManager).toBeUndefined();
    expect(people.pairs).toMatchObject([{ id: 'pair-01', mentor: 'mentor-01', mentee: 'mentee-01' }]);
    expect(p.scales).toMatchObject([{ id: 'skala-przywodztwa', levels: [{ level: 1, label: 'Nowicjusz' }, {}, {}, { level: 4, label: 'Wzór' }] }]);
    expect(p.competencies.every((c: { scale: string }) => c.scale === 'skala-przywodztwa')).toBe(true);
    expectOnlyPlaceholders('walk-pl');
  });

  it('Ctrl-C at a prompt exits 130 and leaves nothing behind', async () => {
    const s = start(['init'], tmp);
    await s.answer(en.dir, `cancel-early${enter}`);
    await s.answer(en.phase, ctrlC);
    const { code, screen } = await s.done();
    expect(screen).toContain('Cancelled; nothing was written.');
    expect(code).toBe(130);
    expect(existsSync(join(tmp, 'cancel-early'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('Ctrl-C at the last question, before writing, leaves nothing behind either', async () => {
    const s = start(['init', 'cancel-late', '--template', 'expert-transfer', '--locale', 'en', '--organisation', 'Harwick Power', '--start', '2027-03-01'], tmp);
    for (const prompt of [
      en.name,
      en.goals,
      'Another goal',
      en.competencies,
      'Another competency',
      en.scaleChoice,
      en.criteria,
      'Another eligibility criterion',
      en.recruitment,
      en.size,
      'HR process owner',
      'Sponsor (name',
      'Line manager (department head)',
      'Do the mentees have line managers?',
      en.editRoles,
      en.weeks,
      'A session every',
      en.sessionMinutes,
      'Learning mix',
      'Milestones: date one',
      en.communications,
      'Another message of your own',
      'Preparation modules of the',
      'Another preparation module',
      en.kpis,
      'Another KPI of your own',
      en.addPeople,
    ]) {
      await s.answer(prompt, enter);
    }
    await s.answer('Write 10 files', ctrlC);
    const { code } = await s.done();
    expect(code).toBe(130);
    expect(existsSync(join(tmp, 'cancel-late'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('never asks in CI, even in a terminal', async () => {
    const s = start(['init', 'in-ci'], tmp, { CI: 'true' });
    const { code, screen } = await s.done();
    expect(code).toBe(2);
    expect(screen).toMatch(/--organisation/);
    expect(screen).not.toContain('?');
    expect(existsSync(join(tmp, 'in-ci'))).toBe(false);
  });
});
