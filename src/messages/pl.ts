import type { Catalogue } from './catalogue.js';
import { addPl } from './add-pl.js';
import { calendarPl } from './calendar-pl.js';
import { initPl } from './init-pl.js';

const opt = (v: string | number | undefined, text: (v: string | number) => string): string => (v === undefined || v === '' ? '' : text(v));
const plural = (n: number, one: string, few: string, many: string): string => {
  if (n === 1) return one;
  const d = n % 10;
  const t = n % 100;
  return d >= 2 && d <= 4 && (t < 12 || t > 14) ? few : many;
};

export const pl: Catalogue = {
  init: initPl,
  calendar: calendarPl,
  add: addPl,
  types: {
    document: 'dokumencie',
    string: 'tekstem',
    integer: 'liczbą całkowitą',
    number: 'liczbą',
    boolean: 'wartością true lub false',
    array: 'listą',
    object: 'mapą (klucz: wartość)',
    null: 'pustą wartością',
    date: 'datą w formacie RRRR-MM-DD',
    id: 'identyfikatorem (litery, cyfry, `.`, `_`, `-`; na początku litera lub cyfra; najwyżej 64 znaki)',
    'relative-path': 'ścieżką względną wewnątrz folderu programu (bez `..` i bez `/` na początku)',
    email: 'adresem e-mail',
    pattern: 'w oczekiwanym formacie',
  },
  rules: {
    'file-empty': { message: () => 'Plik jest pusty.', hint: () => 'Zacznij od `mentor init` albo usuń plik.', describe: 'Plik bez treści YAML.' },
    'file-binary': { message: () => 'To plik binarny, a nie YAML.', hint: () => 'Usuń go z folderu programu lub ze sprawdzanych ścieżek.', describe: 'Plik zawierający bajty NUL.' },
    'file-encoding': { message: () => 'Plik nie jest zapisany w UTF-8.', hint: () => 'Zapisz go w edytorze jako UTF-8 (najczęściej winne są Windows-1250 i ISO-8859-2).', describe: 'Plik, którego bajty nie są poprawnym UTF-8.' },
    'file-too-large': { message: (p) => `Plik ma ${p.size} MB; mentor czyta pliki do ${p.limit} MB.`, hint: () => 'Podziel go: osoby na kilka plików People, zapisy na pliki miesięczne.', describe: 'Plik większy niż limit.' },
    'yaml-syntax': { message: (p) => `Błąd składni YAML: ${p.detail}`, hint: () => 'Sprawdź wcięcia (tylko spacje) i cudzysłowy w tym miejscu.', describe: 'Plik nie jest poprawnym YAML-em.' },
    'yaml-duplicate-key': { message: () => 'Ten klucz występuje dwa razy w tej samej mapie.', hint: () => 'Zostaw jeden: YAML po cichu odrzuciłby drugą wartość.', describe: 'Klucz powtórzony w jednej mapie.' },
    'yaml-tab-indent': { message: () => 'Wcięcie zrobiono tabulatorem.', hint: () => 'YAML wcina spacjami: zamień tabulator na spacje.', describe: 'Tabulatory jako wcięcia.' },
    'yaml-alias-limit': { message: (p) => `Plik rozwija aliasy ponad ${p.limit} razy.`, hint: () => 'Wypisz wartości zamiast zagnieżdżać kotwice (`&`) i aliasy (`*`).', describe: 'Rozwinięcie aliasów ponad limit („billion laughs”).' },
    'yaml-circular-alias': { message: () => 'Ten alias wskazuje na kolekcję, która go zawiera, co tworzy nieskończoną wartość.', hint: () => 'Usuń alias albo wskaż inny węzeł.', describe: 'Alias wskazujący na własnego przodka.' },
    'yaml-multiple-documents': { message: () => 'Plik zawiera więcej niż jeden dokument YAML (`---`).', hint: () => 'Jeden dokument na plik: rozdziel je na osobne pliki.', describe: 'Więcej niż jeden dokument w pliku.' },
    'not-a-mentor-document': {
      message: (p) => `To nie jest dokument mentor${opt(p.kind, (k) => ` (kind \`${k}\`)`)}.`,
      hint: () => 'Dokument mentor zaczyna się od `apiVersion: mentor/v1` i `kind: Programme`, `People` lub `Records`.',
      describe: 'Plik wskazany w poleceniu, który nie jest dokumentem mentor.',
    },
    'schema-unknown-key': {
      message: (p) => `Nieznany klucz \`${p.key}\` w ${p.owner}.`,
      hint: (p) => (p.suggestion ? `Czy chodziło o \`${p.suggestion}\`? Dozwolone klucze: ${p.allowed}.` : `Dozwolone klucze: ${p.allowed}.`),
      describe: 'Klucz, którego schemat nie definiuje (często literówka).',
    },
    'schema-required': { message: (p) => `W ${p.owner} brakuje wymaganego klucza \`${p.key}\`.`, hint: (p) => `Dodaj \`${p.key}:\` ${p.description ? `(${p.description})` : ''}`.trim(), describe: 'Brak wymaganego klucza.' },
    'schema-type': {
      message: (p) => `\`${p.key}\` w ${p.owner} musi być ${p.expected}, a nie ${p.actual}${opt(p.source, (s) => ` (zapisano \`${s}\`)`)}.`,
      hint: (p) => (p.quote ? `Ujmij w cudzysłów, by pozostało tekstem: ${p.quote}` : `Wpisz tu wartość, która jest ${p.expected}.`),
      describe: 'Wartość złego typu.',
    },
    'schema-enum': { message: (p) => `\`${p.key}\` w ${p.owner} musi być jednym z: ${p.allowed}, a nie \`${p.actual}\`.`, hint: (p) => (p.suggestion ? `Czy chodziło o \`${p.suggestion}\`?` : 'Użyj jednej z wymienionych wartości.'), describe: 'Wartość spoza dozwolonej listy.' },
    'schema-const': { message: (p) => `\`${p.key}\` w ${p.owner} musi mieć wartość \`${p.expected}\`, a nie \`${p.actual}\`.`, hint: (p) => `Wpisz \`${p.key}: ${p.expected}\`.`, describe: 'Wartość, która musi być dokładnie jedna (apiVersion, kind).' },
    'schema-format': { message: (p) => `\`${p.key}\` w ${p.owner} musi być ${p.format}, a nie \`${p.actual}\`.`, hint: (p) => (p.example ? `Na przykład: \`${p.example}\`.` : 'Popraw wartość do oczekiwanego formatu.'), describe: 'Wartość w złym formacie (daty, identyfikatory, ścieżki, e-maile).' },
    'schema-range': { message: (p) => `\`${p.key}\` w ${p.owner} musi być ${p.comparison} ${p.limit}, a nie ${p.actual}.`, hint: () => 'Użyj wartości z dozwolonego zakresu.', describe: 'Liczba spoza dozwolonego zakresu.' },
    'schema-size': { message: (p) => (Number(p.limit) === 1 ? `\`${p.key}\` w ${p.owner} nie może być puste.` : `\`${p.key}\` w ${p.owner} musi mieć co najmniej ${p.limit} ${({ items: 'elementy', characters: 'znaki', keys: 'klucze' } as Record<string, string>)[String(p.what)] ?? p.what}.`), hint: () => 'Uzupełnij: pusta wartość nic nie mówi.', describe: 'Pusta lista lub tekst tam, gdzie potrzebna treść.' },
    'schema-one-of': { message: (p) => `\`${p.key}\` w ${p.owner} nie pasuje do żadnej dozwolonej postaci.`, hint: (p) => `${p.description}`, describe: 'Wartość niepasująca do żadnej z alternatywnych postaci.' },
    'duplicate-id': {
      message: (p) => `Powtórzony identyfikator \`${p.id}\` w \`${p.collection}\`.`,
      hint: (p) => `Pierwszy raz użyto go w wierszu ${p.first}${opt(p.firstFile, (f) => ` pliku \`${f}\``)}. Identyfikatory muszą być unikalne: zmień jeden z nich.`,
      describe: 'Identyfikator użyty dwa razy tam, gdzie musi być unikalny.',
    },
    'unknown-reference': {
      message: (p) => `\`${p.field}\` wskazuje na ${p.refKind} \`${p.id}\`, którego nie zdefiniowano.`,
      hint: (p) => (p.suggestion ? `Czy chodziło o \`${p.suggestion}\`?` : p.known ? `Znane: ${p.known}.` : 'Najpierw zdefiniuj ten element.'),
      describe: 'Odwołanie do identyfikatora, który nie istnieje.',
    },
    'include-not-found': {
      message: (p) =>
        p.reason === 'outside'
          ? `Dołączona ścieżka \`${p.path}\` wychodzi poza folder programu.`
          : p.reason === 'kind'
            ? `Dołączony plik \`${p.path}\` jest dokumentem \`${p.actual}\`, a nie \`${p.expected}\`.`
            : `Dołączona ścieżka \`${p.path}\` nie istnieje.`,
      hint: (p) => (p.reason === 'outside' ? 'Trzymaj pliki osób i zapisów wewnątrz folderu programu.' : 'Popraw ścieżkę (względem pliku programu) albo utwórz plik.'),
      describe: 'Dołączona ścieżka osób lub zapisów, której brak lub która wychodzi poza folder programu.',
    },
    'pilot-not-found': {
      message: (p) =>
        p.reason === 'id-mismatch'
          ? `Pilotaż w \`${p.path}\` ma identyfikator \`${p.actual}\`, a nie \`${p.expected}\`.`
          : p.reason === 'not-programme'
            ? `\`${p.path}\` nie jest programem mentor (Programme).`
            : p.reason === 'invalid'
              ? `Pilotaż w \`${p.path}\` nie przechodzi walidacji schematu, więc sprawdzenia względem niego pominięto.`
            : `Pilotaż \`${p.path}\` nie istnieje.`,
      hint: (p) => (p.reason === 'invalid' ? `Uruchom \`mentor validate ${p.path}\` i najpierw popraw pilotaż.` : 'Wskaż w `metadata.pilot.path` plik lub folder programu pilotażowego, względem tego pliku.'),
      describe: 'Wdrożenie, którego pilotażu nie znaleziono lub który się nie zgadza.',
    },
    'programme-mismatch': { message: (p) => `Ten plik należy do programu \`${p.actual}\`, a dołącza go program \`${p.expected}\`.`, hint: (p) => `Ustaw \`programme: ${p.expected}\`.`, describe: 'Plik osób lub zapisów z innym `programme` niż identyfikator dołączającego programu.' },
    'level-outside-scale': { message: (p) => `Poziomu ${p.level} nie ma na skali \`${p.scale}\` kompetencji \`${p.competency}\`.`, hint: (p) => `Poziomy skali \`${p.scale}\`: ${p.levels}.`, describe: 'Poziom spoza poziomów skali.' },
    'scale-levels-not-increasing': { message: (p) => `Poziom ${p.level} skali \`${p.scale}\` nie jest wyższy od ${p.previous}.`, hint: () => 'Wymień poziomy od najniższego do najwyższego, każdy wyższy od poprzedniego.', describe: 'Poziomy skali w złej kolejności lub powtórzone.' },
    'target-not-above-baseline': { message: (p) => `Mentee \`${p.mentee}\`: cel ${p.target} w \`${p.competency}\` nie jest wyższy od punktu startu ${p.baseline}.`, hint: () => 'Cel musi być wyższy niż punkt startu; jeśli nie ma luki, usuń kompetencję.', describe: 'Cel równy lub niższy od punktu startu.' },
    'mentee-without-gap': { message: (p) => `Mentee \`${p.mentee}\` nie ma luki w żadnej kompetencji programu.`, hint: () => 'Najpierw cele, potem ludzie: mentee dołącza, by zamknąć lukę w kompetencji programu.', describe: 'Mentee bez niczego do rozwinięcia w programie.' },
    'competency-unused': { message: (p) => `Nikt z mentees nie rozwija kompetencji \`${p.competency}\`.`, hint: () => 'Zrekrutuj do niej mentees albo usuń ją z programu.', describe: 'Kompetencja programu, nad którą nikt nie pracuje.' },
    'pair-competency-not-in-mentee': { message: (p) => `Para \`${p.pair}\` pracuje nad \`${p.competency}\`, ale mentee \`${p.mentee}\` nie ma dla niej punktu startu i celu.`, hint: () => 'Dodaj kompetencję do planu mentee albo usuń ją z pary.', describe: 'Kompetencja pary, której brak w planie mentee.' },
    'mentor-below-target': {
      message: (p) =>
        p.mentorLevel === undefined
          ? `Para \`${p.pair}\`: mentor \`${p.mentor}\` nie ma wpisanego poziomu w \`${p.competency}\`, więc nie wiadomo, czy sięga celu ${p.target} mentee \`${p.mentee}\`.`
          : `Para \`${p.pair}\`: mentor \`${p.mentor}\` ma poziom ${p.mentorLevel} w \`${p.competency}\`, poniżej celu ${p.target} mentee \`${p.mentee}\`.`,
      hint: (p) => (p.mentorLevel === undefined ? 'Wpisz poziom mentora w `levels` albo dobierz innego mentora.' : 'Dobierz mentora na poziomie celu mentee lub wyższym albo obniż cel.'),
      describe: 'Mentor, którego poziom jest niższy niż cel mentee.',
    },
    'mentor-over-capacity': { message: (p) => `Mentor \`${p.mentor}\` ma jednocześnie ${p.count} ${plural(Number(p.count), 'parę', 'pary', 'par')} (od ${p.date}); limit to ${p.capacity}.`, hint: () => 'Przenieś parę do innego mentora albo uzgodnij z mentorem wyższy limit.', describe: 'Mentor z większą liczbą równoczesnych par niż limit.' },
    'mentor-is-line-manager': { message: (p) => `Para \`${p.pair}\`: mentor \`${p.mentor}\` jest bezpośrednim przełożonym mentee \`${p.mentee}\`.`, hint: () => 'Mentoring działa poza linią służbową: wybierz innego mentora.', describe: 'Mentor będący bezpośrednim przełożonym mentee.' },
    'pair-before-preparation': {
      message: (p) => (p.completed ? `Para \`${p.pair}\` startuje ${p.start}, zanim mentor \`${p.mentor}\` ukończył moduł \`${p.module}\` (${p.completed}).` : `Para \`${p.pair}\` startuje ${p.start}, a mentor \`${p.mentor}\` nie ma zapisu ukończenia modułu \`${p.module}\`.`),
      hint: () => 'Mentor kończy przygotowanie przed startem pierwszej pary: przesuń start albo zapisz ukończenie modułu.',
      describe: 'Para startująca przed ukończeniem przygotowania mentora.',
    },
    'role-unstaffed': { message: (p) => `Rola \`${p.role}\` nie ma przypisanej osoby.`, hint: (p) => `Dodaj rolę \`${p.role}\` z \`staffedBy: [id-osoby]\`.`, describe: 'Rola opiekuna HR lub sponsora bez osoby.' },
    'learning-mix-sum': { message: (p) => `Proporcje uczenia się sumują się do ${p.sum}, a nie do 100.`, hint: () => 'Niech experience + social + formal = 100 (np. 70, 20, 10).', describe: 'Proporcje uczenia się, które nie sumują się do 100.' },
    'learning-mix-deviation': { message: (p) => `Planowany udział \`${p.share}\` (${p.value}%) odbiega od ${p.planned}% o więcej niż ${p.tolerance} pkt.`, hint: () => 'Trzymaj się blisko 70:20:10 albo zwiększ `tolerance` i uzasadnij.', describe: 'Proporcje uczenia się dalekie od 70:20:10.' },
    'kpi-missing-target': { message: (p) => `KPI \`${p.kpi}\` nie ma wartości docelowej.`, hint: () => 'Dodaj `target:`, żeby dało się zmierzyć sukces.', describe: 'KPI bez wartości docelowej.' },
    'kpi-uncomputable': { message: (p) => `KPI \`${p.kpi}\` używa miary \`${p.metric}\`, której mentor nie umie policzyć, i nie wskazuje źródła.`, hint: (p) => `Użyj miary wbudowanej (${p.builtins}) albo dodaj \`source:\` i zapisuj wartości w \`kpiValues\`.`, describe: 'KPI, którego nie da się policzyć i który nie ma zewnętrznego źródła.' },
    'buy-in-missing': { message: (p) => `Żaden komunikat buy-in nie dociera do ról ${p.roles} przed startem (${p.kickOff}).`, hint: () => 'Dodaj komunikat `purpose: buy-in` datowany przed kamieniem milowym `kick-off` dla tych ról.', describe: 'Role, do których przed startem nie dociera komunikat buy-in.' },
    'date-outside-period': {
      message: (p) => {
        const what = ({ milestone: 'Kamień milowy', 'pair-start': 'Start pary', 'pair-end': 'Koniec pary', communication: 'Komunikat', session: 'Sesja pary', assessment: 'Ocena mentee', learning: 'Aktywność edukacyjna mentee', survey: 'Odpowiedź w ankiecie', 'kpi-value': 'Wartość KPI' } as Record<string, string>)[String(p.what)] ?? p.what;
        return `${what} \`${p.name}\`: data ${p.date} jest poza okresem programu ${p.start} – ${p.end}.`;
      },
      hint: () => 'Popraw datę albo wydłuż `metadata.period`.',
      describe: 'Data poza okresem programu.',
    },
    'date-not-working-day': {
      message: (p) => `${p.what === 'meeting' ? 'Spotkanie' : 'Kamień milowy'} \`${p.name}\` (${p.date}) przypada ${calendarPl.fallsOn(String(p.off))}.`,
      hint: (p) => `Wybierz dzień roboczy: ${calendarPl.weekdays[Number(p.beforeDay)]} ${p.before} albo ${calendarPl.weekdays[Number(p.afterDay)]} ${p.after}.`,
      describe: 'Kamień milowy albo spotkanie w weekend lub w dzień wolny od pracy (święta według języka programu: polskie dla `pl`; Nowy Rok i Boże Narodzenie dla `en`).',
    },
    'record-in-future': { message: (p) => `Zapis z datą ${p.date} jest z przyszłości (dziś jest ${p.today}).`, hint: () => 'Zapisy opisują to, co się wydarzyło: popraw datę.', describe: 'Zapis z datą późniejszą niż dziś.' },
    'rollout-without-pilot': { message: () => 'To wdrożenie nie wskazuje pilotażu.', hint: () => 'Dodaj `metadata.pilot: { path: ../folder-pilotazu }`, by kalibrację dało się prześledzić.', describe: 'Wdrożenie bez powiązania z pilotażem.' },
  },
  ui: {
    summary: (s) => `${s.files} ${plural(s.files, 'plik', 'pliki', 'plików')} · ${s.valid} ${plural(s.valid, 'poprawny', 'poprawne', 'poprawnych')} · ${s.invalid} z problemami · ${s.errors} ${plural(s.errors, 'błąd', 'błędy', 'błędów')}, ${s.warnings} ${plural(s.warnings, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}`,
    noProblems: (n) => `Sprawdzono ${n} ${plural(n, 'plik', 'pliki', 'plików')}, bez problemów.`,
    tooManyWarnings: (count, max) => `Za dużo ostrzeżeń: ${count} (--max-warnings pozwala na ${max}).`,
    errorLabel: 'błąd',
    warningLabel: 'ostrzeżenie',
    usageError: 'błąd użycia',
    ioError: 'nie można odczytać ani zapisać',
    internalError: 'błąd wewnętrzny (zgłoś go, dołączając wynik z --debug)',
    pathNotFound: (p) => `${p}: nie ma takiego pliku ani folderu.`,
    noDocuments: (p) => `${p}: nie znaleziono dokumentów mentor (szukano plików YAML z \`apiVersion: mentor/v1\`).`,
    cannotRead: (p, r) => `${p}: nie można odczytać (${r}).`,
    refuseOverwrite: (p) => `${p} już istnieje; użyj --force, by go nadpisać.`,
    changedOnDisk: (p) => `Plik ${p} zmienił się na dysku, gdy mentor nad nim pracował (zapisano go w edytorze albo uruchomiono inne polecenie mentor); niczego nie zapisano. Uruchom polecenie jeszcze raz.`,
    wrote: (p) => `Zapisano ${p}.`,
    unknownSchema: (n, known) => `nieznany schemat „${n}” (dostępne: ${known.join(', ')}).`,
    schemaWriteTakesNoKind: '--write zapisuje wszystkie schematy: nie podawaj przy nim rodzaju.',
    configProblem: (kind, value, suggestion) =>
      kind === 'not-a-mapping'
        ? `${value ? `\`${value}\`` : 'konfiguracja'} musi być mapą (klucz: wartość).`
        : kind === 'unknown-key'
          ? `nieznany klucz \`${value}\`${suggestion ? ` (czy chodziło o \`${suggestion}\`?)` : ''}; konfiguracja zawiera \`rules\`.`
          : kind === 'unknown-rule'
            ? `\`${value}\` nie jest regułą metody${suggestion ? ` (czy chodziło o \`${suggestion}\`?)` : ''}.`
            : `\`${value}\` nie jest ustawieniem: użyj off, warning albo error.`,
    configUnreadable: (file, ruleId) => `${file}: pliku konfiguracji nie da się odczytać jako YAML (${ruleId}).`,
    configHint: 'Reguły opisuje docs/rules.md; --no-config pomija plik.',
    programmeHasErrors: (n, path, rendered) =>
      `Program ma ${n} ${plural(n, 'błąd', 'błędy', 'błędów')}${rendered ? '; pokazano to, co dało się obliczyć' : ', więc niczego nie dało się obliczyć'}. Uruchom \`mentor validate ${path}\`, by ${n === 1 ? 'go' : 'je'} zobaczyć.`,
  },
};
