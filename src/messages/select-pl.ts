import { plural } from './plural-pl.js';
import type { SelectText } from './select-text.js';

const osoby = (n: number): string => `${n} ${plural(n, 'osoba', 'osoby', 'osób')}`;
const podopiecznych = (n: number): string => `${n} ${plural(n, 'podopiecznego', 'podopiecznych', 'podopiecznych')}`;
const fieldName: Record<string, string> = {
  id: 'identyfikator osoby',
  name: 'imię i nazwisko',
  firstName: 'imię',
  lastName: 'nazwisko',
  title: 'stanowisko',
  department: 'dział',
  lineManager: 'przełożony',
  hired: 'data zatrudnienia',
  tenureMonths: 'staż w miesiącach',
  levels: 'obecny poziom w kompetencji',
};
const importanceName = (i: string | number | undefined): string => (i === 'strategic' ? ' w kompetencji strategicznej' : i === 'tactical' ? ' w kompetencji taktycznej' : '');

export const selectPl: SelectText = {
  tableError: (where, code, p) => {
    switch (code) {
      case 'empty':
        return `${where}: plik jest pusty: nie ma wiersza nagłówków ani osób.`;
      case 'not-a-table':
        if (p.reason === 'binary') return `${where}: to nie jest tabela: plik zawiera dane binarne (ani tekst CSV, ani skoroszyt XLSX).`;
        if (p.reason === 'no-delimiter') return `${where}: to nie jest tabela: w żadnym wierszu nie ma separatora kolumn (\`,\`, \`;\` ani tabulatora).`;
        return `${where}: to nie jest tabela: wiersz nagłówków ma tylko jedną kolumnę.`;
      case 'bad-quotes':
        return `${where}: pole w cudzysłowie nie jest zamknięte albo cudzysłów stoi w środku pola bez cudzysłowów.`;
      case 'bad-header':
        return p.reason === 'twice' ? `${where}: nagłówek „${p.header}” występuje dwa razy (pierwszy raz w kolumnie ${p.first}).` : `${where}: kolumna ma dane (wiersz ${p.dataLine}), ale nie ma nagłówka.`;
      case 'bad-spreadsheet':
        return `${where}: nie da się otworzyć skoroszytu: ${p.reason}.`;
      case 'unknown-sheet':
        return `${where}: nie ma arkusza „${p.sheet}” (arkusze: ${p.sheets}).`;
      case 'ragged-row':
        return `${where}: ten wiersz ma ${p.cells} komórek, a nagłówek – ${p.columns} kolumn.`;
    }
  },
  tableHint: (code) => {
    switch (code) {
      case 'empty':
      case 'not-a-table':
        return 'Wyeksportuj osoby jako CSV (UTF-8 lub Windows-1250; `,`, `;` albo tabulator) lub XLSX, z jednym wierszem nagłówków.';
      case 'bad-quotes':
        return 'Zapisz plik ponownie w arkuszu kalkulacyjnym albo ujmij całe pole w cudzysłów („…”), podwajając cudzysłowy w środku.';
      case 'bad-header':
        return 'Nadaj każdej kolumnie osobny nagłówek.';
      case 'bad-spreadsheet':
        return 'Otwórz plik w arkuszu kalkulacyjnym i zapisz ponownie jako .xlsx albo wyeksportuj CSV.';
      case 'unknown-sheet':
        return 'Podaj w --sheet jeden z wymienionych arkuszy.';
      case 'ragged-row':
        return 'Wartość z separatorem w środku musi stać w cudzysłowie; sprawdź wiersz albo podaj --delimiter.';
    }
  },
  columnProblem: (file, p) => {
    switch (p.code) {
      case 'unknown-column':
        return `${file}: nie ma kolumny „${p.header}” (wskazanej ${p.source === 'flag' ? 'w opcji' : 'w `addressees.import`'} jako ${fieldName[p.target] ?? `\`${p.target.replace(/^level:/, '')}\``})${p.suggestion ? `; czy chodziło o „${p.suggestion}”?` : '.'}`;
      case 'missing-column':
        if (p.criterion !== undefined) return `${file}: kryterium \`${p.criterion}\` potrzebuje pola „${fieldName[p.field] ?? p.field}” każdej osoby, a żadna kolumna go nie zawiera.`;
        return `${file}: brak kolumny „${fieldName[p.field] ?? p.field}”${p.field === 'levels' ? ' (kolumny nazwanej identyfikatorem lub nazwą kompetencji)' : ''}.`;
      case 'column-twice':
        return `${file}: kolumna „${p.header}” jest wskazana do dwóch rzeczy: ${p.targets.join(' i ')}.`;
      case 'unknown-competency':
        return `${file}: \`${p.competency}\` nie jest kompetencją programu${p.suggestion ? `; czy chodziło o \`${p.suggestion}\`?` : '.'}`;
      case 'no-default-target':
        return `${file}: kompetencje ${p.competencies.map((c) => `\`${c}\``).join(', ')} nie mają \`defaultTarget\`, więc nie da się ustalić luki kandydata. Dopisz każdej z nich w programie \`defaultTarget: N\` (poziom, który ma osiągnąć nowy mentee).`;
    }
  },
  columnHint: 'Wskaż kolumny opcjami --column POLE=NAGŁÓWEK i --level KOMPETENCJA=NAGŁÓWEK albo w programie w `addressees.import` (zob. docs/select.md).',
  cellProblem: (where, p) => {
    const value = `„${p.value}”`;
    switch (p.code) {
      case 'missing-value':
        return `${where}: pole „${fieldName[String(p.params.field)] ?? p.params.field}” jest puste.`;
      case 'bad-id':
        return `${where}: ${value} nie może być identyfikatorem (litery, cyfry, „.”, „_”, „-”; najwyżej 64 znaki).`;
      case 'duplicate-id':
        return `${where}: identyfikator ${value} występuje dwa razy (pierwszy raz w wierszu ${p.params.first}).`;
      case 'not-a-number':
        return p.params.field === 'tenureMonths' ? `${where}: ${value} nie jest całkowitą liczbą miesięcy.` : `${where}: ${value} nie jest poziomem kompetencji \`${p.params.competency}\` (poziomy: ${p.params.levels}).`;
      case 'not-a-level':
        return `${where}: ${value} leży między dwoma poziomami kompetencji \`${p.params.competency}\`; poziomy to liczby całkowite (${p.params.levels}).`;
      case 'off-scale':
        return `${where}: ${value} wykracza poza skalę kompetencji \`${p.params.competency}\` (poziomy: ${p.params.levels}).`;
      case 'bad-date': {
        const order = p.params.order;
        if (order === undefined) return `${where}: ${value} nie jest datą (zapisz RRRR-MM-DD, DD.MM.RRRR albo DD/MM/RRRR).`;
        const why = p.params.by === 'option' ? 'wskazanym opcją --date-format' : p.params.by === 'column' ? 'w którym zapisane są pozostałe daty tej kolumny' : 'typowym dla polskich eksportów';
        return `${where}: ${value} nie jest poprawną datą w zapisie ${order === 'day-first' ? 'DD/MM/RRRR (najpierw dzień)' : 'MM/DD/RRRR (najpierw miesiąc)'}, ${why}.`;
      }
      case 'ambiguous-date':
        return `${where}: ${value} może oznaczać ${p.params.dayFirst} (najpierw dzień) albo ${p.params.monthFirst} (najpierw miesiąc), a w tej kolumnie nie ma daty z liczbą większą niż 12, która by to rozstrzygnęła. Uruchom ponownie z --date-format DD/MM/YYYY (zapis polski i brytyjski) albo --date-format MM/DD/YYYY (amerykański).`;
      case 'mixed-date-order': {
        const [own, other] = p.params.order === 'day-first' ? ['dzień', 'miesiąc'] : ['miesiąc', 'dzień'];
        return `${where}: w dacie ${value} najpierw jest ${own}, a w wierszu ${p.params.otherLine} („${p.params.otherValue}”) – ${other}: kolumna miesza oba zapisy. Popraw błędne daty albo wskaż zapis eksportu opcją --date-format DD/MM/YYYY lub MM/DD/YYYY.`;
      }
    }
  },
  cellSummary: (count, file) => `${count} ${plural(count, 'komórki', 'komórek', 'komórek')} pliku ${file} nie da się odczytać; nikogo nie wybrano i nic nie zapisano. Popraw je w eksporcie i uruchom ponownie.`,
  part: (o) => {
    const p = o.params;
    const ok = o.status === 'met';
    const c = `\`${o.criterion}\``;
    switch (o.part) {
      case 'gap':
        return ok ? `${c}: luka ${p.largest} ≥ ${p.required}${importanceName(p.importance)}` : `${c}: największa luka ${p.largest ?? 0}${importanceName(p.importance)}, wymagane ${p.required}`;
      case 'tenure':
        if (o.status === 'unknown') return `${c}: brak daty zatrudnienia i stażu, by sprawdzić ${p.months} mies.`;
        if (p.hired !== undefined) return ok ? `${c}: zatrudnienie ${p.hired}, co najmniej ${p.months} mies. do ${p.start}` : `${c}: zatrudnienie ${p.hired}, mniej niż ${p.months} mies. do ${p.start}`;
        return ok ? `${c}: staż ${p.tenureMonths} mies. ≥ ${p.months}` : `${c}: staż ${p.tenureMonths} mies., wymagane ${p.months}`;
      case 'titles':
        if (o.status === 'unknown') return `${c}: brak stanowiska (${p.titles})`;
        return ok ? `${c}: stanowisko „${p.title}”` : `${c}: stanowisko „${p.title}” nie jest żadnym z: ${p.titles}`;
      case 'departments':
        if (o.status === 'unknown') return `${c}: brak działu (${p.departments})`;
        return ok ? `${c}: dział „${p.department}”` : `${c}: dział „${p.department}” nie jest żadnym z: ${p.departments}`;
      case 'exclude':
        return ok ? `${c}: poza listą wykluczeń` : `${c}: na liście wykluczeń`;
      case 'excludeTitles':
        return ok ? `${c}: stanowisko niewykluczone` : `${c}: stanowisko „${p.title}” jest wykluczone („${p.excluded}”)`;
      case 'maxPerDepartment':
        return ok ? `${c}: miejsce ${Number(p.count) + 1} z ${p.max} w dziale „${p.key}”` : `${c}: dział „${p.key}” ma już ${podopiecznych(Number(p.max))}, tyle, ile pozwala limit`;
      case 'maxPerLineManager':
        return ok ? `${c}: miejsce ${Number(p.count) + 1} z ${p.max} u przełożonego ${p.key}` : `${c}: przełożony ${p.key} ma już w programie ${podopiecznych(Number(p.max))}, tyle, ile pozwala limit`;
    }
  },
  noGap: 'brak luki: poziomy z eksportu osiągają wszystkie domyślne cele',
  sameNameMentee: (id) => `w programie jako \`${id}\` (to samo imię i nazwisko); jeśli to inna osoba, dodaj ją przez mentor add mentee`,
  status: { qualified: 'spełnia kryteria', 'not-qualified': 'nie spełnia', 'already-mentee': 'już jest mentee' },
  head: { line: 'wiersz', id: 'id', name: 'imię i nazwisko', department: 'dział', status: 'status', why: 'dlaczego', gaps: 'luki' },
  summary: (p) => `Kryteria spełnia: ${osoby(p.qualified)}; nie spełnia: ${osoby(p.notQualified)}; już w programie jako mentee: ${osoby(p.already)} (${p.file}).`,
  columns: (mapped, ignored) => `Kolumny: ${mapped}${ignored.length > 0 ? `; pominięte: ${ignored.map((h) => `„${h}”`).join(', ')}` : ''}.`,
  slashedDates: (d) =>
    `Daty z ukośnikami odczytano jako ${d.order === 'day-first' ? 'DD/MM/RRRR (najpierw dzień)' : 'MM/DD/RRRR (najpierw miesiąc)'}: ${d.by === 'column' ? `w wierszu ${d.evidence?.line} jest „${d.evidence?.value}”` : d.by === 'option' ? 'zgodnie z --date-format' : 'tak jak zapisują je polskie eksporty'}.`,
  wroteMentees: (count, file) => `Dodano do ${file}: ${osoby(count)} jako mentee.`,
  nothingToWrite: 'Nikt nowy nie spełnia kryteriów: plik osób pozostał bez zmian.',
  writeSkipsManagers: (entries) => `Nie zapisano przełożonych (nie ma ich jeszcze wśród osób programu): ${entries.map((e) => `${e.id} → „${e.lineManager}”`).join(', ')}. Dodaj ich do \`staff\` i uzupełnij \`lineManager\` ręcznie.`,
  validateAfterWrite: (path) => `Sprawdź teraz program: mentor validate ${path}`,
  writeRefused: (file, reason) => `Nie da się bezpiecznie edytować ${file} (${reason}); nic nie zapisano.`,
};
