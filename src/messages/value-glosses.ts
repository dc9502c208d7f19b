/**
 * What a user may write, in English or Polish, meaning one of the values a schema allows (`odbyta`
 * for `held`, `doświadczenie` for `experience`): the words the help and the reports gloss each value
 * with. The `schema-enum` hint of both catalogues suggests the value a typed word glosses, whatever
 * the language of the message, for a Polish user may type Polish into an English run and back.
 */
export const valueGlosses: Readonly<Record<string, { en: readonly string[]; pl: readonly string[] }>> = {
  // A session's status (records.schema.json).
  held: { en: ['took place', 'happened', 'done'], pl: ['odbyta', 'odbyte', 'odbyła się', 'odbyło się'] },
  cancelled: { en: ['canceled', 'called off'], pl: ['odwołana', 'odwołane', 'odwołano'] },
  missed: { en: ['no-show', 'did not happen', 'not held'], pl: ['nieodbyta', 'nieodbyte', 'nie odbyła się', 'nieobecność'] },
  // A learning activity's type, 70:20:10.
  experience: { en: ['on the job', 'on-the-job', 'experiential'], pl: ['doświadczenie', 'w pracy', 'praca'] },
  social: { en: ['from others', 'relationships'], pl: ['relacje', 'od innych', 'uczenie się od innych', 'społeczna'] },
  formal: { en: ['courses', 'course', 'training'], pl: ['formalna', 'nauka formalna', 'szkolenia', 'szkolenie', 'kursy', 'kurs'] },
  // Why a pair ended early (people.schema.json).
  completed: { en: ['goals reached', 'finished'], pl: ['zakończona', 'ukończona', 'cele osiągnięte'] },
  'left-organisation': { en: ['left the organisation', 'left the organization', 'left-organization', 'left'], pl: ['odejście', 'odejście z organizacji', 'odszedł', 'odeszła'] },
  mismatch: { en: ['no fit', 'did not work'], pl: ['niedopasowanie', 'nie sprawdziła się'] },
  workload: { en: ['no time'], pl: ['brak czasu', 'obciążenie'] },
  other: { en: [], pl: ['inny', 'inna', 'inne', 'inny powód'] },
  // Who assessed a level.
  'line-manager': { en: ['manager', 'line manager'], pl: ['przełożony', 'przełożona', 'kierownik', 'kierowniczka'] },
  mentee: { en: ['self', 'self-assessment'], pl: ['samoocena', 'podopieczny', 'podopieczna'] },
  'hr-owner': { en: ['hr', 'hr owner'], pl: ['hr', 'kadry', 'właściciel hr', 'opiekun hr'] },
  external: { en: ['outside'], pl: ['zewnętrzny', 'zewnętrzna', 'spoza programu'] },
};

/** Case, Polish letters, spaces and hyphens aside: `Odbyła się` and `odbyla-sie` are one word. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/**
 * The allowed value (of `allowed`, as a message lists them: `` `held`, `cancelled` ``) whose gloss
 * in either language is the text typed, if one is; undefined when none or several are.
 */
export function valueByGloss(typed: unknown, allowed: unknown): string | undefined {
  const word = fold(String(typed ?? ''));
  if (word === '') return undefined;
  const values = [...String(allowed ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const matches = values.filter((v) => fold(v) === word || [...(valueGlosses[v]?.en ?? []), ...(valueGlosses[v]?.pl ?? [])].some((g) => fold(g) === word));
  return matches.length === 1 ? matches[0] : undefined;
}
