import type { DiffText } from './diff-text.js';

const rules = new Intl.PluralRules('pl-PL');
const number = new Intl.NumberFormat('pl-PL');
/** Polish plurals: 1 dzień, 2 dni, 5 dni; 1 data, 2 daty, 5 dat. */
const form = (n: number, one: string, few: string, many: string): string => {
  const category = rules.select(n);
  return category === 'one' ? one : category === 'few' ? few : many;
};
const count = (n: number, one: string, few: string, many: string): string => `${number.format(n)} ${form(n, one, few, many)}`;

export const diffPl: DiffText = {
  title: (mode, oldName, newName) => `${mode === 'calibration' ? 'Kalibracja' : 'Zmiany'}: ${oldName} → ${newName}`,
  sides: (old, now) => `${old.id} (${old.phase}, ${old.period}) → ${now.id} (${now.phase}, ${now.period})`,
  phases: { pilot: 'pilotaż', rollout: 'wdrożenie', cycle: 'cykl' },
  sections: {
    metadata: 'Program',
    goals: 'Cele',
    scales: 'Skale i opisy poziomów',
    competencies: 'Kompetencje',
    roles: 'Role i macierz RACI',
    addressees: 'Adresaci i rekrutacja',
    process: 'Proces',
    preparation: 'Przygotowanie mentorów',
    kpis: 'Wskaźniki (KPI)',
    communications: 'Komunikacja',
    calibration: 'Decyzje kalibracyjne',
    people: 'Osoby i pary',
    other: 'Inne',
  },
  kinds: { added: 'dodano', removed: 'usunięto', changed: 'zmieniono', moved: 'przeniesiono', renamed: 'zmieniono id' },
  evidence: {
    heading: (asOf) => `Wyniki pilotażu: wskaźniki na dzień ${asOf}`,
    none: 'Pilotaż nie ma wskaźników.',
    columns: { kpi: 'wskaźnik', value: 'wartość', target: 'cel', status: 'ocena', shortBy: 'brakuje', newTarget: 'nowy cel', decisions: 'decyzje' },
    status: { met: 'osiągnięty', missed: 'nieosiągnięty', 'at-risk': 'zagrożony', open: 'w toku', 'no-data': 'brak danych', 'no-target': 'bez celu' },
  },
  flags: {
    heading: (n) => `Bez wyjaśnienia: ${n}`,
    none: 'Każda zmiana ma decyzję, a każda decyzja – zmianę.',
    missedKpi: (kpi, name) => `Wskaźnik \`${kpi}\` (${name}) nie został osiągnięty w pilotażu i żadna decyzja na to nie odpowiada.`,
    changeWithoutDecision: (path) => `Zmiana w \`${path}\` – żadna decyzja jej nie wskazuje.`,
    decisionWithoutChange: (decision, path) => `Decyzja \`${decision}\` wskazuje \`${path}\`, a tam nic się nie zmieniło.`,
  },
  renamed: (similarity) => `prawdopodobnie zmiana id, podobieństwo ${similarity}`,
  moved: (from, to) => `przeniesiono z miejsca ${from} na ${to}`,
  shift: (days, dates) =>
    `wszystkie daty przesunięte o ${count(Math.abs(days), 'dzień', 'dni', 'dni')} ${days > 0 ? 'później' : 'wcześniej'} (${count(dates, 'data', 'daty', 'dat')})`,
  changeColumns: { path: 'ścieżka', old: 'było', new: 'jest', decisions: 'decyzje' },
  noDecision: 'bez decyzji',
  summary: (s) => {
    const parts = [`dodano: ${s.added}`, `zmieniono: ${s.changed}`, `usunięto: ${s.removed}`];
    if (s.renamed > 0) parts.push(`zmieniono id: ${s.renamed}`);
    if (s.moved > 0) parts.push(`przeniesiono: ${s.moved}`);
    return parts.join(', ');
  },
  noChanges: 'Brak zmian.',
  people: {
    heading: 'Osoby i pary',
    groups: { mentors: 'mentorzy', mentees: 'mentee', pairs: 'pary', staff: 'pozostałe osoby' },
    // „Przybyło” i „ubyło” pasują do każdej grupy (mentorzy, mentee, pary, osoby) bez zgody rodzaju.
    columns: { group: '', before: 'przed', after: 'po', joined: 'przybyło', left: 'ubyło', changed: 'ze zmianami', renamed: 'nowe id' },
    who: { joined: 'przybyło', left: 'ubyło', changed: 'ze zmianami', renamed: 'nowe id' },
  },
  records: {
    heading: 'Zapisy monitoringu',
    kinds: { sessions: 'sesje', assessments: 'oceny', learning: 'działania rozwojowe', surveys: 'odpowiedzi w ankietach', kpiValues: 'wartości wskaźników' },
  },
  decisions: {
    heading: (n) => `Decyzje: ${n}`,
    columns: { id: 'decyzja', summary: 'co postanowiono', kpis: 'odpowiada na wskaźniki', changes: 'zmiany' },
    covers: (n) => count(n, 'zmiana', 'zmiany', 'zmian'),
  },
  errors: {
    notARepository: (folder) => `${folder} nie leży w repozytorium git, więc nie ma z czego odczytać wersji.`,
    gitMissing: 'Nie znaleziono programu git (brak instalacji albo nie ma go w PATH): wersje odczytuje sam git.',
    unknownRevision: (revision) => `W tym repozytorium nie ma wersji \`${revision}\`.`,
    missingInRevision: (revision, path) => `W wersji \`${revision}\` nie ma \`${path}\`.`,
    gitFailed: (detail) => `git zgłosił błąd: ${detail}`,
    noPrevious: (path) => `${path} nie wskazuje pilotażu (\`metadata.pilot\`) ani poprzedniego cyklu (\`metadata.previous\`), z którym można by go porównać; podaj dwa programy.`,
    previousMissing: (path, previous) => `${path} wskazuje \`${previous}\` jako program, z którego go skalibrowano, ale nie ma tam programu.`,
    brokenProgramme: (path, inRevision) =>
      `Nie da się porównać ${path}: któryś z plików nie jest poprawnym YAML-em albo nie przechodzi walidacji schematu. Pierwszy problem poniżej${inRevision ? '; wszystkie pokaże `mentor validate` uruchomione w kopii roboczej z tą rewizją.' : `; wszystkie pokaże \`mentor validate ${path}\`.`}`,
    tooManyPaths: 'mentor diff porównuje dwa programy: podaj jeden (wdrożenie – zostanie porównane ze swoim pilotażem) albo dwa.',
    gitTakesOnePath: '--git REV porównuje katalog roboczy z wersją: podaj przy nim najwyżej jedną ścieżkę do programu.',
  },
  show: {
    needsNormalised: 'mentor show wypisuje postać kanoniczną pliku: użyj `mentor show --normalised PLIK`.',
  },
};
