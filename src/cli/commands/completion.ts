import type { Command } from 'commander';
import { builtinTemplateNames, loadSchemas } from '../../io/templates.js';
import { loadCompletion, type Shell } from '../../render/completion/index.js';
import { completionSpec } from '../completion-spec.js';
import type { CommandContext } from '../program.js';

/**
 * `mentor completion bash|zsh|fish`: prints a completion script made from the program itself, so
 * commands, options and their values cannot drift from what mentor accepts.
 */
export async function completionCommand(shell: Shell, program: Command, { io }: CommandContext): Promise<number> {
  const schemaKinds = (await loadSchemas()).map((s) => s.path.replace(/\.schema\.json$/, ''));
  const spec = completionSpec(program, { templates: await builtinTemplateNames(), schemaKinds });
  io.stdout.write((await loadCompletion(shell))(spec));
  return 0;
}
