/**
 * Wraps plain text to a width at spaces, keeping its line breaks and blank lines, each line
 * indented. A word longer than the width stays whole on its own line rather than being cut.
 */
export function wrapText(text: string, width: number, indent = ''): string {
  const room = Math.max(20, width - indent.length);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      if (line !== '' && [...line].length + 1 + [...word].length > room) {
        out.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line);
  }
  return out.map((l) => (l === '' ? '' : `${indent}${l}`)).join('\n');
}
