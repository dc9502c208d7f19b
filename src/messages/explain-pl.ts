import type { ExplainText } from './explain-text.js';

export const explainPl: ExplainText = {
  groups: { file: 'Odczyt plików', schema: 'Schemat', method: 'Metoda', suppression: 'Komentarze wyciszające' },
  severity: (s) => (s === 'error' ? 'błąd' : 'ostrzeżenie'),
  columns: { id: 'reguła', severity: 'domyślnie', description: 'co sprawdza' },
  rulesFooter: 'Więcej o jednej regule: mentor explain ID-REGUŁY. Reguły metody można wyłączyć (off) albo zmienić ich wagę (warning, error) w .mentor.yaml.',
  headings: { checks: 'Co sprawdza', why: 'Dlaczego to ważne', failing: 'Źle', passing: 'Dobrze', fix: 'Jak poprawić' },
  meta: (group, severity, configurable) =>
    `${group} · domyślnie: ${severity} · ${configurable ? 'można ją ustawić w .mentor.yaml i wyciszyć komentarzem # mentor-disable-next-line' : 'nie da się jej wyłączyć ani wyciszyć'}`,
  placement: (file, as) => (as === 'file' ? `cały plik ${file}:` : `w pliku ${file} (reszta pliku bez zmian):`),
  saved: {
    'utf-16le': '(zapisany w UTF-16, jak robią to niektóre programy w Windows)',
    'windows-1250': '(zapisany w Windows-1250, jak stare eksporty z Excela)',
    'over-16-mb': '(i dalej 17 MB takich zapisów w jednym pliku)',
    'named-pipe': '(ale pod tą ścieżką jest potok nazwany, a nie plik)',
    'link-outside': '(ale plik jest dowiązaniem symbolicznym do kopii poza folderem programu)',
    'link-loop': '(ale plik jest dowiązaniem symbolicznym do samego siebie)',
    'deep-nesting': '(ze 120 nawiasami zagnieżdżonymi jeden w drugim)',
    'many-findings': '(z ostatnim wierszem powtórzonym 1100 razy)',
  },
  alsoReported: (ids) => `Ten sam błąd uruchamia też ${ids}.`,
  unknownRule: (id, nearest) => `Nie ma reguły \`${id}\`.${nearest.length > 0 ? ` Czy chodziło o ${nearest.map((n) => `\`${n}\``).join(', ')}?` : ''}`,
  unknownRuleHint: 'mentor rules wypisuje wszystkie reguły.',
  rules: {
    'file-empty': {
      checks: 'Plik, w którym są tylko puste wiersze albo komentarze, choć mentor oczekuje w nim dokumentu.',
      why: 'Pusty plik w folderze programu to zwykle plik, który ktoś miał uzupełnić; odczytany jako nic, po cichu zabrałby sesje lub osoby ze wszystkich raportów.',
      fix: 'Wpisz do niego dokument (mentor init pokazuje, jak wygląda każdy rodzaj) albo usuń plik.',
    },
    'file-binary': {
      checks: 'Plik z bajtami NUL w pierwszych 8 KB: arkusz, obraz albo tekst zapisany w UTF-16.',
      why: 'Takie bajty nie mogą być YAML-em; dalszy odczyt dałby tylko bezsensowne komunikaty.',
      fix: 'Zapisz plik jako tekst UTF-8 albo przenieś go poza folder programu.',
    },
    'file-encoding': {
      checks: 'Plik, którego bajty nie są poprawnym UTF-8; komunikat wskazuje pierwszy zły bajt.',
      why: 'Nazwiska z polskimi znakami wyszłyby zniekształcone w każdym raporcie i w historii gita.',
      fix: 'Otwórz plik i zapisz go w UTF-8 (w Excelu: „CSV UTF-8”, w Notatniku: Kodowanie → UTF-8).',
    },
    'file-too-large': {
      checks: 'Plik większy niż 16 MB, odrzucany przed odczytem.',
      why: 'Sprawdzanie w CI musi być szybkie i mieć granice; tak duży plik to prawie zawsze eksport, którego miejsce jest gdzie indziej.',
      fix: 'Podziel go: zapisy na pliki miesięczne, osoby na kilka plików People.',
    },
    'file-not-regular': {
      checks: 'Urządzenie, potok nazwany lub gniazdo (albo folder) tam, gdzie powinien być plik YAML; nigdy nie jest otwierane.',
      why: 'Czytanie potoku albo urządzenia mogłoby zawiesić sprawdzanie lub zapełnić pamięć; CI musi się zakończyć.',
      fix: 'Umieść tam zwykły plik YAML albo usuń tę ścieżkę.',
    },
    'file-unreadable': {
      checks: 'Plik lub folder, którego nie da się odczytać: brak uprawnień, pętla dowiązań symbolicznych, błąd wejścia/wyjścia.',
      why: 'Czego nie da się odczytać, tego nie da się sprawdzić; reszta plików jest sprawdzana, a ten komunikat mówi, co pominięto.',
      fix: 'Sprawdź, czy plik istnieje i czy masz prawo go czytać; przerwij pętlę dowiązań.',
    },
    'file-link-outside': {
      checks: 'Dowiązanie symboliczne prowadzące poza folder programu (albo poza sprawdzany folder); jego cel nigdy nie jest czytany.',
      why: 'Folder programu może pochodzić z cudzego repozytorium; dowiązanie na zewnątrz mogłoby sprawić, że mentor odczyta i pokaże w komunikatach dowolny plik z komputera.',
      fix: 'Trzymaj prawdziwy plik w folderze programu albo sprawdzaj go bezpośrednio w jego właściwym miejscu.',
    },
    'file-too-many-findings': {
      checks: 'Plik z ponad 1000 problemów: pozostałe są liczone, ale nie wypisywane.',
      why: 'Tysiące wierszy o jednym pliku nikomu nie pomagają i spowalniają logi CI; pierwsze problemy to zwykle ten sam błąd powtórzony wiele razy.',
      fix: 'Popraw najpierw wypisane problemy, potem sprawdź plik ponownie.',
    },
    'yaml-too-deep': {
      checks: 'Listy i mapy zagnieżdżone na ponad 100 poziomów.',
      why: 'Dokumentowi mentor wystarczy kilka poziomów; bardzo głębokie zagnieżdżenie to plik uszkodzony albo złośliwy, który mógłby wyczerpać parser.',
      fix: 'Spłaszcz strukturę: listy zapisów, a nie listy w listach.',
    },
    'yaml-unknown-tag': {
      checks: 'Znacznik YAML (`!timestamp`, `!!binary`, `!Ważne`…), którego mentor nie czyta; wartość jest czytana jako zwykły tekst.',
      why: 'W innych narzędziach znaczniki zmieniają znaczenie wartości; dokumenty mentor to zwykły YAML, więc znacznik to pomyłka albo coś przeznaczonego dla innego narzędzia.',
      fix: 'Usuń znacznik; jeśli wartość ma być tekstem zaczynającym się od `!`, ujmij ją w cudzysłów.',
    },
    'yaml-syntax': {
      checks: 'Tekst, którego parser YAML nie potrafi odczytać; komunikat nazywa typowy błąd, który za tym stoi (`reason`), i pokazuje poprawiony wiersz.',
      why: 'Dopóki pliku nie da się odczytać, niczego w nim nie można sprawdzić, więc inne problemy tego pliku nie są pokazywane.',
      fix: 'Zrób to, co pokazuje podpowiedź; najczęściej wystarczy ująć w cudzysłów wartość, która zawiera `: ` albo zaczyna się znakiem specjalnym.',
    },
    'yaml-duplicate-key': {
      checks: 'Ten sam klucz dwa razy w jednej mapie.',
      why: 'YAML zachowuje tylko jedną z dwóch wartości, bez słowa ostrzeżenia; która była zamierzona, można tylko zgadywać.',
      fix: 'Usuń niepotrzebny klucz albo połącz obie wartości.',
    },
    'yaml-tab-indent': {
      checks: 'Znak tabulacji użyty jako wcięcie wiersza.',
      why: 'YAML nie dopuszcza tabulatorów we wcięciach, a edytory pokazują je z różną szerokością, więc struktura, którą widzisz, nie jest tą, którą widzi parser.',
      fix: 'Zamień tabulator na spacje i ustaw w edytorze wcięcia spacjami dla plików YAML.',
    },
    'yaml-alias-limit': {
      checks: 'Kotwice (`&`) i aliasy (`*`), które rozwijają się w ponad milion wartości, albo ponad 10 000 aliasów w jednym pliku.',
      why: 'Zagnieżdżone aliasy potrafią zmienić mały plik w gigabajty (atak „billion laughs”); mentor przerywa odczyt, zamiast wyczerpać pamięć.',
      fix: 'Wypisz wartości wprost albo używaj aliasów tylko do małych, powtarzanych wartości.',
    },
    'yaml-circular-alias': {
      checks: 'Alias wskazujący na kolekcję, która zawiera ten sam alias.',
      why: 'Taka wartość byłaby nieskończona; żadne narzędzie jej nie odczyta.',
      fix: 'Usuń alias albo wskaż nim inny węzeł.',
    },
    'yaml-multiple-documents': {
      checks: 'Więcej niż jeden dokument YAML (rozdzielony `---`) w jednym pliku.',
      why: 'mentor czyta jeden dokument z pliku: plik to jeden program, jedna lista osób albo jedna porcja zapisów, a historia gita pozostaje czytelna.',
      fix: 'Połącz listy w jeden dokument albo przenieś drugi dokument do osobnego pliku.',
    },
    'not-a-mentor-document': {
      checks: 'Plik YAML wskazany w poleceniu, który nie jest dokumentem mentor (brak `apiVersion: mentor/v1`). Foldery są przeglądane bez tego błędu: inne pliki YAML są w nich tylko wymieniane jako pominięte.',
      why: 'Prosisz o sprawdzenie tego pliku; pominięcie go bez słowa wyglądałoby jak wynik bez błędów.',
      fix: 'Wskaż plik lub folder programu albo usuń ten plik z polecenia.',
    },
    'api-version-unsupported': {
      checks: 'Dokument z `kind`, ale bez `apiVersion`, albo z `apiVersion`, którego ta wersja mentor nie czyta.',
      why: 'Wersja formatu mówi, które reguły obowiązują; zgadywanie mogłoby przepuścić plik, który nowszy format by odrzucił.',
      fix: 'Wpisz `apiVersion: mentor/v1` w pierwszym wierszu albo zaktualizuj mentor do nowszego formatu.',
    },
    'kind-unknown': {
      checks: 'Dokument mentor, w którym brak `kind` albo jest on inny niż `Programme`, `People` lub `Records`.',
      why: 'Rodzaj dokumentu decyduje, którym schematem plik jest sprawdzany; bez niego każdy klucz wyglądałby na błędny.',
      fix: 'Wpisz rodzaj dokładnie: `Programme`, `People` albo `Records`.',
    },
    'schema-unknown-key': {
      checks: 'Klucz, którego schemat w tym miejscu nie zna; komunikat podpowiada najbliższy znany klucz.',
      why: 'Nieznany klucz to zwykle literówka, a klucz z literówką oznacza, że wpisana wartość nigdy nie zostanie użyta.',
      fix: 'Popraw pisownię albo przenieś klucz tam, gdzie jest jego miejsce.',
    },
    'schema-required': {
      checks: 'Brak klucza, którego schemat wymaga.',
      why: 'Opierają się na nim raporty i reguły: celu bez nazwy nie da się pokazać, pary bez daty startu nie da się zaplanować.',
      fix: 'Dopisz klucz z wartością.',
    },
    'schema-type': {
      checks: 'Wartość złego typu: tekst tam, gdzie ma być liczba, pojedyncza wartość zamiast listy itp.',
      why: 'Na liczbach prowadzi się obliczenia (minuty, poziomy, cele); tekst w ich miejscu zepsułby każdy KPI, który z nich korzysta.',
      fix: 'Zapisz wartość tak, jak mówi komunikat: liczby cyframi bez cudzysłowu, listy jako `[a, b]`.',
    },
    'schema-enum': {
      checks: 'Wartość spoza zamkniętej listy (ważność, faza, kanał, miara…); komunikat wymienia dozwolone wartości.',
      why: 'Te wartości sterują metodą: tylko kompetencje `strategic` i `tactical` są warte programu, a miary z literówką nie da się policzyć.',
      fix: 'Użyj jednej z wymienionych wartości.',
    },
    'schema-format': {
      checks: 'Wartość w złym formacie: data niezapisana jako RRRR-MM-DD albo nieistniejąca w kalendarzu, identyfikator ze spacją, ścieżka wychodząca poza folder, adres e-mail.',
      why: 'Daty i identyfikatory są porównywane i wyszukiwane; `2026-6-26` albo `Anna Nowak` jako identyfikator do niczego nie pasują.',
      fix: 'Zapisz wartość w formacie podanym w komunikacie (daty jako 2026-06-26, identyfikatory jako anna-nowak).',
    },
    'schema-range': {
      checks: 'Liczba spoza dozwolonego zakresu, np. sesja krótsza niż 15 minut albo udział większy niż 100.',
      why: 'Zakresy pilnują, by plan był realny, a arytmetyka raportów miała sens.',
      fix: 'Zmień liczbę na mieszczącą się w zakresie podanym w komunikacie.',
    },
    'schema-size': {
      checks: 'Lista, tekst lub mapa złej wielkości (zwykle pusta) albo lista z tą samą pozycją dwa razy.',
      why: 'Pusta lista tam, gdzie coś jest wymagane (komunikat do nikogo, skala bez poziomów), to dziura w planie.',
      fix: 'Uzupełnij listę albo usuń powtórzoną pozycję.',
    },
    'schema-one-of': {
      checks: 'Wartość, która musi mieć dokładnie jedną z kilku postaci, a nie ma żadnej albo ma kilka naraz (komunikat umówiony i na datę, i na kamień milowy).',
      why: 'Przy dwóch odpowiedziach na jedno pytanie nikt nie wie, która się liczy.',
      fix: 'Zostaw jedną z postaci wymienionych w komunikacie.',
    },
    'duplicate-id': {
      checks: 'Dwie pozycje jednej listy (cele, kompetencje, osoby, pary…) z tym samym identyfikatorem.',
      why: 'Wszystko odwołuje się do pozycji przez identyfikator; gdy są dwie, każde odwołanie jest niejednoznaczne.',
      fix: 'Nadaj jednej z nich nowy identyfikator albo połącz je w jedną.',
    },
    'unknown-reference': {
      checks: 'Odwołanie do identyfikatora, którego nic nie definiuje: kompetencji, skali, celu, osoby, pary, kamienia milowego, roli lub modułu.',
      why: 'Zerwane odwołanie gubi dane bez śladu: para nad niczym nie pracuje, raport nikogo nie liczy.',
      fix: 'Popraw identyfikator (komunikat podpowiada najbliższy) albo zdefiniuj brakującą pozycję.',
    },
    'include-not-found': {
      checks: 'Plik lub folder z `includes`, który nie istnieje.',
      why: 'Zapisane w nim osoby lub zapisy po cichu zniknęłyby ze wszystkich sprawdzeń i raportów.',
      fix: 'Popraw ścieżkę (względem pliku programu) albo utwórz plik.',
    },
    'include-wrong-kind': {
      checks: 'Dołączony plik złego rodzaju: plik Records w `includes.people`, program w `includes.records`.',
      why: 'Każda lista jest czytana jako swój rodzaj; plik na złej liście zostałby odczytany jako coś innego albo wcale.',
      fix: 'Przenieś ścieżkę na listę jej rodzaju.',
    },
    'pilot-not-found': {
      checks: '`metadata.pilot` wdrożenia, które nie prowadzi do programu pilotażu o podanym identyfikatorze.',
      why: 'Krok 5 metody kalibruje wdrożenie na danych z pilotażu; bez pilotażu nie ma do czego kalibrować.',
      fix: 'Popraw `path` (względem tego pliku) i `id` albo pobierz pilotaż obok wdrożenia.',
    },
    'previous-not-found': {
      checks: '`metadata.previous` kolejnej edycji, które nie prowadzi do programu poprzedniej edycji o podanym identyfikatorze.',
      why: 'Program powtarzany kalibruje się na poprzedniej edycji; do porównania to powiązanie musi działać.',
      fix: 'Popraw `path` i `id` albo pobierz poprzednią edycję obok tej.',
    },
    'programme-mismatch': {
      checks: 'Plik People lub Records, którego `programme` nie jest `metadata.id` programu, który go dołącza.',
      why: 'To prawie zawsze plik skopiowany z innego programu; wmieszałby osoby lub zapisy innego programu do tego.',
      fix: 'Ustaw w `programme` identyfikator tego programu albo usuń plik z `includes`.',
    },
    'level-outside-scale': {
      checks: 'Punkt startu, cel, poziom mentora lub ocena, które nie są poziomem skali danej kompetencji.',
      why: 'Postęp mierzy się na skali; poziomu spoza niej nie da się z niczym porównać.',
      fix: 'Użyj jednego z poziomów skali albo dodaj poziom do skali.',
    },
    'scale-levels-not-increasing': {
      checks: 'Skala, której poziomy nie są wypisane rosnąco.',
      why: 'Luki i postęp to różnice między poziomami; na nieuporządkowanej skali „wyżej” nic nie znaczy.',
      fix: 'Wypisz poziomy od najniższego do najwyższego.',
    },
    'target-not-above-baseline': {
      checks: 'Kompetencja mentee, w której cel nie jest wyżej niż punkt startu.',
      why: 'Odległość od punktu startu do celu to właśnie to, co program ma zamknąć i względem czego mierzy się postęp; bez niej nie ma czego rozwijać.',
      fix: 'Podnieś cel, popraw punkt startu albo usuń kompetencję z planu.',
    },
    'mentee-without-gap': {
      checks: 'Mentee bez luki (celu wyżej niż punkt startu) w żadnej kompetencji programu.',
      why: 'Najpierw cele, potem ludzie: mentee jest w programie po to, by zamknąć lukę w potrzebnej kompetencji. Bez niej to miejsce lepiej oddać komuś innemu.',
      fix: 'Zaplanuj rzeczywistą lukę w jednej z kompetencji programu albo wyłącz mentee z programu.',
    },
    'criterion-not-met': {
      checks: 'Mentee niespełniający kryterium udziału z `addressees.criteria` (najmniejsza luka, ważność kompetencji, staż).',
      why: 'Kryteria mówią, dla kogo jest program; przyjmowanie osób spoza nich rozmywa go i trudno to wytłumaczyć tym, którym odmówiono.',
      fix: 'Popraw plan mentee, zmień kryterium albo wyłącz mentee z programu.',
    },
    'competency-unused': {
      checks: 'Kompetencja programu, której żaden mentee nie planuje rozwijać.',
      why: 'Kompetencje wybiera się najpierw, bo są organizacji potrzebne; kompetencja, nad którą nikt nie pracuje, to albo luka w rekrutacji, albo kompetencja, która do programu nie należy.',
      fix: 'Zrekrutuj do niej mentee albo usuń ją z programu.',
    },
    'pair-competency-not-in-mentee': {
      checks: 'Para pracująca nad kompetencją, której nie ma w planie jej mentee.',
      why: 'Para pracuje na cele z planu mentee; bez punktu startu i celu nie ma postępu do zmierzenia.',
      fix: 'Dodaj kompetencję do planu mentee albo usuń ją z pary.',
    },
    'mentor-below-target': {
      checks: 'Mentor, którego własny poziom w kompetencji pary jest niższy niż cel mentee (albo nieznany).',
      why: 'Wiedzę przekazuje ktoś, kto ją ma; mentor poniżej poziomu docelowego nie doprowadzi mentee do celu.',
      fix: 'Dobierz innego mentora, obniż cel albo popraw poziom mentora.',
    },
    'mentor-over-capacity': {
      checks: 'Mentor z większą liczbą równoczesnych par niż jego `capacity`; komunikat wskazuje parę, która przekracza limit.',
      why: 'Mentoring wymaga czasu; przeciążony mentor odwołuje sesje i tracą na tym wszystkie jego pary.',
      fix: 'Przenieś parę do innego mentora, przesuń jej daty albo, jeśli mentor się zgadza, zwiększ jego limit.',
    },
    'mentor-is-line-manager': {
      checks: 'Mentor, który jest przełożonym mentee – bezpośrednim albo wyżej w linii służbowej.',
      why: 'Przełożony to w metodzie osobna rola: z osobą, która nas ocenia, rozmawia się inaczej, a mentoring wymaga otwartości.',
      fix: 'Dobierz mentora spoza linii służbowej mentee.',
    },
    'reporting-line-cycle': {
      checks: 'Przełożeni tworzący koło (A podlega B, B podlega A).',
      why: 'Linia służbowa decyduje, kto może być czyim mentorem; koło uniemożliwia to sprawdzenie i zawsze jest błędem w danych.',
      fix: 'Popraw `lineManager` jednej z osób w kole.',
    },
    'person-name-mismatch': {
      checks: 'Jeden identyfikator osoby z różnymi imionami i nazwiskami na różnych listach (staff, mentors, mentees, pliki People).',
      why: 'Identyfikator to osoba; dwa nazwiska przy jednym identyfikatorze to albo literówka, albo dwie osoby z jednym identyfikatorem.',
      fix: 'Wpisz wszędzie to samo imię i nazwisko albo nadaj drugiej osobie własny identyfikator.',
    },
    'person-email-duplicate': {
      checks: 'Dwa różne identyfikatory osób z tym samym adresem e-mail (bez względu na wielkość liter) na dowolnej z list staff, mentors i mentees.',
      why: 'Jedna osoba to jeden identyfikator: mentor wpisany drugi raz jako mentee pod nowym identyfikatorem liczy się podwójnie w raportach, limicie par i linii służbowej.',
      fix: 'Jeśli to ta sama osoba, użyj jednego identyfikatora na każdej liście (mentor, który jest też mentee, zachowuje ten sam identyfikator); jeśli to dwie osoby – popraw adres.',
    },
    'person-name-duplicate': {
      checks: 'To samo imię i nazwisko (bez względu na wielkość liter, odstępy i polskie znaki) na dwóch z list staff, mentors i mentees pod dwoma różnymi identyfikatorami, chyba że oba wpisy mają adresy e-mail (wtedy rozstrzyga `person-email-duplicate`).',
      why: 'Jedna osoba to jeden identyfikator: mentor wpisany drugi raz jako mentee albo przełożony, który też jest mentorem, pod nowym identyfikatorem liczy się podwójnie w raportach, limicie par i linii służbowej, a sprawdzenie, czy mentor nie jest przełożonym swojego mentee, go nie widzi.',
      fix: 'Jeśli to ta sama osoba, użyj jednego identyfikatora na każdej liście; jeśli to dwie osoby o tym samym imieniu i nazwisku, dodaj ich adresy e-mail.',
    },
    'pair-self-mentoring': {
      checks: 'Para, w której mentor i mentee to ta sama osoba.',
      why: 'Mentoring to przekazywanie wiedzy jeden na jeden między dwiema osobami; można być mentorem i mentee, ale nie dla samego siebie.',
      fix: 'Dobierz tej osobie innego mentora.',
    },
    'pair-duplicate': {
      checks: 'Dwie pary tego samego mentora i mentee, których okresy się nakładają (od `start` do `end` albo do końca programu); zgłaszana jest późniejsza.',
      why: 'Para wymienia wszystkie kompetencje, nad którymi pracuje, więc te same dwie osoby w dwóch parach naraz to zwykle wiersz skopiowany bez zmian: sesje są planowane podwójnie, a realizacja sesji i raport liczą tę relację dwa razy.',
      fix: 'Wpisz kompetencje do jednej pary i usuń drugą albo nadaj pierwszej parze `end` przed startem drugiej.',
    },
    'pair-before-preparation': {
      checks: 'Para startująca, zanim jej mentor ukończył wszystkie wymagane moduły przygotowania (moduł jest wymagany, chyba że ma `required: false`).',
      why: 'Krok 3 metody: mentorzy przygotowują się do roli, zanim zaczną ją pełnić.',
      fix: 'Przesuń start pary na termin po przygotowaniu albo wpisz datę ukończenia modułu.',
    },
    'role-unstaffed': {
      checks: 'Rola opiekuna HR lub sponsora bez nikogo w `staffedBy`.',
      why: 'Jasne role to warunek metody: bez opiekuna HR i sponsora nikt nie pilnuje programu ani nie odpowiada za jego cel.',
      fix: 'Wpisz osobę w `staffedBy` (i dodaj ją w `people.staff`).',
    },
    'learning-mix-sum': {
      checks: 'Planowane proporcje uczenia się, których trzy udziały nie sumują się do 100.',
      why: 'Proporcje 70:20:10 to podział całości; udziałów, które się nie sumują, nie da się porównać z tym, co mentee naprawdę robią.',
      fix: 'Zmień udziały tak, by sumowały się do 100.',
    },
    'learning-mix-deviation': {
      checks: 'Planowane proporcje dalsze od 70:20:10 niż ich `tolerance` (10 punktów, gdy jej nie podano).',
      why: 'Najwięcej uczymy się w pracy (70), część od innych (20), najmniej na kursach (10); plan daleki od tego opiera się na najmniej skutecznej części.',
      fix: 'Przybliż plan do 70:20:10 albo, jeśli odstępstwo jest zamierzone, podaj szerszą `tolerance`.',
    },
    'kpi-missing-target': {
      checks: 'KPI bez `target`.',
      why: 'Ramy z liczbami: KPI bez wartości docelowej da się zmierzyć, ale nigdy nie będzie ani osiągnięty, ani chybiony.',
      fix: 'Nadaj KPI wartość docelową.',
    },
    'kpi-baseline-meets-target': {
      checks: 'KPI, którego `baseline` już leży po właściwej stronie `target` przy danym `direction` (na poziomie celu lub powyżej, gdy lepsza jest wyższa wartość; na poziomie celu lub poniżej, gdy niższa).',
      why: 'Ramy z liczbami: odległość od wartości wyjściowej do celu to to, co program obiecuje zmienić. KPI osiągnięty pierwszego dnia niczego nie obiecuje, a raport przez cały czas pokaże go jako osiągnięty.',
      fix: 'Zamień `baseline` z `target`, jeśli wpisano je odwrotnie, albo popraw `direction`; zostaw, jeśli KPI ma tylko utrzymać poziom.',
    },
    'kpi-value-out-of-range': {
      checks: 'KPI z wbudowaną miarą, którego `target`, `baseline` albo `target` punktu kontrolnego leży poza wartościami, jakie ta miara może przyjąć: 0–1 dla udziałów (`gap-closed-share`, `target-reached-share`, `session-adherence`, `retention`), 1–5 dla `satisfaction`, od −100 do 100 dla `nps`, 0–100 dla `learning-mix-deviation`.',
      why: 'Ramy z liczbami: udział wpisany jako procent (`target: 60` zamiast 60%) nigdy nie zostanie osiągnięty, a raport do końca pokaże KPI jako nieosiągnięty i nie powie dlaczego.',
      fix: 'Udziały zapisuj jako ułamki (60% to `0.6`), a pozostałe cele w skali danej miary.',
    },
    'kpi-uncomputable': {
      checks: 'KPI z miarą, której mentor nie policzy z zapisów, i bez `source`, czyli źródła pomiaru poza narzędziem.',
      why: 'KPI, którego nikt nie zmierzy, aż do końca programu będzie w każdym raporcie pokazywał „brak danych”.',
      fix: 'Użyj wbudowanej miary albo dopisz `source:` i wpisuj zmierzone wartości w `kpiValues` w pliku Records.',
    },
    'buy-in-missing': {
      checks: 'Rola (mentee, mentor, przełożony), do której przed kick-offem nie dociera żaden komunikat buy-in.',
      why: 'Krok 2: zaangażowanie zdobywa się przed startem programu; przełożony, który dowie się ostatni, nie da mentee czasu na rozwój.',
      fix: 'Dodaj tę rolę do komunikatu buy-in wysyłanego przed kick-offem.',
    },
    'kick-off-missing': {
      checks: 'Program bez kamienia milowego o identyfikatorze `kick-off`.',
      why: 'Od kick-offu liczy się terminy komunikatów, przygotowania i sprawdzenie buy-in.',
      fix: 'Dodaj kamień milowy `kick-off` albo nadaj ten identyfikator kamieniowi, który otwiera proces.',
    },
    'date-outside-period': {
      checks: 'Kamień milowy, komunikat, data pary lub zapis poza okresem programu.',
      why: 'Okres to ramy, w których liczy się każdy raport i KPI; daty spoza niego do nich nie wchodzą.',
      fix: 'Popraw datę albo poszerz `metadata.period`.',
    },
    'date-not-working-day': {
      checks: 'Kamień milowy albo spotkanie w weekend lub w święto według języka programu (polskie święta dla `pl`).',
      why: 'Kick-off w święto to kick-off, na który nikt nie przyjdzie; podpowiedź podaje najbliższe dni robocze.',
      fix: 'Przenieś termin na jeden z dni roboczych z podpowiedzi.',
    },
    'record-in-future': {
      checks: 'Zapis z datą późniejszą niż dziś (albo niż --today).',
      why: 'Zapisy mówią o tym, co się wydarzyło; data w przyszłości to literówka, która wliczyłaby postęp, którego jeszcze nie ma.',
      fix: 'Popraw datę.',
    },
    'session-outside-pair': {
      checks: 'Sesja z datą wcześniejszą niż start pary albo późniejszą niż jej koniec.',
      why: 'Regularność sesji liczy się w granicach dat każdej pary; sesja poza nimi to zła data albo zła para.',
      fix: 'Popraw datę albo parę.',
    },
    'session-duplicate': {
      checks: 'Ta sama sesja (para, data i czas trwania) zapisana dwa razy, w jednym pliku albo w dwóch.',
      why: 'Skopiowane sesje zawyżają regularność i ukrywają pary, które zostały w tyle.',
      fix: 'Usuń kopię; dwie sesje jednego dnia zapisuje się jako jedną.',
    },
    'record-competency-not-in-plan': {
      checks: 'Ocena lub aktywność edukacyjna w kompetencji spoza planu rozwoju mentee.',
      why: 'Postęp mierzy się względem punktu startu i celu z planu; poziomu w innej kompetencji nie ma z czym porównać.',
      fix: 'Popraw kompetencję albo dodaj ją do planu mentee.',
    },
    'record-after-mentee-left': {
      checks: 'Ocena lub aktywność edukacyjna z datą późniejszą niż koniec ostatniej pary mentee.',
      why: 'Po końcu ostatniej pary mentee nie uczestniczy już w programie; późniejsze zapisy dotyczą kogoś innego albo mają złą datę.',
      fix: 'Popraw datę lub mentee albo przesuń koniec pary.',
    },
    'rollout-without-pilot': {
      checks: 'Wdrożenie bez `metadata.pilot`.',
      why: 'Krok 5: wdrożenie kalibruje się na pilotażu; bez tego powiązania nie da się sprawdzić ani porównania kalibracyjnego, ani decyzji.',
      fix: 'Dodaj `metadata.pilot` ze ścieżką i identyfikatorem pilotażu.',
    },
    'kpi-checkpoint-outside-period': {
      checks: 'Punkt kontrolny KPI (cel pośredni w `checkpoints`) z datą wcześniejszą niż początek okresu programu albo późniejszą niż jego koniec.',
      why: 'Ramy z liczbami: cele pośrednie pozwalają raportowi ostrzec w trakcie programu, że KPI jest zagrożony; punkt kontrolny poza okresem nigdy nie nadejdzie, a cel końcowy i tak ocenia się na koniec okresu.',
      fix: 'Przenieś punkt kontrolny do `metadata.period` albo usuń go, jeśli tylko powtarza cel końcowy.',
    },
    'kpi-checkpoints-unordered': {
      checks: 'Punkt kontrolny KPI z datą taką samą jak punkt wypisany nad nim albo wcześniejszą.',
      why: 'Obowiązuje ostatni punkt kontrolny przypadający w danym dniu lub przed nim; lista nie po kolei albo dwa punkty z jedną datą to zwykle literówka w dacie, przez którą postęp oceniano by względem niewłaściwego celu pośredniego.',
      fix: 'Wypisz punkty kontrolne w kolejności dat, po jednym na datę, i sprawdź daty.',
    },
    'kpi-value-ignored': {
      checks: 'Wpis w `kpiValues` dla KPI, którego `metric` to jedna z miar wbudowanych, liczonych przez mentora z zapisów.',
      why: 'Krok 5 ocenia program po jego KPI: KPI wbudowane liczone jest z sesji, ocen i ankiet, więc wpisana dla niego wartość nigdy nie jest czytana, a osoba, która ją zapisała, sądzi, że raport ją pokazuje.',
      fix: 'Usuń wpis i zapisuj to, z czego liczona jest miara; jeśli wynik mierzy się poza mentorem (system kadrowy, CRM), daj KPI własną miarę i `source:`.',
    },
    'pair-end-reason-without-end': {
      checks: 'Para z `endReason`, ale bez daty `end`.',
      why: 'Retencja liczy pary, które się zakończyły, i powody zakończenia; bez daty raport nie wie, kiedy para się zakończyła, więc powód nigdzie się nie liczy.',
      fix: 'Dodaj `end:` z datą zakończenia pary albo usuń `endReason`, jeśli para nadal trwa.',
    },
    'role-not-informed': {
      checks: 'Rola zdefiniowana w programie, która przed kamieniem milowym `kick-off` ani nie dostaje, ani nie wysyła żadnego komunikatu (z wyjątkiem opiekuna procesu HR, który prowadzi plan komunikacji).',
      why: 'Krok 2: każdy, kogo program potrzebuje, dowiaduje się o nim przed startem; rola pominięta w komunikacji dowie się od innych i nie znajdzie na program czasu.',
      fix: 'Dopisz rolę do `to:` komunikatu datowanego przed kick-offem albo usuń ją, jeśli program jej nie potrzebuje.',
    },
    'line-manager-after-recruitment': {
      checks: 'Przełożeni, do których pierwszy komunikat dociera w dniu `addressees.recruitment.closes` lub później (a bez tej daty – w dniu kamienia milowego `matching` lub później) albo nie dociera żaden.',
      why: 'Przełożeni zgłaszają kandydatów, uzgadniają cele i zwalniają czas na sesje; jeśli dowiedzą się o programie od swoich ludzi już po rekrutacji, mają wspierać coś, o czym zdecydowano bez nich.',
      fix: 'Wyślij przełożonym komunikat przed zamknięciem rekrutacji (np. list sponsora) albo przesuń termin jej zamknięcia.',
    },
    'invitation-before-sponsor': {
      checks: 'Zaproszenie dla kandydatów (komunikat z `step: candidate-invitation`, a bez niego pierwszy komunikat do mentee datowany najpóźniej w dniu zamknięcia rekrutacji) wysłane przed jakimkolwiek komunikatem sponsora.',
      why: 'Sponsor odpowiada za cel programu i zabiera głos pierwszy: zaproszenie traktuje się poważnie, gdy sponsor już powiedział, dlaczego program jest ważny.',
      fix: 'Zaplanuj zapowiedź `from: sponsor` przed zaproszeniem albo wyślij zaproszenie później.',
    },
    'message-after-milestone': {
      checks: 'Komunikat datowany w dniu kamienia milowego, który przygotowuje, lub później: buy-in i kroki przed startem (zapowiedź sponsora, zaproszenie, przygotowanie mentorów, ogłoszenie par) przed `kick-off`, przypomnienie o ocenie przed jej kamieniem milowym.',
      why: 'Komunikat przygotowujący kamień milowy nic nie daje, gdy ten już minął; buy-in po kick-offie przychodzi, gdy decyzje, na które miał wpłynąć, już zapadły.',
      fix: 'Przenieś komunikat przed kamień milowy albo zmień jego `purpose` lub `step`, jeśli go nie przygotowuje.',
    },
    'role-overloaded': {
      checks: 'Rola, która w jednym tygodniu kalendarzowym (od poniedziałku do niedzieli) dostaje więcej komunikatów niż `comms.maxMessagesPerWeek` w .mentor.yaml (domyślnie 3); każde powtórzenie komunikatu cyklicznego liczy się osobno.',
      why: 'Ludzie przestają czytać program, który pisze do nich codziennie, i przeoczą potem komunikat, który naprawdę jest ważny.',
      fix: 'Połącz komunikaty albo rozłóż je na więcej tygodni; jeśli w organizacji to norma, podnieś limit w .mentor.yaml.',
    },
    'unknown-placeholder': {
      checks: 'Znacznik `{…}` w `subject` lub `text` komunikatu, którego mentor nie umie wypełnić: nieznana nazwa, brakujący lub zbędny argument, niezdefiniowany kamień milowy lub rola, brak wartości w tym programie albo podwójne nawiasy klamrowe.',
      why: 'Komunikaty wychodzą tak, jak wypełni je mentor; znacznik, którego nie da się wypełnić, dotarłby do ludzi jako `{programe}` albo jako puste miejsce.',
      fix: 'Zrób to, co mówi podpowiedź: popraw nazwę lub identyfikator, dodaj potrzebną wartość albo usuń znacznik. Listę znaczników podaje docs/comms.md.',
    },
    'time-zone-unknown': {
      checks: '`metadata.timeZone`, które nie jest nazwą strefy czasowej IANA, takiej jak `Europe/Warsaw`.',
      why: 'Godziny komunikatów i zaproszenia w kalendarzu ustawia się w strefie czasowej programu; nieznana strefa przesunęłaby każde spotkanie na złą godzinę.',
      fix: 'Użyj nazwy IANA, którą podsuwa podpowiedź (`Europe/Warsaw`, `Europe/London`…).',
    },
    'decision-path-unknown': {
      checks: 'Decyzja kalibracyjna, której `changes:` wskazuje ścieżkę nieistniejącą we wdrożeniu, a jeśli jest pilotaż, to także w pilotażu (albo w ogóle niebędącą ścieżką).',
      why: 'Krok 5: każdą zmianę po pilotażu wyjaśnia decyzja; decyzja, która wskazuje nic, niczego nie wyjaśnia, a zmiana, o którą chodziło, zostaje bez uzasadnienia.',
      fix: 'Zapisz ścieżkę tak, jak wypisuje ją `mentor diff` (`process.cadence`, `kpis[id=k1].target`); podpowiedź podsuwa najbliższą.',
    },
    'suppression-missing-reason': {
      checks: 'Komentarz `# mentor-disable-next-line` lub `# mentor-disable` bez uzasadnienia po ` -- `. Mimo to wycisza problem, więc zamiast niego widać ten.',
      why: 'Wyciszony problem to decyzja; bez uzasadnienia następna osoba nie odróżni przemyślanego wyjątku od ukrytego błędu.',
      fix: 'Wpisz uzasadnienie po ` -- `: kto się zgodził i dlaczego.',
    },
    'suppression-invalid': {
      checks: 'Komentarz `# mentor-disable…` bez reguły, z identyfikatorem, który nie jest regułą, z regułą YAML lub schematu albo wyciszenie całego pliku (`mentor-disable`) poniżej pierwszego wiersza YAML. Niczego nie wycisza.',
      why: 'Literówka w identyfikatorze zostawiłaby problem na miejscu, choć plik wygląda na świadomie wyciszony; problemy YAML i schematu znaczą, że plik nie mówi tego, na co wygląda, i żaden komentarz tego nie zmieni.',
      fix: 'Zapisz identyfikator reguły tak, jak podaje go `mentor rules`, problemy YAML i schematu popraw, a `mentor-disable` umieść nad `apiVersion`.',
    },
    'suppression-unused': {
      checks: 'Komentarz `# mentor-disable…` dla reguły, która nie zgłasza problemu w następnym wierszu YAML (a przy wyciszeniu całego pliku – nigdzie w pliku).',
      why: 'Jak nieużywane dyrektywy w eslincie: nieaktualny komentarz po cichu połknąłby następny, inny problem w tym wierszu.',
      fix: 'Usuń komentarz albo przenieś go nad wiersz, który wskazuje problem.',
    },
    'placeholder-unfilled': {
      checks: 'Miejsce do uzupełnienia `(uzupełnij: …)` albo `(fill in: …)` zostawione przez `mentor init`.',
      why: 'Ramy programu nie są gotowe, dopóki wszystkie miejsca nie są uzupełnione; przy --strict to błąd, więc CI przypomina.',
      fix: 'Wpisz prawdziwą wartość w miejsce wypełniacza.',
    },
  },
};
