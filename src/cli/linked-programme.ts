import { dirname, relative, resolve, sep } from 'node:path';
import type { ProgrammeModel } from '../core/model/model.js';

/**
 * The programme a rollout or a next cycle was calibrated from (`metadata.pilot`, else
 * `metadata.previous`), as a path relative to `cwd` for `readProgramme`; undefined without a link.
 */
export function linkedProgrammePath(model: ProgrammeModel, programmeFile: string, cwd: string): { path: string; written: string } | undefined {
  const metadata = model.programme.metadata as { pilot?: { path?: unknown }; previous?: { path?: unknown } };
  const link = metadata.pilot ?? metadata.previous;
  if (!link || typeof link.path !== 'string') return undefined;
  const target = relative(cwd, resolve(dirname(programmeFile), link.path)).split(sep).join('/') || '.';
  return { path: target, written: link.path };
}
