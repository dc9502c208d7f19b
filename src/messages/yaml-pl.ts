import type { RuleText } from './catalogue.js';
import type { Params } from '../core/parse/parsed-file.js';
import { plural } from './plural-pl.js';

/** Poprawiony wiersz pod wskazówką, do porównania z wierszem pokazanym niżej. */
const fixedLine = (p: Params): string => (p.fixed === undefined ? '' : String(p.fixed).split('\n').map((l) => `\n  ${l}`).join(''));
/** Znak w odwrotnych apostrofach, a sam odwrotny apostrof w zwykłych. */
const char = (c: string | number | undefined): string => (c === '`' ? "'`'" : `\`${c}\``);
/** „o 1 spację”, „o 2 spacje”, „o 5 spacji” (biernik po „o”). */
const spaces = (n: string | number | undefined): string => `${n} ${plural(Number(n), 'spację', 'spacje', 'spacji')}`;
const isQuote = (c: string | number | undefined): boolean => c === '"' || c === "'";

const messages: Record<string, (p: Params) => string> = {
  'colon-in-value': () => 'Wartość zawiera dwukropek, który YAML czyta jako początek kolejnego klucza.',
  'colon-in-flow': () => 'Wewnątrz `{ … }` lub `[ … ]` dwukropek ze spacją rozpoczyna kolejny klucz.',
  'missing-space-after-dash': () => 'Po znaku `-` elementu listy musi stać spacja.',
  'missing-space-after-colon': () => 'Po dwukropku klucza musi stać spacja (`klucz: wartość`).',
  'missing-colon': (p) => `Po kluczu \`${p.key}\` brakuje dwukropka.`,
  indentation: (p) => `Ten wiersz jest wcięty o ${spaces(p.actual)}, a żaden z kluczy wokół niego nie ma takiego wcięcia.`,
  'list-item-indentation': (p) => `Znak \`-\` tego elementu listy jest wcięty o ${spaces(p.actual)}, inaczej niż elementy powyżej.`,
  'dash-in-mapping': () => 'Element listy (`- `) stoi wśród kluczy mapy.',
  'unclosed-quote': (p) => `Otwarty tutaj cudzysłów ${char(p.char)} nie jest nigdzie zamknięty.`,
  'unclosed-bracket': (p) => `Otwarty tutaj nawias ${char(p.char)} nie jest nigdzie zamknięty.`,
  'extra-bracket': (p) => `Ten nawias ${char(p.char)} niczego nie zamyka.`,
  'text-after-quote': (p) => (isQuote(p.char) ? 'Tekst ciągnie się dalej za zamykającym cudzysłowem.' : `Wartość zaczynająca się od ${char(p.char)} jest czytana jako ${p.char === '[' ? 'lista' : 'mapa'}, a tekst za nawiasem zamykającym zostaje bez przydziału.`),
  'unknown-anchor': (p) => `Alias \`*${p.alias}\` powtarza wartość oznaczoną \`&${p.alias}\`, a żadna wartość powyżej nie ma takiego oznaczenia.`,
  'special-start': (p) => `Znak ${char(p.char)} na początku wartości ma w YAML-u specjalne znaczenie, więc tekst, który się od niego zaczyna, trzeba ująć w cudzysłów.`,
  'bad-escape': (p) => `W cudzysłowie podwójnym ukośnik wsteczny rozpoczyna sekwencję specjalną, a \`${p.sequence}\` nią nie jest.`,
  'missing-comma': () => 'Między dwoma wpisami w `{ … }` lub `[ … ]` brakuje przecinka.',
  'bracket-in-flow': () => 'Wewnątrz `[ … ]` lub `{ … }` nawias w środku wpisu otwiera osobną listę lub mapę.',
  'empty-flow-item': () => 'Między dwoma przecinkami nie ma żadnego wpisu.',
  'comment-without-space': () => 'Komentarz (`#`) musi być oddzielony od wartości spacją.',
};

const hints: Record<string, (p: Params) => string> = {
  'colon-in-value': (p) => `Ujmij cały tekst w cudzysłów:${fixedLine(p)}`,
  'colon-in-flow': (p) =>
    `Jeśli to jeden tekst, ujmij go w cudzysłów:${fixedLine(p)}${p.alternative === undefined ? '' : `\nJeśli to dwa wpisy, oddziel je przecinkiem:\n  ${p.alternative}`}`,
  'missing-space-after-dash': (p) => `Dodaj spację:${fixedLine(p)}`,
  'missing-space-after-colon': (p) => `Dodaj spację:${fixedLine(p)}`,
  'missing-colon': (p) => `Wpisz klucz, dwukropek i spację, a po nich wartość:${fixedLine(p)}`,
  indentation: (p) =>
    `Klucze jednej mapy zaczynają się w tej samej kolumnie. ${Number(p.spaces) === 0 ? 'Usuń wcięcie' : `Wetnij wiersz o ${spaces(p.spaces)}`}, tak jak klucz, do którego należy:${fixedLine(p)}`,
  'list-item-indentation': (p) => `Elementy jednej listy zaczynają się w tej samej kolumnie: wetnij \`-\` o ${spaces(p.spaces)}, jak element powyżej (i przesuń razem z nim wiersze, które do niego należą):${fixedLine(p)}`,
  'dash-in-mapping': (p) =>
    `Jeśli to kolejny klucz, usuń \`- \`:${fixedLine(p)}${p.alternative === undefined ? '' : `\nJeśli to nowy element listy powyżej, wyrównaj \`-\` z tą listą:\n  ${p.alternative}`}`,
  'unclosed-quote': (p) => `Zamknij go na końcu tekstu, np.:${fixedLine(p)}`,
  'unclosed-bracket': (p) => `Zamknij ${p.char === '[' ? 'listę' : 'mapę'} nawiasem \`${p.close}\`:${fixedLine(p)}`,
  'extra-bracket': (p) => `Usuń go:${fixedLine(p)}`,
  'text-after-quote': (p) => (isQuote(p.char) ? `Ujmij w cudzysłów cały tekst (cudzysłów wewnątrz tekstu zostanie, gdy całość ujmiesz w cudzysłów innego rodzaju):${fixedLine(p)}` : `Ujmij cały tekst w cudzysłów:${fixedLine(p)}`),
  'unknown-anchor': (p) => (p.suggestion !== undefined ? `Czy chodziło o \`*${p.suggestion}\`?` : p.below ? `Przenieś wartość oznaczoną \`&${p.alias}\` nad ten wiersz: alias powtarza tylko to, co stoi przed nim.` : `Oznacz wartość do powtórzenia przez \`&${p.alias}\` powyżej tego wiersza albo ujmij tekst w cudzysłów, jeśli \`*\` ma być zwykłym znakiem.`),
  'special-start': (p) => `Ujmij tekst w cudzysłów:${fixedLine(p)}`,
  'bad-escape': (p) => `Ujmij tekst w apostrofy, które zachowują ukośniki bez zmian:${fixedLine(p)}`,
  'missing-comma': (p) => `Dodaj przecinek:${fixedLine(p)}`,
  'bracket-in-flow': (p) => `Jeśli to jeden tekst (np. ścieżka z \`[id=…]\`), ujmij go w cudzysłów:${fixedLine(p)}`,
  'empty-flow-item': (p) => `Usuń zbędny przecinek:${fixedLine(p)}`,
  'comment-without-space': (p) => `Dodaj spację przed \`#\`:${fixedLine(p)}`,
};

/** `yaml-syntax` po polsku: komunikat i wskazówka dla każdej przyczyny (src/core/parse/yaml-errors.ts). */
export const yamlSyntaxPl: RuleText = {
  // Nieznany przypadek: słowa parsera zostają po angielsku, ale wyraźnie jako cytat z parsera.
  message: (p) => messages[String(p.reason)]?.(p) ?? `Błąd składni YAML (komunikat parsera: ${p.detail}).`,
  hint: (p) => hints[String(p.reason)]?.(p) ?? 'Sprawdź wcięcia (tylko spacje) i cudzysłowy w tym miejscu.',
  describe: 'Plik nie jest poprawnym YAML-em (`reason` mówi, jaki to błąd).',
};
