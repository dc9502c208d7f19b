import type { ToolSourceGap } from '../core/scaffold/tool-source.js';
import type { InitText } from './init-text.js';
import { endSentence } from './sentence.js';
import { plural } from './plural-pl.js';

const toolSourceGaps: Record<ToolSourceGap, string> = {
  'clone-no-remote': 'klonu git bez zdalnego repozytorium origin',
  'clone-local-remote': 'klonu git, którego origin jest na tym komputerze',
  'clone-unpushed': 'commitu klonu git, który nie został wypchnięty',
  'local-install': 'folderu albo archiwum tarball na tym komputerze',
  'no-record': 'instalacji, która nie zapisuje swojego źródła',
};

/**
 * "… programu <nazwa>", except for a name that itself opens with „Program…” („Program mentoringowy
 * MOPS 2027”), which would read „programu Program mentoringowy”: then a dash stands in for the word.
 */
const ofProgramme = (name: string): string => (/^program/iu.test(name.trim()) ? `– ${name}` : `programu ${name}`);
const numberWords: Record<number, string> = { 2: 'dwa', 3: 'trzy', 4: 'cztery', 5: 'pięć', 6: 'sześć', 7: 'siedem', 8: 'osiem', 9: 'dziewięć', 10: 'dziesięć', 11: 'jedenaście', 12: 'dwanaście' };

/** `mentor init` po polsku: dialog, błędy i komentarze zapisywane w plikach. */
export const initPl: InitText = {
  file: {
    programmeHeader: (p) =>
      [
        endSentence(`${p.name} – ${p.organisation}`),
        p.basis === 'pilot'
          ? `Wdrożenie przygotowane przez \`mentor init --from ${p.source}\`: rama pochodzi z pilotażu, daty przesunięto na nowy okres.`
          : p.basis === 'previous'
            ? `Edycja przygotowana przez \`mentor init --phase cycle --from ${p.source}\`: rama pochodzi z poprzedniej edycji, daty przesunięto na nowy okres.`
            : `Plik przygotowany przez \`mentor init\` z szablonu \`${p.source}\`: każdy tekst poniżej to punkt wyjścia – dopasuj go do Klienta.`,
        'Osoby są w people.yaml, dane monitoringu w records/. Całość sprawdzisz poleceniem `mentor validate`.',
      ].join('\n'),
    sections: {
      metadata: 'Kto, co i kiedy. `id` to nazwa, którą pliki osób i zapisów podają w `programme:`; wszystkie daty muszą mieścić się w `period`.',
      includes: 'Osoby i zapisy monitoringu są w osobnych plikach: HR prowadzi je niezależnie, a historia w git pozostaje czytelna.',
      goals: [
        '── Krok 1: rama ──────────────────────────────────────────────────────────────────',
        'Żaden wiatr nie jest dobry, gdy nie wiesz, do jakiego płyniesz portu: zaczynamy od celów biznesowych.',
        'Kompetencje wskazują cel, któremu służą; `sponsor` to osoba (people.yaml), która odpowiada za cel.',
      ].join('\n'),
      scales: 'Skala biegłości: uporządkowane poziomy, każdy z nazwą i obserwowalnym opisem zachowań. Na niej zapisujemy punkt startu, cel i oceny.',
      competencies: [
        'Wakujące kompetencje, które program przekazuje w relacji 1:1: dziś rzadkie, o znaczeniu strategicznym (`strategic`)',
        'lub taktycznym (`tactical`). `whyVacant` to dowód (np. „2 z 14 KAM-ów na poziomie 4+”) – wpisz liczby Klienta.',
      ].join('\n'),
      addressees: 'Adresaci – ustalani dopiero po celach: kryteria udziału, zasady i sposób rekrutacji do procesu.',
      roles: [
        '── Krok 2: role i proces ─────────────────────────────────────────────────────────',
        'Pięć ról metody. `staffedBy` wskazuje osoby z people.yaml; role opiekuna procesu HR i sponsora muszą być obsadzone.',
      ].join('\n'),
      roleMatrix: 'Macierz RACI: kto przy każdej czynności wykonuje (R), odpowiada (A, jedna rola), jest konsultowany (C) i informowany (I).',
      process: [
        'Kamienie milowe (komunikaty buy-in muszą wyjść przed `kick-off`), rytm sesji i planowane proporcje uczenia się 70:20:10:',
        'doświadczenie w pracy, nauka od innych, nauka formalna. `tolerance` to dopuszczalne odchylenie każdego udziału.',
      ].join('\n'),
      preparation: [
        '── Krok 3: przygotowanie mentorów ────────────────────────────────────────────────',
        'Moduły, które mentor kończy przed startem pierwszej pary; ukończenie zapisujemy przy każdym mentorze w people.yaml.',
      ].join('\n'),
      kpis: [
        '── Krok 4: monitoring ────────────────────────────────────────────────────────────',
        'Mierniki sukcesu na poziomach Kirkpatricka (1 reakcja, 2 wiedza, 3 zachowanie, 4 wyniki). Miary wbudowane liczymy',
        'z records/; każda inna wymaga `source:` i wartości w `kpiValues` pliku zapisów.',
      ].join('\n'),
      communications: [
        'Plan komunikacji: buy-in przed kick-offem dla przełożonych, mentorów i mentee, potem informacje, przypomnienia',
        'i podsumowanie. `when` to `date` albo `milestone` z `offsetDays` (ujemne = przed kamieniem milowym).',
      ].join('\n'),
      calibration: [
        '── Krok 5: kalibracja ────────────────────────────────────────────────────────────',
        'Decyzje podjęte na podstawie wyników pilotażu: co zmieniamy i dlaczego, z KPI pilotażu, na które odpowiadają',
        '(`mentor diff` pokaże chybione KPI bez decyzji). Przykład:',
        '  - id: sesje-co-tydzien',
        '    summary: Sesje co tydzień przez pierwsze dwa miesiące',
        '    rationale: Realizacja harmonogramu sesji 0,72 przy celu 0,9',
        '    kpis: [realizacja-sesji]',
      ].join('\n'),
    },
    peopleHeader: (p) =>
      [
        `Osoby ${ofProgramme(p.name)}. Identyfikatory są oddzielone od nazwisk, więc raporty można pseudonimizować.`,
        ...(p.placeholders === false ? [] : ['Zastąp każde „(uzupełnij: …)” prawdziwą osobą; identyfikatory zostaw – wskazuje je plik programu.']),
      ].join('\n'),
    staff: [
      'Osoby pełniące role: opiekun procesu HR, sponsor, bezpośredni przełożeni (`lineManager` wskazuje ich własnego przełożonego).',
      'Jedna osoba to jeden identyfikator: kto także jest mentorem lub mentee, występuje też w `mentors` lub `mentees` – z tym samym identyfikatorem i nazwiskiem.',
    ].join('\n'),
    mentors: [
      'Mentorzy: własny poziom w każdej kompetencji, ilu mentee prowadzą naraz i ukończone moduły przygotowania',
      '(`preparation: [{ module: <id>, completed: RRRR-MM-DD }]`) – przed startem pierwszej pary.',
    ].join('\n'),
    mentees: 'Mentee: punkt startu (`baseline`) i cel (`target`) w każdej kompetencji, nad którą pracują.',
    pairs: (p) =>
      p.matching
        ? `Pary powstają na doborze par (${p.matching}): \`{ id, mentor, mentee, competencies, start }\`.`
        : 'Pary: `{ id, mentor, mentee, competencies, start }`, dopisywane po doborze mentorów i mentee.',
    sampleHeading: 'Na przykład (odkomentuj, dopasuj i dopisz kolejnych):',
    sampleNames: { mentor: 'Anna Nowak', mentee: 'Piotr Zieliński' },
    recordsHeader: (p) =>
      [
        `Zapisy monitoringu ${ofProgramme(p.name)}, ${p.month}. Jeden plik na miesiąc (${p.folder}/RRRR-MM.yaml):`,
        'historia w git pokaże, kto co i kiedy zapisał. Zapisy opisują to, co się wydarzyło – nigdy przyszłość.',
      ].join('\n'),
    recordsSample: [
      'Każdy rodzaj zapisu, po jednym (odkomentuj i dopasuj):',
      'sessions:',
      '  - { pair: pair-01, date: RRRR-MM-DD, minutes: 60, topic: Plan rozwoju }',
      '  - { pair: pair-01, date: RRRR-MM-DD, status: cancelled, reason: Zamknięcie kwartału }   # albo missed; domyślnie held (odbyta)',
      'assessments:',
      '  - { mentee: <id-mentee>, competency: <id-kompetencji>, date: RRRR-MM-DD, level: 2, assessor: line-manager }   # albo mentor, mentee (samoocena), external lub własna rola z roles',
      'learning:',
      '  - { mentee: <id-mentee>, date: RRRR-MM-DD, type: experience, hours: 6, competency: <id-kompetencji> }',
      'surveys:',
      '  - { survey: srodokresowa, date: RRRR-MM-DD, respondent: <id-osoby>, satisfaction: 4, nps: 9 }',
      'kpiValues:',
      '  - { kpi: <id-kpi>, date: RRRR-MM-DD, value: 93.5, note: Raport kwartalny z CRM }',
    ].join('\n'),
    placeholders: {
      organisation: '(uzupełnij: organizacja)',
      hrOwner: '(uzupełnij: opiekun procesu HR)',
      sponsor: '(uzupełnij: sponsor)',
      lineManager: '(uzupełnij: bezpośredni przełożony)',
    },
    roleNames: {
      mentee: 'Mentee (podopieczny)',
      mentor: 'Mentor',
      'hr-owner': 'Opiekun procesu (HR)',
      'line-manager': 'Bezpośredni przełożony',
      sponsor: 'Sponsor',
    },
    cycleName: (previous) => `${previous} – kolejna edycja`,
    rolloutName: (pilot) => `${pilot.replace(/\s*[–-]?\s*pilota[żz].*$/i, '').trim() || pilot} – wdrożenie`,
    cadence: (n) => (n === 1 ? 'co tydzień' : `co ${numberWords[n] ?? n} ${plural(n, 'tydzień', 'tygodnie', 'tygodni')}`),
    sessionLength: (n) => `${n} ${plural(n, 'minutę', 'minuty', 'minut')}`,
    programmeLength: (n) => `${n} ${plural(n, 'tydzień', 'tygodnie', 'tygodni')}`,
    durationNote: (p) =>
      `Pary spotykają się od kick-offu (${p.kickOff}) do zamknięcia (${p.closing}): ${p.durationWeeks} z ${p.weeks} tygodni programu;\nwcześniejsze tygodnie to buy-in, rekrutacja i dobór par.`,
    toolSourceNote: (spec) =>
      spec
        ? `CI instaluje narzędzie mentor poleceniem \`npm install --global "${spec}"\` (\`MENTOR_TOOL_SOURCE\` w \`.github/workflows/mentor.yml\`); to samo polecenie zainstaluje je na Twoim komputerze.`
        : 'CI nie wie jeszcze, skąd zainstalować narzędzie mentor: ustaw `MENTOR_TOOL_SOURCE` w `.github/workflows/mentor.yml` na adres git (`github:org/mentor#v0.1.0`), adres archiwum tarball albo pakiet npm. `npm install --global "<to źródło>"` zainstaluje je też na Twoim komputerze.',
    beforeStart: (p) => {
      const todo = [
        ...(p.staffPlaceholders ? ['- Zastąp każde „(uzupełnij: …)” w `people.yaml` prawdziwą osobą (identyfikatory zostaw).'] : []),
        ...(p.noPeople ? ['- Dopisz mentee (punkt startu i cel w każdej kompetencji) i mentorów; przykładowych usuń.'] : []),
        ...(p.framePlaceholders ? ['- Wpisz liczby Klienta w `whyVacant` oraz w cele i wartości bazowe KPI.'] : []),
      ];
      return todo.length > 0
        ? todo.join('\n')
        : 'Odpowiedzi wypełniły osoby, dowody i KPI: nic nie zostało do uzupełnienia. Przeczytaj teksty szablonu (role, zasady, macierz RACI, rekrutację) i dopasuj je do Klienta.';
    },
    recruitment: {
      nomination: 'Przełożeni nominują osoby spełniające kryteria; HR sprawdza kryteria, a każda nominowana osoba potwierdza udział w rozmowie z przełożonym.',
      application: 'Osoby spełniające kryteria same się zgłaszają; HR sprawdza kryteria, a przełożony zgadza się na czas, którego wymaga program.',
      mixed: 'Przełożeni nominują, a osoby spełniające kryteria mogą też zgłosić się same; HR sprawdza kryteria i uzgadnia ostateczną listę z przełożonymi.',
    },
  },
  ui: {
    yes: 'Tak',
    no: 'Nie',
    // Y/yes too: many people answer command-line tools in English out of habit; n means no in both.
    yesAnswers: ['t', 'tak', 'y', 'yes'],
    noAnswers: ['n', 'nie', 'no'],
    yesNoHint: (defaultYes) => (defaultYes ? 'T/n' : 't/N'),
    yesNoInvalid: 'Odpowiedz t (tak) albo n (nie).',
    selectKeys: { navigate: 'przejdź', select: 'wybierz' },
    checkboxKeys: { navigate: 'przejdź', select: 'zaznacz', all: 'wszystkie', invert: 'odwróć', submit: 'zatwierdź' },
    keyNames: { space: 'spacja' },
  },
  steps: {
    start: 'Program',
    frame: 'Krok 1 · rama: najpierw cele, potem wakujące kompetencje',
    addressees: 'Krok 1 · adresaci: dla kogo jest program',
    roles: 'Krok 2 · role',
    process: 'Krok 2 · proces: sesje, kamienie milowe i komunikaty budujące zaangażowanie',
    preparation: 'Krok 3 · przygotowanie mentorów',
    kpis: 'Krok 4 · mierniki sukcesu',
    people: 'Osoby (opcjonalnie: możesz je dopisać później w people.yaml)',
  },
  prompts: {
    dir: 'Folder do utworzenia',
    template: 'Szablon',
    locale: 'Język programu',
    phase: 'Faza',
    from: 'Pilotaż, z którego kalibrujemy (folder lub plik)',
    previous: 'Poprzednia edycja, z której kalibrujemy (folder lub plik; puste – pierwsza edycja)',
    name: 'Nazwa programu',
    organisation: 'Organizacja (klient i jednostka)',
    goals: 'Cele biznesowe, którym służy program',
    addGoal: 'Kolejny własny cel (puste – dalej)',
    competencies: 'Wakujące kompetencje do przekazania',
    addCompetency: 'Kolejna własna kompetencja (puste – dalej)',
    importance: (c) => `Znaczenie kompetencji „${c}”`,
    goalOf: (c) => `Cel, któremu służy „${c}”`,
    scaleChoice: 'Skala biegłości, na której oceniane są kompetencje',
    scale: (name, levels) => `${name}: ${levels}`,
    scaleName: 'Nazwa własnej skali',
    scaleLevels: 'Poziomy od najniższego, rozdzielone przecinkami (np. „Nowicjusz, Praktyk, Samodzielny, Starszy, Ekspert” albo „0 Brak, 1 Świadomość, 2 Umiejętność”)',
    whyVacant: (c) => `Dlaczego „${c}” to kompetencja wakująca? Dowód, np. „2 z 14 osób na poziomie 4+” (puste – uzupełnisz później)`,
    addCriterion: 'Kolejne własne kryterium udziału, opisane słowami (puste – dalej)',
    criterionGap: 'Najmniejsza luka między punktem startu a celem, w poziomach (puste – bez wymogu)',
    criterionImportance: 'Znaczenie kompetencji, w których liczy się luka',
    criterionTenure: 'Najkrótszy staż w organizacji, w miesiącach (puste – bez wymogu)',
    lineManager: 'Przełożony (kierownik działu) mentee lub mentorów: imię i nazwisko (puste – dalej)',
    department: (p) => `Dział – ${p} (puste – bez działu)`,
    hasLineManagers: 'Czy mentee mają przełożonych? (Nie: program bez nich, np. w społeczności)',
    editRoles: 'Napisać własne opisy zadań każdej roli?',
    roleResponsibilities: (r) => `Zadania roli „${r}” (rozdzielone znakiem „;”)`,
    milestone: 'Kamienie milowe: zmień datę, dodaj nowy albo przejdź dalej',
    milestoneName: 'Nazwa nowego kamienia milowego',
    milestoneDate: (m) => `Data – „${m}” (RRRR-MM-DD)`,
    communications: 'Komunikaty z szablonu do zachowania',
    addMessage: 'Kolejny własny komunikat: jego temat (puste – dalej)',
    messageFrom: (m) => `Nadawca komunikatu „${m}”`,
    messageTo: (m) => `Odbiorcy komunikatu „${m}”`,
    messageChannel: (m) => `Kanał komunikatu „${m}”`,
    messagePurpose: (m) => `Cel komunikatu „${m}”`,
    messageWhen: (m) => `Kiedy wysłać „${m}”: data (RRRR-MM-DD) albo kamień milowy i dni (kick-off-14, closing+7)`,
    messageText: (m) => `Treść komunikatu „${m}” (puste – napiszesz później)`,
    preparation: 'Moduły przygotowania z szablonu, które mentor kończy przed pierwszą parą',
    addModule: 'Kolejny własny moduł przygotowania (puste – dalej)',
    moduleHours: (m) => `Liczba godzin – „${m}”`,
    addKpi: 'Kolejny własny KPI (puste – dalej)',
    kpiLevel: (k) => `Co mierzy „${k}” (poziom Kirkpatricka)`,
    kpiMetric: (k) => `Jak liczony jest „${k}”`,
    kpiBaseline: (k) => `Wartość wyjściowa „${k}”, zmierzona przed startem (puste – nieznana)`,
    kpiTarget: (k) => `Wartość docelowa „${k}” (udziały jako 0–1)`,
    kpiUnit: (k) => `Jednostka „${k}” (np. %, godziny; puste – bez jednostki)`,
    kpiDirection: (k) => `„${k}” jest lepszy, gdy wartość jest`,
    kpiSource: (k) => `Skąd pochodzą wartości „${k}”`,
    lineManagerOf: (p) => `Przełożony – ${p}`,
    pairMentor: 'Pary: mentor (albo dalej)',
    pairMentee: (m) => `Mentee, którego prowadzi ${m}`,
    mentorsPrepared: 'Dzień, w którym mentorzy ukończyli przygotowanie, RRRR-MM-DD (puste – jeszcze nie)',
    criteria: 'Kryteria udziału dla mentee',
    recruitment: 'Sposób rekrutacji',
    size: 'Planowana liczba mentee',
    hrOwner: 'Opiekun procesu HR (imię i nazwisko; puste – uzupełnisz później)',
    sponsor: 'Sponsor (imię i nazwisko; puste – uzupełnisz później)',
    start: 'Pierwszy dzień programu (RRRR-MM-DD)',
    weeks: 'Długość w tygodniach',
    cadenceWeeks: 'Sesja co ile tygodni',
    sessionMinutes: 'Długość sesji w minutach',
    mix: 'Proporcje uczenia się: doświadczenie/od innych/formalne',
    kpis: 'KPI',
    addPeople: 'Dopisać teraz mentee i mentorów?',
    menteeName: 'Imię i nazwisko mentee (puste – dalej)',
    mentorName: 'Imię i nazwisko mentora (puste – dalej)',
    baseline: (c) => `Punkt startu w „${c}”`,
    target: (c) => `Cel w „${c}”`,
    mentorLevel: (c) => `Poziom mentora w „${c}”`,
    capacity: 'Ilu mentee naraz (limit)',
    notInPlan: 'poza planem',
    write: (n, dir) => `Zapisać ${n} ${plural(n, 'plik', 'pliki', 'plików')} w ${dir}?`,
  },
  choices: {
    phase: { pilot: 'pilotaż – pierwsza, mniejsza edycja', rollout: 'wdrożenie – skalibrowane na podstawie pilotażu', cycle: 'edycja – jedna z powtarzanych edycji programu (np. coroczny nabór)' },
    locale: { en: 'angielski (English)', pl: 'polski' },
    recruitment: { nomination: 'nominacja przez przełożonych', application: 'zgłoszenia kandydatów', mixed: 'mieszany' },
    importance: { strategic: 'strategiczne', tactical: 'taktyczne' },
    ownScale: 'własna skala (poziomy i etykiety)',
    anyImportance: 'dowolne',
    done: 'dalej',
    newMilestone: 'nowy kamień milowy',
    noLineManager: 'brak / później',
    channel: { email: 'e-mail', meeting: 'spotkanie', intranet: 'intranet', chat: 'czat', letter: 'list', video: 'wideorozmowa', phone: 'telefon', other: 'inny' },
    purpose: { 'buy-in': 'budowanie zaangażowania (przed startem)', information: 'informacja', reminder: 'przypomnienie', celebration: 'podsumowanie i docenienie' },
    kirkpatrick: { 1: '1 reakcja', 2: '2 uczenie się', 3: '3 zachowanie', 4: '4 wyniki' },
    externalMetric: 'mierzony poza narzędziem (wartości w kpiValues)',
    direction: { higher: 'wyższa', lower: 'niższa' },
  },
  invalid: {
    required: 'Pole wymagane.',
    date: 'Wpisz datę jako RRRR-MM-DD.',
    wholeNumber: (min, max) => `Liczba całkowita od ${min} do ${max}.`,
    mix: 'Trzy liczby o sumie 100, np. 70/20/10.',
    mixDeviation: (t) => `Trzymaj się w granicach ${t} p.p. od 70/20/10 (w razie potrzeby zwiększ \`tolerance\` w pliku).`,
    pickOne: 'Wybierz co najmniej jedną pozycję.',
    notEmptyFolder: 'Ten folder nie jest pusty; wybierz inny (albo użyj --force).',
    levels: 'Co najmniej dwa poziomy od najniższego, rozdzielone przecinkami; numery, jeśli je podasz, rosnące.',
    number: 'Liczba (części dziesiętne po kropce).',
    when: (m) => `Data RRRR-MM-DD albo kamień milowy (${m.join(', ')}) z liczbą dni przed (-) lub po (+).`,
    optionalWhole: (min, max) => `Liczba całkowita od ${min} do ${max} albo nic.`,
  },
  errors: {
    missing: (items) => `mentor init potrzebuje odpowiedzi, o które bez terminala nie może zapytać:\n${items.map((i) => `  ${i}`).join('\n')}`,
    missingHint: (example) => `Na przykład:\n  ${example}\nalbo uruchom w terminalu, albo dodaj --yes (przyjmie miejsca do uzupełnienia), albo --answers PLIK.`,
    unknownTemplate: (name, known) => `Nieznany szablon „${name}”. Szablony: ${known.join(', ')}.`,
    templateHint: 'Zobacz `mentor init --list-templates` albo wskaż własny folder: --template ./moj-szablon',
    templateInvalid: (source, detail) => `Szablon ${source} jest błędny: ${detail}`,
    templateLocale: (name, locale, available) => `Szablon „${name}” nie ma tekstów w języku „${locale}” (ma: ${available.join(', ')}).`,
    notEmpty: (dir, entries) => `${dir} nie jest pusty (${entries.slice(0, 8).join(', ')}${entries.length > 8 ? ', …' : ''}); mentor init zapisuje tylko do nowego lub pustego folderu.`,
    wouldOverwrite: (files) => `Te pliki istnieją i zostałyby nadpisane: ${files.join(', ')}.`,
    forceHint: 'Wybierz inny folder albo dodaj --force, aby w nim zapisać (wymienione pliki zostaną zastąpione).',
    fromWithTemplate: '--from i --template wykluczają się: wdrożenie bierze ramę z pilotażu.',
    rolloutNeedsFrom: 'Wdrożenie kalibrujemy na podstawie pilotażu: podaj --from PILOTAŻ (folder lub plik programu pilotażowego).',
    pilotBroken: (path) => `Pilotaż ${path} ma błędy; najpierw je popraw (mentor validate ${path}).`,
    fromRollout: (path, pilot) =>
      `${path} to wdrożenie (\`phase: rollout\`), a nie pilotaż: wdrożenie kalibruje się na danych z pilotażu.${pilot ? ` Wskaż jego pilotaż: --from ${pilot}` : ' Wskaż pilotaż, na którym je skalibrowano.'}`,
    answersFile: (file, detail) => `Nie można użyć pliku odpowiedzi ${file}: ${detail}`,
    answersUnknown: (keys, known) => `Nieznane odpowiedzi: ${keys.map((k) => (k.suggestion ? `${k.key} (czy chodziło o ${k.suggestion}?)` : k.key)).join(', ')}. Znane: ${known.join(', ')}.`,
    expected: (e) => {
      switch (e.kind) {
        case 'mapping':
          return 'musi być mapą odpowiedzi (klucz: wartość)';
        case 'text':
          return 'musi być tekstem';
        case 'whole':
          return `musi być liczbą całkowitą od ${e.min} do ${e.max}`;
        case 'ids':
          return 'musi być listą identyfikatorów';
        case 'people':
          return 'musi być listą map, każda z kluczem `name`';
        case 'person':
          return 'musi być imieniem i nazwiskiem albo mapą z kluczem `name` (oraz `title`, `department`, `email`, `id`)';
        case 'pairs':
          return 'musi być listą map, każda z kluczami `mentor` i `mentee` (identyfikator albo imię i nazwisko)';
        case 'id':
          return 'musi być identyfikatorem: litery, cyfry, `.`, `_`, `-`, najwyżej 64 znaki';
        case 'one-of':
          return `musi być jedną z wartości: ${e.values.join(', ')}`;
        case 'date':
          return 'musi być datą w formacie RRRR-MM-DD';
        case 'mix':
          return 'musi mieć trzy udziały o sumie 100, np. 70/20/10';
        case 'selection':
          return 'musi być listą identyfikatorów do zachowania albo map z własnymi pozycjami';
        case 'item':
          return 'musi być identyfikatorem albo mapą z kluczem `name`';
        case 'goal-id':
          return 'musi być identyfikatorem celu';
        case 'importance':
          return 'własna kompetencja potrzebuje `importance: strategic` albo `importance: tactical`';
        case 'number':
          return 'musi być liczbą';
        case 'boolean':
          return 'musi być wartością true albo false';
        case 'texts':
          return 'musi być listą tekstów';
        case 'day':
          return 'musi być datą w formacie RRRR-MM-DD albo datą względem okresu, np. `start+14`, `mid`, `end-7`';
        case 'time':
          return 'musi być godziną w formacie GG:MM';
        case 'required':
          return 'jest wymagane';
        case 'when':
          return 'komunikat potrzebuje klucza `date` (RRRR-MM-DD albo `start-14`) albo `milestone` (z `offsetDays`)';
        case 'scale':
          return 'musi być identyfikatorem jednej ze skal szablonu albo mapą `{ name, levels }`';
        case 'levels':
          return 'musi być listą co najmniej dwóch poziomów od najniższego: etykiet (numerowanych od 1) albo map `{ level, label, descriptor }` z rosnącymi poziomami';
        case 'roles':
          return 'musi być mapą identyfikatorów ról (`mentor`, `line-manager`…) na `{ name, responsibilities }`';
        case 'no-such-key':
          return `nie ma takiego klucza${e.suggestion ? ` (czy chodziło o \`${e.suggestion}\`?)` : ''}; dozwolone klucze: ${e.allowed.map((k) => `\`${k}\``).join(', ')}`;
      }
    },
    unknownId: (key, id, suggestion, known) => `${key}: w szablonie nie ma \`${id}\`${suggestion ? ` (czy chodziło o \`${suggestion}\`?)` : ''}${known.length > 0 ? `; są w nim: ${known.map((k) => `\`${k}\``).join(', ')}` : ''}.`,
    noneLeft: (what) => `${what}: nie została żadna pozycja; zostaw co najmniej jedną.`,
    unknownGoal: (key, id, known) => `${key}: wśród zachowanych celów (${known.join(', ')}) nie ma celu \`${id}\`. Wskaż jeden z nich albo dopisz cel w \`goals\`.`,
    goalMissing: (key, name, known) => `${key}: wskaż w \`goal:\`, któremu celowi służy „${name}” – jeden z: ${known.join(', ')}.`,
    goalNotKept: (key, competency, goal) => `${key}: kompetencja \`${competency}\` służy celowi \`${goal}\`, którego nie zachowano. Zachowaj cel albo pomiń kompetencję.`,
    idTaken: (key, id, made, by) =>
      `${key}: identyfikator \`${id}\`${made ? ' (utworzony z nazwy)' : ''} jest już zajęty przez ${by === 'template' ? 'pozycję z szablonu' : 'inną Twoją pozycję'}; nadaj swojej pozycji własne \`id\`.`,
    unknownCompetency: (key, id, known) => `${key}: \`${id}\` nie jest kompetencją tego programu (${known.join(', ')}).`,
    kpiEmptied: (key, kpi, competencies) => `${key}: KPI \`${kpi}\` mierzy tylko kompetencje, których nie zachowano (${competencies.join(', ')}). Zachowaj jedną z nich albo pomiń ten KPI.`,
    unknownMilestone: (key, id, known) => `${key}: w tym programie nie ma kamienia milowego \`${id}\` (są: ${known.join(', ')}). Użyj jednego z nich albo dodaj go w \`milestones\`.`,
    milestoneNeedsDate: (key, known) => `${key}: nowy kamień milowy potrzebuje daty (RRRR-MM-DD albo \`start+14\`, \`mid\`, \`end-7\`); bez daty można tylko zmienić nazwę kamienia szablonu (${known.join(', ')}).`,
    unknownRole: (key, id, known) => `${key}: w tym programie nie ma roli \`${id}\` (są: ${known.join(', ')}). Użyj jednej z nich albo dodaj ją w \`roles\`.`,
    badValue: (key, detail) => `${key}: ${detail}`,
  },
  out: {
    templatesHeading: 'Szablony (mentor init --template NAZWA albo własny folder):',
    defaultTemplate: 'domyślny',
    templateLocales: (l) => `języki: ${l.join(', ')}`,
    dryRun: (dir) => `Do zapisania w ${dir} (próba – nic nie zapisano):`,
    created: (dir, n) => `Utworzono ${dir} (${n} ${plural(n, 'plik', 'pliki', 'plików')}).`,
    checkedClean: 'Sprawdzono: bez błędów i ostrzeżeń.',
    checkedProblems: (e, w) => `Sprawdzono: ${e} ${plural(e, 'błąd', 'błędy', 'błędów')}, ${w} ${plural(w, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')} (powyżej).`,
    checkedPlaceholders: (n) => `Sprawdzono: bez błędów; ${n} ${plural(n, 'miejsce', 'miejsca', 'miejsc')} do uzupełnienia (\`mentor validate\` ostrzega o każdym, dopóki go nie zastąpisz, a z --strict kończy się błędem).`,
    nextHeading: 'Dalej:',
    next: (p) => [
      ...(p.toolSourceGap
        ? [
            `Wskaż CI, skąd instalować narzędzie mentor: MENTOR_TOOL_SOURCE w .github/workflows/mentor.yml jest puste, bo to narzędzie działa z ${toolSourceGaps[p.toolSourceGap]}. Wpisz adres git (github:org/mentor#v0.1.0), adres archiwum tarball albo pakiet npm, albo utwórz folder z --tool-source.`,
          ]
        : []),
      ...(p.copiedFrom ? [`Przejrzyj teksty skopiowane z ${p.copiedFrom} (komunikaty, opisy): te, które podają tamtejsze daty, rytm sesji albo długość programu, przepisano bez zmian.`] : []),
      ...(p.placeholders ? ['Zastąp miejsca „(uzupełnij: …)” w people.yaml i programme.yaml.'] : []),
      ...(p.unprepared
        ? ['Zapisz przygotowanie mentorów: dodaj do odpowiedzi `mentorsPrepared: RRRR-MM-DD` (dzień, w którym ukończyli moduły) i uruchom init ponownie z --force albo wpisz każdy moduł w `preparation` mentora w people.yaml.']
        : []),
      ...(p.noPeople ? ['Dopisz mentee (punkt startu i cel) i mentorów w people.yaml – format pokazuje komentarz w pliku.'] : []),
      `Sprawdź: mentor validate ${p.dir}`,
      p.inGit
        ? `Zapisz w git (folder leży już w repozytorium git): git add ${p.dir} && git commit -m "Rama programu"`
        : `Zapisz w git: ${p.cd ? `cd ${p.dir} && ` : ''}git init && git add . && git commit -m "Rama programu"`,
    ],
    toolSource: (spec, origin) =>
      `CI instaluje narzędzie mentor z ${spec} (${{ flag: 'podane w --tool-source', env: 'z MENTOR_TOOL_SOURCE', install: 'stąd zainstalowano to narzędzie', clone: 'wypchnięty commit klonu git tego narzędzia', published: 'opublikowany pakiet w tej wersji' }[origin]}).`,
    cancelled: 'Przerwano; niczego nie zapisano.',
    forced: (files) => `Zastąpiono (--force): ${files.join(', ')}`,
    previousRunning: (path, end) =>
      `Uwaga: poprzednia edycja ${path} trwa do ${end}, więc kalibracja nie ma jeszcze danych. Nowa edycja powstaje z jej ramy w obecnym kształcie; po jej zakończeniu porównaj jej KPI i zapisz zmiany w calibration.decisions.`,
    pilotRunning: (path, end) =>
      `Uwaga: pilotaż ${path} trwa do ${end}, więc kalibracja nie ma jeszcze danych. Wdrożenie powstaje z ramy pilotażu w obecnym kształcie; po zakończeniu pilotażu porównaj jego KPI i zapisz zmiany w calibration.decisions.`,
    summary: (c, scale) => {
      const n = (count: number, one: string, few: string, many: string): string => `${count} ${plural(count, one, few, many)}`;
      const frame = [
        n(c.goals, 'cel', 'cele', 'celów'),
        n(c.competencies, 'kompetencja', 'kompetencje', 'kompetencji'),
        n(c.criteria, 'kryterium udziału', 'kryteria udziału', 'kryteriów udziału'),
        n(c.milestones, 'kamień milowy', 'kamienie milowe', 'kamieni milowych'),
        n(c.communications, 'komunikat', 'komunikaty', 'komunikatów'),
        n(c.modules, 'moduł przygotowania', 'moduły przygotowania', 'modułów przygotowania'),
        n(c.kpis, 'KPI', 'KPI', 'KPI'),
      ];
      const people = [
        n(c.staff, 'osoba w rolach', 'osoby w rolach', 'osób w rolach'),
        ...(c.mentors + c.mentees === 0 ? ['jeszcze bez mentorów i mentee'] : [n(c.mentors, 'mentor', 'mentorów', 'mentorów'), n(c.mentees, 'mentee', 'mentee', 'mentee'), n(c.pairs, 'para', 'pary', 'par')]),
      ];
      return [`Program: ${frame.join(', ')}.`, ...(scale ? [`Skala „${scale.name}”: ${scale.levels}.`] : []), `Osoby: ${people.join(', ')}.`].join('\n');
    },
    madeIdsHeading: 'Identyfikatory utworzone z podanych nazw (używają ich pliki i `mentor add`):',
    madeIdSection: {
      goal: 'cel',
      competency: 'kompetencja',
      scale: 'skala',
      criterion: 'kryterium',
      module: 'moduł',
      kpi: 'KPI',
      communication: 'komunikat',
      milestone: 'kamień milowy',
      staff: 'osoba w roli',
      mentor: 'mentor',
      mentee: 'mentee',
      pair: 'para',
    },
    leftOut: (p) =>
      [
        'Pominięte razem z celami, których nie zachowano:',
        ...p.competencies.map((c) => `  kompetencja ${c.id} (służy celowi ${c.goal})`),
        ...p.kpis.map((k) => `  KPI ${k.id} (mierzy tylko pominięte kompetencje)`),
      ].join('\n'),
  },
};
