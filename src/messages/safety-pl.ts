import type { SafetyText } from './safety-text.js';

const things: Record<string, string> = { fifo: 'potok nazwany (FIFO)', device: 'urządzenie', socket: 'gniazdo', folder: 'folder' };
const plural = (n: number, one: string, few: string, many: string): string => {
  if (n === 1) return one;
  const d = n % 10;
  const t = n % 100;
  return d >= 2 && d <= 4 && (t < 12 || t > 14) ? few : many;
};
const files = (n: number): string => `${n} ${plural(n, 'plik', 'pliki', 'plików')}`;

export const safetyPl: SafetyText = {
  cannotWrite: (p, r) => `${p}: nie można zapisać (${r}).`,
  notRegularTarget: (p, k) =>
    `${p} to ${things[k] ?? 'nie zwykły plik'}; mentor zapisuje tylko zwykłe pliki i niczego innego nie zastępuje, nawet z --force. Podaj inny plik albo wypisz wynik na standardowe wyjście przez --format.`,
  refuseLink: (p) => `${p} to dowiązanie symboliczne donikąd; użyj --force, by zastąpić je plikiem.`,
  throughLink: (p, link) => `${p}: nie zapisano, bo ${link} to dowiązanie symboliczne (mentor nigdy nie zapisuje przez dowiązanie).`,
  sameFile: (p, first) => `${p} i ${first} to ten sam plik; podaj każdy plik raz.`,
  interrupted: 'przerwano; żaden plik nie został zapisany w połowie.',
  schemaRefusesAnswers: (n) =>
    `niczego nie zapisano: odpowiedzi zawierają ${n === 1 ? 'wartość' : `${n} ${plural(n, 'wartość', 'wartości', 'wartości')}`}, ${n === 1 ? 'której' : 'których'} format nie dopuszcza (pokazano wyżej). Popraw ${n === 1 ? 'ją' : 'je'} w pliku odpowiedzi albo we flagach.`,
  recovered: (r) => {
    const done = [
      r.restored > 0 ? `przywrócono ${files(r.restored)} do poprzedniej postaci` : '',
      r.removed > 0 ? `usunięto ${files(r.removed)} ${plural(r.removed, 'dodany', 'dodane', 'dodanych')} przez tamto uruchomienie` : '',
    ].filter(Boolean);
    const n = r.kept.length;
    const kept = n === 0 ? '' : n === 1 ? ` Od tamtej pory zmieniono 1 plik; zostawiono go bez zmian, a jego wcześniejszą wersję zachowano w ${r.kept.join(', ')}.` : ` Od tamtej pory zmieniono ${files(n)}; zostawiono je bez zmian, a ich wcześniejsze wersje zachowano w ${r.kept.join(', ')}.`;
    return `Znaleziono przerwane \`mentor init\` w ${r.folder}: ${done.length > 0 ? done.join(' i ') : 'usunięto jego pliki tymczasowe'}.${kept}`;
  },
};
