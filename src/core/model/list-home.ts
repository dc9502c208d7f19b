import type { ParsedFile } from '../parse/parsed-file.js';
import type { ProgrammeModel } from './model.js';

/** Where new entries of a people list go: a file and the path of the list in it. */
export interface ListHome {
  file: ParsedFile;
  path: ['mentees' | 'pairs'] | ['people', 'mentees' | 'pairs'];
}

/**
 * The file new mentees or pairs are appended to: the last people file that already holds that
 * list (a programme split into `mentees-001.yaml`, `mentees-002.yaml`… grows at its end), else the
 * first people file that holds mentees or pairs, else the first people file, else the programme
 * file's own `people:` section.
 */
export function listHome(model: Pick<ProgrammeModel, 'file' | 'peopleFiles' | 'programme'>, list: 'mentees' | 'pairs'): ListHome {
  const holding = model.peopleFiles.filter((p) => p.data[list] !== undefined);
  const last = holding[holding.length - 1];
  if (last) return { file: last.file, path: [list] };
  if (model.programme.people?.[list] !== undefined || (model.peopleFiles.length === 0 && model.programme.people !== undefined)) return { file: model.file, path: ['people', list] };
  const other = model.peopleFiles.find((p) => p.data.mentees !== undefined || p.data.pairs !== undefined) ?? model.peopleFiles[0];
  if (other) return { file: other.file, path: [list] };
  return { file: model.file, path: ['people', list] };
}
