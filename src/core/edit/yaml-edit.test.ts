import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { textOfView, viewOfText } from '../text/byte-view.js';
import { parseForEdit, planAppend } from './document-plan.js';
import { planTopLevelAppend } from './line-plan.js';
import { lineSpans } from './line-spans.js';
import { applySplices, applyToData, editYaml, YamlEditError, type YamlEdit } from './yaml-edit.js';

/** The new text with the inserted ranges cut out: equal to the old text when nothing was removed. */
function withoutInserted(text: string, inserted: { start: number; end: number }[]): string {
  let out = '';
  let from = 0;
  for (const r of inserted) {
    out += text.slice(from, r.start);
    from = r.end;
  }
  return out + text.slice(from);
}

/** The text an append planned on the yaml Document gives (what the scan of the lines must match). */
function documentAppend(source: string, edit: Extract<YamlEdit, { op: 'append' }>, options: Parameters<typeof planAppend>[2] = {}): string {
  return applySplices(source, planAppend(parseForEdit(source), edit, options)).text;
}

const recordsOrder = ['apiVersion', 'kind', 'programme', 'sessions', 'assessments', 'learning', 'surveys', 'kpiValues'];
const keyOrder = (path: readonly (string | number)[]) => (path.length === 0 ? recordsOrder : undefined);

describe('editYaml: append', () => {
  it('adds an item after the last one, in its block style, every old byte kept', () => {
    const source = [
      '# Records of March',
      'apiVersion: mentor/v1',
      'kind: Records',
      'programme: p',
      '',
      '# Sessions held',
      'sessions:',
      '  - pair: pair-01 # the first',
      '    date: 2026-03-02',
      '    minutes: 60',
      '',
      '# Assessments next',
      'assessments: []',
      '',
    ].join('\n');
    const r = editYaml(source, [{ op: 'append', path: ['sessions'], values: [{ pair: 'pair-02', date: '2026-03-03', minutes: 45 }] }]);
    expect(withoutInserted(r.text, r.inserted)).toBe(source);
    expect(r.text.slice(r.inserted[0]!.start, r.inserted[0]!.end)).toBe('  - pair: pair-02\n    date: 2026-03-03\n    minutes: 45\n');
    expect(r.text).toContain('    minutes: 60\n  - pair: pair-02');
  });

  it('writes a one-line item after one-line items', () => {
    const source = 'sessions:\n  - { pair: a, date: 2026-03-02, minutes: 60 }\nother: 1\n';
    const r = editYaml(source, [{ op: 'append', path: ['sessions'], values: [{ pair: 'b', date: '2026-03-09', minutes: 60, topic: 'Plan: next steps' }] }]);
    expect(r.text).toBe('sessions:\n  - { pair: a, date: 2026-03-02, minutes: 60 }\n  - { pair: b, date: 2026-03-09, minutes: 60, topic: "Plan: next steps" }\nother: 1\n');
  });

  it('keeps `{ }` padded and `[]` not, as one-line pairs are usually typed', () => {
    const source = 'pairs:\n  - { id: pair-01, mentor: m1, mentee: e1, competencies: [code-review], start: 2026-09-02 }\n';
    const pair = { id: 'pair-02', mentor: 'm1', mentee: 'e2', competencies: ['code-review', 'x'], start: '2026-09-03', note: 'a [ b ] c' };
    const r = editYaml(source, [{ op: 'append', path: ['pairs'], values: [pair] }]);
    expect(r.text.split('\n')[2]).toBe('  - { id: pair-02, mentor: m1, mentee: e2, competencies: [code-review, x], start: 2026-09-03, note: "a [ b ] c" }');
    expect(documentAppend(source, { op: 'append', path: ['pairs'], values: [pair] })).toBe(r.text);
    // The other way round, and nested in a block item.
    const block = 'mentors:\n  - id: m1\n    levels: {a: 3}\n    tags: [ x, y ]\n';
    const b = editYaml(block, [{ op: 'append', path: ['mentors'], values: [{ id: 'm2', levels: { a: 2, b: 1 }, tags: ['z'] }] }]);
    expect(b.text.split('\n').slice(4, 7)).toEqual(['  - id: m2', '    levels: {a: 2, b: 1}', '    tags: [ z ]']);
  });

  it('lines a new item up with the dash, not with a value pushed right by an anchor', () => {
    const source = 'sessions:\n  - &monthly {pair: a, date: 2026-03-23, minutes: 60}\n  - {pair: b, date: 2026-04-20, minutes: 60}\n';
    const r = editYaml(source, [{ op: 'append', path: ['sessions'], values: [{ pair: 'c', date: '2026-05-18', minutes: 60 }] }]);
    expect(r.text.slice(r.inserted[0]!.start, r.inserted[0]!.end)).toBe('  - {pair: c, date: 2026-05-18, minutes: 60}\n');
    const block = 'sessions:\n  - &first\n    pair: a\n    minutes: 60\n';
    const b = editYaml(block, [{ op: 'append', path: ['sessions'], values: [{ pair: 'c', minutes: 45 }] }]);
    expect(b.text.slice(b.inserted[0]!.start, b.inserted[0]!.end)).toBe('  - pair: c\n    minutes: 45\n');
  });

  it('says where each appended value landed', () => {
    const r = editYaml('a:\n  - x\nb: [1]\n', [
      { op: 'append', path: ['a'], values: [{ k: 1, l: [2] }, 'y'] },
      { op: 'append', path: ['b'], values: [2, 3] },
      { op: 'append', path: ['c'], values: ['z'] },
    ]);
    expect(r.items.map((i) => r.text.slice(i.start, i.end))).toEqual(['  - k: 1\n    l: [2]\n', '  - y\n', '2', '3', '  - z\n']);
  });

  it('keeps the sibling\'s nested styles: flow lists and mappings inside a block item', () => {
    const source = [
      'mentees:',
      '  - id: e-1',
      '    name: Ann',
      '    competencies:',
      '      - { competency: c, baseline: 1, target: 3 }',
      'pairs:',
      '  - id: p-1',
      '    competencies: [c]',
      '    start: 2026-01-05',
      '',
    ].join('\n');
    const r = editYaml(source, [
      { op: 'append', path: ['mentees'], values: [{ id: 'e-2', name: 'Bo', competencies: [{ competency: 'c', baseline: 2, target: 4 }] }] },
      { op: 'append', path: ['pairs'], values: [{ id: 'p-2', competencies: ['c', 'd'], start: '2026-01-12' }] },
    ]);
    expect(r.text).toContain('  - id: e-2\n    name: Bo\n    competencies:\n      - { competency: c, baseline: 2, target: 4 }\npairs:');
    expect(r.text).toContain('  - id: p-2\n    competencies: [c, d]\n    start: 2026-01-12\n');
    expect(withoutInserted(r.text, r.inserted)).toBe(source);
  });

  it('creates a missing list under its commented-out sample', () => {
    const source = [
      'apiVersion: mentor/v1',
      'kind: Records',
      'programme: p',
      '',
      '# Each kind of record, once:',
      '# sessions:',
      '#   - { pair: pair-01, date: YYYY-MM-DD, minutes: 60 }',
      '# assessments:',
      '#   - { mentee: x, competency: y, date: YYYY-MM-DD, level: 2, assessor: mentor }',
      '',
    ].join('\n');
    const r = editYaml(source, [{ op: 'append', path: ['assessments'], values: [{ mentee: 'e', competency: 'c', date: '2026-03-02', level: 2, assessor: 'mentor' }] }], {
      keyOrder,
      newListStyle: () => ({ flow: true }),
    });
    expect(r.text.split('\n').slice(8, 11)).toEqual([
      '#   - { mentee: x, competency: y, date: YYYY-MM-DD, level: 2, assessor: mentor }',
      'assessments:',
      '  - { mentee: e, competency: c, date: 2026-03-02, level: 2, assessor: mentor }',
    ]);
    expect(withoutInserted(r.text, r.inserted)).toBe(source);
  });

  it('puts a new key in the order given, before the comments of the key that follows', () => {
    const source = 'apiVersion: mentor/v1\nkind: Records\nprogramme: p\n\n# Learning of the month\nlearning:\n  - { mentee: e, date: 2026-03-02, type: formal, hours: 2 }\n';
    const r = editYaml(source, [{ op: 'append', path: ['sessions'], values: [{ pair: 'x', date: '2026-03-02', minutes: 60 }] }], { keyOrder });
    expect(r.text).toBe('apiVersion: mentor/v1\nkind: Records\nprogramme: p\nsessions:\n  - pair: x\n    date: 2026-03-02\n    minutes: 60\n\n# Learning of the month\nlearning:\n  - { mentee: e, date: 2026-03-02, type: formal, hours: 2 }\n');
  });

  it('sets a new item apart by a blank line when the list\'s items are, the scan as the Document', () => {
    const source = ['sessions:', '  - pair: p-1', '    date: 2026-11-03', '    minutes: 60', '', '  - pair: p-2', '    date: 2026-11-04', '    minutes: 45', ''].join('\n');
    const edit: YamlEdit = { op: 'append', path: ['sessions'], values: [{ pair: 'p-3', minutes: 30 }, { pair: 'p-4', minutes: 15 }] };
    const r = editYaml(source, [edit]);
    expect(r.text).toBe(`${source}\n  - pair: p-3\n    minutes: 30\n\n  - pair: p-4\n    minutes: 15\n`);
    expect(r.items.map((i) => r.text.slice(i.start, i.end))).toEqual(['  - pair: p-3\n    minutes: 30\n', '  - pair: p-4\n    minutes: 15\n']);
    expect(withoutInserted(r.text, r.inserted)).toBe(source);
    const more = [
      source,
      // Before the next key, CRLF, no newline at the end, flow items, an anchor.
      `${source}\n# later\nlearning: []\n`,
      source.replaceAll('\n', '\r\n'),
      source.trimEnd(),
      'sessions:\n  - { pair: a }\n\n  - { pair: b }\n\n  - &c { pair: c }\n',
    ];
    for (const text of more) {
      const planned = planTopLevelAppend(text, 'sessions', edit.values, {});
      expect(planned).toBeDefined();
      expect(applySplices(text, planned!).text).toBe(documentAppend(text, edit));
      expect(applySplices(text, planned!).text).toMatch(/(\r?\n){2} {2}- (pair: p-3|\{ pair: p-3)/);
    }
    // Not every item set apart, or only one item: no blank line.
    for (const text of ['sessions:\n  - a\n\n  - b\n  - c\n', 'sessions:\n  - a\n\n  # c\n  - b\n', 'sessions:\n\n  - a\n\n']) {
      const planned = applySplices(text, planTopLevelAppend(text, 'sessions', ['d'], {})!).text;
      expect(planned).toMatch(/[abc]\n {2}- d\n/);
      expect(planned).toBe(documentAppend(text, { op: 'append', path: ['sessions'], values: ['d'] }));
    }
  });

  it('tells newListStyle how the other lists write their items, the scan as the Document', () => {
    const follow = { keyOrder, newListStyle: (_: unknown, others: boolean | undefined) => ({ flow: others ?? true }) };
    const block = 'apiVersion: mentor/v1\nkind: Records\nprogramme: p\nsessions:\n  - pair: x\n    minutes: 60\n';
    const flow = 'apiVersion: mentor/v1\nkind: Records\nprogramme: p\nsessions:\n  - { pair: x, minutes: 60 }\n';
    const edit: YamlEdit = { op: 'append', path: ['learning'], values: [{ mentee: 'e', hours: 2 }] };
    expect(editYaml(block, [edit], follow).text).toBe(`${block}learning:\n  - mentee: e\n    hours: 2\n`);
    expect(editYaml(flow, [edit], follow).text).toBe(`${flow}learning:\n  - { mentee: e, hours: 2 }\n`);
    for (const source of [block, flow, `${block}learning: []\n`, `${flow}learning:\n`]) {
      expect(applySplices(source, planTopLevelAppend(source, 'learning', edit.values, follow)!).text).toBe(documentAppend(source, edit, follow));
    }
  });

  it('turns `key: []` and an empty `key:` into a block list, keeping a comment on the key line', () => {
    const r = editYaml('staff: []  # none yet\npairs:\nend: 1\n', [
      { op: 'append', path: ['staff'], values: [{ id: 's-1', name: 'Kim' }] },
      { op: 'append', path: ['pairs'], values: ['p-1'] },
    ]);
    expect(r.text).toBe('staff:  # none yet\n  - id: s-1\n    name: Kim\npairs:\n  - p-1\nend: 1\n');
  });

  it('appends inside flow lists, one line or several, trailing comma kept', () => {
    expect(editYaml('ids: [a, b] # x\n', [{ op: 'append', path: ['ids'], values: ['c'] }]).text).toBe('ids: [a, b, c] # x\n');
    expect(editYaml('ids: [\n  a,\n  b,\n]\n', [{ op: 'append', path: ['ids'], values: ['c'] }]).text).toBe('ids: [\n  a,\n  b,\n  c,\n]\n');
    expect(editYaml('ids: [\n  a,\n  b\n]\n', [{ op: 'append', path: ['ids'], values: ['c'] }]).text).toBe('ids: [\n  a,\n  b,\n  c\n]\n');
  });

  it('follows the file: CRLF line endings, no newline at the end, lists not indented under keys', () => {
    expect(editYaml('a: 1\r\nlist:\r\n  - x\r\n', [{ op: 'append', path: ['list'], values: ['y'] }]).text).toBe('a: 1\r\nlist:\r\n  - x\r\n  - y\r\n');
    expect(editYaml('list:\n  - x', [{ op: 'append', path: ['list'], values: ['y'] }]).text).toBe('list:\n  - x\n  - y\n');
    expect(editYaml('list:\n- x\nother: 1\n', [{ op: 'append', path: ['fresh'], values: ['y'] }]).text).toBe('list:\n- x\nother: 1\nfresh:\n- y\n');
  });

  it('appends to a list nested in a mapping (people inline in a programme)', () => {
    const source = 'metadata:\n  id: p\npeople:\n  mentors:\n    - id: m-1\n      capacity: 2\n  # more later\nkpis: []\n';
    const r = editYaml(source, [{ op: 'append', path: ['people', 'mentees'], values: [{ id: 'e-1', name: 'Ann' }] }]);
    expect(parse(r.text)).toEqual({ metadata: { id: 'p' }, people: { mentors: [{ id: 'm-1', capacity: 2 }], mentees: [{ id: 'e-1', name: 'Ann' }] }, kpis: [] });
    expect(withoutInserted(r.text, r.inserted)).toBe(source);
  });

  it('quotes what YAML would read as something else', () => {
    const r = editYaml('list:\n  - x\n', [{ op: 'append', path: ['list'], values: [{ id: '007', note: 'yes: no', flag: 'true', hash: '#1', empty: '' }] }]);
    expect(parse(r.text)).toEqual({ list: ['x', { id: '007', note: 'yes: no', flag: 'true', hash: '#1', empty: '' }] });
  });

  it('refuses what it cannot do safely', () => {
    const code = (source: string, edit: YamlEdit): string | undefined => {
      try {
        editYaml(source, [edit]);
        return undefined;
      } catch (error) {
        return error instanceof YamlEditError ? error.code : 'other';
      }
    };
    expect(code('a: [1\n', { op: 'append', path: ['a'], values: [2] })).toBe('yaml-errors');
    expect(code('a: text\n', { op: 'append', path: ['a'], values: [2] })).toBe('not-a-list');
    expect(code('- 1\n', { op: 'append', path: ['a'], values: [2] })).toBe('not-a-mapping');
    expect(code('a: { b: 1 }\n', { op: 'append', path: ['a', 'c'], values: [2] })).toBe('unsupported');
  });

  // The scan plans the append without reading the other items: the file is read back whole, so a
  // broken item elsewhere is refused as the Document refuses it, in text and in a byte view.
  it('refuses to append to a file with a YAML error in another item', () => {
    const source = ['sessions:', '  - { pair: p-1, date: 2026-11-02, topic: "unclosed }', '  - { pair: p-2, date: 2026-11-03 }', 'learning:', '  - mentee: m-1', '    hours: 1', ''].join('\n');
    const edit: YamlEdit = { op: 'append', path: ['learning'], values: [{ mentee: 'm-2', hours: 2 }] };
    expect(planTopLevelAppend(source, 'learning', edit.values, {})).toBeDefined();
    expect(() => editYaml(source, [edit])).toThrow(expect.objectContaining({ code: 'yaml-errors', message: expect.stringContaining('quote') }));
    expect(() => editYaml(viewOfText(`# Łódź\n${source}`), [edit], { view: true })).toThrow(expect.objectContaining({ code: 'yaml-errors' }));
    const duplicate = `${source.replace('"unclosed }', 'ok }')}learning:\n  - mentee: m-3\n`;
    expect(() => editYaml(duplicate, [{ ...edit, path: ['sessions'] }])).toThrow(expect.objectContaining({ code: 'yaml-errors' }));
  });
});

describe('editYaml: set', () => {
  it('replaces a value where it stands, or adds the key', () => {
    const source = 'pairs:\n  - id: p-1 # first\n    start: 2026-01-05\n    competencies:\n      - a\n';
    const r = editYaml(source, [
      { op: 'set', path: ['pairs', 0, 'start'], value: '2026-02-02' },
      { op: 'set', path: ['pairs', 0, 'end'], value: '2026-05-29' },
      { op: 'set', path: ['pairs', 0, 'competencies'], value: ['a', 'b'] },
    ]);
    expect(r.text).toBe('pairs:\n  - id: p-1 # first\n    start: 2026-02-02\n    competencies: [ a, b ]\n    end: 2026-05-29\n');
  });

  it('writes a nested value as a block when it is not flat', () => {
    const r = editYaml('a: 1\n', [{ op: 'set', path: ['b'], value: { c: [{ d: 1 }, { d: 2 }] } }]);
    expect(parse(r.text)).toEqual({ a: 1, b: { c: [{ d: 1 }, { d: 2 }] } });
  });
});

describe('editYaml: large files', () => {
  const big = (n: number, flow: boolean): string =>
    [
      '# yaml-language-server: $schema=../.mentor/schemas/records.schema.json',
      'apiVersion: mentor/v1',
      'kind: Records',
      'programme: big',
      'sessions:',
      ...Array.from({ length: n }, (_, i) => (flow ? `  - { pair: pr-${i}, date: 2025-03-03, minutes: 60 }` : `  - pair: pr-${i}\n    date: 2025-03-03\n    minutes: 60`)),
      '# learning comes later',
      '',
    ].join('\n');

  for (const flow of [false, true]) {
    it(`plans from a scan of the lines, with the same result as the Document (${flow ? 'flow' : 'block'} items)`, () => {
      const source = big(8000, flow);
      const edits: YamlEdit[] = [
        { op: 'append', path: ['sessions'], values: [{ pair: 'pr-new', date: '2025-03-31', minutes: 90, topic: 'Review' }] },
        { op: 'append', path: ['assessments'], values: [{ mentee: 'me-1', competency: 'c', date: '2025-03-31', level: 3, assessor: 'mentor' }] },
      ];
      const r = editYaml(source, edits, { keyOrder });
      expect(withoutInserted(r.text, r.inserted)).toBe(source);
      const data = jsYaml.load(r.text, { schema: jsYaml.CORE_SCHEMA }) as { sessions: unknown[]; assessments: unknown[] };
      expect(data.sessions).toHaveLength(8001);
      expect(data.sessions[8000]).toEqual({ pair: 'pr-new', date: '2025-03-31', minutes: 90, topic: 'Review' });
      expect(data.assessments).toHaveLength(1);
    });

    it(`the scan and the Document place new text alike (${flow ? 'flow' : 'block'} items)`, () => {
      const source = big(3, flow);
      for (const edit of [
        { op: 'append', path: ['sessions'], values: [{ pair: 'pr-new', date: '2025-03-31', minutes: 90 }] },
        { op: 'append', path: ['assessments'], values: [{ mentee: 'me-1', level: 3 }] },
        { op: 'append', path: ['surveys'], values: [{ survey: 's', nps: 9 }] },
      ] as const) {
        const scanned = planTopLevelAppend(source, edit.path[0], edit.values, { keyOrder });
        expect(scanned).toBeDefined();
        expect(applySplices(source, scanned!).text).toBe(documentAppend(source, { ...edit, values: [...edit.values] }, { keyOrder }));
      }
    });
  }
});

describe('editYaml on a byte view', () => {
  const file = (n: number, eol: string, sample: boolean): string =>
    [
      '# Zapisy: Łódź, marzec',
      'apiVersion: mentor/v1',
      'kind: Records',
      'programme: big',
      'sessions:',
      ...Array.from({ length: n }, (_, i) => `  - pair: pr-${i}${eol}    topic: Zażółć gęślą jaźń ${i}`),
      ...(sample ? ['# assessments:', '#   - mentee: ąę'] : []),
      'surveys: []',
      '',
    ].join(eol);
  const edits: YamlEdit[][] = [
    [{ op: 'append', path: ['sessions'], values: [{ pair: 'pr-new', topic: 'Śląsk 😀' }] }],
    [{ op: 'append', path: ['assessments'], values: [{ mentee: 'me-ł', level: 3 }] }],
    [
      { op: 'append', path: ['surveys'], values: [{ survey: 'ś', nps: 9 }] },
      { op: 'append', path: ['sessions'], values: [{ pair: 'pr-2' }, { pair: 'pr-3', topic: 'ó' }] },
    ],
  ];
  // 6,000 items with CRLF or LF, 5,000 (more bytes than characters), and 3, with a `set` too (planned
  // on the Document, on the decoded text).
  for (const [n, eol, sample] of [
    [6000, '\n', true],
    [6000, '\r\n', false],
    [5000, '\n', false],
    [3, '\n', true],
  ] as const) {
    it(`gives the bytes of the text's edit, item offsets in bytes (${n} items, ${eol === '\n' ? 'LF' : 'CRLF'}${sample ? ', a commented sample' : ''})`, () => {
      const source = file(n, eol, sample);
      for (const edit of n === 5000 ? edits.slice(0, 1) : n > 3 ? edits : [...edits, [{ op: 'set', path: ['programme'], value: 'żółw' }] as YamlEdit[]]) {
        const expected = editYaml(source, edit, { keyOrder });
        const r = editYaml(viewOfText(source), edit, { keyOrder, view: true });
        expect(textOfView(r.text)).toBe(expected.text);
        expect(r.items.map((i) => textOfView(r.text.slice(i.start, i.end)))).toEqual(expected.items.map((i) => expected.text.slice(i.start, i.end)));
        expect(r.inserted.map((i) => textOfView(r.text.slice(i.start, i.end)))).toEqual(expected.inserted.map((i) => expected.text.slice(i.start, i.end)));
        // Lines known from the scan are the lines counted.
        if (r.lines) expect(r.lines).toEqual(lineSpans(r.text, r.items));
        if (n === 6000 && edit[0]!.path[0] === 'sessions') expect(r.lines).toBeDefined();
      }
    });
  }
});

// ── properties ────────────────────────────────────────────────────────────────────────────────

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const scalar = fc.oneof(word, fc.integer({ min: 0, max: 999 }), fc.constantFrom('007', 'yes', 'null', 'a: b', '#x', ' lead', 'Zażółć gęślą', '2026-03-02'));
const item = fc.dictionary(word, fc.oneof(scalar, fc.array(word, { maxLength: 3 })), { minKeys: 1, maxKeys: 4 });
const comment = fc.constantFrom('', '# a comment', '  # indented', '#   - { sample: 1 }');

/** A records-like file: top-level keys holding block or flow lists, with comments and blank lines between. */
const file = fc.record({
  keys: fc.uniqueArray(word, { minLength: 1, maxLength: 4 }),
  lists: fc.array(fc.tuple(fc.array(item, { maxLength: 3 }), fc.boolean(), comment, fc.boolean()), { minLength: 4, maxLength: 4 }),
});

/** The text of a generated file. */
function sourceOf({ keys, lists }: { keys: string[]; lists: [Record<string, unknown>[], boolean, string, boolean][] }): string {
  const lines: string[] = ['# header', 'apiVersion: mentor/v1'];
  keys.forEach((key, i) => {
    const [items, flow, note, apart] = lists[i]!;
    if (note) lines.push(note);
    const itemText = (it: Record<string, unknown>): string[] =>
      flow ? [`  - ${stringify(it, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd()}`] : stringify([it], { lineWidth: 0, indentSeq: true }).trimEnd().split('\n').map((line) => `  ${line}`);
    if (items.length === 0) lines.push(`${key}: []`);
    // Items set apart by blank lines, as many write them by hand.
    else if (apart) lines.push(`${key}:`, ...items.flatMap((it, k) => [...(k > 0 ? [''] : []), ...itemText(it)]));
    else if (flow) lines.push(`${key}:`, ...items.flatMap(itemText));
    else lines.push(stringify({ [key]: items }, { lineWidth: 0, indentSeq: true }).trimEnd());
    lines.push('');
  });
  return lines.join('\n');
}

describe('editYaml properties', () => {
  it('any append reads back as the old data plus the items, every old byte kept', () => {
    fc.assert(
      fc.property(file, fc.nat(5), fc.array(item, { minLength: 1, maxLength: 3 }), (generated, pick, values) => {
        const source = sourceOf(generated);
        const target = pick < generated.keys.length ? generated.keys[pick]! : `new-${pick}`;
        const before = parse(source) as unknown;
        const edit: YamlEdit = { op: 'append', path: [target], values };
        const r = editYaml(source, [edit]);
        expect(parse(r.text)).toEqual(applyToData(before, edit));
        if (!source.includes(`${target}: []`)) expect(withoutInserted(r.text, r.inserted)).toBe(source);
      }),
      { numRuns: 100 },
    );
  });

  // Appends are planned from the scan at any size: it must write what the Document plan writes.
  it('the scan of the lines plans every append it takes exactly as the yaml Document does', () => {
    let scanned = 0;
    fc.assert(
      fc.property(file, fc.nat(5), fc.array(item, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), (generated, pick, values, ordered, follow) => {
        const source = sourceOf(generated);
        const target = pick < generated.keys.length ? generated.keys[pick]! : `new-${pick}`;
        const options = {
          ...(ordered ? { keyOrder: () => ['apiVersion', ...generated.keys, target] } : {}),
          // A new list written as the file's other lists are (add's records files).
          ...(follow ? { newListStyle: (_: unknown, others: boolean | undefined) => (others === undefined ? undefined : { flow: others }) } : {}),
        };
        const plan = planTopLevelAppend(source, target, values, options);
        if (!plan) return;
        scanned++;
        expect(applySplices(source, plan).text).toBe(documentAppend(source, { op: 'append', path: [target], values }, options));
      }),
      { numRuns: 200 },
    );
    // The scan takes the files generated here (block and flow lists, comments, `key: []`): most runs compare.
    expect(scanned).toBeGreaterThan(100);
  });
});
