/**
 * A tiny, strict XML 1.0 reader for tests: enough to prove the JUnit output is well-formed and to
 * read it back. Elements, attributes, text, the five predefined entities and character references;
 * it rejects everything else (comments, CDATA, DTDs), mismatched or unclosed tags, raw `<` or a bare
 * `&` in content, duplicate attributes and characters XML 1.0 forbids.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element, entities decoded. */
  text: string;
}

const predefined: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isLegalChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function isNameChar(ch: string, first: boolean): boolean {
  const letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' || ch === ':';
  return first ? letter : letter || (ch >= '0' && ch <= '9') || ch === '-' || ch === '.';
}

export function parseXml(source: string): XmlElement {
  for (const ch of source) {
    if (!isLegalChar(ch.codePointAt(0)!)) throw new Error(`illegal XML character U+${ch.codePointAt(0)!.toString(16)}`);
  }
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(source.slice(i, i + 30))}`);
  };
  const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
  const skipSpace = (): void => {
    while (isSpace(source[i])) i++;
  };
  const name = (): string => {
    const start = i;
    if (!isNameChar(source[i] ?? '', true)) fail('expected a name');
    while (i < source.length && isNameChar(source[i]!, false)) i++;
    return source.slice(start, i);
  };
  const reference = (): string => {
    const end = source.indexOf(';', i);
    if (end === -1) fail('unterminated reference');
    const body = source.slice(i + 1, end);
    let value: string | undefined;
    if (body.startsWith('#x')) value = String.fromCodePoint(parseInt(body.slice(2), 16));
    else if (body.startsWith('#')) value = String.fromCodePoint(parseInt(body.slice(1), 10));
    else value = predefined[body];
    if (value === undefined || !isLegalChar(value.codePointAt(0)!)) fail(`bad reference &${body};`);
    i = end + 1;
    return value!;
  };

  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end === -1) fail('unterminated XML declaration');
    i = end + 2;
  }
  skipSpace();

  const element = (): XmlElement => {
    if (source[i] !== '<') fail('expected <');
    i++;
    const el: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected whitespace before an attribute');
      const key = name();
      if (key in el.attributes) fail(`duplicate attribute ${key}`);
      skipSpace();
      if (source[i] !== '=') fail('expected =');
      i++;
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      i++;
      let value = '';
      while (source[i] !== quote) {
        const ch = source[i];
        if (ch === undefined) fail('unterminated attribute');
        if (ch === '<') fail('< in attribute value');
        if (ch === '&') value += reference();
        else {
          // Attribute-value normalisation: literal whitespace becomes a space.
          value += isSpace(ch) ? ' ' : ch;
          i++;
        }
      }
      i++;
      el.attributes[key] = value;
    }
    for (;;) {
      const ch = source[i];
      if (ch === undefined) fail(`unclosed <${el.name}>`);
      if (source.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipSpace();
        if (source[i] !== '>') fail('expected >');
        i++;
        return el;
      }
      if (source.startsWith('<!', i) || source.startsWith('<?', i)) fail('unsupported markup');
      if (ch === '<') el.children.push(element());
      else if (ch === '&') el.text += reference();
      else if (ch === '\r') {
        // End-of-line handling: CR LF and lone CR reach the application as LF.
        el.text += '\n';
        i += source[i + 1] === '\n' ? 2 : 1;
      } else {
        el.text += ch;
        i++;
      }
    }
  };

  const root = element();
  skipSpace();
  if (i !== source.length) fail('content after the root element');
  return root;
}

/** Every element named `name` below `root`, in document order. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (el: XmlElement): void => {
    for (const child of el.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}
