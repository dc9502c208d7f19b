import { plainDescription, safeWord, type CompletionCommand, type CompletionOption, type CompletionSpec, type ValueCompletion } from '../../core/completion/spec.js';

function valueFlags(value: ValueCompletion | undefined): string {
  if (value === undefined) return '';
  switch (value.kind) {
    case 'words':
      return ` -x -a "${value.words.filter(safeWord).join(' ')}${value.andPaths ? ' (__fish_complete_directories)' : ''}"`;
    case 'paths':
      return ' -r -F';
    case 'dirs':
      return ' -x -a "(__fish_complete_directories)"';
    case 'none':
      return ' -x';
  }
}

function optionLine(option: CompletionOption, condition: string): string {
  const names = option.names.map((n) => (n.startsWith('--') ? ` -l ${n.slice(2)}` : ` -s ${n.slice(1)}`)).join('');
  return `complete -c mentor -n '${condition}'${names}${valueFlags(option.value)} -d '${plainDescription(option.description)}'`;
}

/** A fish completion script: one `complete` line per command, option and argument list. */
export function fishCompletion(spec: CompletionSpec): string {
  const names = spec.commands.map((c) => c.name).join(' ');
  const lines = [
    '# fish completion for mentor. Install (then open a new shell):',
    '#   mentor completion fish > ~/.config/fish/completions/mentor.fish',
    'complete -c mentor -f',
    ...spec.globalOptions.map((o) => optionLine(o, 'true')),
    ...spec.commands.map((c) => `complete -c mentor -n '__fish_use_subcommand' -a ${c.name} -d '${plainDescription(c.description)}'`),
  ];
  const commandLines = (c: CompletionCommand, seen: string): string[] => [
    ...c.options.map((o) => optionLine(o, seen)),
    ...(c.args.kind === 'words' ? [`complete -c mentor -n '${seen}' -x -a "${c.args.words.filter(safeWord).join(' ')}"`] : c.args.kind === 'paths' ? [`complete -c mentor -n '${seen}' -F`] : []),
  ];
  for (const c of spec.commands) {
    const seen = `__fish_seen_subcommand_from ${c.name}`;
    lines.push(...commandLines(c, seen));
    // A command's own commands (`mentor add session`): offered until one is typed, then completed like a command.
    const subcommands = c.subcommands ?? [];
    const subNames = subcommands.map((s) => s.name).join(' ');
    lines.push(...subcommands.map((s) => `complete -c mentor -n '${seen}; and not __fish_seen_subcommand_from ${subNames}' -a ${s.name} -d '${plainDescription(s.description)}'`));
    for (const s of subcommands) lines.push(...commandLines(s, `${seen}; and __fish_seen_subcommand_from ${s.name}`));
  }
  lines.push(`# commands: ${names}`, '');
  return lines.join('\n');
}
