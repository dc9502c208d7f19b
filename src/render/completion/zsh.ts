import type { CompletionSpec } from '../../core/completion/spec.js';
import { bashCompletion } from './bash.js';

/**
 * zsh runs the bash script through its own bashcompinit layer: one completion logic to keep
 * right, and zsh still offers files, folders and words as it does for bash-style completers.
 */
export function zshCompletion(spec: CompletionSpec): string {
  return [
    '#compdef mentor',
    '# zsh completion for mentor. Install (then open a new shell):',
    '#   mentor completion zsh > "${fpath[1]}/_mentor"',
    '# or add to ~/.zshrc:  source <(mentor completion zsh)',
    'autoload -U +X compinit && compinit',
    'autoload -U +X bashcompinit && bashcompinit',
    bashCompletion(spec, '_mentor_bash').replace(/^# bash completion[\s\S]*?\n(?=_mentor_bash\(\))/, ''),
  ].join('\n');
}
