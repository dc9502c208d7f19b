import { YamlEditError } from '../core/edit/yaml-edit.js';
import { listHome } from '../core/model/list-home.js';
import type { ProgrammeModel } from '../core/model/model.js';
import { planEdits, readEditable, writeEdited } from '../io/edit-file.js';

/**
 * Appends mentees or pairs to the people file that holds that list (see `listHome`), editing the
 * file's text so every comment and line stays as it was, atomically and never over a file changed
 * on disk since. Returns the file as shown, or why it cannot be edited (nothing written then).
 */
export async function appendPeople(model: ProgrammeModel, list: 'mentees' | 'pairs', values: readonly unknown[]): Promise<{ file: string } | { file: string; refused: string }> {
  const home = listHome(model, list);
  const file = await readEditable(home.file.absolutePath, home.file.file);
  let text: string;
  try {
    text = planEdits(file, [{ op: 'append', path: home.path, values }]).text;
  } catch (error) {
    if (!(error instanceof YamlEditError)) throw error;
    return { file: home.file.file, refused: error.message };
  }
  await writeEdited(file, text);
  return { file: home.file.file };
}
