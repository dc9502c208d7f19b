/** What a value completes to: a fixed list, paths, folders, or nothing (free text such as a name or a date). */
export type ValueCompletion = { kind: 'words'; words: readonly string[]; andPaths?: boolean } | { kind: 'paths' } | { kind: 'dirs' } | { kind: 'none' };

export interface CompletionOption {
  /** `-f`, `--format`, `--no-color`… */
  names: string[];
  /** Undefined for a flag that takes no value. */
  value?: ValueCompletion;
  description: string;
}

export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  /** What its positional arguments complete to. */
  args: ValueCompletion;
  /** Its own commands (`mentor add session`…), each completed like a command. */
  subcommands?: CompletionCommand[];
}

/** Everything the shell scripts complete: generated from the commander program, so it cannot drift. */
export interface CompletionSpec {
  globalOptions: CompletionOption[];
  commands: CompletionCommand[];
}

/** Shell-safe words only: the scripts interpolate them unquoted into `compgen -W` and `complete -a`. */
export function safeWord(word: string): boolean {
  return /^[A-Za-z0-9._/@:+=-]+$/.test(word);
}

/** A description on one line, without characters that would need quoting rules of three shells. */
export function plainDescription(text: string): string {
  return text.replace(/[\n\r\t]/g, ' ').replace(/["'`$\\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 90);
}
