// Polish letters that NFD does not decompose into a base letter and a mark.
const special: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };

/**
 * Turns a name into a mentor id (`Negocjacje z klientami` → `negocjacje-z-klientami`): lower case,
 * ASCII letters and digits joined by `-`, at most 64 characters. Returns '' when nothing is left.
 */
export function slugify(text: string, maxLength = 64): string {
  const ascii = [...text].map((ch) => special[ch] ?? ch).join('').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** The first of `base`, `base-2`, `base-3`… not in `taken` (and adds it). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  taken.add(id);
  return id;
}
