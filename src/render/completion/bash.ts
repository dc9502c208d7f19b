import { safeWord, type CompletionCommand, type CompletionOption, type CompletionSpec, type ValueCompletion } from '../../core/completion/spec.js';

const words = (list: readonly string[]): string => list.filter(safeWord).join(' ');

/** The `COMPREPLY=…` line for a value; `compopt -o filenames` makes bash add `/` to folders. */
function reply(value: ValueCompletion): string {
  switch (value.kind) {
    case 'words':
      return value.andPaths
        ? `COMPREPLY=($(compgen -W "${words(value.words)}" -- "$cur") $(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null || :`
        : `COMPREPLY=($(compgen -W "${words(value.words)}" -- "$cur"))`;
    case 'paths':
      return 'COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null || :';
    case 'dirs':
      return 'COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null || :';
    case 'none':
      return 'COMPREPLY=()';
  }
}

const valued = (options: readonly CompletionOption[]): CompletionOption[] => options.filter((o) => o.value !== undefined);
const allNames = (options: readonly CompletionOption[]): string => options.flatMap((o) => o.names).join(' ');

/** Every command with the key the script finds it by: `add`, and `add/session` for a command of a command. */
function keyed(spec: CompletionSpec): { key: string; command: CompletionCommand }[] {
  return spec.commands.flatMap((c) => [{ key: c.name, command: c }, ...(c.subcommands ?? []).map((s) => ({ key: `${c.name}/${s.name}`, command: s }))]);
}

/**
 * A bash completion script: `_mentor` finds the command among the words (skipping options and the
 * values of options that take one), and its command (`add session`) for a command that has them,
 * then completes option values, options, commands or arguments.
 */
export function bashCompletion(spec: CompletionSpec, functionName = '_mentor'): string {
  const commands = keyed(spec);
  const globalValued = valued(spec.globalOptions);
  const valueCases = [
    ...commands.flatMap(({ key, command }) => valued(command.options).map((o) => `    ${key}:${o.names.join(`|${key}:`)}) ${reply(o.value!)}; return ;;`)),
    ...globalValued.map((o) => `    *:${o.names.join('|*:')}) ${reply(o.value!)}; return ;;`),
  ];
  const skipValue = [...new Set([...globalValued, ...commands.flatMap(({ command }) => valued(command.options))].flatMap((o) => o.names))].join('|');
  const parents = spec.commands.filter((c) => c.subcommands !== undefined).map((c) => c.name);
  // The first word that is no option is the command; after a command that has commands of its own, the next one is that.
  const found = parents.length > 0 ? `if [[ -z $cmd ]]; then cmd="\${COMP_WORDS[i]}"; case "$cmd" in ${parents.join('|')}) ;; *) break ;; esac; else cmd="$cmd/\${COMP_WORDS[i]}"; break; fi` : 'cmd="${COMP_WORDS[i]}"; break';
  return [
    '# bash completion for mentor. Install (then open a new shell):',
    '#   mentor completion bash > ~/.local/share/bash-completion/completions/mentor',
    '# or add to ~/.bashrc:  source <(mentor completion bash)',
    `${functionName}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="" i',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case "${COMP_WORDS[i]}" in',
    ...(skipValue ? [`      ${skipValue}) ((i++)) ;;`] : []),
    '      -*) ;;',
    `      *) ${found} ;;`,
    '    esac',
    '  done',
    '  case "$cmd:$prev" in',
    ...valueCases,
    '  esac',
    '  if [[ -z $cmd ]]; then',
    `    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${allNames(spec.globalOptions)}" -- "$cur")); else COMPREPLY=($(compgen -W "${spec.commands.map((c) => c.name).join(' ')}" -- "$cur")); fi`,
    '    return',
    '  fi',
    '  case "$cmd" in',
    ...commands.map(({ key, command }) =>
      [
        `    ${key})`,
        `      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${allNames([...command.options, ...spec.globalOptions])}" -- "$cur")); return; fi`,
        command.subcommands ? `      COMPREPLY=($(compgen -W "${words(command.subcommands.map((s) => s.name))}" -- "$cur")) ;;` : `      ${reply(command.args)} ;;`,
      ].join('\n'),
    ),
    '  esac',
    '}',
    `complete -F ${functionName} mentor`,
    '',
  ].join('\n');
}
