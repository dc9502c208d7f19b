import type { CompletionSpec } from '../../core/completion/spec.js';

export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof shells)[number];

/** One script generator per shell, loaded on demand. */
const loaders: Record<Shell, () => Promise<(spec: CompletionSpec) => string>> = {
  bash: async () => (await import('./bash.js')).bashCompletion,
  zsh: async () => (await import('./zsh.js')).zshCompletion,
  fish: async () => (await import('./fish.js')).fishCompletion,
};

export function loadCompletion(shell: Shell): Promise<(spec: CompletionSpec) => string> {
  return loaders[shell]();
}
