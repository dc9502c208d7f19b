import * as util from 'node:util';
import type { PromptUiText } from '../messages/init-text.js';

/**
 * The prompts `mentor init` asks, behind an interface tests can replace. The real implementation
 * imports @inquirer/prompts lazily, so no other command ever loads it (cold start matters on every
 * CI run), and it reads and writes the streams it is given rather than the process's.
 */

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompts {
  input(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(options: { message: string; choices: (Choice<T> & { checked?: boolean })[]; required?: string }): Promise<T[]>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of text between prompts (a step heading). */
  note(text: string): void;
}

export interface PromptStreams {
  stdin: NodeJS.ReadableStream;
  stdout: { write(chunk: string): unknown };
}

/** How the prompts speak: their own words (yes/no, key hints) and whether to colour the hints. */
export interface PromptLook {
  ui: PromptUiText;
  color: boolean;
}

/**
 * The key hints under a list in the user's language: inquirer passes `[key, action]` pairs in
 * English (`['space', 'select']`); we word both, bold the key and dim the action as inquirer does.
 */
export function keysHelp(keys: readonly (readonly [string, string])[], actions: Record<string, string>, look: PromptLook): string {
  // util.styleText arrived in Node 20.12 (without it the hints are plain); colour was decided by the caller.
  const style = (format: 'bold' | 'dim', text: string): string => (look.color && typeof util.styleText === 'function' ? util.styleText(format, text, { validateStream: false }) : text);
  return keys.map(([key, action]) => `${style('bold', look.ui.keyNames[key] ?? key)} ${style('dim', actions[action] ?? action)}`).join(style('dim', ' • '));
}

/**
 * A choice's name as the checkbox repeats it among the ones picked, joined with `, `: without its
 * closing full stop, which would read `… (strategic)., At least a year` otherwise.
 */
export function pickedName(name: string): string {
  return name.replace(/\.\s*$/, '');
}

/** True for inquirer's "user pressed Ctrl-C / closed the prompt" error, without importing inquirer. */
export function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** The real prompts, on the given terminal streams, in the user's language. */
export async function createPrompts(streams: PromptStreams, look: PromptLook): Promise<Prompts> {
  const [inquirer, { confirmPrompt }] = await Promise.all([import('@inquirer/prompts'), import('./confirm-prompt.js')]);
  const context = { input: streams.stdin, output: streams.stdout as NodeJS.WritableStream };
  const selectTheme = { style: { keysHelpTip: (keys: [string, string][]) => keysHelp(keys, look.ui.selectKeys, look) } };
  const checkboxTheme = { style: { keysHelpTip: (keys: [string, string][]) => keysHelp(keys, look.ui.checkboxKeys, look) } };
  const words = { yes: look.ui.yes, no: look.ui.no, yesAnswers: look.ui.yesAnswers, noAnswers: look.ui.noAnswers, hint: look.ui.yesNoHint, invalid: look.ui.yesNoInvalid };
  return {
    input: (o) => inquirer.input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), ...(o.validate ? { validate: o.validate } : {}) }, context),
    select: (o) => inquirer.select({ message: o.message, choices: o.choices, ...(o.default !== undefined ? { default: o.default } : {}), pageSize: 10, theme: selectTheme }, context),
    checkbox: <T>(o: { message: string; choices: (Choice<T> & { checked?: boolean })[]; required?: string }) =>
      inquirer.checkbox<T>(
        {
          message: o.message,
          choices: o.choices.map((c) => ({ value: c.value, name: c.name, short: pickedName(c.name), checked: c.checked ?? false, ...(c.description ? { description: c.description } : {}) })),
          pageSize: 12,
          theme: checkboxTheme,
          ...(o.required ? { validate: (picked: readonly unknown[]) => (picked.length > 0 ? true : o.required!) } : {}),
        },
        context,
      ),
    confirm: (o) => confirmPrompt({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), words }, context),
    note: (text) => void streams.stdout.write(`\n${text}\n`),
  };
}
