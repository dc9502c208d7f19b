import { localeFormat } from '../render/locale-format.js';
import type { DiffText } from './diff-text.js';

// Intl objects come from the shared, cached helper on first use: building an Intl.NumberFormat
// for pl-PL when this catalogue loads cost every run of every command ~10 ms (CPU profile, issue 13).
/** Polish plurals: 1 dzień, 2 dni, 5 dni; 1 data, 2 daty, 5 dat. */
const form = (n: number, one: string, few: string, many: string): string => localeFormat('pl').pluralForm(n, { one, few, many, other: many });
const count = (n: number, one: string, few: string, many: string): string => `${localeFormat('pl').number(n, 3)} ${form(n, one, few, many)}`;

/** Miejsce daty w programie: pełne tygodnie, gdy się da, inaczej dni, licząc od startu. */
const placePl = (days: number): string => {
  if (days === 0) return 'dzień startu';
  const n = Math.abs(days);
  const span = n % 7 === 0 ? count(n / 7, 'tydzień', 'tygodnie', 'tygodni') : count(n, 'dzień', 'dni', 'dni');
  return `${span} ${days > 0 ? 'po starcie' : 'przed startem'}`;
};

/** Wcześniejszy program różnicy kalibracyjnej, według jego fazy: mianownik, dopełniacz i miejscownik (z przyimkiem). */
const earlier = (phase: string): { is: string; of: string; in: string } =>
  phase === 'rollout'
    ? { is: 'Wdrożenie', of: 'wdrożenia', in: 'we wdrożeniu' }
    : phase === 'cycle'
      ? { is: 'Poprzednia edycja', of: 'poprzedniej edycji', in: 'w poprzedniej edycji' }
      : { is: 'Pilotaż', of: 'pilotażu', in: 'w pilotażu' };

export const diffPl: DiffText = {
  title: (mode, oldName, newName) => `${mode === 'calibration' ? 'Kalibracja' : 'Zmiany'}: ${oldName} → ${newName}`,
  sides: (old, now) => `${old.id} (${old.phase}, ${old.period}) → ${now.id} (${now.phase}, ${now.period})`,
  phases: { pilot: 'pilotaż', rollout: 'wdrożenie', cycle: 'edycja' },
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
    heading: (asOf, phase) => `Wyniki ${earlier(phase).of}: wskaźniki na dzień ${asOf}`,
    none: (phase) => `${earlier(phase).is} nie ma wskaźników.`,
    columns: { kpi: 'wskaźnik', value: 'wartość', target: 'cel', status: 'ocena', shortBy: 'brakuje', newTarget: 'nowy cel', decisions: 'decyzje' },
    status: { met: 'osiągnięty', missed: 'nieosiągnięty', 'at-risk': 'zagrożony', open: 'w toku', 'no-data': 'brak danych', 'no-target': 'bez celu' },
  },
  flags: {
    heading: (n) => `Bez wyjaśnienia: ${n}`,
    none: 'Każda zmiana ma decyzję, a każda decyzja – zmianę.',
    missedKpi: (kpi, name, phase) => `Wskaźnik \`${kpi}\` (${name}) nie został osiągnięty ${earlier(phase).in} i żadna decyzja na to nie odpowiada.`,
    changeWithoutDecision: (path) => `Zmiana w \`${path}\` – żadna decyzja jej nie wskazuje.`,
    decisionWithoutChange: (decision, path) => `Decyzja \`${decision}\` wskazuje \`${path}\`, a tam nic się nie zmieniło.`,
  },
  renamed: (similarity) => `prawdopodobnie zmiana id, podobieństwo ${similarity}`,
  moved: (from, to) => `przeniesiono z miejsca ${from} na ${to}`,
  shift: (days, dates) =>
    `program przesunięty o ${count(Math.abs(days), 'dzień', 'dni', 'dni')} ${days > 0 ? 'później' : 'wcześniej'}, a z nim ${count(dates, 'data', 'daty', 'dat')}`,
  position: (oldDays, newDays) => `w programie: ${placePl(oldDays)} → ${placePl(newDays)}`,
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
    noPrevious: (path) => `${path} nie wskazuje pilotażu (\`metadata.pilot\`) ani poprzedniej edycji (\`metadata.previous\`), z którym można by go porównać; podaj dwa programy.`,
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
