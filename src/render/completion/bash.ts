import { safeWord, type CompletionOption, type CompletionSpec, type ValueCompletion } from '../../core/completion/spec.js';

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

/**
 * A bash completion script: `_mentor` finds the command among the words (skipping options and the
 * values of options that take one), then completes option values, options, or arguments.
 */
export function bashCompletion(spec: CompletionSpec, functionName = '_mentor'): string {
  const globalValued = valued(spec.globalOptions);
  const valueCases = [
    ...spec.commands.flatMap((c) => valued(c.options).map((o) => `    ${c.name}:${o.names.join(`|${c.name}:`)}) ${reply(o.value!)}; return ;;`)),
    ...globalValued.map((o) => `    *:${o.names.join('|*:')}) ${reply(o.value!)}; return ;;`),
  ];
  const skipValue = [...new Set([...globalValued, ...spec.commands.flatMap((c) => valued(c.options))].flatMap((o) => o.names))].join('|');
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
    '      *) cmd="${COMP_WORDS[i]}"; break ;;',
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
    ...spec.commands.map((c) =>
      [
        `    ${c.name})`,
        `      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${allNames([...c.options, ...spec.globalOptions])}" -- "$cur")); return; fi`,
        `      ${reply(c.args)} ;;`,
      ].join('\n'),
    ),
    '  esac',
    '}',
    `complete -F ${functionName} mentor`,
    '',
  ].join('\n');
}
