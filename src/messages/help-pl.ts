import type { HelpText, OptionKey } from './help-text.js';
import { plural } from './plural-pl.js';

const options: Record<OptionKey, string> = {
  // globalne
  color: 'wymuś kolory na wyjściu',
  noColor: 'wyłącz kolory (także: NO_COLOR=1)',
  locale: 'język komunikatów i pomocy: en lub pl (domyślnie: MENTOR_LOCALE, potem LC_ALL, LC_MESSAGES, LANG; gdy żadna nie wskazuje języka, jak LANG=C w CI, komunikaty o programie są w jego metadata.locale)',
  debug: 'pokazuj ślad stosu przy błędach wewnętrznych',
  // wspólne
  format: 'format wyniku',
  documentOutput: 'zapisz do PLIKU (atomowo) w formacie z --format albo w tym, który wskazuje rozszerzenie; FORMAT=PLIK zapisuje w tym formacie; można powtarzać',
  forceOutput: 'nadpisz istniejące pliki --output',
  config: 'ustawienia reguł (domyślnie: najbliższy .mentor.yaml, .mentor.yml lub mentor.config.yaml w górę drzewa folderów)',
  noConfig: 'pomiń plik konfiguracji',
  asOf: 'dzień, na który liczony jest dokument (RRRR-MM-DD; domyślnie: dziś; --today oznacza to samo)',
  todayAsAsOf: 'to samo co --as-of, pod nazwą używaną przez validate i add',
  // validate
  validateOutput: 'zapisz do PLIKU w formacie z --format albo w tym, który wskazuje rozszerzenie (.json, .sarif, .xml = junit); na ekranie nadal format stylish; FORMAT=PLIK zapisuje w tym formacie; można powtarzać',
  maxWarnings: 'zakończ z kodem 1, gdy ostrzeżeń jest więcej niż N',
  strict: 'traktuj ostrzeżenia jak problemy (to samo co --max-warnings 0)',
  quiet: 'pokazuj tylko błędy, bez ostrzeżeń',
  validateToday: 'dzień, względem którego sprawdzane są zapisy (RRRR-MM-DD; domyślnie: dziś)',
  stdinFilepath: 'przy ścieżce `-` (czytanie ze standardowego wejścia): plik, który ona zastępuje, na potrzeby komunikatów i dołączeń',
  // comms
  commsFormatDefault: 'table; yaml z --proposed-only, csv z --merge',
  commsTo: 'tylko wiadomości do tej roli (do roli albo do wskazanej osoby, która ją pełni), np. line-manager',
  commsFrom: 'tylko wiadomości wysyłane przez tę rolę, np. hr-owner',
  commsPerson: 'tylko wiadomości, które dostaje ta osoba',
  commsBetween: 'tylko wiadomości z okresu między dwiema datami, obie włącznie: --between 2026-01-01 2026-03-31',
  commsUpcoming: 'tylko wiadomości z N dni od --as-of, ten dzień włącznie (cotygodniowy przegląd: --upcoming 7)',
  commsProposedOnly: 'tylko propozycje metody dla kroków, których program nie obejmuje, jako YAML gotowy do wklejenia pod `communications:`',
  commsMerge: 'jeden wiersz na odbiorcę do korespondencji seryjnej (id odbiorcy, imię i nazwisko, rola, e-mail, jeśli jest w pliku osób, temat, treść), w csv lub json',
  commsConfig: 'ustawienia zespołu, np. comms.maxMessagesPerWeek (domyślnie: najbliższy .mentor.yaml w górę drzewa folderów)',
  // diff, show
  diffGit: 'porównaj program z katalogu roboczego z tą samą ścieżką w rewizji git (HEAD, HEAD~1, tag, gałąź)',
  diffExitCode: 'zakończ z kodem 1, gdy coś się różni, a z 0, gdy nic, jak git diff --exit-code (2 pozostaje dla błędów użycia i wejścia-wyjścia)',
  diffAudience: 'kto czyta: hr (osoby z nazwiska), sponsor (osoby tylko jako liczby); domyślnie: osoby po identyfikatorach',
  diffAsOf: 'dzień, na który liczone są wskaźniki pilotażu (RRRR-MM-DD; domyślnie: ostatni dzień pilotażu, a w jego trakcie dziś)',
  diffToday: 'dzień traktowany jako dzisiejszy, jak w validate i add (RRRR-MM-DD; domyślnie: dziś): jeśli wypada przed ostatnim dniem pilotażu, na ten dzień liczone są wskaźniki; --as-of wskazuje ich dzień wprost',
  diffMoves: 'pokaż także elementy, które tylko zmieniły miejsce na liście (sama kolejność nie jest zmianą)',
  showNormalised: 'wypisz postać kanoniczną: klucze w kolejności schematu, listy z identyfikatorami posortowane po id, bez komentarzy (sterownik textconv dla git)',
  // report
  reportAudience: 'kto czyta: hr (osoby), manager (jego bezpośredni podwładni), mentee (jedna karta rozwoju) lub sponsor (tylko zestawienia)',
  reportPerson: 'z --audience manager lub mentee: przełożony albo mentee, dla którego jest raport',
  reportPseudonymise: 'zastąp imiona, nazwiska i identyfikatory osób i par stałymi pseudonimami (ustaw tajny MENTOR_PSEUDONYM_KEY, żeby nie dało się ich odgadnąć)',
  reportSection: 'tylko te sekcje (po przecinku lub powtarzając opcję): {sections}',
  reportDelimiter: 'separator CSV: "," ";" lub tab (domyślnie: ";" w dokumentach po polsku, "," w pozostałych)',
  // init
  initTemplate: 'szablon: nazwa wbudowanego (zob. --list-templates) albo własny folder (./moj-szablon)',
  initListTemplates: 'wypisz wbudowane szablony i zakończ',
  initFrom: 'utwórz wdrożenie na podstawie pilotażu, a z --phase cycle kolejną edycję na podstawie poprzedniej (jej folderu lub pliku programu): rama skopiowana, daty przesunięte, osoby i zapisy puste',
  initAnswers: 'weź odpowiedzi z pliku YAML lub JSON (- czyta standardowe wejście); opcje mają pierwszeństwo',
  initYes: 'o nic nie pytaj: przyjmij wartości domyślne, a gdzie ich nie ma, oznaczone miejsca do uzupełnienia',
  initNoInteractive: 'nie pytaj nawet w terminalu; odpowiedzi bez wartości domyślnej trzeba podać',
  initId: 'identyfikator programu (domyślnie: z nazwy folderu)',
  initName: 'nazwa programu (domyślnie: z szablonu)',
  initOrganisation: 'organizacja klienta i jednostka',
  initPhase: 'pilot, rollout (wdrożenie, wymaga --from) albo cycle (edycja powtarzanego programu; --from poprzednia edycja)',
  initStart: 'pierwszy dzień, RRRR-MM-DD (domyślnie: pierwszy poniedziałek za dwa tygodnie)',
  initWeeks: 'długość w tygodniach, {min}–{max} (domyślnie: z szablonu)',
  initGoals: 'zostaw tylko te cele szablonu (identyfikatory po przecinku)',
  initCompetencies: 'zostaw tylko te kompetencje szablonu',
  initCriteria: 'zostaw tylko te kryteria kwalifikacji z szablonu',
  initRecruitment: 'sposób naboru mentee',
  initSize: 'planowana liczba mentee',
  initHrOwner: 'imię i nazwisko właściciela procesu w HR (domyślnie: miejsce do uzupełnienia)',
  initSponsor: 'imię i nazwisko sponsora (domyślnie: miejsce do uzupełnienia)',
  initCadenceWeeks: 'sesja co N tygodni',
  initSessionMinutes: 'długość sesji w minutach',
  initMix: 'planowane proporcje nauki: doświadczenie/relacje/formalna (domyślnie: 70/20/10)',
  initKpis: 'zostaw tylko te wskaźniki (KPI) szablonu',
  initToolSource: 'skąd proces CI instaluje mentor: specyfikacja instalacji npm (github:org/mentor#v0.1.0, adres archiwum, mentor-cli@0.1.0); domyślnie: MENTOR_TOOL_SOURCE, a bez niej źródło tej instalacji',
  initForce: 'zapisz do niepustego folderu, zastępując pliki o tych samych nazwach',
  initDryRun: 'wypisz pliki, które by powstały, i niczego nie zapisuj',
  // add
  addProgramme: 'folder lub plik programu (domyślnie: bieżący folder)',
  addFrom: 'dodaj wiele naraz, po jednym z każdego wiersza pliku CSV, którego nagłówek nazywa pola (eksport ankiety, sesje z miesiąca); opcje podają wartości kolumn, których w pliku brak',
  addIgnoreColumns: 'kolumny CSV do pominięcia, po przecinku (np. „Sygnatura czasowa” z formularza)',
  addToday: 'dzień, od którego liczone są domyślne daty i sprawdzane zapisy (RRRR-MM-DD; domyślnie: dziś)',
  addDryRun: 'pokaż, co i gdzie zostałoby dodane, i niczego nie zapisuj',
  addStrict: 'odrzuć dodanie, które wywołuje także ostrzeżenia, a nie tylko błędy',
  addNoInteractive: 'nigdy nie pytaj, nawet w terminalu; wartości bez domyślnych trzeba podać',
  // schema
  schemaWrite: 'zapisz wszystkie schematy do tego folderu (dla edytorów i CI bez sieci) zamiast wypisywać jeden',
  schemaForce: 'nadpisz pliki schematów, które już są w folderze z --write',
  // select
  selectSheet: 'XLSX: arkusz do odczytu (domyślnie: pierwszy)',
  selectDelimiter: 'CSV: separator, "," ";" lub "tab" (domyślnie: wykrywany)',
  selectEncoding: 'CSV: kodowanie tekstu (domyślnie: wykrywane: UTF-8 z BOM lub bez, UTF-16, a w pozostałych przypadkach Windows-1250)',
  selectColumn: 'kolumna pola osoby: id, name, firstName, lastName, title, department, lineManager, hired, tenureMonths (można powtarzać; zastępuje addressees.import)',
  selectLevel: 'kolumna z obecnym poziomem w kompetencji (można powtarzać; zastępuje addressees.import)',
  selectDateFormat: 'jak eksport zapisuje daty z ukośnikami: DD/MM/YYYY (Polska, Wielka Brytania) albo MM/DD/YYYY (USA) (domyślnie: rozstrzyga liczba większa niż 12 w kolumnie; eksporty programu po polsku mają najpierw dzień)',
  selectWrite: 'dopisz zakwalifikowanych kandydatów jako mentee do pliku osób (komentarze i układ zachowane; nigdy nikogo, kto już tam jest)',
  // match
  matchStart: 'dzień startu proponowanych par (RRRR-MM-DD; domyślnie: matching.start, potem kamień milowy kick-off, potem start programu; gdy ten dzień już minął – pierwszy dzień roboczy od dziś)',
  matchAsOf: 'dzień traktowany jako dzisiejszy przy ustalaniu domyślnego startu (RRRR-MM-DD; domyślnie: dziś; --today oznacza to samo)',
  matchRematch: 'dobierz ponownie także mentee, których pary nie ruszyły do dnia startu (te pary są odkładane)',
  matchWrite: 'dopisz proponowane pary do pliku osób (komentarze i układ zachowane)',
  // doctor
  doctorConfig: 'sprawdź ten plik konfiguracji zamiast najbliższego w górę drzewa folderów',
  doctorNoConfig: 'jak validate --no-config: pokaż, że konfiguracja nie jest używana',
};

/**
 * The fields of `mentor add <kind>` (their schema descriptions, in Polish), by `kind.key` where
 * kinds differ, else by key. test/help-catalogue.test.ts checks every field of every kind has one.
 */
const fields: Readonly<Record<string, string>> = {
  pair: 'identyfikator pary',
  'session.date': 'data sesji (przy odwołanej lub nieodbytej: data, na którą była zaplanowana)',
  minutes: 'czas trwania w minutach; wymagany przy odbytej sesji',
  status: '`held` (odbyta; domyślnie, gdy brak klucza), `cancelled` (odwołana wcześniej) lub `missed` (nie odbyła się bez uprzedzenia); realizacja sesji liczy tylko odbyte, raport wymienia odwołane i nieodbyte',
  reason: 'powód odwołania lub nieodbycia sesji (bez treści poufnych)',
  topic: 'czego dotyczyła sesja (bez treści poufnych)',
  mentee: 'identyfikator mentee',
  competency: 'identyfikator kompetencji',
  'learning.competency': 'kompetencja, którą rozwija aktywność',
  'assessment.date': 'data oceny',
  level: 'poziom oceniony na skali kompetencji',
  assessor:
    'rola oceniającego: `mentor`, `line-manager`, `mentee` (samoocena), `hr-owner`, `sponsor`, `external` (ktoś spoza programu) albo własna rola programu (identyfikator z jego `roles`, np. `clinical-educator`); poza `external` musi to być rola zdefiniowana w programie',
  'learning.date': 'data aktywności (lub jej zakończenia)',
  type: '`experience` (w pracy, 70), `social` (od innych, 20) lub `formal` (szkolenia, 10)',
  hours: 'poświęcone godziny',
  description: 'na czym polegała aktywność',
  survey: 'identyfikator ankiety, np. `mid-point` lub `closing`',
  'survey.date': 'data odpowiedzi',
  respondent: 'identyfikator osoby odpowiadającej',
  satisfaction: 'zadowolenie w skali 1–5',
  nps: 'skłonność do polecenia, 0–10 (Net Promoter Score)',
  comment: 'dowolny komentarz',
  kpi: 'identyfikator wskaźnika',
  'kpi-value.date': 'data pomiaru wartości',
  value: 'zmierzona wartość, w jednostce wskaźnika',
  note: 'skąd pochodzi wartość',
  id: 'identyfikator osoby, unikalny na swojej liście; ten sam identyfikator na innej liście (`staff`, `mentors`, `mentees`) to ta sama osoba i nosi to samo imię i nazwisko',
  'pair.id': 'identyfikator pary, do którego odwołują się zapisy sesji',
  name: 'imię i nazwisko',
  email: 'adres e-mail',
  title: 'stanowisko',
  department: 'dział lub jednostka',
  'mentee.lineManager': 'identyfikator bezpośredniego przełożonego mentee; linia podległości biegnie dalej przez `lineManager` tej osoby; nie może na niej być żaden mentor tego mentee i nie może tworzyć pętli',
  'mentor.lineManager': 'identyfikator przełożonego mentora (linia podległości biegnie dalej przez `lineManager` tej osoby)',
  'staff.lineManager': 'identyfikator przełożonego tej osoby, żeby linię podległości dało się śledzić w górę: żaden mentor nie może być nigdzie nad swoim mentee',
  hired: 'data zatrudnienia mentee, sprawdzana z `minTenureMonths` kryterium',
  'mentee.competencies': 'poziom wyjściowy i docelowy w każdej kompetencji',
  capacity: 'ilu mentee mentor prowadzi naraz',
  levels: 'własny poziom mentora w każdej kompetencji',
  preparation: 'moduły przygotowania ukończone przez mentora',
  mentor: 'identyfikator mentora (z `mentors`); nie sam mentee ani nikt nad nim w linii podległości',
  'pair.competencies': 'identyfikatory kompetencji, nad którymi pracuje para',
  start: 'data pierwszej sesji pary',
  end: 'data wcześniejszego zakończenia pary, jeśli do niego doszło',
  endReason: 'powód zakończenia: `completed` (cele osiągnięte wcześniej), `left-organisation` (mentee odszedł; liczy się w retencji), `mismatch` (para się nie sprawdziła), `workload` (brak czasu) lub `other`; ma sens tylko z `end`',
};

/** Names of arguments and option values as help shows them (`<plik>`); the flags' syntax (`YYYY-MM-DD`, `ID`) stays. */
const placeholders: Readonly<Record<string, string>> = {
  paths: 'ścieżki',
  path: 'ścieżka',
  dir: 'folder',
  kind: 'rodzaj',
  programme: 'program',
  export: 'eksport',
  old: 'stary',
  new: 'nowy',
  file: 'plik',
  'rule-id': 'id-reguły',
  shell: 'powłoka',
  command: 'polecenie',
  audience: 'odbiorca',
  char: 'znak',
  'competency=header': 'kompetencja=nagłówek',
  'field=header': 'pole=nagłówek',
  date: 'data',
  dates: 'daty',
  days: 'dni',
  ids: 'identyfikatory',
  id: 'identyfikator',
  locale: 'język',
  method: 'sposób',
  name: 'nazwa',
  names: 'nazwy',
  phase: 'faza',
  pilot: 'pilotaż',
  rev: 'rewizja',
  role: 'rola',
  sep: 'separator',
  spec: 'specyfikacja',
};

/**
 * The value syntax of `mentor add`'s field flags (`<YYYY-MM-DD>`, `<COMPETENCY:BASELINE:TARGET,…>`,
 * from src/core/add/read-value.ts syntaxOf), word by word; ids and enum values stay as typed.
 */
const syntaxWords: Readonly<Record<string, string>> = {
  TEXT: 'TEKST',
  N: 'LICZBA',
  'YYYY-MM-DD': 'RRRR-MM-DD',
  VALUE: 'WARTOŚĆ',
  COMPETENCY: 'KOMPETENCJA',
  BASELINE: 'WYJŚCIOWY',
  TARGET: 'DOCELOWY',
  MODULE: 'MODUŁ',
  COMPLETED: 'DATA-UKOŃCZENIA',
};

const placeholder = (name: string): string => placeholders[name] ?? name.replace(/[A-Z][A-Z-]*/g, (word) => syntaxWords[word] ?? word);

const exitCodes = (text: string): string => `Kody wyjścia: ${text}.`;
const argumentsCount = (n: number): string => `${n} ${plural(n, 'argument', 'argumenty', 'argumentów')}`;

/** `mentor --help` i pomoc każdego polecenia po polsku, razem ze słowami samego commandera. */
export const helpPl: HelpText = {
  program: {
    description: 'Korporacyjne programy mentoringowe jako wersjonowane pliki: sprawdzanie, raporty, plan i kalibracja.',
    version: 'wyświetl numer wersji',
    help: 'wyświetl pomoc',
    helpCommand: 'wyświetl pomoc dla polecenia',
    afterError: '(uruchom z --help, aby zobaczyć sposób użycia)',
    examplesTitle: 'Przykłady:',
  },
  commander: {
    titles: { 'Usage:': 'Użycie:', 'Arguments:': 'Argumenty:', 'Options:': 'Opcje:', 'Commands:': 'Polecenia:', 'Global Options:': 'Opcje globalne:' },
    placeholder,
    optionsTerm: '[opcje]',
    commandTerm: '[polecenie]',
    choices: (values) => `do wyboru: ${values}`,
    default: (value) => `domyślnie: ${value}`,
    preset: (value) => `bez wartości: ${value}`,
    env: (name) => `zmienna środowiskowa: ${name}`,
    errors: {
      unknownOption: (flag) => `błąd: nieznana opcja '${flag}'`,
      unknownCommand: (name) => `błąd: nieznane polecenie '${name}'`,
      didYouMean: (names) => (names.length === 1 ? `\n(Czy chodziło o ${names[0]}?)` : `\n(Czy chodziło o jedno z: ${names.join(', ')}?)`),
      missingArgument: (name) => `błąd: brak wymaganego argumentu '${name}'`,
      optionMissingArgument: (flags) => `błąd: opcja '${flags}' wymaga wartości`,
      missingMandatoryOption: (flags) => `błąd: nie podano wymaganej opcji '${flags}'`,
      conflictingOption: (first, second) => `błąd: ${first} nie może być użyta razem z ${second}`,
      optionName: (flags) => `opcja '${flags}'`,
      envName: (name) => `zmienna środowiskowa '${name}'`,
      excessArguments: (command, expected, received) =>
        `błąd: za dużo argumentów${command ? ` polecenia '${command}'` : ''}. Oczekiwano: ${argumentsCount(expected)}, podano: ${received}.`,
      invalidOptionValue: (flags, value, allowed) => `błąd: niepoprawna wartość '${value}' opcji '${flags}'.${allowed ? ` Dozwolone wartości: ${allowed}.` : ''}`,
      invalidArgumentValue: (name, value, allowed) => `błąd: niepoprawna wartość '${value}' argumentu '${name}'.${allowed ? ` Dozwolone wartości: ${allowed}.` : ''}`,
    },
  },
  commands: {
    validate: {
      description: 'sprawdź pliki programu według schematu i reguł metody',
      arguments: { 'paths...': 'pliki lub foldery programu (domyślnie: bieżący folder)' },
      notes: [exitCodes('0 brak problemów, 1 znaleziono problemy, 2 błąd użycia lub wejścia-wyjścia')],
      examples: [
        ['mentor validate examples', 'wszystkie programy w folderze'],
        ['mentor validate --format sarif --output mentor.sarif examples/kam-pilot', 'plik SARIF do skanowania kodu, a wyniki na ekranie'],
        ['mentor validate --format github examples/kam-rollout/programme.yaml', 'adnotacje dla GitHub Actions'],
        ['mentor validate --strict examples/expert-transfer', 'ostrzeżenia też kończą się niepowodzeniem'],
      ],
    },
    init: {
      description: 'utwórz folder programu, który od razu przechodzi sprawdzenie – w rozmowie albo z opcji',
      arguments: { dir: 'folder do utworzenia (nowy albo pusty, nie licząc .git)' },
      notes: [
        'W terminalu pyta krok po kroku; z --yes, --answers, CI=true albo bez terminala nigdy nie pyta.',
        'Globalna opcja --locale en|pl ustala też język programu, jego komentarzy i README.',
        exitCodes('0 zapisano (lub --dry-run), 1 zapisano, ale sprawdzenie znalazło błędy, 2 błąd użycia lub wejścia-wyjścia (nic nie zapisano), 130 przerwano (nic nie zapisano; 143 SIGTERM, 129 SIGHUP)'),
      ],
      examples: [
        ['mentor init acme-sales --yes', 'program z domyślnego szablonu, bez pytań'],
        ['mentor init acme-sales --yes --template expert-transfer --locale pl --organisation "Acme S.A."', 'inny szablon, po polsku'],
        ['mentor init acme-rollout --yes --from examples/kam-pilot --start 2027-01-11', 'wdrożenie na podstawie pilotażu, z przesuniętymi datami'],
        ['mentor init --list-templates', 'wbudowane szablony'],
      ],
    },
    report: {
      description: 'postępy programu, sesje, proporcje nauki i wskaźniki na wybrany dzień – dla HR, przełożonego, mentee albo sponsora',
      arguments: { path: 'folder programu lub jego plik programu (domyślnie: bieżący folder)' },
      notes: [exitCodes('0 zapisano, 1 zapisano, ale program ma błędy (zob. mentor validate), 2 błąd użycia lub wejścia-wyjścia')],
      examples: [
        ['mentor report examples/kam-pilot --as-of 2026-06-30', 'raport na ekranie, na ostatni dzień pilotażu'],
        ['mentor report examples/kam-pilot -o report.html', 'plik HTML dla HR'],
        ['mentor report examples/kam-pilot --audience manager --person s-tlewandowski --format md', 'widok przełożonego: jego bezpośredni podwładni'],
        ['mentor report examples/kam-pilot --audience sponsor --pseudonymise -o sponsor.html', 'tylko zestawienia, bez nazwisk'],
        ['mentor report examples/kam-pilot --section kpis --format csv > kpis.csv', 'wskaźniki do arkusza kalkulacyjnego'],
      ],
    },
    add: {
      description: 'zapisz osoby i dane z monitorowania (sesję, ocenę, mentee…) z zachowaniem komentarzy i układu',
      notes: [
        'Każdy rodzaj ma po jednej opcji na pole swojego schematu (wypisuje je mentor add session --help).',
        exitCodes('0 dodano, 1 odmowa (po dodaniu program byłby niepoprawny; nic nie zapisano), 2 błąd użycia lub wejścia-wyjścia, 130 przerwano'),
      ],
      examples: [
        ['mentor add session --programme examples/kam-pilot --pair para-01 --date 2026-06-29 --minutes 60 --today 2026-06-30', 'odbyta sesja'],
        ['mentor add assessment --programme examples/kam-pilot --mentee e-akaczmarek --competency negocjacje-kam --level 4 --assessor mentor --date 2026-06-29 --today 2026-06-30', 'ocena na skali kompetencji'],
        ['mentor add learning --programme examples/kam-pilot --mentee e-akaczmarek --type social --hours 1 --date 2026-06-29 --today 2026-06-30 --dry-run', 'godzina nauki od innych, pokazana, a nie zapisana'],
      ],
    },
    schema: {
      description: 'wypisz JSON Schema rodzaju dokumentu albo zapisz wszystkie dla edytorów',
      arguments: { kind: 'programme, people, records lub common (bez argumentu: lista)' },
      examples: [
        ['mentor schema programme > programme.schema.json', 'jeden samodzielny schemat dla edytora'],
        ['mentor schema --write .mentor/schemas', 'wszystkie do jednego folderu'],
      ],
    },
    select: {
      description: 'zastosuj kryteria adresatów programu do eksportu z HR (CSV lub XLSX): kto się kwalifikuje i dlaczego',
      arguments: { programme: 'folder lub plik programu', export: 'eksport z HR: CSV (UTF-8, UTF-16 lub Windows-1250; "," ";" albo tabulator) lub XLSX' },
      notes: [
        exitCodes(
          '0 dokonano wyboru, 1 nie da się odczytać komórek eksportu (nic nie zapisano) albo program ma błędy, 2 błąd użycia lub wejścia-wyjścia, eksport, który nie jest tabelą albo którego kolumn nie da się przypisać',
        ),
      ],
      examples: [
        ['mentor select examples/kam-rollout examples/kam-rollout/hr/kandydaci.csv', 'kto się kwalifikuje, a kto nie i dlaczego'],
        ['mentor select examples/kam-rollout examples/kam-rollout/hr/kandydaci.xlsx --format json', 'z arkusza, jako JSON'],
        ['mentor select examples/kam-rollout examples/kam-rollout/hr/kandydaci.csv --column id="Nr ewidencyjny" --write', 'kolumna wskazana ręcznie, zakwalifikowani dopisani jako mentee'],
      ],
    },
    match: {
      description: 'zaproponuj pary mentor–mentee przy twardych ograniczeniach, najlepsze według wag programu, każdą z uzasadnieniem',
      arguments: { programme: 'folder lub plik programu (domyślnie: bieżący folder)' },
      notes: [exitCodes('0 każdy mentee ma mentora, 1 niektórzy zostali bez mentora (każdy z tym, co go zablokowało) albo program ma błędy, 2 błąd użycia lub wejścia-wyjścia')],
      examples: [
        ['mentor match examples/kam-rollout', 'proponowane pary i ich uzasadnienia'],
        ['mentor match examples/kam-rollout --format md --output pairs.md', 'plik Markdown na spotkanie doboru par'],
        ['mentor match examples/kam-rollout --write', 'pary dopisane do pliku osób'],
      ],
    },
    comms: {
      description: 'plan komunikacji z datami: kto, komu, co i kiedy mówi – z propozycjami metody i gotowymi tekstami',
      arguments: { path: 'folder lub plik programu (domyślnie: bieżący folder)' },
      notes: [
        'Propozycje (kroki metody, których program jeszcze nie obejmuje) są oznaczone; --proposed-only wypisuje je jako YAML do wklejenia.',
        'Plan jest w języku programu (metadata.locale), chyba że --locale mówi inaczej.',
        exitCodes('0 zapisano plan, 1 zapisano, ale program ma błędy (uruchom mentor validate), 2 błąd użycia lub wejścia-wyjścia'),
      ],
      examples: [
        ['mentor comms examples/kam-pilot', 'cały plan'],
        ['mentor comms examples/kam-pilot --to line-manager --format md', 'co dostają przełożeni'],
        ['mentor comms examples/kam-pilot --upcoming 7 --as-of 2026-03-02', 'najbliższy tydzień'],
        ['mentor comms examples/kam-pilot --output plan.ics', 'plik kalendarza'],
        ['mentor comms examples/kam-pilot --proposed-only >> proposals.yaml', 'propozycje metody do wklejenia'],
        ['mentor comms examples/kam-pilot --merge --to mentee --output mail-merge.csv', 'korespondencja seryjna do mentee'],
      ],
    },
    diff: {
      description: 'co się zmieniło między pilotażem a wdrożeniem (albo dwiema wersjami programu), obok wyników pilotażu i decyzji',
      arguments: {
        old: 'pilotaż albo starsza wersja: folder lub plik programu albo REWIZJA:ŚCIEŻKA w git (sam jeden: wdrożenie, porównane z jego pilotażem)',
        new: 'wdrożenie albo nowsza wersja (w tych samych postaciach)',
      },
      notes: [
        exitCodes('0 gotowe, 1 znaleziono różnice (z --exit-code) albo program ma błędy, 2 błąd użycia, wejścia-wyjścia lub git'),
        'W repozytorium git: mentor diff HEAD~1:programme.yaml programme.yaml albo mentor diff --git main programme.yaml.',
      ],
      examples: [
        ['mentor diff examples/kam-rollout', 'wdrożenie obok jego pilotażu'],
        ['mentor diff examples/kam-pilot examples/kam-rollout --format md -o calibration.md', 'kalibracja jako Markdown'],
        ['mentor diff examples/kam-pilot examples/kam-rollout --audience sponsor --exit-code', 'dla sponsora; kod 1, gdy cokolwiek się zmieniło'],
      ],
    },
    show: {
      description: 'wypisz plik programu w postaci kanonicznej dla git diff (sterownik textconv)',
      arguments: { file: 'plik programu, osób lub zapisów (- czyta standardowe wejście)' },
      notes: ['Ustawienie w git (zob. docs/diff.md):', '  echo "*.yaml diff=mentor" >> .gitattributes', '  git config diff.mentor.textconv "mentor show --normalised"'],
      examples: [
        ['mentor show --normalised examples/kam-pilot/people.yaml', 'postać kanoniczna, którą porównuje git diff'],
        ['mentor show --normalised examples/kam-pilot/records/2026-03.yaml', 'plik zapisów z posortowanymi wpisami'],
      ],
    },
    rules: {
      description: 'wypisz wszystkie reguły: identyfikator, domyślną wagę i to, co sprawdza',
      examples: [
        ['mentor rules', 'wszystkie reguły'],
        ['mentor --locale pl rules', 'po polsku'],
        ['mentor rules --format json', 'dla skryptów'],
      ],
    },
    explain: {
      description: 'wyjaśnij regułę: co sprawdza, dlaczego to ważne, przykład błędny i poprawny, jak naprawić',
      arguments: { 'rule-id': 'identyfikator reguły, taki jak w `mentor rules` i w wynikach sprawdzenia' },
      notes: [exitCodes('0 wyjaśniono, 2 nie ma takiej reguły (podpowiadane są najbliższe identyfikatory)')],
      examples: [
        ['mentor explain mentor-over-capacity', 'jedna reguła z przykładami'],
        ['mentor --locale pl explain buy-in-missing', 'po polsku'],
      ],
    },
    completion: {
      description: 'wypisz skrypt uzupełniania dla powłoki: polecenia, opcje, ich wartości, identyfikatory reguł i ścieżki',
      arguments: { shell: 'powłoka, w której ma działać uzupełnianie' },
      notes: [
        'Instalacja (potem otwórz nową powłokę):',
        '  mentor completion bash > ~/.local/share/bash-completion/completions/mentor',
        '  mentor completion zsh > "${fpath[1]}/_mentor"',
        '  mentor completion fish > ~/.config/fish/completions/mentor.fish',
      ],
      examples: [
        ['mentor completion bash > mentor.bash', 'skrypt dla bash do wczytania lub instalacji'],
        ['mentor completion fish', 'skrypt dla fish'],
      ],
    },
    doctor: {
      description: 'pokaż, czego mentor tu używa i dlaczego: plik konfiguracji, język, wersja formatu, Node',
      notes: [exitCodes('0, albo 2, gdy plik konfiguracji ma problemy (wtedy validate też by się zatrzymał)')],
      examples: [
        ['mentor doctor', 'w tym folderze'],
        ['LANG=pl_PL.UTF-8 mentor doctor', 'z polskim językiem systemu'],
        ['mentor doctor --no-config', 'tak, jak działałby validate --no-config'],
      ],
    },
  },
  addKinds: {
    session: {
      description: 'odbyta sesja mentoringowa (para, data, minuty), do pliku zapisów z danego miesiąca',
      examples: [
        ['mentor add session --programme examples/kam-pilot --pair para-01 --date 2026-06-29 --minutes 60 --today 2026-06-30', 'odbyta sesja'],
        ['mentor add session --programme examples/kam-pilot --pair para-02 --date 2026-06-29 --status cancelled --reason "wizyta u klienta" --today 2026-06-30 --dry-run', 'odwołana sesja, pokazana, a nie zapisana'],
      ],
    },
    assessment: {
      description: 'ocena mentee w kompetencji na jej skali',
      examples: [['mentor add assessment --programme examples/kam-pilot --mentee e-akaczmarek --competency negocjacje-kam --level 4 --assessor mentor --date 2026-06-29 --today 2026-06-30', 'poziom na skali kompetencji']],
    },
    learning: {
      description: 'aktywność rozwojowa mentee (doświadczenie, relacje lub nauka formalna: 70:20:10)',
      examples: [['mentor add learning --programme examples/kam-pilot --mentee e-akaczmarek --type social --hours 1 --date 2026-06-29 --today 2026-06-30', 'godzina nauki od innych']],
    },
    survey: {
      description: 'odpowiedź z ankiety (satysfakcja, NPS); eksport z formularza przez --from',
      examples: [['mentor add survey --programme examples/kam-pilot --survey koncowa --respondent e-mjablonski --satisfaction 4 --nps 8 --date 2026-06-29 --today 2026-06-30', 'jedna odpowiedź']],
    },
    'kpi-value': {
      description: 'wartość wskaźnika zmierzona poza mentorem (CRM, ERP, system kadrowy)',
      examples: [['mentor add kpi-value --programme examples/kam-pilot --kpi marza-kontraktow-kk --value 18.1 --date 2026-06-30 --today 2026-06-30', 'wartość z ERP']],
    },
    mentee: {
      description: 'mentee z poziomem wyjściowym i docelowym w każdej kompetencji, do pliku osób',
      examples: [['mentor add mentee --programme examples/kam-rollout --id e-nowa --name "Anna Nowa" --title "Key Account Manager" --hired 2021-02-01 --line-manager s-tlewandowski --competencies negocjacje-kam:2:4 --dry-run', 'mentee pokazany, a nie zapisany']],
    },
    mentor: {
      description: 'mentor z własnymi poziomami kompetencji i liczbą miejsc',
      examples: [['mentor add mentor --programme examples/kam-rollout --id m-nowy --name "Jan Nowy" --capacity 2 --levels negocjacje-kam:5,planowanie-konta:4 --dry-run', 'mentor, który może przyjąć dwie osoby']],
    },
    pair: {
      description: 'para mentor–mentee i kompetencje, nad którymi pracuje',
      examples: [['mentor add pair --programme examples/kam-pilot --id para-13 --mentor m-gpiotrowski --mentee e-mjablonski --competencies planowanie-konta --start 2026-05-04 --today 2026-05-04 --dry-run', 'para pokazana, a nie zapisana']],
    },
    staff: {
      description: 'osoba, która nie jest ani mentorem, ani mentee (właściciel procesu w HR, sponsor, przełożony)',
      examples: [['mentor add staff --programme examples/kam-pilot --id s-nowak --name "Ewa Nowak" --title "HR Business Partner"', 'przełożony albo właściciel procesu w HR']],
    },
  },
  addField: { describe: (kind, key, english) => fields[`${kind}.${key}`] ?? fields[key] ?? english, defaultToday: ' (domyślnie: dziś)', defaultStart: ' (domyślnie: dziś, a przed startem programu – dzień kick-offu)', defaultPlan: ' (domyślnie: plan mentee)', required: ' (wymagane)' },
  options,
  parse: {
    wholeNumber: (flag, value) => `${flag} przyjmuje liczbę całkowitą ≥ 0, a nie „${value}”.`,
    positiveNumber: (flag, value) => `${flag} przyjmuje liczbę całkowitą ≥ 1, a nie „${value}”.`,
    date: (flag, value) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${flag}: „${value}” to nie jest dzień kalendarza.` : `${flag} przyjmuje datę w postaci RRRR-MM-DD, a nie „${value}”.`,
    between: (value) => `--between przyjmuje dwie daty; „${value}” to trzecia (podaj ścieżkę programu przed --between).`,
    unknownSection: (name, known) => `--section: nieznana sekcja „${name}” (dostępne: ${known.join(', ')}).`,
    delimiter: (flag, value) => `${flag} przyjmuje ",", ";" lub "tab", a nie „${value}”.`,
    range: (flag, min, max, value) => `${flag} przyjmuje liczbę całkowitą od ${min} do ${max}, a nie „${value}”.`,
    ids: (flag, bad) => `${flag} przyjmuje identyfikatory rozdzielone przecinkami${bad.length > 0 ? `; to nie są identyfikatory: ${bad.join(', ')}` : ''}.`,
    id: (flag, value) => `${flag} przyjmuje identyfikator (litery, cyfry, ".", "_", "-"; najwyżej 64 znaki), a nie „${value}”.`,
    mix: (value) => `--mix przyjmuje trzy udziały, które sumują się do 100, np. 70/20/10, a nie „${value}”.`,
    assignment: (flag, example, value) => `${flag} przyjmuje NAZWA=NAGŁÓWEK, np. ${flag} ${example}, a nie „${value}”.`,
    asOfAndToday: (asOf, today) => `--as-of ${asOf} i --today ${today} wskazują dwa różne dni, a --today znaczy to samo co --as-of: podaj jedną z tych opcji.`,
  },
};
