/**
 * When a word of a job title counts as a word of a criterion (`titles`, `excludeTitles`): the same
 * word, or one is the other's feminine form as Polish makes job titles (asystent → asystentka,
 * kierownik → kierowniczka, specjalista → specjalistka, starszy → starsza). HR exports write each
 * person's title in its own gender, programmes write the role family once; nobody should have to
 * list both forms. Either side may be the feminine one.
 *
 * Only these endings, on whole words: no stemming, no prefix matching, so `asystent` does not take in
 * `asystentura` (a post, not a person), `kierownik` not `kierownictwo`, `dyrektor` not `dyrektoriat`,
 * and English titles compare as they are written (`manager` is not `management`).
 */
export function sameTitleWord(a: string, b: string): boolean {
  if (a === b) return true;
  return feminineForms(a).includes(b) || feminineForms(b).includes(a);
}

/**
 * The feminine forms Polish derives from a masculine job title or adjective, by its ending. Words
 * shorter than four letters have none (`ds`, `ii`, `it` stay themselves).
 */
export function feminineForms(word: string): string[] {
  if (word.length < 4) return [];
  const stem = (n: number): string => word.slice(0, word.length - n);
  const forms: string[] = [];
  if (word.endsWith('ca')) forms.push(`${stem(2)}czyni`); // doradca → doradczyni, zastępca → zastępczyni
  else if (word.endsWith('a')) forms.push(`${stem(1)}ka`); // specjalista → specjalistka, programista → programistka
  else if (word.endsWith('y')) forms.push(`${stem(1)}a`); // starszy → starsza, księgowy → księgowa, przewodniczący → przewodnicząca
  else if (/[kg]i$/.test(word)) forms.push(`${stem(1)}a`); // drugi → druga
  else if (word.endsWith('nik')) forms.push(`${stem(1)}czka`, `${stem(1)}ca`); // kierownik → kierowniczka, pracownik → pracownica
  else if (word.endsWith('ek')) forms.push(`${stem(2)}kini`); // członek → członkini
  else if (word.endsWith('k')) forms.push(`${stem(1)}czka`); // analityk → analityczka, technik → techniczka
  else if (word.endsWith('g')) forms.push(`${stem(1)}żka`); // psycholog → psycholożka, pedagog → pedagożka
  else if (word.endsWith('rz')) forms.push(`${stem(1)}ka`, `${word}yni`); // lekarz → lekarka, sekretarz → sekretarka, mistrz → mistrzyni
  else if (!/[aeiouyąęó]$/.test(word)) forms.push(`${word}ka`); // asystent → asystentka, dyrektor → dyrektorka, adiunkt → adiunktka
  return forms;
}
