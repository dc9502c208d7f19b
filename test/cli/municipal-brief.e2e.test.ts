import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentor } from './spawn.js';

// A Polish brief that fills everything a template leaves open: the people in every role, the
// evidence of vacancy, KPIs with baselines, mentors, mentees and pairs (a municipal social-services
// office on a 1–4 scale of its own). Nothing in the files it writes may still ask to fill in what
// the brief gave.
const brief = `
dir: mops
template: expert-transfer
locale: pl
name: Program mentoringowy MOPS Zawiercie 2027
organisation: Miejski Ośrodek Pomocy Społecznej w Zawierciu
start: 2027-02-01
weeks: 24
goals:
  - name: Utrzymać jakość pracy socjalnej
scale:
  name: Samodzielność (1–4)
  levels: [Wdrażający się, Samodzielny w typowych sprawach, Samodzielny, Ekspert]
competencies:
  - { id: praca-z-rodzina, name: Praca z rodziną w kryzysie, importance: strategic, whyVacant: Tylko 3 z 28 pracowników ma poziom 3. }
criteria:
  - { description: Luka co najmniej dwóch poziomów, minGap: 2, importance: strategic }
hrOwner: { name: Agnieszka Wróbel, title: Specjalistka ds. kadr }
sponsor: { name: Barbara Nowicka, title: Dyrektorka MOPS }
lineManagers:
  - { name: Krzysztof Bielski, title: Kierownik Działu Pomocy Środowiskowej }
preparation: [rola-mentora]
mentorsPrepared: 2027-02-03
kpis:
  - { name: Odsetek decyzji zwróconych do poprawy, level: 4, baseline: 0.4, target: 0.15, direction: lower, source: Rejestr kontroli }
mentors:
  - { name: Elżbieta Kowalczyk, lineManager: Krzysztof Bielski, levels: { praca-z-rodzina: 4 } }
mentees:
  - { name: Anna Pawlak, lineManager: Krzysztof Bielski, competencies: [ { competency: praca-z-rodzina, baseline: 1, target: 3 } ] }
pairs:
  - { mentor: Elżbieta Kowalczyk, mentee: Anna Pawlak }
`;

describe('init --answers with a brief that leaves nothing open (Polish)', () => {
  it('writes no "replace the placeholders / add the mentees / delete the example ones" to people.yaml and the README', () => {
    const root = mkdtempSync(join(tmpdir(), 'mentor-mops-'));
    writeFileSync(join(root, 'brief.yaml'), brief);
    const init = mentor(['init', '--answers', 'brief.yaml', '--tool-source', 'github:acme/mentor#v0.1.0'], { cwd: root });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Sprawdzono: bez błędów i ostrzeżeń.');
    const people = readFileSync(join(root, 'mops', 'people.yaml'), 'utf8');
    const readme = readFileSync(join(root, 'mops', 'README.md'), 'utf8');
    expect(people).not.toContain('(uzupełnij');
    expect(readme).not.toContain('(uzupełnij');
    expect(readme).not.toContain('przykładowych usuń');
    expect(readme).not.toContain('Wpisz liczby Klienta');
    expect(readme).toContain('## Przed startem programu\n\nOdpowiedzi wypełniły osoby, dowody i KPI: nic nie zostało do uzupełnienia.');
    expect(people.split('\n')[1]).toBe('# Osoby – Program mentoringowy MOPS Zawiercie 2027. Identyfikatory są oddzielone od nazwisk, więc raporty można pseudonimizować.');
    expect(people.split('\n')[2]).toBe('');
  });

  it('still lists what is left when the answers leave it open (no people, no line manager)', () => {
    const root = mkdtempSync(join(tmpdir(), 'mentor-mops-'));
    writeFileSync(join(root, 'brief.yaml'), brief.replace(/^lineManagers:[\s\S]*$/m, ''));
    const init = mentor(['init', '--answers', 'brief.yaml', '--tool-source', 'github:acme/mentor#v0.1.0'], { cwd: root });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const readme = readFileSync(join(root, 'mops', 'README.md'), 'utf8');
    expect(readme).toContain('- Zastąp każde „(uzupełnij: …)” w `people.yaml` prawdziwą osobą (identyfikatory zostaw).');
    expect(readme).toContain('- Dopisz mentee (punkt startu i cel w każdej kompetencji) i mentorów; przykładowych usuń.');
    expect(readFileSync(join(root, 'mops', 'people.yaml'), 'utf8')).toContain('# Zastąp każde „(uzupełnij: …)” prawdziwą osobą');
  });
});
