import type { Alias, Document, LineCounter, YAMLError } from 'yaml';
import type { FileRuleId } from '../diagnostics.js';
import type { Params } from './parsed-file.js';
import { yamlLib } from './yaml-lib.js';
import { nearest } from '../text/nearest.js';

/**
 * Why a file is not YAML, in the terms of the mistake a person made rather than the parser's
 * grammar, each with a line that makes it (Markdown, listed in docs/rules.md). The `yaml-syntax` rule
 * carries one of these as its `reason`, so configs and tests keep one rule id while messages say
 * exactly what to change.
 *
 * A survey of yaml's error codes (node_modules/yaml/dist/errors.d.ts and where compose/ raises
 * them): BLOCK_AS_IMPLICIT_KEY, MULTILINE_IMPLICIT_KEY, MISSING_CHAR, BAD_INDENT, BLOCK_IN_FLOW,
 * BAD_SCALAR_START, BAD_ALIAS, UNEXPECTED_TOKEN, BAD_DQ_ESCAPE and the TAG_RESOLVE_FAILED warning
 * are what hand-edited files produce, and are explained below; DUPLICATE_KEY, TAB_AS_INDENT and
 * MULTIPLE_DOCS have rules of their own; ALIAS_PROPS, BAD_DIRECTIVE, BAD_PROP_ORDER,
 * BAD_COLLECTION_TYPE, IMPOSSIBLE, KEY_OVER_1024_CHARS, MULTIPLE_ANCHORS, MULTIPLE_TAGS,
 * NON_STRING_KEY and RESOURCE_EXHAUSTION need YAML features mentor files never use, and fall to
 * `other` with the parser's words.
 */
export const yamlSyntaxExamples = {
  'colon-in-value': '`topic: Rabaty: kalkulacja`',
  'colon-in-flow': '`- { pair: para-01, topic: Rabaty: kalkulacja }`',
  'missing-space-after-dash': '`-id: e-anowak`',
  'missing-space-after-colon': '`name:Anna Nowak`',
  'missing-colon': '`email anna.nowak@firma.pl`',
  indentation: 'a key one space deeper or shallower than the keys beside it',
  'list-item-indentation': 'a `-` one space out of line with the items above it',
  'dash-in-mapping': '`- capacity: 2` among the keys of a mentor',
  'unclosed-quote': '`topic: "Plan konta`',
  'unclosed-bracket': '`competencies: [negocjacje-kam, planowanie-konta`',
  'extra-bracket': '`competencies: [negocjacje-kam]]`',
  'text-after-quote': '`title: "Dyrektor" Sprzedaży`, `note: [wersja robocza] plan`',
  'special-start': '`email: @anowak`, ``note: `kod` ``, `share: %50`, `topic: *Pilne*`, `title: !Ważne`',
  'unknown-anchor': '`preparation: *prep2` in a file that defines `&prep`',
  'bad-escape': '`note: "S:\\Sprzedaz\\raport.xlsx"`',
  'missing-comma': '`- { pair: para-01, date: 2026-02-02 minutes: 60 }`',
  'bracket-in-flow': '`changes: [process.cadence, kpis[id=nps].target]`',
  'empty-flow-item': '`competencies: [negocjacje-kam, , planowanie-konta]`',
  'comment-without-space': '`name: "Anna"# note`',
  other: 'anything else (the message quotes the parser)',
} as const;

export type YamlSyntaxReason = keyof typeof yamlSyntaxExamples;
export const yamlSyntaxReasons = Object.keys(yamlSyntaxExamples) as YamlSyntaxReason[];

/** One YAML problem ready to become a finding: its rule, its parameters and where it points. */
export interface YamlProblem {
  ruleId: FileRuleId;
  params: Params;
  /** Offset into the text of the place the user must change. */
  offset: number;
}

/** yaml codes that have a rule of their own rather than a `yaml-syntax` reason. */
const ownRules: Partial<Record<string, FileRuleId>> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab-indent',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};

/** How many lines above a broken one are read for the columns around it: enough for any mapping a person edits. */
const lookBack = 200;
/** How many quoted values and bracketed collections before an error are looked at for the one it belongs to. */
const nodesLookBack = 50;

/** Characters YAML reads as syntax at the start of a plain value. */
const specialStart = /^[@`%&*!|>?]/;

interface Explained {
  reason: YamlSyntaxReason;
  offset: number;
  params?: Params;
}

/**
 * Turns the parser's errors into problems worded by what to change, at the line to change: one per
 * line, the most specific explanation of the errors the parser raised for that spot. With no
 * parser error, an alias to an anchor that does not exist (`note: *important*`) is the one YAML
 * problem left that only shows when the value is built.
 */
export function yamlProblems(doc: Document.Parsed, lineCounter: LineCounter, text: string): YamlProblem[] {
  const source = new Source(text, lineCounter, doc);
  const problems: YamlProblem[] = [];
  const groups = new Map<number, YAMLError[]>();
  // An unknown tag (`title: !Pilne`) is only a warning to yaml, which then drops the `!`: the
  // value would silently change, so it counts as an error here.
  // A tag standing alone (`title: !Pilne`) is text that needed quotes; a tag before a value
  // (`!!float 60`) is a tag, left to the yaml-unknown-tag rule (the value is still read).
  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED' && bareTag.test(text.slice(w.pos[0], w.pos[0] + 200)));
  for (const error of [...doc.errors, ...tags]) {
    const line = source.lineOf(error.pos[0]);
    groups.set(line, [...(groups.get(line) ?? []), error]);
  }
  const reportedLines = new Set<number>();
  for (const [lineNo, errors] of groups) {
    const own = errors.map((e) => ownRules[e.code]).find((id) => id !== undefined);
    const first = errors[0]!;
    // yaml names a tab only at the very start of a line; one after a few spaces (`  \ttitle:`) comes
    // out as a wrong indentation, and every line after it too. A broken line indented with a tab
    // is a tab problem, at the tab (afterTabs then drops what follows from it).
    const tab = /^ *\t/.exec(source.line(lineNo));
    if (!own && tab) {
      push(problems, reportedLines, source, { ruleId: 'yaml-tab-indent', params: { code: first.code }, offset: source.offset(lineNo, tab[0].length - 1) });
      continue;
    }
    if (own) {
      push(problems, reportedLines, source, { ruleId: own, params: { code: first.code }, offset: first.pos[0] });
      continue;
    }
    // A `- ` among keys explains the other errors on its line, whatever order yaml raised them in.
    const ordered = [...errors].sort((a, b) => Number(isDashAmongKeys(b)) - Number(isDashAmongKeys(a)));
    const explained = ordered.map((e) => explain(e, doc, source)).find((e) => e !== undefined);
    const params: Params = { code: first.code, detail: firstLine(first.message) };
    const problem: YamlProblem = explained
      ? { ruleId: 'yaml-syntax', params: { ...params, reason: explained.reason, ...explained.params }, offset: explained.offset }
      : tooDeep(first.message)
        ? // yaml's stack overflow on absurd nesting: the depth limit's own rule (parse-source adds the limit).
          { ruleId: 'yaml-too-deep', params: {}, offset: first.pos[0] }
        : { ruleId: 'yaml-syntax', params: { ...params, reason: 'other' }, offset: first.pos[0] };
    push(problems, reportedLines, source, problem);
  }
  if (problems.length === 0 && text.includes('*')) {
    const alias = unresolvedAlias(doc);
    if (alias) problems.push(aliasProblem(source, alias, doc));
  }
  return afterTabs(problems, source);
}

/**
 * A tab in the indentation throws off how the parser reads every line after it: the lines below it
 * come out as wrongly indented keys or stray `- ` items, with hints to re-indent lines that are
 * right. Below the first tab only the tabs are reported; what is left shows once they are spaces.
 */
function afterTabs(problems: YamlProblem[], source: Source): YamlProblem[] {
  const tabs = problems.filter((p) => p.ruleId === 'yaml-tab-indent').map((p) => source.lineOf(p.offset));
  if (tabs.length === 0) return problems;
  const firstTab = Math.min(...tabs);
  return problems.filter((p) => p.ruleId !== 'yaml-syntax' || source.lineOf(p.offset) < firstTab);
}

/** Keeps one problem per line: after a broken quote or bracket the parser repeats itself. */
function push(problems: YamlProblem[], reportedLines: Set<number>, source: Source, problem: YamlProblem): void {
  const line = source.lineOf(problem.offset);
  if (reportedLines.has(line)) return;
  reportedLines.add(line);
  problems.push(problem);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** yaml's two ways of saying that a `- ` item stands where the keys of a mapping are. */
const isDashAmongKeys = (error: YAMLError): boolean => error.message.startsWith('A block sequence') || error.message.startsWith('Unexpected block-seq-ind');

/** A tag with nothing after it on its line (but a comment). */
const bareTag = /^!\S*[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;

const tooDeep = (message: string): boolean => message.includes('Maximum call stack size exceeded');

/** The explanation of one parser error, or undefined when the error is not one of the known mistakes. */
function explain(error: YAMLError, doc: Document.Parsed, source: Source): Explained | undefined {
  const at = error.pos[0];
  const lineNo = source.lineOf(at);
  const line = source.line(lineNo);
  const message = error.message;

  // A missing space after `-` confuses every later step, so it is checked first.
  const dash = /^(\s*)-([^\s-].*)$/.exec(line);
  if (dash && ['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR'].includes(error.code)) {
    return { reason: 'missing-space-after-dash', offset: source.offset(lineNo, dash[1]!.length), params: { fixed: `${dash[1]}- ${dash[2]}` } };
  }

  switch (error.code) {
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])quote/.exec(message);
      if (quote) return unclosedQuote(source, at, quote[1]!);
      if (message.startsWith('Comments must be separated')) {
        const col = at - source.start(lineNo);
        const hash = line.indexOf('#', col);
        if (hash !== -1) return { reason: 'comment-without-space', offset: source.offset(lineNo, hash), params: { fixed: `${line.slice(0, hash)} ${line.slice(hash)}` } };
        return undefined;
      }
      if (/^Missing , (or : )?between flow/.test(message)) {
        const col = at - source.start(lineNo);
        const glued = bracketInFlow(line, col);
        if (glued) return { reason: 'bracket-in-flow', offset: source.offset(lineNo, glued.start), params: { fixed: glued.fixed } };
        return { reason: 'missing-comma', offset: at, params: { fixed: `${line.slice(0, col).trimEnd()}, ${line.slice(col)}` } };
      }
      if (message.includes('end with a ]') || message.includes('end with a }')) return unclosedBracket(source, at, message.includes(']') ? ']' : '}');
      return specialOrKey(source, lineNo, at) ?? (message.startsWith('Sequence item without - indicator') ? indentation(source, lineNo) : undefined);
    }
    case 'BAD_INDENT':
      if (message.includes('end with a ]') || message.includes('end with a }')) return unclosedBracket(source, at, message.includes('end with a ]') ? ']' : '}');
      if (message.startsWith('All sequence items')) return listItemIndentation(source, lineNo);
      if (message.startsWith('All mapping items')) return indentation(source, lineNo);
      return undefined;
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (message.startsWith('A block sequence')) return dashInMapping(source, lineNo);
      return specialOrColon(source, lineNo, at) ?? deeperNextLine(source, lineNo);
    case 'MULTILINE_IMPLICIT_KEY':
      return specialOrKey(source, lineNo, at) ?? deeperNextLine(source, lineNo);
    case 'BLOCK_IN_FLOW':
      return colonInFlow(source, lineNo, at);
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
      return special(source, lineNo, at);
    case 'UNEXPECTED_TOKEN': {
      if (isDashAmongKeys(error)) return dashInMapping(source, lineNo);
      const extra = /^Unexpected flow-(seq|map)-end token/.exec(message);
      if (extra) {
        const col = at - source.start(lineNo);
        return { reason: 'extra-bracket', offset: at, params: { char: line[col] ?? ']', fixed: `${line.slice(0, col)}${line.slice(col + 1)}`.trimEnd() } };
      }
      if (/^Unexpected (,|empty item) in flow/.test(message)) {
        const col = at - source.start(lineNo);
        const comma = line.indexOf(',', col);
        if (comma !== -1) return { reason: 'empty-flow-item', offset: source.offset(lineNo, comma), params: { fixed: `${line.slice(0, comma).trimEnd()}${line.slice(comma + 1)}` } };
        return undefined;
      }
      if (message.startsWith('Unexpected scalar at node end')) return textAfterQuote(source, lineNo) ?? special(source, lineNo, at);
      return special(source, lineNo, at);
    }
    case 'BAD_DQ_ESCAPE': {
      const parts = splitLine(line);
      if (!parts.value.startsWith('"')) return undefined;
      const inner = closedQuoted(parts.value);
      if (inner === undefined) return undefined;
      return {
        reason: 'bad-escape',
        offset: source.offset(lineNo, parts.valueStart),
        params: { sequence: /Invalid escape sequence (\\.)/.exec(message)?.[1] ?? '\\', fixed: `${line.slice(0, parts.valueStart)}${singleQuoted(inner.text)}${inner.rest}` },
      };
    }
    default:
      return special(source, lineNo, at);
  }
}

/** A value that starts with a reserved character, or a key whose colon or space is missing. */
function specialOrKey(source: Source, lineNo: number, at: number): Explained | undefined {
  const special_ = special(source, lineNo, at);
  if (special_) return special_;
  const line = source.line(lineNo);
  const glued = /^(\s*(?:-\s+)*)([^\s:#"'{[][^:\s]*):(\S.*)$/.exec(line);
  if (glued) {
    const colon = glued[1]!.length + glued[2]!.length;
    return { reason: 'missing-space-after-colon', offset: source.offset(lineNo, colon), params: { fixed: `${glued[1]}${glued[2]}: ${glued[3]}` } };
  }
  const bare = /^(\s*(?:-\s+)*)([^\s:#"'{[\]}-][^\s:]*)(?:\s+([^:]*?))?\s*$/.exec(line);
  if (bare && !line.includes(': ')) {
    const keyEnd = bare[1]!.length + bare[2]!.length;
    return { reason: 'missing-colon', offset: source.offset(lineNo, keyEnd), params: { key: bare[2]!, fixed: `${bare[1]}${bare[2]}:${bare[3] ? ` ${bare[3]}` : ''}` } };
  }
  return undefined;
}

/** `topic: Rabaty: kalkulacja`: the value holds `: ` (or ends in `:`), so it must be quoted. */
function specialOrColon(source: Source, lineNo: number, at: number): Explained | undefined {
  const special_ = special(source, lineNo, at);
  if (special_) return special_;
  const line = source.line(lineNo);
  const parts = splitLine(line);
  if (parts.key === undefined || !/:(\s|$)/.test(parts.value)) return undefined;
  return { reason: 'colon-in-value', offset: source.offset(lineNo, parts.valueStart), params: { fixed: `${line.slice(0, parts.valueStart)}${quoted(parts.value)}${parts.comment}` } };
}

/** A value starting with `@`, `` ` ``, `%`, `&`, `*`, `!`, `|`, `>` or `?` where text was meant. */
function special(source: Source, lineNo: number, at: number): Explained | undefined {
  const line = source.line(lineNo);
  const parts = splitLine(line);
  if (!specialStart.test(parts.value)) return undefined;
  // The error must be about this value, not an earlier one on the line.
  if (at - source.start(lineNo) < parts.valueStart) return undefined;
  const char = parts.value[0]!;
  // `| text` and `> text` are only wrong when text follows on the same line.
  if ((char === '|' || char === '>') && /^[|>][-+0-9]*\s*(#.*)?$/.test(parts.value)) return undefined;
  return { reason: 'special-start', offset: source.offset(lineNo, parts.valueStart), params: { char, fixed: `${line.slice(0, parts.valueStart)}${quoted(parts.value)}${parts.comment}` } };
}

/**
 * `note: *important*`: an alias with no anchor, which people write as emphasis; or, in a file that
 * uses anchors, an alias to one that is misspelt or defined only below it (`*prep2` for `&prep`).
 */
function aliasProblem(source: Source, alias: Alias, doc: Document.Parsed): YamlProblem {
  const at = alias.range![0];
  const explained = special(source, source.lineOf(at), at);
  const anchors = anchorsOf(doc);
  const meant = nearest(alias.source, anchors);
  // Text that reads as emphasis (`*Pilne*`) keeps the advice to quote it, unless an anchor is close.
  if (anchors.has(alias.source) || meant !== undefined || explained === undefined) {
    const below = anchors.has(alias.source);
    return {
      ruleId: 'yaml-syntax',
      params: { code: 'BAD_ALIAS', detail: `Unresolved alias *${alias.source}`, reason: 'unknown-anchor', alias: alias.source, ...(below ? { below: 'true' } : meant !== undefined ? { suggestion: meant } : {}) },
      offset: at,
    };
  }
  return {
    ruleId: 'yaml-syntax',
    params: { code: 'BAD_ALIAS', detail: `Unresolved alias *${alias.source}`, reason: 'special-start', char: '*', ...explained?.params },
    offset: explained?.offset ?? at,
  };
}

/**
 * The line after a `key: value` line is indented deeper than the key. When it reads like a key of
 * its own (`name: x`) it is mis-indented; otherwise it continues the text above, and a colon in
 * that text is the problem: quote the text across its lines.
 */
function deeperNextLine(source: Source, lineNo: number): Explained | undefined {
  const line = source.line(lineNo);
  const parts = splitLine(line);
  if (parts.key === undefined) return undefined;
  const next = source.nextContentLine(lineNo);
  if (next === undefined || indentOf(source.line(next)) <= parts.keyStart) return undefined;
  // A `- ` under a key that has its value cannot start a list of that key: it is an item of a list
  // above, out of line with it (a line deleted, its spaces left), not a key to line up with `key:`.
  if (parts.value.trim() !== '' && /^\s*-\s/.test(source.line(next))) {
    const item = itemOfKey(source, lineNo, parts.keyStart);
    if (item !== undefined) {
      const fixed = `${' '.repeat(item)}${source.line(next).trimStart()}`;
      return { reason: 'list-item-indentation', offset: source.offset(next, indentOf(source.line(next))), params: { spaces: item, actual: indentOf(source.line(next)), fixed } };
    }
  }
  if (/^\s*(-\s+)?[\p{L}\p{N}_.-]+:(\s|$)/u.test(source.line(next))) return indentation(source, next);
  const lines = [parts.value];
  for (let n = next; n <= source.lineCount && n < next + lookBack && !isBlank(source.line(n)) && indentOf(source.line(n)) > parts.keyStart; n++) lines.push(source.line(n));
  if (!lines.some((l) => /:(\s|$)/.test(l))) return undefined;
  const q = lines.some((l) => /["\\]/.test(l)) ? "'" : '"';
  const escaped = q === "'" ? lines.map((l) => l.replace(/'/g, "''")) : lines;
  const last = escaped.length - 1;
  const fixed = escaped.map((l, i) => `${i === 0 ? `${line.slice(0, parts.valueStart)}${q}` : ''}${l.trimEnd()}${i === last ? q : ''}`);
  return { reason: 'colon-in-value', offset: source.offset(lineNo, parts.valueStart), params: { fixed: fixed.join('\n') } };
}

/**
 * The column of the `-` of the list item whose key at `keyStart` is on `lineNo`: the first line
 * above, shallower than the key, when it is that item's dash (`  - id: k1` above `    direction: …`).
 */
function itemOfKey(source: Source, lineNo: number, keyStart: number): number | undefined {
  for (let n = lineNo; n >= Math.max(1, lineNo - lookBack); n--) {
    const above = source.line(n);
    if (isBlank(above) || /^\s*#/.test(above)) continue;
    const indent = indentOf(above);
    if (indent < keyStart) return /^\s*-\s/.test(above) ? indent : undefined;
  }
  return undefined;
}

/** A line indented by neither of the columns around it: suggest the nearest column a line above uses. */
function indentation(source: Source, lineNo: number): Explained | undefined {
  const line = source.line(lineNo);
  const indent = indentOf(line);
  // Columns in the order of the lines above, nearest first: when two columns are equally far
  // (5 spaces between keys at 4 and a nested list at 6), the line just above is the sibling the
  // key belongs with. Within one line (`  - id:` offers 2 and 4) the deeper column wins.
  const columns: number[] = [];
  for (let n = lineNo - 1; n >= Math.max(1, lineNo - lookBack); n--) {
    const above = source.line(n);
    if (isBlank(above)) continue;
    const parts = splitLine(above);
    for (const c of [Math.max(indentOf(above), parts.keyStart), Math.min(indentOf(above), parts.keyStart)]) if (c !== indent && !columns.includes(c)) columns.push(c);
  }
  const target = nearestColumn(indent, columns, 'first');
  if (target === undefined) return undefined;
  return { reason: 'indentation', offset: source.offset(lineNo, indent), params: { spaces: target, actual: indent, fixed: `${' '.repeat(target)}${line.trimStart()}` } };
}

/** A `-` out of line with the items before it: align it with the nearest `-` above. */
function listItemIndentation(source: Source, lineNo: number): Explained | undefined {
  const line = source.line(lineNo);
  const indent = indentOf(line);
  const columns: number[] = [];
  for (let n = lineNo - 1; n >= Math.max(1, lineNo - lookBack); n--) {
    const above = source.line(n);
    if (/^\s*-(\s|$)/.test(above)) columns.push(indentOf(above));
  }
  const target = nearestColumn(indent, columns.filter((c) => c !== indent), 'shallower');
  if (target === undefined) return undefined;
  return { reason: 'list-item-indentation', offset: source.offset(lineNo, indent), params: { spaces: target, actual: indent, fixed: `${' '.repeat(target)}${line.trimStart()}` } };
}

/** `- key: value` among the keys of a mapping: either the `- ` is a slip, or the item is mis-aligned. */
function dashInMapping(source: Source, lineNo: number): Explained | undefined {
  const line = source.line(lineNo);
  const match = /^(\s*)-\s+(.*)$/.exec(line);
  if (!match) return undefined;
  const indent = match[1]!.length;
  const params: Params = { fixed: `${match[1]}${match[2]}` };
  for (let n = lineNo - 1; n >= Math.max(1, lineNo - lookBack); n--) {
    const above = source.line(n);
    if (/^\s*-(\s|$)/.test(above) && indentOf(above) < indent) {
      params['alternative'] = `${' '.repeat(indentOf(above))}- ${match[2]}`;
      break;
    }
  }
  return { reason: 'dash-in-mapping', offset: source.offset(lineNo, indent), params };
}

function unclosedQuote(source: Source, at: number, quote: string): Explained | undefined {
  const type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  // The quoted value that runs up to where the parser gave up, else the last quote before it.
  const node = source.nodesBefore(at).find((n) => n.type === type && n.end >= at);
  const start = node?.start ?? source.text.lastIndexOf(quote, at - 1);
  if (start < 0) return undefined;
  const lineNo = source.lineOf(start);
  const line = source.line(lineNo);
  return { reason: 'unclosed-quote', offset: start, params: { char: quote, fixed: `${line.trimEnd()}${quote}` } };
}

function unclosedBracket(source: Source, at: number, close: string): Explained | undefined {
  const open = close === ']' ? '[' : '{';
  const start = source.nodesBefore(at).find((n) => n.type === 'FLOW' && source.text[n.start] === open)?.start;
  if (start === undefined) return undefined;
  const lineNo = source.lineOf(start);
  const line = source.line(lineNo);
  // A bracket closed on its own line is not the one missing: look for a closing bracket too many.
  if (line.slice(start - source.start(lineNo)).includes(close)) {
    const extra = strayCloser(line, start - source.start(lineNo));
    if (extra === undefined) return undefined;
    return { reason: 'extra-bracket', offset: source.offset(lineNo, extra), params: { char: line[extra]!, fixed: `${line.slice(0, extra)}${line.slice(extra + 1)}` } };
  }
  const body = line.replace(/\s+#.*$/, '').trimEnd();
  // `{ id: a` closes as `{ id: a }`, `[a, b` as `[a, b]`: the way the line opened.
  const spaced = /\s/.test(source.text[start + 1] ?? '');
  return { reason: 'unclosed-bracket', offset: start, params: { char: open, close, fixed: `${body}${spaced ? ' ' : ''}${close}` } };
}

/** The column of the first `]` or `}` from `from` on that closes nothing open, outside quotes. */
function strayCloser(line: string, from: number): number | undefined {
  const open: string[] = [];
  let quote: string | undefined;
  for (let i = from; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    // A quote opens a quoted value only where a value starts (`Anna's` is plain text).
    if ((ch === '"' || ch === "'") && /(^|[[{,:])\s*$/.test(line.slice(from, i))) quote = ch;
    else if (ch === '[' || ch === '{') open.push(ch);
    else if (ch === ']' || ch === '}') {
      if (open.pop() !== (ch === ']' ? '[' : '{')) return i;
    }
  }
  return undefined;
}

/** `"Anna" Kowalska`, `'Anna's plan'`, `[draft] plan`: quote the whole text instead. */
function textAfterQuote(source: Source, lineNo: number): Explained | undefined {
  const line = source.line(lineNo);
  const parts = splitLine(line);
  const first = parts.value[0];
  if (first === undefined || !`"'[{`.includes(first)) return undefined;
  const last = parts.value[parts.value.length - 1];
  const inner = (first === '"' || first === "'") && last === first && parts.value.length > 1 ? parts.value.slice(1, -1) : parts.value;
  return { reason: 'text-after-quote', offset: source.offset(lineNo, parts.valueStart), params: { char: first, fixed: `${line.slice(0, parts.valueStart)}${quoted(inner)}${parts.comment}` } };
}

/**
 * `{ topic: Rabaty: kalkulacja }` (quote the text) or `{ date: 2026-02-02 minutes: 60 }` (a comma
 * is missing). Only a date or number before a key-like word is surely a missing comma; text before
 * a word and a colon (`Kontrakt mentoringowy: cele`) is usually one value, so quoting comes first
 * and the comma is offered as the other reading.
 */
function colonInFlow(source: Source, lineNo: number, at: number): Explained | undefined {
  const line = source.line(lineNo);
  const col = at - source.start(lineNo);
  let end = col;
  while (end < line.length && !',}]'.includes(line[end]!)) end++;
  const entry = line.slice(col, end).trimEnd();
  const colon = /:(\s|$)/.exec(entry);
  if (!colon) return undefined;
  const before = entry.slice(0, colon.index);
  const lastWord = /(\s+)([A-Za-z][A-Za-z0-9]*)$/.exec(before);
  const quotedFix = `${line.slice(0, col)}${quoted(entry)}${line.slice(col + entry.length)}`;
  if (!lastWord || /^["']/.test(before)) return { reason: 'colon-in-flow', offset: at, params: { fixed: quotedFix } };
  const gap = col + lastWord.index;
  const commaFix = `${line.slice(0, gap)},${line.slice(gap)}`;
  if (/^[0-9][0-9.:-]*$/.test(before.slice(0, lastWord.index))) return { reason: 'missing-comma', offset: at, params: { fixed: commaFix } };
  return { reason: 'colon-in-flow', offset: at, params: { fixed: quotedFix, alternative: commaFix } };
}

/**
 * `changes: [process.cadence, kpis[id=nps].target]`: a bracket glued to a word inside a flow list
 * opens a list of its own, so the parser asks for a comma before it. The entry is one text (a path
 * in `mentor diff` notation), to be quoted whole; adding the comma would split it.
 */
function bracketInFlow(line: string, col: number): { start: number; fixed: string } | undefined {
  if (!'[{'.includes(line[col] ?? '') || col === 0 || /[\s,[{]/.test(line[col - 1]!)) return undefined;
  let start = col;
  while (start > 0 && !/[\s,[{]/.test(line[start - 1]!)) start--;
  let depth = 0;
  let end = col;
  for (; end < line.length; end++) {
    const c = line[end]!;
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) break;
  }
  const entry = line.slice(start, end).trimEnd();
  return { start, fixed: `${line.slice(0, start)}${quoted(entry)}${line.slice(start + entry.length)}` };
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

const isBlank = (line: string): boolean => /^\s*(#.*)?$/.test(line);

/** The column nearest to `from`; a tie goes to the deeper, the shallower, or the first in `columns`. */
function nearestColumn(from: number, columns: number[], tie: 'deeper' | 'shallower' | 'first'): number | undefined {
  let best: number | undefined;
  for (const c of columns) {
    if (best === undefined) best = c;
    else {
      const d = Math.abs(c - from) - Math.abs(best - from);
      if (d < 0 || (d === 0 && (tie === 'deeper' ? c > best : tie === 'shallower' ? c < best : false))) best = c;
    }
  }
  return best;
}

interface LineParts {
  /** Column (0-based) where the key or, for a bare list item, the value begins. */
  keyStart: number;
  key?: string;
  /** Column (0-based) where the value begins. */
  valueStart: number;
  /** The value without a trailing comment. */
  value: string;
  /** A trailing ` # comment`, with the spaces before it; '' when there is none. */
  comment: string;
}

/** Splits `  - key: value  # note` into its parts, the way a person reads the line. */
export function splitLine(line: string): LineParts {
  const lead = /^(\s*(?:-\s+)*)/.exec(line)![1]!;
  const rest = line.slice(lead.length);
  const key = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]}@`%&*!|>?][^#]*?)\s*:(?=\s|$)\s*/.exec(rest);
  const valueStart = lead.length + (key ? key[0].length : 0);
  const { value, comment } = withoutComment(line.slice(valueStart));
  return { keyStart: lead.length, ...(key ? { key: key[1]! } : {}), valueStart, value, comment };
}

function withoutComment(text: string): { value: string; comment: string } {
  let from = 0;
  const first = text[0];
  if (first === '"' || first === "'") {
    const closed = closedQuoted(text);
    if (closed) from = text.length - closed.rest.length;
  }
  const hash = text.slice(from).search(/\s#/);
  if (hash === -1) return { value: text.trimEnd(), comment: '' };
  const cut = from + hash;
  const value = text.slice(0, cut).trimEnd();
  return { value, comment: text.slice(value.length) };
}

/** The text inside a leading quoted scalar and what follows it, or undefined if it is not closed. */
function closedQuoted(text: string): { text: string; rest: string } | undefined {
  const q = text[0];
  if (q !== '"' && q !== "'") return undefined;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (q === '"' && ch === '\\') {
      i++;
      continue;
    }
    if (ch === q) {
      if (q === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return { text: text.slice(1, i), rest: text.slice(i + 1) };
    }
  }
  return undefined;
}

/** Text as a YAML quoted scalar: double quotes unless it holds `"` or `\`, then single quotes. */
export function quoted(text: string): string {
  if (!/["\\]/.test(text)) return `"${text}"`;
  return singleQuoted(text);
}

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * An alias whose anchor is not defined above it: `*important*` meant as emphasis. One walk in
 * document order, remembering anchors as they appear (yaml's own `Alias.resolve` searches the
 * whole document per alias, which is quadratic in a file full of aliases).
 */
function unresolvedAlias(doc: Document.Parsed): Alias | undefined {
  const { isAlias, visit } = yamlLib();
  const anchors = new Set<string>();
  let found: Alias | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (node.range && !anchors.has(node.source)) {
        found = node;
        return visit.BREAK;
      }
    } else if (node !== null && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') {
      anchors.add(node.anchor);
    }
    return undefined;
  });
  return found;
}

/** Every anchor the document defines (`&name`), wherever it stands. */
function anchorsOf(doc: Document.Parsed): Set<string> {
  const { isAlias, visit } = yamlLib();
  const anchors = new Set<string>();
  visit(doc, (_key, node) => {
    if (!isAlias(node) && node !== null && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') anchors.add(node.anchor);
    return undefined;
  });
  return anchors;
}

interface NodeSpan {
  start: number;
  end: number;
  type: 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'FLOW';
}

/** The text by lines, with the parser's line starts: 1-based line numbers, 0-based columns. */
class Source {
  private spans: NodeSpan[] | undefined;

  constructor(
    readonly text: string,
    private readonly counter: LineCounter,
    private readonly doc: Document.Parsed,
  ) {}

  /**
   * Quoted values and `[ ]`/`{ }` collections that start before `at`, nearest first (a few only).
   * Indexed in one walk over the document, on first use: a file with thousands of broken quotes
   * must not walk it once per error.
   */
  nodesBefore(at: number): NodeSpan[] {
    if (!this.spans) {
      const spans: NodeSpan[] = [];
      const { visit } = yamlLib();
      visit(this.doc, {
        Scalar(_key, node) {
          if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range) spans.push({ start: node.range[0], end: node.range[1], type: node.type });
        },
        Seq(_key, node) {
          if (node.flow && node.range) spans.push({ start: node.range[0], end: node.range[1], type: 'FLOW' });
        },
        Map(_key, node) {
          if (node.flow && node.range) spans.push({ start: node.range[0], end: node.range[1], type: 'FLOW' });
        },
      });
      this.spans = spans.sort((a, b) => a.start - b.start);
    }
    const spans = this.spans;
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (spans[mid]!.start < at) low = mid + 1;
      else high = mid;
    }
    return spans.slice(Math.max(0, low - nodesLookBack), low).reverse();
  }

  lineOf(offset: number): number {
    return this.counter.linePos(offset).line;
  }

  start(lineNo: number): number {
    return this.counter.lineStarts[lineNo - 1] ?? this.text.length;
  }

  offset(lineNo: number, column: number): number {
    return this.start(lineNo) + column;
  }

  line(lineNo: number): string {
    const starts = this.counter.lineStarts;
    if (lineNo < 1 || lineNo > starts.length) return '';
    const end = lineNo < starts.length ? starts[lineNo]! : this.text.length;
    return this.text.slice(starts[lineNo - 1], end).replace(/\r?\n$/, '');
  }

  get lineCount(): number {
    return this.counter.lineStarts.length;
  }

  nextContentLine(lineNo: number): number | undefined {
    for (let n = lineNo + 1; n <= this.counter.lineStarts.length; n++) if (!isBlank(this.line(n))) return n;
    return undefined;
  }
}
