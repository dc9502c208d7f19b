import ts from 'typescript';

// Checks behind test/catalogues.test.ts: the catalogues agree key for key, every key is used, and
// no prose reaches a user from outside them. Kept apart so a planted example can prove each can fail.

const pluralCategories = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/**
 * Dotted paths of the leaves of a catalogue object: strings, functions and lists are leaves, and so
 * are the forms of one plural (`{ one, other }` in English, `{ one, few, many }` in Polish).
 */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  if (prefix !== '' && Object.keys(value).every((k) => pluralCategories.has(k))) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leafPaths(inner, prefix ? `${prefix}.${key}` : key));
}

/** Paths one catalogue has and the other lacks, each side named. */
export function keyDifferences(a: unknown, b: unknown, names: readonly [string, string]): string[] {
  const left = new Set(leafPaths(a));
  const right = new Set(leafPaths(b));
  return [...[...left].filter((p) => !right.has(p)).map((p) => `${p}: only in ${names[0]}`), ...[...right].filter((p) => !left.has(p)).map((p) => `${p}: only in ${names[1]}`)];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Leaf paths of a catalogue whose last key no code names: not as a property (`.key`), not as a
 * string (`'key'`, a key picked at run time) and not in a destructuring (`{ key }`). A key under a
 * record keyed by data (rule ids, kinds) is used when its key appears as a string anywhere in the code.
 */
export function unusedKeys(catalogue: unknown, code: string, catalogueCode = ''): string[] {
  const used = new Map<string, boolean>();
  const isUsed = (key: string): boolean => {
    if (!used.has(key)) {
      const k = escape(key);
      // In code: a property, a string (also an argument's `<name>`), or a destructured name.
      const inCode = new RegExp(`\\.${k}\\b|['"\`][<[]?${k}(?:\\.\\.\\.)?[>\\]]?['"\`]|[{,]\\s*${k}\\s*[,}:]`).test(code);
      // In the catalogues themselves (a rule's message using the calendar's words): a property only, never its own definition.
      used.set(key, inCode || new RegExp(`\\.${k}\\b`).test(catalogueCode));
    }
    return used.get(key)!;
  };
  return leafPaths(catalogue).filter((path) => !isUsed(path.slice(path.lastIndexOf('.') + 1)));
}

/** Calls whose arguments reach the user: commander's help texts, writes to stdout/stderr, usage errors. */
const helpMethods = new Set(['description', 'summary', 'addHelpText', 'argument', 'helpOption', 'helpCommand', 'version', 'showHelpAfterError', 'usage']);
const userConstructors = new Set(['Option', 'Argument', 'UsageError', 'Command']);

/** A piece of text that reads as words: two words of letters next to each other. */
export function isProse(text: string): boolean {
  return /\p{L}{2,}[ ,;]+\p{L}{2,}/u.test(text);
}

export interface ProsePlace {
  file: string;
  line: number;
  text: string;
}

/** String and template pieces inside `node` (what would be shown), prose or not. */
function textPieces(node: ts.Node): ts.Node[] {
  const pieces: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) pieces.push(n);
    // Arguments of a call (a catalogue function, a flag name for it) are not shown as they are.
    if (ts.isCallExpression(n)) return;
    ts.forEachChild(n, visit);
  };
  visit(node);
  return pieces;
}

/** Where `source` puts prose in front of the user itself instead of taking it from a catalogue. */
export function prosePlaces(file: string, source: string): ProsePlace[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ProsePlace[] = [];
  const check = (args: readonly ts.Expression[] | undefined): void => {
    for (const arg of args ?? []) {
      for (const piece of textPieces(arg)) {
        const text = (piece as ts.LiteralLikeNode).text;
        if (isProse(text)) found.push({ file, line: sf.getLineAndCharacterOfPosition(piece.getStart(sf)).line + 1, text });
      }
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const target = node.expression.expression.getText(sf);
      if (helpMethods.has(method) || (method === 'write' && /\b(stdout|stderr)$/.test(target))) check(node.arguments);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && userConstructors.has(node.expression.text)) check(node.arguments);
    // An object literal with a `description` or `help` (an option declared for commander).
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (node.name.text === 'description' || node.name.text === 'help') && !ts.isTypeLiteralNode(node.parent)) check([node.initializer]);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
