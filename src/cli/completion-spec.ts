import type { Command, Option } from 'commander';
import { ruleIds } from '../core/diagnostics.js';
import type { CompletionCommand, CompletionOption, CompletionSpec, ValueCompletion } from '../core/completion/spec.js';

/** Value placeholders (`<file>`, `<dir>`…) that name paths, so the shells offer files or folders. */
const pathValues: Record<string, ValueCompletion> = {
  file: { kind: 'paths' },
  path: { kind: 'paths' },
  pilot: { kind: 'paths' },
  rollout: { kind: 'paths' },
  programme: { kind: 'paths' },
  dir: { kind: 'dirs' },
  paths: { kind: 'paths' },
};

/** Positional arguments by name: a rule id, a schema kind, a shell; anything else is a path. */
function argumentValues(name: string, extra: { schemaKinds: readonly string[] }): ValueCompletion {
  if (name === 'rule-id') return { kind: 'words', words: ruleIds };
  if (name === 'kind') return { kind: 'words', words: extra.schemaKinds };
  if (name === 'shell') return { kind: 'words', words: ['bash', 'zsh', 'fish'] };
  return { kind: 'paths' };
}

function optionOf(option: Option, templates: readonly string[]): CompletionOption {
  const names = [option.short, option.long].filter((n): n is string => n !== undefined);
  const placeholder = /<([^>]+)>|\[([^\]]+)\]/.exec(option.flags);
  const description = option.description;
  if (!placeholder) return { names, description };
  if (option.argChoices) return { names, description, value: { kind: 'words', words: option.argChoices } };
  // --template takes a built-in name or a folder of one's own.
  if (option.long === '--template') return { names, description, value: { kind: 'words', words: templates, andPaths: true } };
  const name = (placeholder[1] ?? placeholder[2] ?? '').replace(/\.\.\.$/, '');
  // A placeholder that lists its values (`<experience|social|formal>`, `<mentor|…|ID>`): the values
  // typed as they stand, not the words in capitals that stand for free text.
  const listed = name.includes('|') ? name.split('|').filter((w) => /^[a-z0-9][a-z0-9-]*$/.test(w)) : [];
  if (listed.length > 0) return { names, description, value: { kind: 'words', words: listed } };
  return { names, description, value: pathValues[name] ?? { kind: 'none' } };
}

function commandOf(c: Command, extra: { templates: readonly string[]; schemaKinds: readonly string[] }): CompletionCommand {
  const first = c.registeredArguments[0];
  const subcommands = c.commands.filter((s) => s.name() !== 'help').map((s) => commandOf(s, extra));
  return {
    name: c.name(),
    description: c.description(),
    // commander's visible options end with its help option, worded in the help's language.
    options: c.createHelp().visibleOptions(c).map((o) => optionOf(o, extra.templates)),
    args: first ? argumentValues(first.name(), extra) : { kind: 'none' },
    ...(subcommands.length > 0 ? { subcommands } : {}),
  };
}

/** Reads the commands, options, choices and arguments off the commander program. */
export function completionSpec(program: Command, extra: { templates: readonly string[]; schemaKinds: readonly string[] }): CompletionSpec {
  const commands = program.commands.filter((c) => c.name() !== 'help').map((c) => commandOf(c, extra));
  return { globalOptions: program.createHelp().visibleOptions(program).map((o) => optionOf(o, extra.templates)), commands };
}
