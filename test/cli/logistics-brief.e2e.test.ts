import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { mentor } from './spawn.js';

// A client unlike the bundled briefs: a Polish logistics company whose organisation name ends in a
// full stop, on an outside framework's 0–5 scale, whose sponsor (the CEO) also mentors, with a mentee
// who has no line manager, mentors in two cities and two KPIs where lower is better.

const brief = `dir: wisla-cargo
locale: pl
organisation: Wisła Cargo Logistyka sp. z o.o.
name: Mentoring dyspozytorów 2026
start: 2026-09-07
weeks: 26
goals:
  - { id: mniej-przestojow, name: Mniej przestojów floty }
scale:
  name: Ramy Kompetencji Logistyka 4.0 (0–5)
  levels: ["0 Nie oceniono", "1 Świadomość", "2 Podstawy", "3 Samodzielność", "4 Biegłość", "5 Ekspert"]
competencies:
  - { id: planowanie-tras, name: Planowanie tras, importance: strategic, defaultTarget: 4, whyVacant: 3 z 40 dyspozytorów }
  - { id: wms, name: Obsługa WMS, importance: tactical, defaultTarget: 3, whyVacant: Dwóch superużytkowników }
criteria:
  - { id: luka-2, description: Luka co najmniej dwóch poziomów, minGap: 2, importance: strategic }
hrOwner: { name: Agnieszka Wróbel }
sponsor: { name: Krzysztof Mąka, title: Prezes zarządu, email: k.maka@wislacargo.pl }
lineManagers:
  - { name: Halina Grabowska, department: Oddział Poznań }
  - { name: Łukasz Żmuda, department: Oddział Wrocław }
roles:
  dispatcher-lead: { name: Starszy dyspozytor, responsibilities: [Daje mentee prawdziwe trasy do zaplanowania.], people: [Grzegorz Pietrzak, Ewelina Świątek] }
milestones:
  - { id: kick-off, date: 2026-09-14 }
communications:
  - { id: list-prezesa, from: sponsor, to: [mentor, mentee, line-manager], channel: letter, purpose: buy-in, date: 2026-09-07, subject: Dlaczego uczymy się od siebie }
  - { id: odprawa, from: hr-owner, to: [dispatcher-lead], channel: meeting, purpose: buy-in, milestone: kick-off, offsetDays: -3, time: "07:30", minutes: 30, subject: Odprawa starszych dyspozytorów }
kpis:
  - { id: przestoje, name: Godziny przestoju floty, level: 4, baseline: 120, target: 80, unit: godzin, direction: lower, source: TMS }
  - { id: reklamacje, name: Reklamacje na 1000 przesyłek, level: 4, baseline: 4.5, target: 3.2, direction: lower, source: BOK }
mentorsPrepared: 2026-09-11
mentors:
  - { name: Krzysztof Mąka, department: Zarząd, capacity: 1, levels: { planowanie-tras: 5 } }
  - { name: Grzegorz Pietrzak, department: Oddział Poznań, lineManager: Halina Grabowska, levels: { planowanie-tras: 5, wms: 4 } }
  - { name: Ewelina Świątek, department: Oddział Wrocław, lineManager: Łukasz Żmuda, levels: { wms: 5 } }
mentees:
  - { name: Zuzanna Kołodziej, department: Zarząd, competencies: [{ competency: planowanie-tras, baseline: 1, target: 3 }] }
  - { name: Mateusz Szczepański, department: Oddział Poznań, lineManager: Halina Grabowska, competencies: [{ competency: planowanie-tras, baseline: 2, target: 4 }, { competency: wms, baseline: 0, target: 3 }] }
pairs:
  - { mentor: Krzysztof Mąka, mentee: Zuzanna Kołodziej }
  - { mentor: Grzegorz Pietrzak, mentee: Mateusz Szczepański }
`;

let tmp: string;
let folder: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mentor-logistics-'));
  writeFileSync(join(tmp, 'brief.yaml'), brief);
  const init = mentor(['init', '--answers', 'brief.yaml'], { cwd: tmp });
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  folder = join(tmp, 'wisla-cargo');
});

describe('a logistics company\'s brief through init', () => {
  it('gives the sponsor who mentors one id in both lists, so the frame passes --strict', () => {
    const people = parse(readFileSync(join(folder, 'people.yaml'), 'utf8')) as { mentors: { id: string; name: string }[]; pairs: { mentor: string }[] };
    expect(people.mentors.map((m) => m.id)).toEqual(['krzysztof-maka', 'grzegorz-pietrzak', 'ewelina-swiatek']);
    expect(people.pairs[0]!.mentor).toBe('krzysztof-maka');
    const strict = mentor(['validate', '--strict', '--today', '2026-11-30', '.'], { cwd: folder });
    expect(strict.stdout + strict.stderr).not.toContain('person-name-duplicate');
    expect(strict.code).toBe(0);
  });

  it('makes the scale\'s id of whole words of its name: `4.0` and `(0–5)` are not cut into `-4-0-0`', () => {
    const programme = parse(readFileSync(join(folder, 'programme.yaml'), 'utf8')) as { scales: { id: string }[] };
    expect(programme.scales.map((s) => s.id)).toEqual(['ramy-kompetencji-logistyka-4-0']);
  });

  it('keeps recruitment, matching and the kick-off in order when the brief brings the kick-off forward', () => {
    const programme = parse(readFileSync(join(folder, 'programme.yaml'), 'utf8')) as { addressees: { recruitment: { closes: string } }; process: { milestones: { id: string; date: string }[] } };
    const on = (id: string): string => programme.process.milestones.find((m) => m.id === id)!.date;
    expect(on('kick-off')).toBe('2026-09-14');
    expect(programme.addressees.recruitment.closes < on('matching')).toBe(true);
    expect(on('matching') < on('kick-off')).toBe(true);
    expect(readFileSync(join(folder, 'people.yaml'), 'utf8')).toContain(`# Pary powstają na doborze par (${on('matching')})`);
  });

  it('staffs a role of the company\'s own with the people the brief names, who are the mentors of the same name', () => {
    const programme = parse(readFileSync(join(folder, 'programme.yaml'), 'utf8')) as { roles: { id: string; staffedBy?: string[] }[] };
    expect(programme.roles.find((r) => r.id === 'dispatcher-lead')!.staffedBy).toEqual(['grzegorz-pietrzak', 'ewelina-swiatek']);
    const comms = mentor(['comms', '.', '--format', 'json', '--as-of', '2026-09-01'], { cwd: folder });
    const odprawa = (JSON.parse(comms.stdout) as { entries: { id: string; to: { roles: { id: string; count: number }[] } }[] }).entries.find((e) => e.id === 'odprawa')!;
    expect(odprawa.to.roles).toEqual([expect.objectContaining({ id: 'dispatcher-lead', count: 2 })]);
  });

  it('ends the header\'s sentence with one full stop after an organisation that has its own', () => {
    expect(readFileSync(join(folder, 'programme.yaml'), 'utf8').split('\n')[1]).toBe('# Mentoring dyspozytorów 2026 – Wisła Cargo Logistyka sp. z o.o.');
  });

  it('takes each competency\'s default target, so `mentor select` runs on the frame as written', () => {
    const programme = parse(readFileSync(join(folder, 'programme.yaml'), 'utf8')) as { competencies: { id: string; defaultTarget?: number }[] };
    expect(programme.competencies.map((c) => [c.id, c.defaultTarget])).toEqual([
      ['planowanie-tras', 4],
      ['wms', 3],
    ]);
  });
});

describe('select on the company\'s HR export', () => {
  it('knows a mentee init wrote as mentee-01 by name, and --write adds only the new people', () => {
    const csv = join(tmp, 'kandydaci.csv');
    writeFileSync(csv, '\uFEFFNr pracownika;Imię i nazwisko;Dział;Przełożony;Data zatrudnienia;Planowanie tras;Obsługa WMS\r\nP-1001;Kamil Nowicki;Oddział Poznań;Halina Grabowska;12.03.2021;1;2\r\nZ-0001;Zuzanna Kołodziej;Zarząd;;05.01.2026;1;\r\n');
    const json = mentor(['select', '.', csv, '--format', 'json'], { cwd: folder });
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { candidates: { id: string; status: string; menteeId?: string }[] };
    expect(out.candidates.map((c) => [c.id, c.status, c.menteeId])).toEqual([
      ['P-1001', 'qualified', undefined],
      ['Z-0001', 'already-mentee', 'mentee-01'],
    ]);
    const table = mentor(['select', '.', csv], { cwd: folder });
    expect(table.stdout).toContain('w programie jako `mentee-01` (to samo imię i nazwisko)');
    expect(mentor(['select', '.', csv, '--write'], { cwd: folder }).code).toBe(0);
    const people = parse(readFileSync(join(folder, 'people.yaml'), 'utf8')) as { mentees: { id: string }[] };
    expect(people.mentees.map((m) => m.id)).toEqual(['mentee-01', 'mentee-02', 'P-1001']);
  });
});
