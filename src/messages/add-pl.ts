import { localeFormat } from '../render/locale-format.js';
import type { AddText } from './add-text.js';

/** The form after the number `n`: 1 sesję, 2 sesje, 5 sesji (Intl.PluralRules built on first use, not at load). */
const counted = (one: string, few: string, many: string) => (n: number) => `${n} ${localeFormat('pl').pluralForm(n, { one, few, many, other: many })}`;
const plural = (n: number, one: string, few: string, many: string): string => counted(one, few, many)(n);
const codes = {
  'yaml-errors': 'to nie jest poprawny YAML',
  'not-a-mapping': 'miejsce na listę nie jest mapą klucz–wartość',
  'not-a-list': 'klucz istnieje, ale nie zawiera listy',
  unsupported: 'jest zapisany w sposób, którego mentor nie edytuje',
  'verify-failed': 'po zmianie plik nie czytałby się tak, jak trzeba',
} as const;

/** `mentor add` po polsku. */
export const addPl: AddText = {
  counted: {
    session: counted('sesję', 'sesje', 'sesji'),
    assessment: counted('ocenę', 'oceny', 'ocen'),
    learning: counted('aktywność rozwojową', 'aktywności rozwojowe', 'aktywności rozwojowych'),
    survey: counted('odpowiedź z ankiety', 'odpowiedzi z ankiety', 'odpowiedzi z ankiety'),
    'kpi-value': counted('pomiar wskaźnika', 'pomiary wskaźników', 'pomiarów wskaźników'),
    mentee: (n) => `${n} mentee`,
    mentor: counted('mentora', 'mentorów', 'mentorów'),
    pair: counted('parę', 'pary', 'par'),
    staff: counted('osobę spoza par', 'osoby spoza par', 'osób spoza par'),
  },
  columnNames: {
    date: ['Data spotkania', 'Data sesji', 'Dzień'],
    minutes: ['Minuty', 'Czas', 'Czas trwania'],
    hours: ['Godziny'],
    level: ['Ocena'],
    assessor: ['Oceniający', 'Oceniająca', 'Kto ocenia'],
    type: ['Typ'],
    respondent: ['Osoba'],
    comment: ['Uwagi', 'Komentarze'],
    nps: ['Polecenie', 'Czy polecisz'],
    title: ['Funkcja'],
    department: ['Wydział', 'Departament', 'Komórka'],
    lineManager: ['Przełożony', 'Przełożona', 'Kierownik'],
    kpi: ['Miernik'],
    capacity: ['Limit'],
    start: ['Początek'],
    end: ['Koniec'],
  },
  labels: {
    pair: 'Para',
    date: 'Data',
    minutes: 'Czas w minutach',
    topic: 'Temat',
    status: 'Status',
    reason: 'Powód',
    mentee: 'Mentee',
    mentor: 'Mentor',
    competency: 'Kompetencja',
    competencies: 'Kompetencje',
    level: 'Poziom',
    assessor: 'Kto ocenia (rola)',
    type: 'Rodzaj (70:20:10)',
    hours: 'Liczba godzin',
    description: 'Opis',
    survey: 'Ankieta',
    respondent: 'Osoba odpowiadająca',
    satisfaction: 'Zadowolenie (1–5)',
    nps: 'Skłonność do polecenia (0–10)',
    comment: 'Komentarz',
    kpi: 'Wskaźnik',
    value: 'Wartość',
    note: 'Uwaga',
    id: 'Identyfikator',
    name: 'Imię i nazwisko',
    email: 'E-mail',
    title: 'Stanowisko',
    department: 'Dział',
    lineManager: 'Bezpośredni przełożony',
    hired: 'Data zatrudnienia',
    capacity: 'Liczba mentee naraz (limit)',
    levels: 'Własne poziomy',
    preparation: 'Ukończone moduły przygotowania',
    start: 'Pierwsza sesja',
    end: 'Wcześniejsze zakończenie',
  },
  out: {
    added: (what, file, created) => `Dodano ${what} do ${file}${created ? ' (nowy plik)' : ''}.`,
    wouldAdd: (what, file, created) => `Próba, niczego nie zapisano: dodano by ${what} do ${file}${created ? ' (nowy plik)' : ''}.`,
    refused: (strict) => (strict ? 'Niczego nie dodano: po dodaniu program miałby ostrzeżenia (--strict).' : 'Niczego nie dodano: po dodaniu program byłby niepoprawny.'),
    warnings: (n, dryRun) => (dryRun ? `Dodanie dałoby ${n === 1 ? 'jedno ostrzeżenie' : plural(n, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}:` : n === 1 ? 'Dodano z jednym ostrzeżeniem:' : `Dodano z ${n} ostrzeżeniami:`),
    preexisting: (errors, warnings, command) => {
      // The adjective agrees with the nearest count (1 błąd niezwiązany, 3 błędy niezwiązane, 7 ostrzeżeń niezwiązanych), the pronoun with all of them.
      const last = warnings > 0 ? { n: warnings, one: 'niezwiązane' } : { n: errors, one: 'niezwiązany' };
      const adjective = localeFormat('pl').pluralForm(last.n, { one: last.one, few: 'niezwiązane', many: 'niezwiązanych', other: 'niezwiązanych' });
      const them = errors === 1 && warnings === 0 ? 'go' : 'je';
      return `Program miał już ${[errors > 0 ? plural(errors, 'błąd', 'błędy', 'błędów') : '', warnings > 0 ? plural(warnings, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń') : ''].filter(Boolean).join(' i ')} ${adjective} z tym dodaniem; pokaże ${them} \`${command}\`.`;
    },
    cancelled: 'Przerwano; niczego nie zapisano.',
  },
  where: {
    flag: (flag) => `--${flag}`,
    row: (row, column) => `wiersz ${row}${column ? `, kolumna ${column}` : ''}`,
    file: (file, line, column) => `${file}:${line}:${column}`,
  },
  errors: {
    missing: (kind, items) => `mentor add ${kind} potrzebuje wartości, o które nie zapyta bez terminala:\n${items.map((i) => `  --${i.flag.padEnd(14)} ${i.label}`).join('\n')}`,
    missingHint: (example) => `Na przykład:\n  ${example}\nalbo uruchom polecenie w terminalu, a zapyta o brakujące wartości, albo dodaj wiele naraz z pliku: --from PLIK.csv.`,
    misshapen: (items) =>
      `Wartości w postaci innej niż ta, którą przyjmuje opcja lub kolumna (niczego nie dodano):\n${items.map((i) => `  ${i.where}: \`${i.item}\` – wpisz ${i.syntax} (${i.syntax.includes(':') ? 'części oddzielone `:`, pozycje przecinkiem' : 'same identyfikatory, oddzielone przecinkiem'})`).join('\n')}`,
    missingInRows: (rows) => `Wiersze bez wymaganej wartości (niczego nie dodano):\n${rows.map((r) => `  wiersz ${r.row}: ${r.columns.join(', ')}`).join('\n')}`,
    unknownMentee: (id, row) => `Niczego nie dodano${row === undefined ? '' : ` (wiersz ${row})`}: w programie nie ma mentee \`${id}\`, więc nie ma planu rozwoju, z którego para przejęłaby kompetencje.`,
    unknownMenteeHint: (suggestion) => (suggestion ? `Czy chodziło o \`${suggestion}\`?` : 'Najpierw dodaj tę osobę (`mentor add mentee`), potem parę.'),
    programmeUnreadable: (programme) => `${programme} nie jest YAML-em, który mentor potrafi odczytać, więc nie da się niczego dopisać do programu: uruchom \`mentor validate ${programme}\`, popraw wskazane błędy i uruchom polecenie jeszcze raz.`,
    noRecordsFolder: (programme) => `${programme} nie dołącza żadnego folderu zapisów, do którego można dopisać: dodaj go, np. \`includes: { records: [records/] }\`, i uruchom polecenie jeszcze raz.`,
    noPeopleFile: (programme) => `${programme} nie dołącza pliku osób i nie zawiera osób w sekcji \`people\`: dodaj plik, np. \`includes: { people: [people.yaml] }\` z dokumentem People, i uruchom polecenie jeszcze raz.`,
    csvColumns: (file, problems, known) =>
      `${file}: ${problems
        .map((p) => `kolumna ${p.index} „${p.column}” ${p.kind === 'duplicate' ? 'wskazuje pole, które wskazuje już inna kolumna' : `nie jest nazwą pola${p.suggestion ? ` (czy chodziło o ${p.suggestion}?)` : ''}`}`)
        .join('; ')}. Pola (kolumnę można nazwać też jak w nawiasie): ${known.map((f) => (f.label ? `${f.key} („${f.label}”)` : f.key)).join(', ')}.`,
    csvColumnsHint: 'Nazwij kolumny tak jak pola albo pomiń zbędne: --ignore-columns "Sygnatura czasowa,Adres e-mail".',
    csvEmpty: (file) => `${file} ma nagłówek, ale żadnego wiersza: nie ma czego dodać.`,
    csvBlank: (file) => `${file} jest pusty: nie ma wiersza nagłówków ani wierszy do dodania.`,
    csvNotATable: 'Podaj w --from plik CSV (UTF-8 lub Windows-1250; `,`, `;` albo tabulator) lub skoroszyt XLSX, którego pierwszy wiersz nazywa pola, a każdy następny to jedno dodanie.',
    csv: (file, line, column, problem, detail) =>
      `${file}: wiersz ${line}${column ? `, kolumna ${column}` : ''}: ${problem === 'quote' ? 'komórka w cudzysłowie nie jest poprawnie zamknięta' : problem === 'row-length' ? 'wiersz ma inną liczbę komórek niż nagłówek' : detail}.`,
    edit: (file, code, detail) => `Nie można dopisać do ${file}: ${codes[code]}${detail ? ` (${detail})` : ''}. Niczego nie zapisano; \`mentor validate\` pokaże, co jest nie tak z plikiem.`,
    cannotCheck: (command) => `Program ma problemy, przez które mentor nie może sprawdzić dodawanych danych (pokazane wyżej); niczego nie zapisano. Najpierw je popraw: \`${command}\`.`,
  },
  prompts: {
    value: (label, optional) => `${label}${optional ? ' (opcjonalnie, zostaw puste, by pominąć)' : ''}`,
    pick: (label) => label,
    skip: '(brak)',
    baseline: (c) => `Poziom wyjściowy w „${c}”`,
    target: (c) => `Poziom docelowy w „${c}”`,
    level: (c) => `Własny poziom w „${c}”`,
    completed: (m) => `Data ukończenia „${m}” (RRRR-MM-DD; zostaw puste, jeśli jeszcze nie)`,
    notInPlan: 'poza planem',
    confirm: (what, file) => `Dodać ${what} do ${file}?`,
  },
  invalid: {
    required: 'Wymagane.',
    date: 'Wpisz datę jako RRRR-MM-DD.',
    number: (min, max) => (min !== undefined && max !== undefined ? `Liczba od ${min} do ${max}.` : 'Liczba.'),
  },
};
