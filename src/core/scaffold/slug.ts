// Polish letters that NFD does not decompose into a base letter and a mark.
const special: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };

/**
 * Turns a name into a mentor id (`Negocjacje z klientami` → `negocjacje-z-klientami`): lower case,
 * ASCII letters and digits joined by `-`, at most `maxLength` characters. A longer name is cut
 * after its last whole word that fits (a word longer than that is cut itself). Returns '' when
 * nothing is left.
 */
export function slugify(text: string, maxLength = 64): string {
  const ascii = [...text].map((ch) => special[ch] ?? ch).join('').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut on a word boundary: `przeniesc-wiedze-architektoniczna` rather than `…-architektoniczna-przed-odejsci`.
  // A word is what the name writes between spaces, so `4.0` or `(0–5)` is kept whole or left out,
  // never cut into `…-4-0-0` of `4.0 (0–5)`.
  const words: string[] = [];
  for (const word of ascii.split(/\s+/)) {
    const part = word.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (part === '') continue;
    if ([...words, part].join('-').length > maxLength) break;
    words.push(part);
  }
  if (words.length === 0) return slug.slice(0, maxLength).replace(/-+$/, '');
  // Nor end on a word cut from what it belonged to: a one-letter word (`…-poziomu-w` of `… w kompetencji`)
  // or a preposition or conjunction (`…-zwroconych-do` of `… do ponownego rozpatrzenia`).
  while (words.length > 1 && (/^[a-z]$/.test(words[words.length - 1]!) || joiningWords.has(words[words.length - 1]!))) words.pop();
  return words.join('-');
}

/** Polish and English words that join a name to what follows them, so a cut name does not end on one (as written in an id). */
const joiningWords = new Set(['do', 'na', 'od', 'po', 'za', 'ze', 'we', 'dla', 'oraz', 'lub', 'czy', 'przy', 'przez', 'pod', 'nad', 'bez', 'przed', 'miedzy', 'wobec', 'jako', 'of', 'to', 'and', 'or', 'the', 'an', 'in', 'for', 'with', 'on', 'by', 'at', 'from', 'into', 'per']);

/** How long an id made from a typed name may be: short enough to type in `mentor add` and read in a report. */
export const madeIdLength = 32;

/** The id made from a typed name: short and readable (see slugify), or `fallback` when the name has no letters or digits. */
export function idFromName(name: string, fallback: string): string {
  return slugify(name, madeIdLength) || fallback;
}

/** Academic and courtesy titles that people write into names (`dr hab. Anna Nowak, prof. UN`, `Revd Jo Lee`). */
const titleWords = new Set(['dr', 'hab', 'mgr', 'inż', 'inz', 'prof', 'lek', 'doc', 'mr', 'mrs', 'ms', 'miss', 'mx', 'revd', 'rev', 'sir', 'dame']);

/** A name without the titles before it or the post after a comma, so an id is made of the name alone. */
export function withoutTitles(name: string): string {
  const words = name.split(',')[0]!.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && titleWords.has(words[first]!.replace(/\.$/, '').toLowerCase())) first++;
  return words.slice(first).join(' ');
}

/** The id made from a person's name, titles left out (`dr hab. Ewa Węgrzyn` → `ewa-wegrzyn`), or `fallback`. */
export function personIdFromName(name: string, fallback: string): string {
  return idFromName(withoutTitles(name), fallback);
}

/** The first of `base`, `base-2`, `base-3`… not in `taken` (and adds it). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  taken.add(id);
  return id;
}
