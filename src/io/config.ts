import { realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readConfig, type MentorConfig } from '../core/config.js';
import { fileProblem } from '../core/parse/parse-source.js';
import type { ParsedFile } from '../core/parse/parsed-file.js';
import { word } from '../core/word.js';
import { readSource } from './read-source.js';
import { locatePath } from './walk.js';
import { IoError, UsageError } from '../errors.js';
import type { UiText } from '../messages/catalogue.js';
import { exists } from './write.js';

/** Names a project's config file may have, looked for from the working folder upwards. */
export const configNames = ['.mentor.yaml', '.mentor.yml', 'mentor.config.yaml'];

/** The nearest config file from `cwd` up to the file-system root, if any. */
export async function findConfig(cwd: string): Promise<string | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of configNames) if (await exists(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Loads a config file. Anything wrong with it is a configuration error (exit 2) naming the file,
 * line and column: a typo in a rule id must not silently leave the rule as it was.
 */
export async function loadConfig(path: string, shown: string, ui: UiText): Promise<MentorConfig> {
  // Found upwards from the working folder, so possibly inside someone else's checkout: read under
  // the same rules as a programme file, and never through a link out of its folder.
  const located = await locatePath(path, await realpath(dirname(path)).catch(() => dirname(path)));
  if (located.kind === 'missing') throw new IoError('path-not-found', shown);
  let file: ParsedFile;
  if (located.kind === 'file') file = await readSource(located.real, shown, path, { noFollow: true });
  else if (located.kind === 'folder') file = fileProblem(shown, path, 'file-not-regular', { type: 'folder' });
  else if (located.kind === 'outside') file = fileProblem(shown, path, 'file-link-outside', {});
  else file = fileProblem(shown, path, 'file-unreadable', { reason: located.code });
  // An empty (or comments-only) config is a valid "nothing configured".
  const first = file.findings.find((f) => f.ruleId !== 'file-empty');
  if (first) {
    // Where, like every other config problem: a tab or a broken quote is found by its line and column.
    const { start } = word(first, 'en');
    throw new UsageError(ui.configUnreadable(first.ruleId.startsWith('yaml-') ? `${shown}:${start.line}:${start.column}` : shown, first.ruleId));
  }
  const { config, problems } = readConfig(file);
  if (problems.length > 0) {
    throw new UsageError(problems.map((p) => `${shown}:${p.line}:${p.column}: ${ui.configProblem(p.kind, p.value, p.suggestion, p)}`).join('\n'), ui.configHint);
  }
  return { ...config, source: path };
}

/**
 * How `applyConfig` sees a finding's file: relative to the config file's folder, with `/`, so the
 * globs of `overrides` mean the same wherever mentor runs from.
 */
export function configRelative(configPath: string, cwd: string): (file: string) => string {
  const base = dirname(resolve(cwd, configPath));
  return (file) => relative(base, resolve(cwd, file)).split(sep).join('/');
}
