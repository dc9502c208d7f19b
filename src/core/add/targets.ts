import { isIsoDate } from '../model/dates.js';
import type { EditPath } from '../edit/yaml-edit.js';
import { defaultItemStyle, renderValue } from '../edit/render-value.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where an addition goes: a file inside the programme's folder (relative, with `/`) and the list in it. */
export interface Target {
  file: string;
  path: EditPath;
  /** The programme's `includes.records` entry the file comes under (`records/`), checked as the loader checks what it includes. */
  include?: string;
}

export type TargetProblem =
  /** The programme includes no records folder (and no records file of that month). */
  | { kind: 'no-records-folder' }
  /** The programme includes no people file and keeps no people inline. */
  | { kind: 'no-people-file' };

/** The month of a record (`2026-03`); a date that is not one falls back to today's month, for the schema to report it there. */
export function recordsMonthOf(date: unknown, today: string): string {
  return typeof date === 'string' && isIsoDate(date) ? date.slice(0, 7) : today.slice(0, 7);
}

/**
 * The records file of a month: `<folder>/YYYY-MM.yaml` in the first records folder the programme
 * includes (`includes.records: [records/]`), or an included file of that name. Records are kept one
 * file per month so git history reads as a diary; a programme that includes records files but no
 * folder (one `records.yaml`, or a file a year) keeps them its own way: the record goes into the
 * last of its files named after the record's year, else into the last file it includes.
 */
export function recordsTarget(programme: unknown, month: string, list: string): Target | TargetProblem {
  const includes = isObject(programme) && isObject(programme['includes']) ? programme['includes'] : {};
  const entries = Array.isArray(includes['records']) ? includes['records'].filter((e): e is string => typeof e === 'string') : [];
  const name = `${month}.yaml`;
  const file = entries.find((e) => !e.endsWith('/') && (e === name || e.endsWith(`/${name}`)));
  if (file) return { file: normalise(file), path: [list], include: file };
  // A folder may be written without its trailing slash (`records`): anything not named like a YAML file is one.
  const folder = entries.find((e) => e.endsWith('/') || !/\.ya?ml$/i.test(e));
  if (folder !== undefined) return { file: normalise(`${folder}/${name}`), path: [list], include: folder };
  const files = entries.filter((e) => /\.ya?ml$/i.test(e));
  const year = month.slice(0, 4);
  const own = files.filter((e) => (e.split('/').pop() ?? '').startsWith(year)).pop() ?? files[files.length - 1];
  return own === undefined ? { kind: 'no-records-folder' } : { file: normalise(own), path: [list], include: own };
}

/**
 * The people file a person or pair goes to: the last included people file that already holds
 * that list (new mentees follow the others, in a split layout into the last part), else the first
 * people file, else the programme's inline `people:`.
 */
export function peopleTarget(programme: { file: string; data: unknown }, peopleFiles: readonly { file: string; data: unknown }[], list: string): Target | TargetProblem {
  const holding = [...peopleFiles].reverse().find((p) => isObject(p.data) && Array.isArray(p.data[list]));
  if (holding) return { file: holding.file, path: [list] };
  const inline = isObject(programme.data) && isObject(programme.data['people']) ? programme.data['people'] : undefined;
  if (inline && Array.isArray(inline[list])) return { file: programme.file, path: ['people', list] };
  const first = peopleFiles[0];
  if (first) return { file: first.file, path: [list] };
  if (inline) return { file: programme.file, path: ['people', list] };
  return { kind: 'no-people-file' };
}

function normalise(path: string): string {
  return path.replace(/^\.\//, '').replace(/\/{2,}/g, '/');
}

/**
 * The text of a new monthly records file: the editor modeline its siblings use, a header saying
 * what it is, and the three keys every records file starts with. Lists are added by the edit.
 */
export function newRecordsFile(p: { modeline?: string; header: string; programme: string; eol?: string }): string {
  const eol = p.eol ?? '\n';
  const comments = [...(p.modeline ? [p.modeline] : []), ...p.header.split('\n')].map((line) => (line === '' ? '#' : `# ${line}`));
  return [...comments, '', 'apiVersion: mentor/v1', 'kind: Records', `programme: ${renderValue(p.programme, defaultItemStyle)[0]}`, ''].join(eol);
}
