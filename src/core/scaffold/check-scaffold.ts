import type { Diagnostic } from '../diagnostics.js';
import type { ProgrammeBundle } from '../model/bundle.js';
import { parseSource } from '../parse/parse-source.js';
import type { ParsedFile } from '../parse/parsed-file.js';
import { validateWorkspace } from '../validate/index.js';
import type { Locale } from '../../messages/index.js';
import { peopleFile, programmeFile } from './plan-scaffold.js';
import type { PlannedFile } from './types.js';

/** The planned files `mentor validate` reads as documents: the programme, its people and its records. */
export function scaffoldDocuments(files: readonly PlannedFile[]): { programme?: PlannedFile; people: PlannedFile[]; records: PlannedFile[] } {
  const programme = files.find((f) => f.path === programmeFile);
  return {
    ...(programme ? { programme } : {}),
    people: files.filter((f) => f.path === peopleFile),
    records: files.filter((f) => f.path.startsWith('records/') && /\.ya?ml$/.test(f.path)),
  };
}

/**
 * Validates planned files before they are written, exactly as `mentor validate` will read them
 * from disk: so a custom template's mistakes, or a pilot's, show up before anything is written.
 * `folder` is where the files will live (absolute) and `shown` how to name it in diagnostics.
 */
export function checkScaffold(files: readonly PlannedFile[], options: { folder: string; shown: string; today: string; locale: Locale; pilot?: ParsedFile }): Diagnostic[] {
  const encoder = new TextEncoder();
  const parse = (file: PlannedFile): ParsedFile => {
    const shown = options.shown === '.' ? file.path : `${options.shown.replace(/\/+$/, '')}/${file.path}`;
    return parseSource(shown, encoder.encode(file.contents), `${options.folder}/${file.path}`);
  };
  const documents = scaffoldDocuments(files);
  if (!documents.programme) return [];
  const bundle: ProgrammeBundle = {
    programme: parse(documents.programme),
    people: documents.people.map(parse),
    records: documents.records.map(parse),
    ...(options.pilot ? { pilot: options.pilot } : {}),
  };
  const parsed = [bundle.programme, ...bundle.people, ...bundle.records];
  return validateWorkspace({ files: parsed, bundles: [bundle], findings: [] }, { today: options.today, locale: options.locale });
}
