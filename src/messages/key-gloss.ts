/**
 * A key's description as a remark after the key in a hint (`Add \`name:\` (full name).`): in
 * brackets when it has none of its own, after a dash when it has (`Add \`baseline:\` – level at
 * the start (assessed before the pair starts).`), so brackets never nest. The first letter is
 * lower-cased unless the first word is an acronym (`KPI`), and a full stop of its own is dropped,
 * for the caller ends the sentence. An empty description gives an empty remark.
 */
export function keyGloss(description: string | number | undefined): string {
  let text = String(description ?? '').trim().replace(/[.;:,\s]+$/u, '');
  if (text === '') return '';
  if (/^\p{Lu}(?:\p{Ll}|\s|$)/u.test(text)) text = text[0]!.toLowerCase() + text.slice(1);
  return /[()]/.test(text) ? ` – ${text}` : ` (${text})`;
}
