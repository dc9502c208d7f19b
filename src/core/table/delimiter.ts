import { delimiters, type Delimiter } from './types.js';

/** How many times each delimiter occurs outside quotes in each of the first lines of the text. */
function counts(text: string, maxLines: number): Map<Delimiter, number[]> {
  const result = new Map<Delimiter, number[]>(delimiters.map((d) => [d, []]));
  const current = new Map<Delimiter, number>(delimiters.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  let blank = true;
  const endLine = (): void => {
    if (!blank) {
      for (const d of delimiters) result.get(d)!.push(current.get(d)!);
      lines++;
    }
    for (const d of delimiters) current.set(d, 0);
    blank = true;
  };
  for (let i = 0; i < text.length && lines < maxLines; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endLine();
      continue;
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) current.set(c, current.get(c)! + 1);
    if (c !== ' ' && c !== '\t') blank = false;
  }
  if (lines < maxLines) endLine();
  return result;
}

/**
 * The separator of a CSV export: of `,`, `;` and tab, the one that splits the header into the most
 * columns while splitting the rows under it the same way (Polish Excel writes `;` because `,` is
 * the decimal separator, so a `;` file often holds commas too). Undefined when none splits the header.
 */
export function detectDelimiter(text: string): Delimiter | undefined {
  let best: { delimiter: Delimiter; score: number } | undefined;
  for (const [delimiter, perLine] of counts(text, 50)) {
    const header = perLine[0] ?? 0;
    if (header === 0) continue;
    const rows = perLine.slice(1);
    // Rows that split like the header; a quoted cell with the delimiter in it is outside the count already.
    const agree = rows.length === 0 ? 1 : rows.filter((n) => n === header).length / rows.length;
    const score = agree * 1000 + header;
    if (!best || score > best.score) best = { delimiter, score };
  }
  return best?.delimiter;
}
