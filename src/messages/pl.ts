import { preparationModules, type Catalogue } from './catalogue.js';
import { commsPl } from './comms-pl.js';
import { diffPl } from './diff-pl.js';
import { addPl } from './add-pl.js';
import { calendarPl } from './calendar-pl.js';
import { initPl } from './init-pl.js';
import { matchPl } from './match-pl.js';
import { selectPl } from './select-pl.js';
import { reportPl } from './report-pl.js';
import { suppressPl } from './suppress-pl.js';
import { progressPl } from './progress-pl.js';
import { nounPl, thisAcc, whichGen } from './nouns-pl.js';
import { plural } from './plural-pl.js';
import { localeFormat } from '../render/locale-format.js';
import { schemaDescriptionsPl } from './schema-pl.js';
import { yamlSyntaxPl } from './yaml-pl.js';
import { safetyPl } from './safety-pl.js';
import { keyGloss } from './key-gloss.js';
import { valueByGloss } from './value-glosses.js';

const opt = (v: string | number | undefined, text: (v: string | number) => string): string => (v === undefined || v === '' ? '' : text(v));
/** `a`, `b`, `c` → `a`, `b` i `c`. */
const and = (items: string): string => items.replace(/, (?=[^,]*$)/, ' i ');
/** „17,0”: a decimal the way Polish writes it. */
const decimal = (n: string | number | undefined): string => localeFormat('pl').number(Number(n), 1);
/** A value as written, with a decimal comma (`0,15`, `1 200 000`). */
const plNumber = (n: string | number | undefined): string => localeFormat('pl').number(Number(n), 6);
const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
// „musi wynosić co najmniej 1”: po czasowniku „wynosić” liczba stoi bez odmiany.
const comparisons: Record<string, string> = { '<=': 'co najwyżej', '>=': 'co najmniej', '<': 'mniej niż', '>': 'więcej niż' };
// „co najmniej 2 elementy”, „5 znaków”, „1 klucz”.
const sizeWords: Record<string, (n: number) => string> = {
  items: (n) => plural(n, 'element', 'elementy', 'elementów'),
  characters: (n) => plural(n, 'znak', 'znaki', 'znaków'),
  keys: (n) => plural(n, 'klucz', 'klucze', 'kluczy'),
};
// „nie może być pustą listą”: rodzaj pustej wartości zamiast bezosobowego „puste”.
const emptyWords: Record<string, string> = { items: 'pustą listą', characters: 'pustym tekstem', keys: 'pustą mapą' };

export const pl: Catalogue = {
  init: initPl,
  comms: commsPl,
  diff: diffPl,
  report: reportPl,
  suppress: suppressPl,
  progress: progressPl,
  safety: safetyPl,
  calendar: calendarPl,
  select: selectPl,
  match: matchPl,
  add: addPl,
  types: {
    document: 'dokumencie',
    string: 'tekstem',
    integer: 'liczbą całkowitą',
    number: 'liczbą',
    fraction: 'ułamkiem',
    boolean: 'wartością true lub false',
    array: 'listą',
    object: 'mapą (klucz: wartość)',
    null: 'pustą wartością',
    date: 'datą w formacie RRRR-MM-DD',
    'calendar-date': 'datą, która istnieje w kalendarzu',
    id: 'identyfikatorem (litery bez polskich znaków, cyfry, `.`, `_`, `-`; na początku litera lub cyfra; najwyżej 64 znaki)',
    'relative-path': 'ścieżką względną wewnątrz folderu programu, zapisaną z `/` (bez `..` i bez `/` na początku)',
    email: 'adresem e-mail',
    time: 'godziną w formacie GG:MM (zegar 24-godzinny)',
    'time-zone': 'strefą czasową IANA, np. `Europe/Warsaw`',
    pattern: 'w oczekiwanym formacie',
    or: ' lub ',
  },
  // Opisy ze schematów są po angielsku: pokazujemy polskie tłumaczenie albo nic.
  schemaDescription: (english) => schemaDescriptionsPl[english] ?? '',
  rules: {
    ...suppressPl.rules,
    'file-empty': { message: () => 'Plik jest pusty.', hint: () => 'Zacznij od `mentor init` albo usuń plik.', describe: 'Plik bez treści YAML.' },
    'file-binary': { message: () => 'To plik binarny, a nie YAML.', hint: () => 'Usuń go z folderu programu lub ze sprawdzanych ścieżek.', describe: 'Plik zawierający bajty NUL.' },
    'file-encoding': { message: () => 'Plik nie jest zapisany w UTF-8.', hint: () => 'Zapisz go w edytorze jako UTF-8 (najczęściej winne są Windows-1250 i ISO-8859-2).', describe: 'Plik, którego bajty nie są poprawnym UTF-8.' },
    'file-too-large': { message: (p) => `Plik ma ${decimal(p.size)} MB; mentor czyta pliki do ${decimal(p.limit)} MB.`, hint: () => 'Podziel go: osoby na kilka plików `People`, zapisy na pliki miesięczne.', describe: 'Plik większy niż limit.' },
    'yaml-syntax': yamlSyntaxPl,
    'yaml-duplicate-key': { message: (p) => (p.key === undefined ? 'Ten klucz występuje dwa razy w tej samej mapie.' : `Klucz \`${p.key}\` występuje dwa razy w tej samej mapie.`), hint: () => 'Zostaw jeden: YAML po cichu odrzuciłby drugą wartość.', describe: 'Klucz powtórzony w jednej mapie.' },
    'yaml-tab-indent': { message: () => 'Wcięcie zrobiono tabulatorem.', hint: () => 'W YAML-u wcięcia robi się spacjami: zamień tabulator na spacje.', describe: 'Tabulatory jako wcięcia.' },
    'file-not-regular': {
      message: (p) => `To ${({ fifo: 'potok nazwany (FIFO)', device: 'urządzenie', socket: 'gniazdo', folder: 'folder' } as Record<string, string>)[String(p.type)] ?? 'coś innego niż plik'}, a nie zwykły plik; mentor czyta tylko zwykłe pliki.`,
      hint: () => 'Zastąp go zwykłym plikiem YAML albo usuń z folderu programu.',
      describe: 'Urządzenie, potok nazwany lub gniazdo tam, gdzie powinien być plik YAML (nigdy nieczytane, więc nie zawiesi sprawdzania ani nie zapełni pamięci).',
    },
    'file-unreadable': {
      message: (p) => `Nie można tego odczytać (${({ ENOENT: 'nie ma takiego pliku', EACCES: 'brak uprawnień', EPERM: 'brak uprawnień', ELOOP: 'pętla dowiązań symbolicznych', EIO: 'błąd wejścia-wyjścia', ENAMETOOLONG: 'za długa nazwa' } as Record<string, string>)[String(p.reason)] ?? `błąd systemu \`${p.reason}\``}).`,
      hint: () => 'Sprawdź, czy istnieje i czy masz prawo go czytać; reszta plików jest sprawdzana bez niego.',
      describe: 'Plik lub folder, którego nie da się odczytać; pozostałe pliki są nadal sprawdzane.',
    },
    'file-link-outside': {
      message: () => 'To dowiązanie symboliczne prowadzi poza folder, w którym leży; mentor za nim nie idzie i nic nie czyta z miejsca, na które wskazuje.',
      hint: () => 'Trzymaj sam plik w folderze programu albo sprawdź go bezpośrednio w jego prawdziwym miejscu.',
      describe: 'Dowiązanie symboliczne wychodzące poza folder programu (lub sprawdzany folder); jego cel nigdy nie jest czytany.',
    },
    'file-too-many-findings': {
      message: (p) => `${plural(Number(p.more), 'Kolejny problem', 'Kolejne', 'Kolejnych')}${Number(p.more) === 1 ? '' : ` ${p.more} ${plural(Number(p.more), 'problem', 'problemy', 'problemów')}`} w tym pliku ${plural(Number(p.more), 'nie jest wypisany', 'nie są wypisane', 'nie jest wypisanych')} (wypisano tylko pierwszych ${p.limit}).`,
      hint: () => 'Zacznij od wypisanych: reszta to często ten sam błąd powtórzony wiele razy.',
      describe: 'Plik z większą liczbą problemów, niż wypisuje się dla jednego pliku.',
    },
    'yaml-alias-limit': { message: (p) => (p.what === 'aliases' ? `Plik ma ponad ${p.limit} aliasów.` : `Aliasy rozwijają plik o ponad ${p.limit} wartości.`), hint: () => 'Wypisz wartości zamiast zagnieżdżać kotwice (`&`) i aliasy (`*`).', describe: 'Aliasy rozwijające się za daleko („billion laughs”) albo zbyt liczne.' },
    'yaml-circular-alias': { message: () => 'Ten alias wskazuje na kolekcję, która go zawiera, co tworzy nieskończoną wartość.', hint: () => 'Usuń alias albo wskaż inny węzeł.', describe: 'Alias wskazujący na własnego przodka.' },
    'yaml-too-deep': { message: (p) => `Listy i mapy są tu zagnieżdżone głębiej niż na ${p.limit} poziomów.`, hint: () => 'Spłaszcz strukturę: dokument mentor potrzebuje tylko kilku poziomów.', describe: 'Listy i mapy zagnieżdżone zbyt głęboko, by je bezpiecznie odczytać.' },
    'yaml-unknown-tag': { message: (p) => `mentor nie obsługuje tu znacznika \`${p.tag}\`, więc wartość zostaje odczytana jako tekst.`, hint: () => 'Usuń znacznik: dokumenty mentor to zwykły YAML (tekst, liczby, true/false, listy i mapy).', describe: 'Znacznik YAML (`!nazwa`, `!!binary`…), którego mentor nie obsługuje.' },
    'yaml-multiple-documents': { message: () => 'Plik zawiera więcej niż jeden dokument YAML (`---`).', hint: () => 'Jeden dokument na plik: rozdziel je na osobne pliki.', describe: 'Więcej niż jeden dokument w pliku.' },
    'not-a-mentor-document': {
      message: (p) => `To nie jest dokument mentor${opt(p.kind, (k) => ` (kind \`${k}\`)`)}.`,
      hint: () => 'Dokument mentor zaczyna się od `apiVersion: mentor/v1` i `kind: Programme`, `People` lub `Records`.',
      describe: 'Plik wskazany w poleceniu, który nie jest dokumentem mentor.',
    },
    'api-version-unsupported': {
      message: (p) =>
        p.actual === undefined
          ? `Ten plik ma \`kind: ${p.kind}\`, ale nie ma \`apiVersion\`.`
          : String(p.actual).startsWith('mentor/')
            ? `Plik zapisano w formacie \`${p.actual}\`, a ta wersja mentor czyta \`${p.expected}\`.`
            : `\`apiVersion\` musi mieć wartość \`${p.expected}\`, a nie \`${p.actual}\`.`,
      hint: (p) => (p.actual === undefined ? `Dodaj \`apiVersion: ${p.expected}\` jako pierwszy wiersz.` : `Wpisz \`apiVersion: ${p.expected}\`; plik w nowszym formacie wymaga nowszej wersji mentor.`),
      describe: 'Dokument mentor bez `apiVersion` albo w wersji, której to wydanie nie czyta (zgłaszany jako jedyny problem pliku, przed sprawdzeniem schematu).',
    },
    'kind-unknown': {
      message: (p) => (p.actual === undefined ? 'Ten dokument mentor nie ma klucza `kind`.' : `Nieznany rodzaj dokumentu \`${p.actual}\`.`),
      hint: (p) => `${p.suggestion ? `Czy chodziło o \`${p.suggestion}\`? ` : ''}Dokument mentor jest rodzaju ${String(p.kinds).replace(/, (?=[^,]*$)/, ' albo ')}.`,
      describe: 'Dokument mentor bez `kind` albo z błędnie zapisanym rodzajem (zgłaszany jako jedyny problem pliku, przed sprawdzeniem schematu).',
    },
    'schema-unknown-key': {
      message: (p) => `Nieznany klucz \`${p.key}\` w ${p.owner}.`,
      hint: (p) =>
        (p.fraction
          ? `W nawiasach \`{ … }\` przecinek oddziela pola, więc przecinek dziesiętny (\`…,${p.fraction}\`) zamienia część ułamkową w klucz: zapisz ułamek z kropką (\`….${p.fraction}\`).`
          : p.splitFrom
            ? `W nawiasach \`{ … }\` przecinek oddziela pola, więc słowa po przecinku stały się osobnym kluczem: ujmij całą wartość \`${p.splitFrom}\` w cudzysłów (\`${p.splitFrom}: "…, ${p.key}"\`).`
          : p.merge
            ? 'Klucz scalający (`<<: *kotwica`) należy do YAML 1.1, a mentor czyta YAML 1.2: wypisz klucze w każdej pozycji (alias całej wartości, `klucz: *kotwica`, działa).'
            : p.suggestion ? `Czy chodziło o \`${p.suggestion}\`? Dozwolone klucze: ${p.allowed}.` : p.allowed ? `Dozwolone klucze: ${p.allowed}.` : 'Usuń go.'),
      describe: 'Klucz, którego schemat nie definiuje (często literówka).',
    },
    'schema-required': {
      message: (p) => (p.because ? `W ${p.owner} jest \`${p.because}\`, który wymaga obok siebie klucza \`${p.key}\`.` : `W ${p.owner} brakuje wymaganego klucza \`${p.key}\`.`),
      hint: (p) => `Dodaj \`${p.key}:\`${keyGloss(p.description)}.`,
      describe: 'Brak wymaganego klucza.',
    },
    'schema-type': {
      message: (p) => `\`${p.key}\` w ${p.owner} musi być ${p.expected}, a nie ${p.actual}${opt(p.source, (s) => ` (zapisano \`${s}\`)`)}.`,
      hint: (p) => (p.quote ? `Ujmij w cudzysłów, by pozostało tekstem: ${p.quote}` : p.suggestion ? `Czy chodziło o ${p.suggestion}?` : `Wpisz tu wartość, która jest ${p.expected}.`),
      describe: 'Wartość złego typu.',
    },
    'schema-enum': {
      message: (p) => `\`${p.key}\` w ${p.owner} musi mieć ${String(p.allowed).includes(', ') ? 'jedną z wartości:' : 'wartość'} ${p.allowed}, a nie \`${p.actual}\`.`,
      hint: (p) => {
        const suggestion = p.suggestion ?? valueByGloss(p.actual, p.allowed);
        return suggestion ? `Czy chodziło o \`${suggestion}\`?` : 'Użyj jednej z wymienionych wartości.';
      },
      describe: 'Wartość spoza dozwolonej listy.',
    },
    'schema-format': {
      message: (p) => (p.reason === 'key' ? `Klucz \`${p.key}\` w ${p.owner} nie jest ${p.format}.` : `\`${p.key}\` w ${p.owner} musi być ${p.format}, a nie \`${p.actual}\`.`),
      hint: (p) => (p.reason === 'key' ? (p.example ? `Zmień nazwę klucza, np. na \`${p.example}\`.` : 'Zmień nazwę klucza.') : p.monthDays ? `Miesiąc ${p.month} ma ${p.monthDays} dni.` : p.badMonth ? `Nie ma miesiąca ${p.badMonth}: zapisz miesiąc jako 01–12, w kolejności RRRR-MM-DD.` : p.suggestion ? `Czy chodziło o \`${p.suggestion}\`?` : p.candidates ? `Wpisz identyfikator, jeden z: ${p.candidates}.` : p.example ? `Na przykład: \`${p.example}\`.` : 'Popraw wartość do oczekiwanego formatu.'),
      describe: 'Wartość (lub klucz) w złym formacie: daty, identyfikatory, ścieżki, e-maile.',
    },
    'schema-range': {
      message: (p) =>
        p.comparison === 'multiple'
          ? `\`${p.key}\` w ${p.owner} musi być wielokrotnością liczby ${p.limit}, a nie ${p.actual}.`
          : `\`${p.key}\` w ${p.owner} musi wynosić ${comparisons[String(p.comparison)] ?? p.comparison} ${p.limit}, a nie ${p.actual}.`,
      hint: () => 'Użyj wartości z dozwolonego zakresu.',
      describe: 'Liczba spoza dozwolonego zakresu.',
    },
    'schema-size': {
      message: (p) =>
        p.bound === 'unique'
          ? `\`${p.key}\` w ${p.owner} wymienia \`${p.actual}\` dwa razy (pozycje ${p.first} i ${p.second}).`
          : p.bound === 'max'
            ? `\`${p.key}\` w ${p.owner} może mieć najwyżej ${p.limit} ${sizeWords[String(p.what)]?.(Number(p.limit)) ?? p.what}.`
            : Number(p.limit) === 1
              ? `\`${p.key}\` w ${p.owner} nie może być ${emptyWords[String(p.what)] ?? 'puste'}.`
              : `\`${p.key}\` w ${p.owner} musi mieć co najmniej ${p.limit} ${sizeWords[String(p.what)]?.(Number(p.limit)) ?? p.what}.`,
      hint: (p) => (p.bound === 'unique' ? 'Zostaw jedną z nich.' : p.bound === 'max' ? 'Skróć go.' : 'Uzupełnij: pusta wartość nic nie mówi.'),
      describe: 'Lista, tekst lub mapa złej wielkości (zwykle pusta) albo lista z powtórzoną pozycją.',
    },
    'schema-one-of': {
      message: (p) =>
        p.reason === 'several'
          ? `\`${p.key}\` w ${p.owner} ma naraz ${and(String(p.present))}, a może mieć tylko jeden z tych kluczy.`
          : p.reason === 'none'
            ? `\`${p.key}\` w ${p.owner} nie ma żadnego z kluczy ${p.keys}, a potrzebuje jednego z nich.`
            : p.reason === 'contains'
              ? `\`${p.key}\` w ${p.owner} nie ma żadnej pozycji wymaganego rodzaju.`
              : p.reason === 'scalar'
                ? `\`${p.key}\` w ${p.owner} to pojedyncza wartość, a potrzebny jest jeden z kluczy ${p.keys}: czy chodziło o \`${p.key}: ${p.wrapped}\`?`
                : `\`${p.key}\` w ${p.owner} nie pasuje do żadnej z dozwolonych postaci.`,
      hint: (p) => `${p.suggestion ? `Czy chodziło o \`${p.suggestion}\`? ` : ''}${p.description ? `${upperFirst(String(p.description))}.` : 'Dozwolone postacie opisuje docs/format.md.'}`,
      describe: 'Wartość niepasująca do żadnej z dozwolonych postaci (np. naraz `date` i `milestone`).',
    },
    'duplicate-id': {
      message: (p) => (p.key ? `\`${p.key}: ${p.id}\` występuje dwa razy w \`${p.collection}\`.` : `Powtórzony identyfikator \`${p.id}\` w \`${p.collection}\`.`),
      hint: (p) =>
        p.samePerson
          ? `${p.samePerson} – ta osoba jest już na liście w wierszu ${p.first}${opt(p.firstFile, (f) => ` pliku \`${f}\``)}. Jedną osobę wpisuje się raz: zostaw jeden wpis (z tym, co dodaje drugi) i usuń drugi.`
          : p.key
            ? `Pierwszy raz wpisano go w wierszu ${p.first}${opt(p.firstFile, (f) => ` pliku \`${f}\``)}. Każdy \`${p.key}\` występuje tam raz: popraw wartość tego wpisu albo go usuń.`
            : `Pierwszy raz użyto go w wierszu ${p.first}${opt(p.firstFile, (f) => ` pliku \`${f}\``)}. Identyfikatory muszą być unikalne: zmień jeden z nich.`,
      describe: 'Identyfikator użyty dwa razy tam, gdzie musi być unikalny.',
    },
    'unknown-reference': {
      message: (p) => (p.listedIn ? `\`${p.field}\` wskazuje na \`${p.id}\`, a ta osoba jest w \`${p.listedIn}\`, nie w \`${p.refKind}s\`.` : `\`${p.field}\` wskazuje na ${nounPl(p.refKind).acc} \`${p.id}\`, ${whichGen(nounPl(p.refKind))} nie zdefiniowano.`),
      hint: (p) =>
        p.swapped
          ? 'Wygląda na to, że mentor i mentee są zamienieni miejscami: zamień wartości `mentor` i `mentee`.'
          : p.listedIn
            ? `Jeśli \`${p.id}\` jest też ${p.refKind === 'mentor' ? 'mentorem' : 'mentee'}, dopisz tę osobę do \`${p.refKind}s\` z tym samym identyfikatorem i nazwiskiem (jedna osoba, jeden identyfikator)${p.suggestion ? `; a może chodziło o \`${p.suggestion}\`?` : '.'}`
            : p.pairOf && p.pairMentor
              ? `\`${p.pairOf}\` to para, nie osoba: jej mentee to \`${p.pairMentee}\`, a mentor – \`${p.pairMentor}\`. Wpisz identyfikator osoby.`
              : p.pairOf
              ? `\`${p.pairOf}\` to para: czy chodziło o jej mentee, \`${p.suggestion}\`?`
              : p.inPairs
                ? `\`${p.id}\` ${p.person === 'mentors' ? 'to mentor' : 'to mentee'} ${p.suggestion ? `z pary ${p.inPairs}: czy chodziło o \`${p.suggestion}\`?` : `z par ${p.inPairs}: wpisz identyfikator pary, której dotyczy zapis.`}`
            : p.renameMilestone
          ? `Nadaj kamieniowi milowemu \`${p.renameMilestone}\` identyfikator \`kick-off\` (nazwa może zostać): tego identyfikatora szukają sprawdzenia metody, więc to odwołanie zostaw bez zmian.`
          : (p.suggestion ? `Czy chodziło o \`${p.suggestion}\`?` : p.known ? `Zdefiniowane identyfikatory: ${p.known}.` : `Najpierw zdefiniuj ${thisAcc(nounPl(p.refKind))}.`),
      describe: 'Odwołanie do identyfikatora, który nie istnieje.',
    },
    'include-not-found': {
      message: (p) => `Dołączona ścieżka \`${p.path}\` nie istnieje.`,
      hint: (p) => (p.suggestion ? `Czy chodziło o \`${p.suggestion}\`? Ścieżki są względne wobec pliku programu.` : 'Popraw ścieżkę (względem pliku programu) albo utwórz plik.'),
      describe: 'Dołączona ścieżka osób lub zapisów, która nie istnieje (ścieżka wychodząca poza folder programu to błąd `schema-format`).',
    },
    'include-wrong-kind': {
      message: (p) =>
        p.reason === 'not-mentor'
          ? `Program dołącza \`${p.entry}\` jako \`${p.expected}\`, ale ten plik nie jest dokumentem mentor.`
          : `Program dołącza \`${p.entry}\` jako \`${p.expected}\`, ale ten plik jest dokumentem \`${p.actual}\`.`,
      hint: (p) =>
        p.reason === 'not-mentor'
          ? `Zacznij go od \`apiVersion: mentor/v1\` i \`kind: ${p.expected}\` albo przenieś poza \`${p.entry}\`.`
          : p.belongs
            ? `Dopisz go raczej do \`${p.belongs}\` albo przenieś poza \`${p.entry}\`.`
            : `Przenieś go poza \`${p.entry}\`.`,
      describe: 'Plik w dołączonej ścieżce, który nie jest dokumentem mentor takiego rodzaju, jakiego oczekuje program.',
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
    'previous-not-found': {
      message: (p) =>
        p.reason === 'id-mismatch'
          ? `Poprzednia edycja w \`${p.path}\` ma identyfikator \`${p.actual}\`, a nie \`${p.expected}\`.`
          : p.reason === 'not-programme'
            ? `\`${p.path}\` nie jest programem mentor (Programme).`
            : p.reason === 'invalid'
              ? `Poprzednia edycja w \`${p.path}\` nie przechodzi walidacji schematu, więc sprawdzenia względem niej pominięto.`
              : `Poprzednia edycja \`${p.path}\` nie istnieje.`,
      hint: (p) => (p.reason === 'invalid' ? `Uruchom \`mentor validate ${p.path}\` i najpierw popraw poprzednią edycję.` : 'Wskaż w `metadata.previous.path` plik lub folder programu poprzedniej edycji, względem tego pliku.'),
      describe: 'Kolejna edycja programu, której poprzedniej edycji nie znaleziono lub która się nie zgadza.',
    },
    'programme-mismatch': { message: (p) => `Ten plik należy do programu \`${p.actual}\`, a dołącza go program \`${p.expected}\`.`, hint: (p) => `Ustaw \`programme: ${p.expected}\`.`, describe: 'Plik osób lub zapisów z innym `programme` niż identyfikator dołączającego programu.' },
    'level-outside-scale': { message: (p) => `Poziomu ${p.level} nie ma na skali \`${p.scale}\` kompetencji \`${p.competency}\`.`, hint: (p) => `Poziomy skali \`${p.scale}\`: ${p.levels}.`, describe: 'Poziom spoza poziomów skali.' },
    'scale-levels-not-increasing': { message: (p) => `Poziom ${p.level} skali \`${p.scale}\` nie jest wyższy od poprzedniego (${p.previous}).`, hint: () => 'Wymień poziomy od najniższego do najwyższego, każdy wyższy od poprzedniego.', describe: 'Poziomy skali w złej kolejności lub powtórzone.' },
    'target-not-above-baseline': { message: (p) => `Mentee \`${p.mentee}\`: cel ${p.target} w \`${p.competency}\` nie jest wyższy od punktu startu ${p.baseline}.`, hint: () => 'Cel musi być wyższy niż punkt startu; jeśli nie ma luki, usuń kompetencję.', describe: 'Cel równy lub niższy od punktu startu.' },
    'mentee-without-gap': { message: (p) => `Mentee \`${p.mentee}\` nie ma luki w żadnej kompetencji programu.`, hint: () => 'Najpierw cele, potem ludzie: mentee dołącza, by zamknąć lukę w kompetencji programu.', describe: 'Mentee bez niczego do rozwinięcia w programie.' },
    'criterion-not-met': {
      message: (p) => {
        const lead = `Mentee \`${p.mentee}\` nie spełnia kryterium \`${p.criterion}\``;
        const months = (n: number): string => `${n} ${plural(n, 'miesiąc', 'miesiące', 'miesięcy')}`;
        if (p.reason === 'no-hired') return `Mentee \`${p.mentee}\`: bez daty \`hired\` nie da się sprawdzić kryterium \`${p.criterion}\` (co najmniej ${months(Number(p.months))} w organizacji).`;
        if (p.reason === 'tenure') return `${lead}: zatrudnienie od ${p.hired}, czyli krócej niż ${months(Number(p.months))} przed startem programu (${p.start}).`;
        if (p.reason === 'no-titles') return `Mentee \`${p.mentee}\`: bez stanowiska (\`title\`) nie da się sprawdzić kryterium \`${p.criterion}\` (stanowisko: ${p.titles}).`;
        if (p.reason === 'titles') return `${lead}: stanowisko „${p.title}” nie należy do żadnego z: ${p.titles}.`;
        if (p.reason === 'no-departments') return `Mentee \`${p.mentee}\`: bez działu (\`department\`) nie da się sprawdzić kryterium \`${p.criterion}\` (dział: ${p.departments}).`;
        if (p.reason === 'departments') return `${lead}: dział „${p.department}” to żaden z: ${p.departments}.`;
        if (p.reason === 'exclude') return `${lead}: identyfikator jest na liście wykluczeń kryterium.`;
        if (p.reason === 'excludeTitles') return `${lead}: stanowisko „${p.title}” jest wykluczone („${p.excluded}”).`;
        if (p.reason === 'maxPerDepartment') return `${lead}: dział „${p.key}” ma już ${p.max} mentee, najwięcej, ile dopuszcza kryterium.`;
        if (p.reason === 'maxPerLineManager') return `${lead}: przełożony \`${p.key}\` ma już w programie ${p.max} mentee ze swojego zespołu, najwięcej, ile dopuszcza kryterium.`;
        const kind = p.importance === 'strategic' ? 'strategicznej' : p.importance === 'tactical' ? 'taktycznej' : '';
        const required = Number(p.required);
        if (p.largest === undefined) return `${lead}: w planie nie ma żadnej kompetencji ${kind}, a kryterium wymaga w takiej kompetencji luki co najmniej ${required} ${required === 1 ? 'poziomu' : 'poziomów'}.`;
        const largest = Number(p.largest);
        return `${lead}: największa luka${kind ? ` w kompetencji ${kind}` : ''} to ${largest} ${plural(largest, 'poziom', 'poziomy', 'poziomów')}, a kryterium wymaga co najmniej ${required}.`;
      },
      hint: (p) => {
        switch (p.reason) {
          case 'no-hired':
            return 'Dodaj mentee datę zatrudnienia: `hired: RRRR-MM-DD`.';
          case 'no-titles':
            return 'Dodaj mentee stanowisko (`title`).';
          case 'no-departments':
            return 'Dodaj mentee dział (`department`).';
          case 'tenure':
            return 'Sprawdź datę albo ponownie rozważ nominację.';
          case 'maxPerDepartment':
          case 'maxPerLineManager':
            return 'Wybierz mentee z innego zespołu albo podnieś limit, jeśli program może sobie na to pozwolić.';
          case undefined:
            return 'Uzgodnij z mentee i przełożonym wyższy cel albo ponownie rozważ nominację.';
          default:
            return 'Ponownie rozważ nominację albo zmień kryterium, jeśli nie mówi już tego, czego chce program.';
        }
      },
      describe:
        'Mentee, który nie spełnia kryterium udziału zapisanego jako dane (`minGap`, `importance`, `minTenureMonths`, `titles`, `departments`, `exclude`, `excludeTitles`, `maxPerDepartment`, `maxPerLineManager`); kryteriów opisanych tylko słowami narzędzie nie sprawdza.',
    },
    'competency-unused': { message: (p) => `Żaden mentee nie rozwija kompetencji \`${p.competency}\`.`, hint: () => 'Zrekrutuj mentee, którzy będą ją rozwijać, albo usuń ją z programu.', describe: 'Kompetencja programu, nad którą nikt nie pracuje.' },
    'pair-competency-not-in-mentee': { message: (p) => `Para \`${p.pair}\` pracuje nad kompetencją \`${p.competency}\`, ale mentee \`${p.mentee}\` nie ma dla niej punktu startu i celu.`, hint: () => 'Dodaj kompetencję do planu mentee albo usuń ją z pary.', describe: 'Kompetencja pary, której brak w planie mentee.' },
    'mentor-below-target': {
      message: (p) =>
        p.mentorLevel === undefined
          ? `Para \`${p.pair}\`: mentor \`${p.mentor}\` nie ma wpisanego poziomu w kompetencji \`${p.competency}\`, więc nie wiadomo, czy sięga celu ${p.target} mentee \`${p.mentee}\`.`
          : `Para \`${p.pair}\`: mentor \`${p.mentor}\` ma poziom ${p.mentorLevel} w kompetencji \`${p.competency}\`, poniżej celu ${p.target} mentee \`${p.mentee}\`.`,
      hint: (p) => (p.mentorLevel === undefined ? 'Wpisz poziom mentora w `levels` albo dobierz innego mentora.' : 'Dobierz mentora na poziomie celu mentee lub wyższym albo obniż cel.'),
      describe: 'Mentor, którego poziom jest niższy niż cel mentee.',
    },
    'mentor-over-capacity': { message: (p) => `Mentor \`${p.mentor}\` ma jednocześnie ${p.count} ${plural(Number(p.count), 'parę', 'pary', 'par')} (od ${p.date}); limit to ${p.capacity}.`, hint: () => 'Przenieś parę do innego mentora albo uzgodnij z mentorem wyższy limit.', describe: 'Mentor z większą liczbą równoczesnych par niż limit.' },
    'mentor-is-line-manager': {
      message: (p) => (p.chain ? `Para \`${p.pair}\`: mentor \`${p.mentor}\` stoi wyżej w linii służbowej mentee \`${p.mentee}\` (${p.chain}).` : `Para \`${p.pair}\`: mentor \`${p.mentor}\` jest bezpośrednim przełożonym mentee \`${p.mentee}\`.`),
      hint: () => 'Mentoring działa poza linią służbową: wybierz innego mentora.',
      describe: 'Mentor będący przełożonym mentee – bezpośrednim albo wyżej w linii służbowej.',
    },
    'reporting-line-cycle': {
      message: (p) => `Linia służbowa zapętla się: ${p.loop}.`,
      hint: () => 'Popraw któryś `lineManager` w pętli: przełożony to ktoś wyżej w strukturze.',
      describe: 'Łańcuch `lineManager`, który wraca do punktu wyjścia.',
    },
    'person-name-mismatch': {
      message: (p) => `Osoba \`${p.id}\` w \`${p.firstList}\` nazywa się „${p.firstName}”, a w \`${p.list}\` – „${p.name}”.`,
      hint: () => 'Jeden identyfikator to jedna osoba: wpisz wszędzie to samo imię i nazwisko albo nadaj różnym osobom różne identyfikatory.',
      describe: 'Jeden identyfikator osoby z różnymi imionami i nazwiskami w `staff`, `mentors` lub `mentees`.',
    },
    'person-email-duplicate': {
      message: (p) => `Osoba \`${p.id}\` (lista \`${p.list}\`) ma ten sam adres e-mail co \`${p.otherId}\` (lista \`${p.otherList}\`): ${p.email}.`,
      hint: (p) => `Jedna osoba to jeden identyfikator: jeśli to ta sama osoba, wpisz \`${p.otherId}\` na każdej liście, na której występuje; jeśli nie – popraw adres.`,
      describe: 'Dwa identyfikatory osób z tym samym adresem e-mail: jedna osoba wpisana dwa razy.',
    },
    'person-name-duplicate': {
      message: (p) => `Osoba \`${p.id}\` (lista \`${p.list}\`) nosi to samo imię i nazwisko co \`${p.otherId}\` (lista \`${p.otherList}\`): ${p.name}.`,
      hint: (p) => `Jedna osoba to jeden identyfikator: jeśli to ta sama osoba w dwóch rolach, wpisz \`${p.otherId}\` na obu listach; jeśli to dwie osoby, dodaj ich adresy e-mail, żeby je odróżnić.`,
      describe: 'To samo imię i nazwisko pod dwoma identyfikatorami na dwóch listach (`staff`, `mentors`, `mentees`): jedna osoba wpisana dwa razy.',
    },
    'pair-self-mentoring': {
      message: (p) => `Para \`${p.pair}\`: osoba \`${p.person}\` nie może być mentorem samej siebie.`,
      hint: () => 'Dobierz mentee innego mentora.',
      describe: 'Para, w której mentor i mentee to ta sama osoba.',
    },
    'pair-duplicate': {
      message: (p) => `Pary \`${p.other}\` i \`${p.pair}\` łączą w tym samym czasie mentora \`${p.mentor}\` i mentee \`${p.mentee}\`.`,
      hint: () => 'Jedna para pracuje nad wszystkimi swoimi kompetencjami: wpisz je w jednej parze i usuń drugą albo zakończ pierwszą, zanim zacznie się druga.',
      describe: 'Dwie równoczesne pary tego samego mentora i mentee.',
    },
    'pair-before-preparation': {
      message: (p) =>
        p.modules
          ? `Para \`${p.pair}\` startuje ${p.start}, przed ukończeniem przez mentora \`${p.mentor}\` ${p.count} ${plural(Number(p.count), 'modułu', 'modułów', 'modułów')} przygotowania: ${preparationModules(String(p.modules), (d) => (d ? `ukończony ${d}` : 'brak zapisu'))}.`
          : p.completed
            ? `Para \`${p.pair}\` startuje ${p.start}, przed ukończeniem modułu \`${p.module}\` przez mentora \`${p.mentor}\` (${p.completed}).`
            : `Para \`${p.pair}\` startuje ${p.start}, a mentor \`${p.mentor}\` nie ma zapisu ukończenia modułu \`${p.module}\`.`,
      hint: () => 'Mentor kończy przygotowanie przed startem pierwszej pary: przesuń start albo zapisz ukończenie modułu.',
      describe: 'Para startująca przed ukończeniem przygotowania mentora.',
    },
    'role-unstaffed': { message: (p) => `Rola \`${p.role}\` nie ma przypisanej osoby.`, hint: (p) => `Dodaj rolę \`${p.role}\` z \`staffedBy: [id-osoby]\`. Każdy program potrzebuje kogoś, kto go prowadzi (\`hr-owner\`), i kogoś, kto odpowiada za jego cele (\`sponsor\`); \`name\` roli może brzmieć tak, jak się ją tam nazywa (np. organizator, kierownik programu).`, describe: 'Rola opiekuna HR lub sponsora bez osoby.' },
    'learning-mix-sum': { message: (p) => `Proporcje uczenia się sumują się do ${p.sum}, a nie do 100.`, hint: () => 'Niech experience + social + formal = 100 (np. 70, 20, 10).', describe: 'Proporcje uczenia się, które nie sumują się do 100.' },
    'learning-mix-deviation': { message: (p) => `Planowany udział \`${p.share}\` (${p.value}%) odbiega od ${p.planned}% o więcej niż ${p.tolerance} pkt proc.`, hint: () => 'Trzymaj się blisko 70:20:10 albo zwiększ `tolerance` i uzasadnij.', describe: 'Proporcje uczenia się dalekie od 70:20:10.' },
    'kpi-baseline-meets-target': {
      message: (p) => `KPI \`${p.kpi}\`: wartość wyjściowa ${plNumber(p.baseline)} już spełnia cel ${plNumber(p.target)} (lepsza jest ${p.direction === 'lower' ? 'niższa' : 'wyższa'} wartość), więc KPI jest osiągnięty, zanim program się zacznie.`,
      hint: () => 'Sprawdź, czy `baseline` i `target` nie są zamienione albo czy `direction` nie wskazuje odwrotnego kierunku; KPI, który ma tylko utrzymać poziom, może tak zostać.',
      describe: 'KPI, którego wartość wyjściowa już spełnia cel (często zamienione liczby albo odwrotny `direction`).',
    },
    'kpi-value-out-of-range': {
      message: (p) => `KPI \`${p.kpi}\`: ${p.field === 'checkpoint' ? `cel pośredni ${plNumber(p.value)} (na ${p.date})` : `${p.field === 'baseline' ? 'wartość wyjściowa' : 'cel'} ${plNumber(p.value)}`} leży poza zakresem miary \`${p.metric}\` (od ${plNumber(p.min)} do ${plNumber(p.max)}), więc ${p.field === 'baseline' ? 'nie mogła zostać zmierzona' : 'nigdy nie zostanie osiągnięty'}.`,
      hint: (p) => (p.fraction !== undefined ? `\`${p.metric}\` to udział od 0 do 1: ${plNumber(p.value)}% zapisuje się jako \`${p.fraction}\` (raport pokaże ${plNumber(p.value)}%).` : `Wpisz wartość od ${plNumber(p.min)} do ${plNumber(p.max)}, w skali tej miary.`),
      describe: 'Cel, wartość wyjściowa lub cel pośredni KPI poza zakresem wartości jego wbudowanej miary (często procent wpisany zamiast udziału 0–1).',
    },
    'kpi-missing-target': { message: (p) => `KPI \`${p.kpi}\` nie ma wartości docelowej.`, hint: () => 'Dodaj `target:`, żeby dało się zmierzyć sukces.', describe: 'KPI bez wartości docelowej.' },
    'kpi-uncomputable': { message: (p) => `KPI \`${p.kpi}\` używa miary \`${p.metric}\`, której mentor nie umie policzyć, i nie wskazuje źródła.`, hint: (p) => `Użyj miary wbudowanej (${p.builtins}) albo dodaj \`source:\` i zapisuj wartości w \`kpiValues\`.`, describe: 'KPI, którego nie da się policzyć i który nie ma zewnętrznego źródła.' },
    'kpi-checkpoint-outside-period': { message: (p) => `KPI \`${p.kpi}\`: punkt kontrolny ${p.date} wypada poza okresem programu ${p.start} – ${p.end}.`, hint: () => 'Cele pośrednie datuj w ramach `metadata.period`; cel końcowy ocenia się na jego koniec.', describe: 'Punkt kontrolny KPI poza okresem programu.' },
    'kpi-checkpoints-unordered': { message: (p) => `KPI \`${p.kpi}\`: punkt kontrolny ${p.date} nie następuje po poprzednim (${p.previous}).`, hint: () => 'Wypisz punkty kontrolne w kolejności dat, po jednym na datę.', describe: 'Punkty kontrolne KPI nie w kolejności dat lub z tą samą datą.' },
    'kpi-value-ignored': {
      message: (p) => `Wartość ${p.value} zapisana dla KPI \`${p.kpi}\` w dniu ${p.date} nie jest brana pod uwagę: \`${p.kpi}\` ma wbudowaną miarę \`${p.metric}\`, którą mentor liczy z zapisów.`,
      hint: () => 'Usuń ten wpis i zapisuj to, z czego liczona jest miara (sesje, oceny, ankiety); wynik mierzony poza mentorem daj KPI z własną miarą i `source:`.',
      describe: 'Wartość KPI zapisana dla KPI, które mentor liczy z zapisów: raport nigdy jej nie używa.',
    },
    'pair-end-reason-without-end': { message: (p) => `Para \`${p.pair}\` ma \`endReason: ${p.reason}\`, ale nie ma daty \`end\`.`, hint: () => 'Dodaj `end:` z datą zakończenia pary albo usuń `endReason`.', describe: 'Para z powodem zakończenia, ale bez daty zakończenia.' },
    'buy-in-missing': { message: (p) => `Żaden komunikat buy-in nie dociera do ${String(p.roles).includes(',') ? 'ról' : 'roli'} ${p.roles} przed startem (${p.kickOff}).`, hint: () => 'Dodaj komunikat `purpose: buy-in` datowany przed kamieniem milowym `kick-off` dla tych ról.', describe: 'Role, do których przed startem nie dociera komunikat buy-in.' },
    'role-not-informed': {
      message: (p) => `Rola \`${p.role}\` nie dostaje przed startem (${p.kickOff}) żadnej informacji o programie.`,
      hint: (p) => `Wyślij do roli \`${p.role}\` komunikat datowany przed kick-offem (\`to: [${p.role}]\`) albo sprawdź, czy program potrzebuje tej roli.`,
      describe: 'Rola, która przed kick-offem ani nie dostaje, ani nie wysyła żadnego komunikatu.',
    },
    'line-manager-after-recruitment': {
      message: (p) => {
        if (p.first !== undefined) return `Przełożeni dowiadują się o programie dopiero ${p.first} (\`${p.message}\`), po ${p.what === 'recruitment' ? `zamknięciu rekrutacji (${p.deadline})` : `doborze par (${p.deadline})`}.`;
        return `Żaden komunikat nie dociera do przełożonych przed ${p.what === 'recruitment' ? `zamknięciem rekrutacji (${p.deadline})` : `doborem par (${p.deadline})`}.`;
      },
      hint: () => 'Przełożeni nominują, uzgadniają cele i zwalniają czas na sesje: poinformuj ich, zanim ich ludzie zostaną zrekrutowani (np. list sponsora na miesiąc przed końcem rekrutacji).',
      describe: 'Przełożeni informowani dopiero po rekrutacji swoich ludzi.',
    },
    'invitation-before-sponsor': {
      message: (p) => `Kandydaci dostają zaproszenie (\`${p.message}\`, ${p.date}), zanim sponsor ogłosił program${opt(p.sponsor, (d) => ` (pierwszy komunikat sponsora: ${d})`)}.`,
      hint: () => 'Niech sponsor najpierw ogłosi program w komunikacie `from: sponsor` z wcześniejszą datą: zaproszenie traktuje się poważnie, gdy sponsor już zabrał głos.',
      describe: 'Zaproszenie dla kandydatów przed zapowiedzią sponsora.',
    },
    'message-after-milestone': {
      message: (p) => `Komunikat \`${p.message}\` (\`${p.purpose}\`) wychodzi ${p.date}, a nie przed kamieniem milowym \`${p.milestone}\` (${p.due}), który przygotowuje.`,
      hint: () => 'Przenieś go przed kamień milowy albo zmień jego cel, jeśli nie ma go przygotowywać.',
      describe: 'Komunikat datowany w dniu kamienia milowego, który przygotowuje, lub później (buy-in po kick-offie).',
    },
    'role-overloaded': {
      message: (p) => `Rola \`${p.role}\` dostaje ${p.count} ${plural(Number(p.count), 'komunikat', 'komunikaty', 'komunikatów')} w tygodniu od ${p.week} (najwyżej ${p.max}).`,
      hint: () => 'Połącz komunikaty albo rozłóż je na więcej tygodni; zespół może zmienić limit ustawieniem `comms.maxMessagesPerWeek` w .mentor.yaml.',
      describe: 'Rola, która w jednym tygodniu kalendarzowym dostaje więcej komunikatów niż limit (domyślnie 3).',
    },
    'unknown-placeholder': {
      message: (p) => {
        switch (p.reason) {
          case 'argument-missing':
            return `Znacznik \`${p.placeholder}\` wymaga identyfikatora ${p.expects === 'milestone' ? 'kamienia milowego' : 'roli'}, np. \`{${p.name}:${p.expects === 'milestone' ? 'kick-off' : 'hr-owner'}}\`.`;
          case 'argument-unexpected':
            return `Znacznik \`{${p.name}}\` nie przyjmuje argumentu (zapisano \`${p.placeholder}\`).`;
          case 'unknown-milestone':
            return `Znacznik \`${p.placeholder}\` wskazuje kamień milowy \`${p.argument}\`, którego nie zdefiniowano.`;
          case 'unknown-role':
            return `Znacznik \`${p.placeholder}\` wskazuje rolę \`${p.argument}\`, której nie zdefiniowano.`;
          case 'no-value':
            return `Znacznik \`${p.placeholder}\` nie ma w tym programie wartości.`;
          case 'double-braces':
            return `Znacznik \`{${p.placeholder}}\` zapisano w podwójnych nawiasach, więc jedna para zostałaby w tekście.`;
          default:
            return `Nieznany znacznik \`${p.placeholder}\` w polu \`${p.field}\` komunikatu \`${p.message}\`.`;
        }
      },
      hint: (p) => {
        if (p.reason === 'no-value') {
          return (
            ({
              'recruitment-closes': 'Ustaw `addressees.recruitment.closes` albo usuń znacznik.',
              'line-manager': 'Nikt w programie nie ma przełożonego (brak roli `line-manager` i pola `lineManager`): usuń znacznik albo napisz, komu mentee ma o tym powiedzieć.',
              time: 'Nadaj komunikatowi `time` albo usuń znacznik.',
              preparation: 'Wpisz obowiązkowe moduły w `preparation.modules` albo usuń znacznik.',
              subject: '`{subject}` działa tylko w polu `text`.',
            } as Record<string, string>)[String(p.name)] ?? 'Usuń znacznik.'
          );
        }
        if (p.reason === 'argument-unexpected') return `Zapisz \`{${p.name}}\`.`;
        if (p.reason === 'double-braces') return `Znaczniki mentor zapisuje w pojedynczych nawiasach: \`${p.placeholder}\`.`;
        if (p.reason === 'argument-missing') return 'Znaczniki opisuje docs/comms.md.';
        return p.suggestion !== undefined ? `Czy chodziło o \`${p.suggestion}\`?` : p.reason === 'unknown-name' ? `Znaczniki: ${p.known}.` : `Zdefiniowane: ${p.known}.`;
      },
      describe: 'Znacznik w komunikacie, którego mentor nie umie wypełnić: nieznana nazwa, kamień milowy lub rola albo brak wartości.',
    },
    'time-zone-unknown': {
      message: (p) => `\`metadata.timeZone\` \`${p.zone}\` nie jest znaną strefą czasową.`,
      hint: (p) => (p.suggestion !== undefined ? `Czy chodziło o \`${p.suggestion}\`?` : 'Użyj nazwy IANA, np. `Europe/Warsaw` albo `Europe/London`.'),
      describe: 'Strefa czasowa programu, która nie jest strefą IANA.',
    },
    'kick-off-missing': {
      message: (p) => `Żaden kamień milowy nie ma identyfikatora \`kick-off\`, więc tych sprawdzeń nie dało się wykonać: ${p.checks}.`,
      hint: (p) => `Nadaj kamieniowi milowemu, który rozpoczyna proces, identyfikator \`kick-off\` (nazwa może zostać); obecne kamienie milowe: ${p.milestones}.`,
      describe: 'Proces bez kamienia milowego `kick-off`, przez co sprawdzenia, które go potrzebują (buy-in przed startem), nie mogą się wykonać.',
    },
    'date-outside-period': {
      message: (p) => {
        const what = ({ milestone: 'Kamień milowy', 'pair-start': 'Start pary', 'pair-end': 'Koniec pary', communication: 'Komunikat', session: 'Sesja pary', assessment: 'Ocena mentee', learning: 'Aktywność rozwojowa mentee', survey: 'Odpowiedź w ankiecie', 'kpi-value': 'Wartość KPI' } as Record<string, string>)[String(p.what)] ?? 'Wpis';
        return `${what} \`${p.name}\`: data ${p.date} jest poza okresem programu ${p.start} – ${p.end}.`;
      },
      hint: () => 'Popraw datę albo wydłuż `metadata.period`.',
      describe: 'Data poza okresem programu.',
    },
    'date-not-working-day': {
      message: (p) => `${p.what === 'meeting' ? 'Spotkanie' : 'Kamień milowy'} \`${p.name}\` (${p.date}) przypada ${calendarPl.fallsOn(String(p.off))}.`,
      hint: (p) => `Wybierz dzień roboczy: ${calendarPl.weekdays[Number(p.beforeDay)]} ${p.before} albo ${calendarPl.weekdays[Number(p.afterDay)]} ${p.after}.`,
      describe: 'Kamień milowy albo spotkanie w weekend lub w dzień wolny od pracy (święta według języka programu: polskie dla `pl`; Nowy Rok i Boże Narodzenie dla `en`, brytyjskie święta bankowe Anglii i Walii dla `en` w strefie `Europe/London`).',
    },
    'record-in-future': { message: (p) => `Zapis z datą ${p.date} jest z przyszłości (dziś jest ${p.today}).`, hint: () => 'Zapisy opisują to, co się wydarzyło: popraw datę.', describe: 'Zapis z datą późniejszą niż dziś.' },
    'session-outside-pair': {
      message: (p) => (p.when === 'before' ? `Sesja pary \`${p.pair}\` z ${p.date} odbyła się przed startem pary (${p.bound}).` : `Sesja pary \`${p.pair}\` z ${p.date} odbyła się po zakończeniu pary (${p.bound}).`),
      hint: () => 'Popraw datę sesji albo `start` lub `end` pary.',
      describe: 'Sesja z datą wcześniejszą niż start pary albo późniejszą niż jej koniec.',
    },
    'session-duplicate': {
      message: (p) => `Sesja pary \`${p.pair}\` z ${p.date} (${p.minutes} min) jest zapisana dwa razy.`,
      hint: (p) => `Pierwszy zapis jest w wierszu ${p.first}${opt(p.firstFile, (f) => ` pliku \`${f}\``)}. Usuń kopię albo zapisz dwie sesje z jednego dnia jako jedną.`,
      describe: 'Ta sama sesja (para, data i czas trwania) zapisana dwa razy.',
    },
    'record-competency-not-in-plan': {
      message: (p) =>
        p.kind === 'assessment'
          ? `Mentee \`${p.mentee}\`: ocena w kompetencji \`${p.competency}\`, której nie ma w planie rozwoju.`
          : `Mentee \`${p.mentee}\`: aktywność edukacyjna rozwija kompetencję \`${p.competency}\`, której nie ma w planie rozwoju.`,
      hint: () => 'Dodaj kompetencję do planu mentee (punkt startu i cel) albo popraw kompetencję w zapisie.',
      describe: 'Ocena lub aktywność edukacyjna w kompetencji spoza planu rozwoju mentee.',
    },
    'record-after-mentee-left': {
      message: (p) => `${p.kind === 'assessment' ? 'Ocena' : 'Aktywność edukacyjna'} mentee \`${p.mentee}\` z ${p.date} jest późniejsza niż koniec ostatniej pary (\`${p.pair}\`, ${p.end}).`,
      hint: () => 'Popraw datę albo mentee, a jeśli mentee nadal uczestniczy w programie – `end` pary.',
      describe: 'Ocena lub aktywność edukacyjna z datą późniejszą niż koniec ostatniej pary mentee.',
    },
    'rollout-without-pilot': { message: () => 'To wdrożenie nie wskazuje pilotażu.', hint: () => 'Dodaj `metadata.pilot: { path: ../folder-pilotazu }`, by kalibrację dało się prześledzić.', describe: 'Wdrożenie bez powiązania z pilotażem.' },
    'decision-path-unknown': {
      message: (p) =>
        p.reason === 'syntax'
          ? `Decyzja \`${p.decision}\` wskazuje \`${p.path}\`, a to nie jest ścieżka (znak ${p.column}).`
          : `Decyzja \`${p.decision}\` wskazuje \`${p.path}\`, a takiego miejsca nie ma w tym programie${p.reason === 'missing-both' ? ' ani w jego pilotażu' : ''}${p.found ? ` (\`${p.found}\` nie ma \`${p.missing}\`)` : ''}.`,
      hint: (p) => (p.suggestion ? `Czy chodziło o \`${p.suggestion}\`?` : 'Zapisz ścieżkę tak, jak wypisuje ją `mentor diff`, np. `process.cadence`, `competencies[id=…]` albo `kpis[id=…].target`.'),
      describe: 'Decyzja kalibracyjna wskazuje zmianę (`changes:`) w miejscu, którego nie ma ani we wdrożeniu, ani w pilotażu.',
    },
    'placeholder-unfilled': {
      message: (p) => `\`${p.field}\` nadal zawiera miejsce do uzupełnienia \`${p.placeholder}\`.`,
      hint: () => 'Wpisz właściwą wartość; `mentor init` zostawił to miejsce do uzupełnienia.',
      describe: 'Miejsce do uzupełnienia `(uzupełnij: …)` zostawione przez `mentor init` (przy --strict błąd, więc CI przypomina, dopóki ramy programu nie są uzupełnione).',
    },
  },
  ui: {
    summary: (s) => `${s.files} ${plural(s.files, 'plik', 'pliki', 'plików')} · ${s.valid} ${plural(s.valid, 'poprawny', 'poprawne', 'poprawnych')} · ${s.invalid} z problemami · ${s.errors} ${plural(s.errors, 'błąd', 'błędy', 'błędów')}, ${s.warnings} ${plural(s.warnings, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}`,
    noProblems: (n) => `Sprawdzono ${n} ${plural(n, 'plik', 'pliki', 'plików')}, bez problemów.`,
    rulesNotRun: (programme) => `Nie sprawdzono reguł metody w programie \`${programme}\`: najpierw popraw powyższe błędy w jego plikach (YAML, schemat, dołączone ścieżki), potem uruchom walidację ponownie – mogą pojawić się kolejne uwagi.`,
    skipped: (n) => `Pominięto ${n} ${plural(n, 'plik YAML, który nie jest dokumentem mentor', 'pliki YAML, które nie są dokumentami mentor', 'plików YAML, które nie są dokumentami mentor')}:`,
    skippedReason: (reason, apiVersion) => (reason === 'no-api-version' ? 'brak `apiVersion`' : reason === 'other-api-version' ? `\`apiVersion: ${apiVersion}\`` : 'to nie mapa (klucz: wartość)'),
    skippedMore: (n) => `… i ${plural(n, 'jeszcze jeden', `jeszcze ${n}`, `jeszcze ${n}`)} (pełną listę daje --format json)`,
    tooManyWarnings: (count, max, flag) => (flag === '--strict' ? `Z --strict ostrzeżenia są problemami: ${count}.` : `Za dużo ostrzeżeń: ${count} (--max-warnings pozwala na ${max}).`),
    errorLabel: 'błąd',
    warningLabel: 'ostrzeżenie',
    internalError: 'błąd wewnętrzny (zgłoś go, dołączając wynik z --debug)',
    outputProblem: (p) => {
      switch (p.code) {
        case 'unknown-format':
          return { message: `${p.flag}: nieznany format „${p.name}” (dostępne: ${p.formats.join(', ')}).`, ...(p.flag === '--output' ? { hint: 'Plik, którego nazwa zawiera „=”, zapisz jako ./PLIK.' } : {}) };
        case 'missing-file-name':
          return { message: `--output ${p.value}: brak nazwy pliku (zapisz ${p.format}=PLIK).` };
        case 'empty-output':
          return { message: '--output wymaga nazwy pliku.' };
        case 'extension-mismatch':
          return {
            message: `--output ${p.value}: rozszerzenie wskazuje ${p.byExtension}, a --format to ${p.explicit}.`,
            hint: `Napisz --output ${p.explicit}=${p.value}, by zachować tę nazwę, albo pomiń --format, by zapisać ${p.byExtension}.`,
          };
        case 'same-file-twice':
          return { message: `--output wskazuje ten sam plik dwa razy: ${p.first} i ${p.second}.` };
      }
    },
    pathNotFound: (p) => `${p}: nie ma takiego pliku ani folderu.`,
    noMatch: (p) => `${p}: wzorzec nie pasuje do żadnego pliku YAML. Sprawdź go albo podaj folder (\`mentor validate records/\`).`,
    noDocuments: (p) => `${p}: nie znaleziono dokumentów mentor (szukano plików YAML z \`apiVersion: mentor/v1\`).`,
    cannotRead: (p, r) => `${p}: nie można odczytać (${r}).`,
    refuseOverwrite: (p) => `${p} już istnieje; użyj --force, by go nadpisać.`,
    notUtf8: (p, at) => `${p}:${at}: plik nie jest zapisany w UTF-8, a jego edycja uszkodziłaby zapisane w nim znaki; niczego nie zapisano. Zapisz go w edytorze jako UTF-8 (najczęściej winne są Windows-1250 i ISO-8859-2) i uruchom polecenie jeszcze raz.`,
    changedOnDisk: (p) => `Plik ${p} zmienił się na dysku, gdy mentor nad nim pracował (zapisano go w edytorze albo uruchomiono inne polecenie mentor); niczego nie zapisano. Uruchom polecenie jeszcze raz.`,
    wrote: (p) => `Zapisano ${p}.`,
    unknownSchema: (n, known) => `nieznany schemat „${n}” (dostępne: ${known.join(', ')}).`,
    schemaWriteTakesNoKind: '--write zapisuje wszystkie schematy: nie podawaj przy nim rodzaju.',
    configProblem: (kind, value, suggestion, range) =>
      kind === 'bad-number'
        ? `\`${range?.key ?? value}\` musi być liczbą całkowitą od ${range?.min} do ${range?.max}, a nie \`${value}\`.`
        : kind === 'not-a-mapping'
        ? `${value ? `\`${value}\`` : 'konfiguracja'} musi być mapą (klucz: wartość).`
        : kind === 'unknown-key'
          ? `nieznany klucz \`${value}\`${suggestion ? ` (czy chodziło o \`${suggestion}\`?)` : ''}; konfiguracja zawiera \`rules\`, \`overrides\` i \`comms.maxMessagesPerWeek\`.`
          : kind === 'unknown-rule'
            ? `\`${value}\` nie jest regułą metody${suggestion ? ` (czy chodziło o \`${suggestion}\`?)` : ''}.`
            : kind === 'not-a-list'
              ? `\`${value}\` musi być listą (\`- files: …\`).`
              : kind === 'bad-files'
                ? `\`${value}\` wymaga \`files\`: wzorca ścieżek albo listy wzorców względem pliku konfiguracji (\`records/**\`).`
                : `\`${value}\` nie jest ustawieniem: użyj off, warning albo error.`,
    configUnreadable: (file, ruleId) => `${file}: pliku konfiguracji nie da się odczytać jako YAML (${ruleId}).`,
    configHint: 'Reguły opisuje docs/rules.md; --no-config pomija plik.',
    programmeHasErrors: (n, path, rendered) =>
      `Program ma ${n} ${plural(n, 'błąd', 'błędy', 'błędów')}${rendered ? '; pokazano to, co dało się obliczyć' : ', więc niczego nie dało się obliczyć'}. Uruchom \`mentor validate ${path}\`, by ${n === 1 ? 'go' : 'je'} zobaczyć.`,
  },
};
