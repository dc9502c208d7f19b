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

/** True for inquirer's "user pressed Ctrl-C / closed the prompt" error, without importing inquirer. */
export function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** The real prompts, on the given terminal streams. */
export async function createPrompts(streams: PromptStreams): Promise<Prompts> {
  const inquirer = await import('@inquirer/prompts');
  const context = { input: streams.stdin, output: streams.stdout as NodeJS.WritableStream };
  return {
    input: (o) => inquirer.input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), ...(o.validate ? { validate: o.validate } : {}) }, context),
    select: (o) => inquirer.select({ message: o.message, choices: o.choices, ...(o.default !== undefined ? { default: o.default } : {}), pageSize: 10 }, context),
    checkbox: <T>(o: { message: string; choices: (Choice<T> & { checked?: boolean })[]; required?: string }) =>
      inquirer.checkbox<T>(
        {
          message: o.message,
          choices: o.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked ?? false, ...(c.description ? { description: c.description } : {}) })),
          pageSize: 12,
          ...(o.required ? { validate: (picked: readonly unknown[]) => (picked.length > 0 ? true : o.required!) } : {}),
        },
        context,
      ),
    confirm: (o) => inquirer.confirm({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) }, context),
    note: (text) => void streams.stdout.write(`\n${text}\n`),
  };
}
