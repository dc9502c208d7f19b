import jsYaml from 'js-yaml';

/**
 * A reader for the plain YAML that mentor files are made of, tried before js-yaml because it is
 * several times faster on a cold start (a one-shot CLI runs js-yaml's character loop in the
 * interpreter; this reader splits lines and runs native regular expressions). It reads a block
 * mapping of block mappings and sequences, one-line flow collections, plain and quoted scalars
 * and `|`/`>` block scalars, and gives up (returns undefined) on anything else: tabs, CRs,
 * anchors, aliases, tags, directives, several documents, multi-line plain or quoted scalars,
 * complex keys, duplicate keys, escapes JSON does not share, unusual indentation. js-yaml then
 * reads the file as before, so an unusual file costs one failed attempt and never reads
 * differently: test/parse/simple-yaml.test.ts holds this reader to js-yaml's result on every
 * example, fixture and generated programme and on random documents.
 *
 * Plain scalars are resolved with js-yaml's own CORE-schema types (null, bool, int, float), so
 * `007`, `0x1F`, `1e3`, `.inf`, `~` and `True` mean here exactly what they mean there.
 */
export function readSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (!implicitTypes || unsupportedAnywhere.test(text)) return undefined;
  try {
    const reader = new Reader(text.split('\n'));
    const value = reader.block(0, 0);
    reader.skipBlank();
    if (!reader.done() || !isMapping(value)) return undefined;
    return value;
  } catch (error) {
    if (error === giveUp) return undefined;
    throw error;
  }
}

/**
 * Tabs, CRs, byte-order marks, a document marker or a directive at a line start, characters
 * js-yaml refuses (non-printable ones), and surrogates (emoji, or lone halves js-yaml refuses):
 * all js-yaml's job. One character class, so the scan stays a single native pass.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what it looks for
const unsupportedAnywhere = /[\t\r\uFEFF\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]|^(?:---|\.\.\.|%)/m;
const giveUp = Symbol('unsupported YAML');
const fail = (): never => {
  throw giveUp;
};
/** Nesting beyond this is js-yaml's (and its limits') business. */
const maxDepth = 64;

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A block mapping key (plain, identifier-like) and its colon; group 2 is what follows the colon. Sticky: tried at an index. */
const keyLine = /([A-Za-z_$][\w$.\-/]*) *:(?: +(.*))?$/y;
/** A line of nothing but spaces, or a comment after spaces. */
const blankLine = /^ *(?:#.*)?$/;
/** What may follow a complete value on its line. */
const lineEnd = /^ *(?: #.*)?$/;
/** A block scalar header: style, strip or clip chomping (keep is left to js-yaml), maybe a comment. */
const blockHeader = /^([|>])(-?) *(?: #.*)?$/;
/** How a plain scalar may not start: an indicator, or `-` before a space (a `- ` there is an error). */
const indicatorStart = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
/** A double-quoted body whose escapes all mean the same in JSON (JSON.parse reads it). Sticky. */
// eslint-disable-next-line no-control-regex -- control characters are what a JSON string may not hold
const jsonSafeQuoted = /"(?:[^"\\\x00-\x1f\x7f]|\\["\\/bfnrt]|\\u[0-9A-Fa-f]{4})*"/y;
const nullOrBool = new Map<string, null | boolean>([
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
/**
 * js-yaml's implicit types of the CORE schema, in its order (null, bool, int, float). The schema
 * object carries them at run time though js-yaml's typings do not say so; without them this
 * reader stands aside and js-yaml reads every file.
 */
const implicitTypes = (jsYaml.CORE_SCHEMA as jsYaml.Schema & jsYaml.SchemaDefinition).implicit;

/** The value of a plain scalar, as js-yaml's CORE schema resolves it. */
function plainValue(text: string): unknown {
  const first = text.charCodeAt(0);
  // Letters start neither numbers nor `.inf`: only the null and boolean words need a look.
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
    const known = nullOrBool.get(text);
    return known === undefined ? text : known;
  }
  for (const type of implicitTypes!) if (type.resolve(text)) return type.construct(text);
  return text;
}

/** Whether the sticky `pattern` matches `text` at `index`; its match, or null. */
function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** Spaces before the first other character (a native search: no per-character loop in cold code). */
function indentOf(line: string): number {
  const n = line.search(notSpace);
  return n === -1 ? line.length : n;
}
const notSpace = /[^ ]/;

class Reader {
  private i = 0;
  constructor(private readonly lines: string[]) {}

  done(): boolean {
    return this.i >= this.lines.length;
  }

  /** Moves past blank and comment-only lines. */
  skipBlank(): void {
    while (this.i < this.lines.length && blankLine.test(this.lines[this.i]!)) this.i++;
  }

  /**
   * The block node starting at the next significant line, if it is indented at least `min`;
   * null when there is none (an empty value).
   */
  block(min: number, depth: number): unknown {
    if (depth > maxDepth) fail();
    this.skipBlank();
    if (this.done()) return null;
    const line = this.lines[this.i]!;
    const indent = indentOf(line);
    if (indent < min) return null;
    if ((line.length === indent + 1 && line[indent] === '-') || line.startsWith('- ', indent)) return this.sequence(indent, depth);
    if (matchAt(keyLine, line, indent)) return this.mapping(indent, depth);
    return fail();
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (;;) {
      this.skipBlank();
      if (this.done()) break;
      const line = this.lines[this.i]!;
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent) fail(); // more indented than its siblings: a continuation, or an error
      const match = matchAt(keyLine, line, at);
      if (!match) {
        // A sequence item at the key's own indentation ends a compact sequence of the parent.
        if (line.startsWith('- ', at) || line.length === at + 1) break;
        fail();
      }
      const key = match![1]!;
      if (typeof plainValue(key) !== 'string' || key === '__proto__' || key === '<<' || Object.prototype.hasOwnProperty.call(map, key)) fail();
      const rest = match![2];
      this.i++;
      if (rest === undefined || rest === '' || rest.startsWith('#')) {
        // The value is on the following lines: nested deeper, or a sequence at the key's indentation.
        this.skipBlank();
        const next = this.done() ? '' : this.lines[this.i]!;
        const nextIndent = indentOf(next);
        const compactSequence = nextIndent === indent && (next.startsWith('- ', indent) || next.length === indent + 1 && next[indent] === '-');
        map[key] = compactSequence ? this.sequence(indent, depth + 1) : this.block(indent + 1, depth + 1);
      } else {
        map[key] = this.inline(rest, indent, depth);
      }
    }
    return map;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      this.skipBlank();
      if (this.done()) break;
      const line = this.lines[this.i]!;
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent) fail();
      if (!(line.length === at + 1 && line[at] === '-') && !line.startsWith('- ', at)) break;
      let start = at + 1;
      while (line.charCodeAt(start) === 32) start++;
      const rest = line.slice(start);
      // A bare `-` (its item on the lines below, or null): js-yaml has its own reading of what
      // follows an empty item (it can take the next, less indented item into it), so it reads these.
      if (rest === '' || rest.startsWith('#')) {
        fail();
      } else if (matchAt(keyLine, rest, 0) || rest === '-' || rest.startsWith('- ')) {
        // `- key: value` (or `- - x`): a node that starts on the dash's line, at the column after it.
        this.lines[this.i] = ' '.repeat(start) + rest;
        list.push(this.block(start, depth + 1));
      } else {
        this.i++;
        list.push(this.inline(rest, indent, depth));
      }
    }
    return list;
  }

  /** A value written after `key: ` or `- ` (the line is consumed already; block scalars read on). */
  private inline(text: string, parentIndent: number, depth: number): unknown {
    const first = text[0]!;
    if (first === '"' || first === "'") {
      const [value, end] = quoted(text, 0);
      if (!lineEnd.test(text.slice(end))) fail();
      return value;
    }
    if (first === '[' || first === '{') {
      const [value, end] = flow(text, 0, depth + 1);
      if (!lineEnd.test(text.slice(end))) fail();
      return value;
    }
    if (first === '|' || first === '>') {
      const header = blockHeader.exec(text) ?? fail();
      return this.blockScalar(header[1] === '>', header[2]!, parentIndent);
    }
    if (indicatorStart.test(text)) fail();
    const hash = text.indexOf(' #');
    const plain = (hash === -1 ? text : text.slice(0, hash)).trimEnd();
    // `a: b: c`, a trailing colon or a comment sign glued to a value: not plain YAML, or not ours.
    if (plain.includes(': ') || plain.endsWith(':') || plain === '') fail();
    return plainValue(plain);
  }

  /** The lines of a `|` or `>` scalar, more indented than its parent, with YAML's chomping. */
  private blockScalar(folded: boolean, chomping: string, parentIndent: number): string {
    const lines: string[] = [];
    let contentIndent = -1;
    while (!this.done()) {
      const line = this.lines[this.i]!;
      if (line.trim() === '') {
        if (contentIndent !== -1 && line.length > contentIndent) fail(); // spaces beyond the indentation are content: leave it to js-yaml
        if (contentIndent === -1 && line.length > parentIndent + 1) fail();
        lines.push('');
        this.i++;
        continue;
      }
      const indent = indentOf(line);
      if (contentIndent === -1) {
        if (indent <= parentIndent) break;
        contentIndent = indent;
      } else if (indent < contentIndent) {
        if (indent > parentIndent) fail(); // less indented than the text, yet inside its parent
        break;
      }
      if (folded && indent > contentIndent) fail(); // more-indented lines fold differently
      lines.push(line.slice(contentIndent));
      this.i++;
    }
    // Trailing empty lines belong to the scalar only with keep chomping, which js-yaml reads.
    let end = lines.length;
    while (end > 0 && lines[end - 1] === '') end--;
    const body = lines.slice(0, end);
    let text = '';
    if (folded) {
      // Leading empty lines stay line breaks; after that a single break folds into a space, and
      // each empty line between two lines of text is one line break.
      let k = 0;
      while (k < body.length && body[k] === '') {
        text += '\n';
        k++;
      }
      for (let first = k; k < body.length; k++) {
        const line = body[k]!;
        if (k === first) text += line;
        else if (line === '') text += '\n';
        else text += body[k - 1] === '' ? line : ` ${line}`;
      }
    } else {
      text = body.join('\n');
    }
    if (body.length === 0 || chomping === '-') return text;
    return `${text}\n`;
  }
}

/** A quoted scalar starting at `start`; returns its value and the index after the closing quote. */
function quoted(text: string, start: number): [string, number] {
  if (text[start] === "'") {
    let value = '';
    for (let k = start + 1; ; ) {
      const quote = text.indexOf("'", k);
      if (quote === -1) return fail(); // runs on to another line
      value += text.slice(k, quote);
      if (text[quote + 1] !== "'") return [value, quote + 1];
      value += "'";
      k = quote + 2;
    }
  }
  const match = matchAt(jsonSafeQuoted, text, start) ?? fail();
  return [JSON.parse(match[0]) as string, start + match[0].length];
}

/** A plain scalar inside a flow collection: stops at `,`, `]`, `}`, `: ` and ` #`. Sticky. */
const flowPlain = /(?:[^,[\]{}#\s'"&*!|>%@`?:-]|-(?=[^\s,[\]{}]))[^,[\]{}]*?(?=\s*(?:[,\]}]|: |:$| #|$))/y;
/** A flow mapping key and its `: `. Sticky. */
const flowKey = /([A-Za-z_$][\w$.\-/]*) *: +/y;

/** A one-line flow collection (`[a, b]`, `{ k: v }`) starting at `start`; returns it and the index after it. */
function flow(text: string, start: number, depth: number): [unknown, number] {
  if (depth > maxDepth) fail();
  const open = text[start];
  const close = open === '[' ? ']' : '}';
  const result: unknown[] | Record<string, unknown> = open === '[' ? [] : {};
  let k = start + 1;
  while (text.charCodeAt(k) === 32) k++;
  if (text[k] === close) return [result, k + 1];
  for (;;) {
    while (text.charCodeAt(k) === 32) k++;
    if (Array.isArray(result)) {
      const [item, next] = flowValue(text, k, depth);
      result.push(item);
      k = next;
    } else {
      const key = matchAt(flowKey, text, k) ?? fail();
      const name = key[1]!;
      if (typeof plainValue(name) !== 'string' || name === '__proto__' || name === '<<' || Object.prototype.hasOwnProperty.call(result, name)) fail();
      const [value, next] = flowValue(text, k + key[0].length, depth);
      result[name] = value;
      k = next;
    }
    while (text.charCodeAt(k) === 32) k++;
    if (text[k] === ',') {
      k++;
      while (text.charCodeAt(k) === 32) k++;
      if (text[k] === close) fail(); // a trailing comma: legal, but rare enough to leave to js-yaml
      continue;
    }
    if (text[k] === close) return [result, k + 1];
    return fail();
  }
}

function flowValue(text: string, k: number, depth: number): [unknown, number] {
  const c = text[k];
  if (c === '"' || c === "'") return quoted(text, k);
  if (c === '[' || c === '{') return flow(text, k, depth + 1);
  const match = matchAt(flowPlain, text, k) ?? fail();
  const plain = match[0].trimEnd();
  if (plain.includes(': ') || plain.endsWith(':')) fail();
  return [plainValue(plain), k + match[0].length];
}
