import type { RuleText } from './catalogue.js';
import type { Params } from '../core/parse/parsed-file.js';

/** The corrected line, shown under a hint so the user can compare it with the code frame. */
const fixedLine = (p: Params): string => (p.fixed === undefined ? '' : String(p.fixed).split('\n').map((l) => `\n  ${l}`).join(''));
/** A character in backticks, except the backtick itself. */
const char = (c: string | number | undefined): string => (c === '`' ? "'`'" : `\`${c}\``);
const spaces = (n: string | number | undefined): string => `${n} ${Number(n) === 1 ? 'space' : 'spaces'}`;
const isQuote = (c: string | number | undefined): boolean => c === '"' || c === "'";

const messages: Record<string, (p: Params) => string> = {
  'colon-in-value': () => 'This value contains a colon that YAML reads as the start of another key.',
  'colon-in-flow': () => 'Inside `{ … }` or `[ … ]`, a colon followed by a space starts another key.',
  'missing-space-after-dash': () => 'A list item needs a space after its `-`.',
  'missing-space-after-colon': () => 'A key needs a space after its colon (`key: value`).',
  'missing-colon': (p) => `The key \`${p.key}\` has no colon after it.`,
  indentation: (p) => `This line is indented by ${spaces(p.actual)}, which matches none of the keys around it.`,
  'list-item-indentation': (p) => `This list item's \`-\` is indented by ${spaces(p.actual)}, unlike the items above it.`,
  'dash-in-mapping': () => 'A list item (`- `) stands among the keys of a mapping.',
  'unclosed-quote': (p) => `The quote ${char(p.char)} opened here is never closed.`,
  'unclosed-bracket': (p) => `The ${char(p.char)} opened here is never closed.`,
  'extra-bracket': (p) => `This ${char(p.char)} closes nothing.`,
  'text-after-quote': (p) => (isQuote(p.char) ? 'The text goes on after its closing quote.' : `A value starting with ${char(p.char)} is read as a ${p.char === '[' ? 'list' : 'mapping'}, and the text after its closing bracket is left over.`),
  'unknown-anchor': (p) => `The alias \`*${p.alias}\` repeats a value marked \`&${p.alias}\`, and no value above it is marked so.`,
  'special-start': (p) => `YAML gives ${char(p.char)} at the start of a value a special meaning, so text starting with it must be in quotes.`,
  'bad-escape': (p) => `Inside double quotes a backslash starts an escape sequence, and \`${p.sequence}\` is not one.`,
  'missing-comma': () => 'Two entries in `{ … }` or `[ … ]` have no comma between them.',
  'bracket-in-flow': () => 'Inside `[ … ]` or `{ … }`, a bracket in the middle of an entry opens a list or mapping of its own.',
  'empty-flow-item': () => 'There is an empty entry between two commas.',
  'comment-without-space': () => 'A comment (`#`) must be separated from the value by a space.',
};

const hints: Record<string, (p: Params) => string> = {
  'colon-in-value': (p) => `Put the whole text in quotes:${fixedLine(p)}`,
  'colon-in-flow': (p) =>
    `If it is one text, put it in quotes:${fixedLine(p)}${p.alternative === undefined ? '' : `\nIf these are two entries, separate them with a comma:\n  ${p.alternative}`}`,
  'missing-space-after-dash': (p) => `Add the space:${fixedLine(p)}`,
  'missing-space-after-colon': (p) => `Add the space:${fixedLine(p)}`,
  'missing-colon': (p) => `Write the key, a colon and a space, then the value:${fixedLine(p)}`,
  indentation: (p) =>
    `Keys of one mapping start in the same column. ${Number(p.spaces) === 0 ? 'Remove the indentation' : `Indent it by ${spaces(p.spaces)}`}, like the key it belongs with:${fixedLine(p)}`,
  'list-item-indentation': (p) => `Items of one list start in the same column: indent the \`-\` by ${spaces(p.spaces)}, like the item above (and move the lines under it along):${fixedLine(p)}`,
  'dash-in-mapping': (p) =>
    `If it is one more key, remove the \`- \`:${fixedLine(p)}${p.alternative === undefined ? '' : `\nIf it starts a new item of the list above, line its \`-\` up with that list:\n  ${p.alternative}`}`,
  'unclosed-quote': (p) => `Close it at the end of the text, e.g.:${fixedLine(p)}`,
  'unclosed-bracket': (p) => `Close the ${p.char === '[' ? 'list' : 'mapping'} with \`${p.close}\`:${fixedLine(p)}`,
  'extra-bracket': (p) => `Remove it:${fixedLine(p)}`,
  'text-after-quote': (p) => (isQuote(p.char) ? `Put the whole text in quotes (a quote inside the text stays when the other kind is used outside):${fixedLine(p)}` : `Put the whole text in quotes:${fixedLine(p)}`),
  'unknown-anchor': (p) => (p.suggestion !== undefined ? `Did you mean \`*${p.suggestion}\`?` : p.below ? `Move the value marked \`&${p.alias}\` above this line: an alias repeats only what comes before it.` : `Mark the value to repeat with \`&${p.alias}\` above this line, or put the text in quotes if the \`*\` is meant as text.`),
  'special-start': (p) => `Put the text in quotes:${fixedLine(p)}`,
  'bad-escape': (p) => `Use single quotes, which keep backslashes as written:${fixedLine(p)}`,
  'missing-comma': (p) => `Add the comma:${fixedLine(p)}`,
  'bracket-in-flow': (p) => `If it is one text (such as a path with \`[id=…]\`), put it in quotes:${fixedLine(p)}`,
  'empty-flow-item': (p) => `Remove the extra comma:${fixedLine(p)}`,
  'comment-without-space': (p) => `Add a space before the \`#\`:${fixedLine(p)}`,
};

/** `yaml-syntax` in English: one message and hint per reason (src/core/parse/yaml-errors.ts). */
export const yamlSyntaxEn: RuleText = {
  message: (p) => messages[String(p.reason)]?.(p) ?? `YAML syntax error: ${p.detail}`,
  hint: (p) => hints[String(p.reason)]?.(p) ?? 'Check indentation (spaces only) and quoting around this position.',
  describe: 'The file is not well-formed YAML (the `reason` says which mistake).',
};
