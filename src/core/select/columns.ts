import { normaliseWords } from '../criteria/evaluate.js';
import type { Competency } from '../model/types.js';
import { nearest } from '../text/nearest.js';

/** The person fields an HR export may hold, besides one level column per competency. */
export const personFields = ['id', 'name', 'firstName', 'lastName', 'title', 'department', 'lineManager', 'hired', 'tenureMonths'] as const;
export type PersonField = (typeof personFields)[number];

/** Which column holds what: field → column index, competency id → column index. */
export interface ColumnMap {
  fields: Partial<Record<PersonField, number>>;
  levels: Map<string, number>;
  /** Columns nothing reads, by index. */
  ignored: number[];
  /** How each column was found: named by a flag, by the programme's `addressees.import`, or by its usual header. */
  how: Map<number, 'flag' | 'programme' | 'header'>;
}

/** A header compared without case, punctuation, extra spaces or Polish diacritics (`Dzial` = `Dział`). */
export function headerKey(header: string): string {
  return normaliseWords(header)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l');
}

// The headers HR systems and spreadsheets use, in English and Polish (compared by headerKey).
const usual: Record<PersonField, readonly string[]> = {
  id: ['id', 'person id', 'employee id', 'employee number', 'employee no', 'staff number', 'login', 'nr ewidencyjny', 'numer ewidencyjny', 'nr pracownika', 'numer pracownika', 'id pracownika', 'nr kadrowy', 'identyfikator'],
  name: ['name', 'full name', 'employee name', 'employee', 'imię i nazwisko', 'nazwisko i imię', 'pracownik', 'osoba'],
  firstName: ['first name', 'given name', 'imię'],
  lastName: ['last name', 'surname', 'family name', 'nazwisko'],
  title: ['title', 'job title', 'position', 'role', 'stanowisko', 'nazwa stanowiska'],
  // Public administration names its units `wydział`, `referat` and `pion` rather than `dział`.
  department: ['department', 'division', 'business unit', 'unit', 'team', 'organisational unit', 'organizational unit', 'dział', 'wydział', 'referat', 'pion', 'departament', 'jednostka', 'jednostka organizacyjna', 'komórka organizacyjna', 'zespół'],
  lineManager: ['line manager', 'manager', 'supervisor', 'reports to', 'manager id', 'przełożony', 'bezpośredni przełożony', 'kierownik', 'id przełożonego'],
  hired: ['hired', 'hire date', 'date hired', 'start date', 'date of hire', 'employment date', 'data zatrudnienia', 'zatrudniony od', 'zatrudniona od', 'data przyjęcia'],
  tenureMonths: ['tenure months', 'tenure in months', 'months of service', 'staż mies', 'staż w miesiącach', 'staż pracy mies', 'staż miesiące'],
};
const usualKeys = new Map<string, PersonField>();
for (const field of personFields) for (const h of usual[field]) usualKeys.set(headerKey(h), field);

/** Words around a competency's name in a level column: `Negocjacje – poziom`, `Level: Negotiation`. */
const levelWords = /^(?:(?:poziom|level|ocena|rating|current level|obecny poziom) )?(.*?)(?: (?:poziom|level|ocena|rating|obecny poziom|current level))?$/;

export interface ColumnRequest {
  /** From --column FIELD=HEADER. */
  flagFields?: Partial<Record<PersonField, string>>;
  /** From --level COMPETENCY=HEADER. */
  flagLevels?: Record<string, string>;
  /** The programme's `addressees.import`. */
  programme?: { fields: Partial<Record<PersonField, string>>; levels: Record<string, string> };
}

/** A column the request or the file gets wrong; mapped to exit 2 by the command (nothing can be read). */
export type ColumnProblem =
  | { code: 'unknown-column'; header: string; source: 'flag' | 'programme'; target: string; suggestion?: string }
  | { code: 'missing-column'; field: 'id' | 'name' | 'levels' }
  | { code: 'column-twice'; header: string; targets: [string, string] }
  | { code: 'unknown-competency'; competency: string; suggestion?: string };

/**
 * Maps the headers of an export to person fields and competencies: flags first, then the
 * programme's `addressees.import`, then the usual headers (English and Polish, see `usual`) and, for
 * levels, the competency's id or name. Returns the map, or every problem found.
 */
export function mapColumns(headers: readonly string[], competencies: readonly Competency[], request: ColumnRequest): { map: ColumnMap; problems: ColumnProblem[] } {
  const keys = headers.map(headerKey);
  const problems: ColumnProblem[] = [];
  const fields: ColumnMap['fields'] = {};
  const levels = new Map<string, number>();
  const how = new Map<number, 'flag' | 'programme' | 'header'>();
  const owner = new Map<number, string>();
  const competencyIds = new Set(competencies.map((c) => c.id));

  const claim = (column: number, target: string, source: 'flag' | 'programme' | 'header'): boolean => {
    const taken = owner.get(column);
    if (taken !== undefined && taken !== target) {
      if (source !== 'header') problems.push({ code: 'column-twice', header: headers[column]!, targets: [taken, target] });
      return false;
    }
    owner.set(column, target);
    how.set(column, source);
    return true;
  };
  const find = (header: string, source: 'flag' | 'programme', target: string): number | undefined => {
    const at = keys.indexOf(headerKey(header));
    if (at === -1) {
      const suggestion = nearest(header, headers);
      problems.push({ code: 'unknown-column', header, source, target, ...(suggestion !== undefined ? { suggestion } : {}) });
      return undefined;
    }
    return at;
  };
  const named = (source: 'flag' | 'programme', given: Partial<Record<PersonField, string>> | undefined, givenLevels: Record<string, string> | undefined): void => {
    for (const field of personFields) {
      const header = given?.[field];
      if (header === undefined || fields[field] !== undefined) continue;
      const at = find(header, source, field);
      if (at !== undefined && claim(at, field, source)) fields[field] = at;
    }
    for (const [competency, header] of Object.entries(givenLevels ?? {})) {
      if (!competencyIds.has(competency)) {
        const suggestion = nearest(competency, competencyIds);
        problems.push({ code: 'unknown-competency', competency, ...(suggestion !== undefined ? { suggestion } : {}) });
        continue;
      }
      if (levels.has(competency)) continue;
      const at = find(header, source, competency);
      if (at !== undefined && claim(at, `level:${competency}`, source)) levels.set(competency, at);
    }
  };
  named('flag', request.flagFields, request.flagLevels);
  if (request.programme) named('programme', request.programme.fields, request.programme.levels);

  // The usual headers, for what is still unmapped.
  keys.forEach((key, column) => {
    if (owner.has(column)) return;
    const field = usualKeys.get(key);
    if (field !== undefined && fields[field] === undefined && claim(column, field, 'header')) {
      fields[field] = column;
      return;
    }
    const bare = levelWords.exec(key)?.[1] ?? key;
    const competency = competencies.find((c) => !levels.has(c.id) && (headerKey(c.id) === key || headerKey(c.name) === key || headerKey(c.id) === bare || headerKey(c.name) === bare));
    if (competency && claim(column, `level:${competency.id}`, 'header')) levels.set(competency.id, column);
  });

  if (fields.id === undefined) problems.push({ code: 'missing-column', field: 'id' });
  if (fields.name === undefined && (fields.firstName === undefined || fields.lastName === undefined)) problems.push({ code: 'missing-column', field: 'name' });
  if (levels.size === 0) problems.push({ code: 'missing-column', field: 'levels' });
  const ignored = headers.map((_, i) => i).filter((i) => !owner.has(i));
  return { map: { fields, levels, ignored, how }, problems };
}
