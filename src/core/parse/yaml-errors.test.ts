import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { word } from '../word.js';
import { parseSource } from './parse-source.js';
import { quoted, splitLine, yamlProblems, yamlSyntaxReasons, type YamlSyntaxReason } from './yaml-errors.js';

interface Case {
  name: string;
  source: string;
  reason: YamlSyntaxReason;
  /** Where the user must change the file (1-based), which is not always where the parser noticed. */
  line: number;
  column: number;
  /** The corrected line (or lines) the hint shows. */
  fixed?: string;
}

// The mistakes people make when they edit mentor files by hand, each as the smallest file that shows it.
const cases: Case[] = [
  { name: 'colon in a value', source: 'sessions:\n  - pair: p1\n    topic: Rabaty: kalkulacja\n', reason: 'colon-in-value', line: 3, column: 12, fixed: '    topic: "Rabaty: kalkulacja"' },
  { name: 'colon in a value, comment kept', source: 'a:\n  topic: Rabaty: kalkulacja  # ważne\n', reason: 'colon-in-value', line: 2, column: 10, fixed: '  topic: "Rabaty: kalkulacja"  # ważne' },
  { name: 'colon at the end of a value', source: 'a:\n  topic: Rabaty:\n  b: 1\n', reason: 'colon-in-value', line: 2, column: 10, fixed: '  topic: "Rabaty:"' },
  { name: 'colon in text that runs on', source: 'a:\n  description: Opis\n    ciąg dalszy: tak\n  b: 1\n', reason: 'colon-in-value', line: 2, column: 16, fixed: '  description: "Opis\n    ciąg dalszy: tak"' },
  { name: 'colon in a value with double quotes in it', source: 'a:\n  topic: Firma "X": plan\n', reason: 'colon-in-value', line: 2, column: 10, fixed: `  topic: 'Firma "X": plan'` },
  { name: 'colon in a one-line record', source: 'a:\n  - { id: a, topic: Rabaty: kalkulacja }\n', reason: 'colon-in-flow', line: 2, column: 21, fixed: '  - { id: a, topic: "Rabaty: kalkulacja" }' },
  { name: 'colon in a one-line record, after several words', source: 'a:\n  - { id: a, topic: Kontrakt mentoringowy: cele }\n', reason: 'colon-in-flow', line: 2, column: 21, fixed: '  - { id: a, topic: "Kontrakt mentoringowy: cele" }' },
  { name: 'no space after a dash, first item', source: 'mentees:\n  -id: a\n   name: B\n', reason: 'missing-space-after-dash', line: 2, column: 3, fixed: '  - id: a' },
  { name: 'no space after a dash, later item', source: 'goals:\n  - id: g1\n  -id: g2\n', reason: 'missing-space-after-dash', line: 3, column: 3, fixed: '  - id: g2' },
  { name: 'no space after a dash, plain item', source: 'a:\n  - x\n  -y\n', reason: 'missing-space-after-dash', line: 3, column: 3, fixed: '  - y' },
  { name: 'no space after a colon', source: 'metadata:\n  id:demo\n  name: x\n', reason: 'missing-space-after-colon', line: 2, column: 5, fixed: '  id: demo' },
  { name: 'no colon after a key, with a value', source: 'metadata:\n  id: demo\n  name Programme\n  phase: pilot\n', reason: 'missing-colon', line: 3, column: 7, fixed: '  name: Programme' },
  { name: 'no colon after a key, alone', source: 'a:\n  id: a\n  name\n', reason: 'missing-colon', line: 3, column: 7, fixed: '  name:' },
  { name: 'key indented one space too deep (parser blames the line above)', source: 'metadata:\n  id: demo\n   name: x\n', reason: 'indentation', line: 3, column: 4, fixed: '  name: x' },
  { name: 'key indented one space too shallow', source: 'metadata:\n  id: demo\n name: x\n', reason: 'indentation', line: 3, column: 2, fixed: '  name: x' },
  { name: 'key of a list item indented too shallow', source: 'goals:\n  - id: g1\n   name: A\n', reason: 'indentation', line: 3, column: 4, fixed: '    name: A' },
  { name: 'key of a list item indented too deep', source: 'goals:\n  - id: g1\n     name: A\n', reason: 'indentation', line: 3, column: 6, fixed: '    name: A' },
  { name: 'key between the keys of an item and a nested list below the item before', source: 'mentees:\n  - id: a\n    competencies:\n      - { competency: c, baseline: 1, target: 2 }\n  - id: b\n    name: B\n     title: T\n', reason: 'indentation', line: 7, column: 6, fixed: '    title: T' },
  { name: 'top-level key indented', source: 'apiVersion: mentor/v1\n kind: People\n', reason: 'indentation', line: 2, column: 2, fixed: 'kind: People' },
  { name: 'list item out of line', source: 'goals:\n  - id: g1\n    name: A\n   - id: g2\n', reason: 'list-item-indentation', line: 4, column: 4, fixed: '  - id: g2' },
  { name: 'list item indented deeper than the key above it (a line deleted, its spaces left)', source: 'scales:\n  - id: s\n    levels:\n      - { level: 1 }\nkpis:\n  - id: k1\n    direction: higher\n      - id: k2\n    name: B\n', reason: 'list-item-indentation', line: 8, column: 7, fixed: '  - id: k2' },
  { name: 'stray dash among keys', source: 'metadata:\n  id: demo\n  - name: x\n', reason: 'dash-in-mapping', line: 3, column: 3, fixed: '  name: x' },
  { name: 'stray dash among an item\'s keys', source: 'mentors:\n  - id: m1\n    name: A\n    - capacity: 2\n', reason: 'dash-in-mapping', line: 4, column: 5, fixed: '    capacity: 2' },
  { name: 'unclosed double quote (parser notices at the end)', source: 'metadata:\n  name: "Program KAM\n  phase: pilot\n  locale: pl\n', reason: 'unclosed-quote', line: 2, column: 9, fixed: '  name: "Program KAM"' },
  { name: 'unclosed single quote', source: "metadata:\n  name: 'Program KAM\n  phase: pilot\n", reason: 'unclosed-quote', line: 2, column: 9, fixed: "  name: 'Program KAM'" },
  { name: 'unclosed list', source: 'a:\n  competencies: [a, b\n  start: 2026-01-01\n', reason: 'unclosed-bracket', line: 2, column: 17, fixed: '  competencies: [a, b]' },
  { name: 'unclosed mapping', source: 'a:\n  - { id: a, name: B\n  - { id: c }\n', reason: 'unclosed-bracket', line: 2, column: 5, fixed: '  - { id: a, name: B }' },
  { name: 'closing bracket too many', source: 'a: [x, y]]\n', reason: 'extra-bracket', line: 1, column: 10, fixed: 'a: [x, y]' },
  { name: 'closing bracket too many inside a record', source: 'a:\n  - { id: p, competencies: [x]], start: 2026-01-01 }\n', reason: 'extra-bracket', line: 2, column: 31, fixed: '  - { id: p, competencies: [x], start: 2026-01-01 }' },
  { name: 'text after a closing double quote', source: 'a:\n  name: "Anna" Kowalska\n', reason: 'text-after-quote', line: 2, column: 9, fixed: `  name: '"Anna" Kowalska'` },
  { name: 'an apostrophe inside single quotes', source: "a:\n  name: 'Anna's plan'\n", reason: 'text-after-quote', line: 2, column: 9, fixed: '  name: "Anna\'s plan"' },
  { name: 'text after a bracketed start', source: 'a:\n  note: [draft] plan\n', reason: 'text-after-quote', line: 2, column: 9, fixed: '  note: "[draft] plan"' },
  { name: '@ at the start', source: 'a:\n  email: @anna\n', reason: 'special-start', line: 2, column: 10, fixed: '  email: "@anna"' },
  { name: 'backtick at the start', source: 'a:\n  note: `code` here\n', reason: 'special-start', line: 2, column: 9, fixed: '  note: "`code` here"' },
  { name: '% at the start', source: 'a:\n  share: %50\n', reason: 'special-start', line: 2, column: 10, fixed: '  share: "%50"' },
  { name: '& alone at the start', source: 'a:\n  team: & R&D\n', reason: 'special-start', line: 2, column: 9, fixed: '  team: "& R&D"' },
  { name: '! at the start', source: 'a:\n  title: !Ważne\n', reason: 'special-start', line: 2, column: 10, fixed: '  title: "!Ważne"' },
  { name: '| with text on the same line', source: 'a:\n  note: | extra\n', reason: 'special-start', line: 2, column: 9, fixed: '  note: "| extra"' },
  { name: 'an unknown tag (yaml would drop it and keep an empty value)', source: 'a:\n  title: !Pilne\n', reason: 'special-start', line: 2, column: 10, fixed: '  title: "!Pilne"' },
  { name: '? at the start', source: 'a:\n  q: ? why\n', reason: 'special-start', line: 2, column: 6, fixed: '  q: "? why"' },
  { name: 'an alias whose anchor is misspelt, in a flow mapping', source: 'a: &prep [x]\nm:\n  - {id: m1, preparation: *prep2}\n', reason: 'unknown-anchor', line: 3, column: 27 },
  { name: 'an alias before its anchor', source: 'm:\n  - {id: m1, preparation: *prep}\n  - {id: m2, preparation: &prep [x]}\n', reason: 'unknown-anchor', line: 2, column: 27 },
  { name: 'Markdown emphasis read as an alias', source: 'a:\n  topic: *Pilne* – kontrakt\n', reason: 'special-start', line: 2, column: 10, fixed: '  topic: "*Pilne* – kontrakt"' },
  { name: 'backslash in double quotes', source: 'a:\n  path: "C:\\Users\\anna"\n', reason: 'bad-escape', line: 2, column: 9, fixed: "  path: 'C:\\Users\\anna'" },
  { name: 'a diff path with [id=…] in a flow list', source: 'changes: [process.cadence, kpis[id=nps].target]\n', reason: 'bracket-in-flow', line: 1, column: 28, fixed: 'changes: [process.cadence, "kpis[id=nps].target"]' },
  { name: 'no comma between record entries', source: 'a:\n  - { pair: p1, date: 2026-02-02 minutes: 60 }\n', reason: 'missing-comma', line: 2, column: 23, fixed: '  - { pair: p1, date: 2026-02-02, minutes: 60 }' },
  { name: 'no comma between quoted list items', source: 'a: ["x" "y"]\n', reason: 'missing-comma', line: 1, column: 9, fixed: 'a: ["x", "y"]' },
  { name: 'empty list entry', source: 'a: [x, , y]\n', reason: 'empty-flow-item', line: 1, column: 8, fixed: 'a: [x, y]' },
  { name: 'anything else keeps the parser words', source: '- a\nb: 1\n', reason: 'other', line: 2, column: 1 },
  { name: 'a list item where the keys are', source: 'a: 1\n- b\n', reason: 'dash-in-mapping', line: 2, column: 1, fixed: 'b' },
];

function problemsOf(source: string) {
  const file = parseSource('f.yaml', new TextEncoder().encode(source));
  return file.findings.map((f) => ({ finding: f, en: word(f, 'en'), pl: word(f, 'pl') }));
}

describe('yaml syntax errors, worded by the mistake', () => {
  it.each(cases)('$name → $reason', ({ source, reason, line, column, fixed }) => {
    const found = problemsOf(source);
    expect(found).toHaveLength(1);
    const { en, pl } = found[0]!;
    expect(en.ruleId).toBe('yaml-syntax');
    expect(en.reason).toBe(reason);
    expect(en.start.line).toBe(line);
    if (column > 0) expect(en.start.column).toBe(column);
    if (fixed !== undefined) {
      const shown = fixed.split('\n').map((l) => `  ${l}`).join('\n');
      // From the start of a line, so a fix indented too deep does not pass as a substring.
      expect(`\n${en.hint}`).toContain(`\n${shown}`);
      expect(`\n${pl.hint}`).toContain(`\n${shown}`);
      // The corrected text must itself be YAML that parses (one line at a time is not enough for continued text).
      expect(parseDocument(fixed.replace(/^\s*-\s/, '').trim()).errors, fixed).toEqual([]);
    }
    if (reason !== 'other') {
      // Worded by mentor, not the parser: no trace of the parser's English.
      expect(en.message).not.toContain(String(found[0]!.finding.params['detail']));
      expect(pl.message).not.toContain(String(found[0]!.finding.params['detail']));
      expect(pl.message).not.toBe(en.message);
    }
  });

  it('offers the comma as the other reading of a colon after words in a one-line record', () => {
    const [found] = problemsOf('a:\n  - { id: a name: b }\n');
    expect(found!.en.reason).toBe('colon-in-flow');
    expect(found!.en.hint).toBe('If it is one text, put it in quotes:\n    - { id: "a name: b" }\nIf these are two entries, separate them with a comma:\n    - { id: a, name: b }');
    expect(found!.pl.hint).toBe('Jeśli to jeden tekst, ujmij go w cudzysłów:\n    - { id: "a name: b" }\nJeśli to dwa wpisy, oddziel je przecinkiem:\n    - { id: a, name: b }');
  });

  it('names the anchor an alias was meant for, or says it must come first, never an empty fix', () => {
    const [typo] = problemsOf('a: &prep [x]\nm:\n  - {id: m1, preparation: *prep2}\n');
    expect(typo!.en.message).toBe('The alias `*prep2` repeats a value marked `&prep2`, and no value above it is marked so.');
    expect(typo!.en.hint).toBe('Did you mean `*prep`?');
    expect(typo!.pl.hint).toBe('Czy chodziło o `*prep`?');
    const [early] = problemsOf('m:\n  - {id: m1, preparation: *prep}\n  - {id: m2, preparation: &prep [x]}\n');
    expect(early!.en.hint).toBe('Move the value marked `&prep` above this line: an alias repeats only what comes before it.');
    const [unknown] = problemsOf('m:\n  - {id: m1, preparation: *zzz}\n');
    expect(unknown!.en.hint).toMatch(/^Mark the value to repeat with `&zzz` above this line, or put the text in quotes/);
    expect(unknown!.pl.hint).toMatch(/^Oznacz wartość do powtórzenia przez `&zzz`/);
  });

  it('has a case above for every reason', () => {
    const covered = new Set(cases.map((c) => c.reason));
    expect(yamlSyntaxReasons.filter((r) => !covered.has(r) && r !== 'comment-without-space')).toEqual([]);
  });

  it('places a comment glued to a value (yaml raises it; the js-yaml fast path does not)', () => {
    const text = 'a:\n  name: "x"# note\n';
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    const [problem] = yamlProblems(doc, lineCounter, text);
    expect(problem?.params['reason']).toBe('comment-without-space');
    expect(lineCounter.linePos(problem!.offset)).toEqual({ line: 2, col: 12 });
    expect(problem?.params['fixed']).toBe('  name: "x" # note');
  });

  it('keeps the rules of their own for tabs, duplicate keys and several documents', () => {
    expect(problemsOf('a:\n\tb: 1\n').map((p) => p.en.ruleId)).toEqual(['yaml-tab-indent']);
    expect(problemsOf('a: 1\na: 2\n').map((p) => p.en.ruleId)).toEqual(['yaml-duplicate-key']);
    expect(problemsOf('a: 1\n---\nb: 2\n').map((p) => p.en.ruleId)).toEqual(['yaml-multiple-documents']);
  });

  it('names the repeated key, for outputs without a code frame', () => {
    const [found] = problemsOf('metadata:\n  locale: en\n  name: X\n  locale: pl\n');
    expect(found!.en.message).toBe('The key `locale` appears twice in the same mapping.');
    expect(found!.pl.message).toBe('Klucz `locale` występuje dwa razy w tej samej mapie.');
  });

  it('reports a tab in the indentation alone, not the lines below it that the tab throws off', () => {
    // A mentor's `capacity` indented by a tab: yaml then misreads the keys and items below it.
    const text = 'mentors:\n  - id: a\n    name: A\n\tcapacity: 1\n    levels: { x: 3 }\n    preparation:\n      - { module: m, completed: 2026-03-10 }\n  - id: b\n    name: B\n';
    expect(problemsOf(text).map((p) => p.en.ruleId)).toEqual(['yaml-tab-indent']);
    // A mistake above the tab cannot be its consequence, and stays.
    expect(problemsOf(`x: "open\n${text}`).map((p) => p.en.ruleId)[0]).toBe('yaml-syntax');
  });

  it('reports a tab after spaces in the indentation as a tab, at the tab, and nothing it throws off below', () => {
    const text = 'mentors:\n  - id: a\n    name: A\n  \ttitle: Process Engineer\n    department: W\n    capacity: 2\n    levels: { x: 3 }\n  - id: b\n    name: B\n';
    const found = problemsOf(text);
    expect(found.map((p) => [p.en.ruleId, p.en.start.line, p.en.start.column])).toEqual([['yaml-tab-indent', 4, 3]]);
    // A tab inside a line's text (not its indentation) is no tab problem.
    expect(problemsOf('a:\n  b: x\ty\n  c: 1\n')).toEqual([]);
  });

  it('reports each broken line once, and independent mistakes on different lines each', () => {
    const found = problemsOf('a:\n  email: @x\n  b: ok\n  note: `y`\n');
    expect(found.map((p) => [p.en.reason, p.en.start.line])).toEqual([
      ['special-start', 2],
      ['special-start', 4],
    ]);
  });

  it('names the first line in both languages for a mistake it cannot explain', () => {
    const [found] = problemsOf('- a\nb: 1\n');
    expect(found!.en.message).toBe('YAML syntax error: Unexpected scalar at node end');
    expect(found!.pl.message).toBe('Błąd składni YAML (komunikat parsera: Unexpected scalar at node end).');
  });
});

describe('splitLine and quoted', () => {
  it('splits a line the way a person reads it', () => {
    expect(splitLine('    topic: Rabaty: kalkulacja  # note')).toEqual({ keyStart: 4, key: 'topic', valueStart: 11, value: 'Rabaty: kalkulacja', comment: '  # note' });
    expect(splitLine('  - id: g1')).toEqual({ keyStart: 4, key: 'id', valueStart: 8, value: 'g1', comment: '' });
    expect(splitLine('  - @anna')).toEqual({ keyStart: 4, valueStart: 4, value: '@anna', comment: '' });
    expect(splitLine('  "a b": "c # d" # e')).toMatchObject({ key: '"a b"', value: '"c # d"', comment: ' # e' });
  });

  it('quotes with double quotes unless the text holds one or a backslash', () => {
    expect(quoted('Rabaty: kalkulacja')).toBe('"Rabaty: kalkulacja"');
    expect(quoted('Firma "X"')).toBe(`'Firma "X"'`);
    expect(quoted("Anna's \\ plan")).toBe("'Anna''s \\ plan'");
  });
});
