import { describe, expect, it } from 'vitest';
import { summarise, type Diagnostic } from '../../src/core/diagnostics.js';
import { junit } from '../../src/render/diagnostics/junit.js';
import { context, diagnostics, files } from './fixtures/diagnostics.js';
import { findAll, parseXml, type XmlElement } from './xml.js';

const attr = (el: XmlElement, name: string): string | undefined => el.attributes[name];
const count = (el: XmlElement, name: string): number => Number(el.attributes[name]);

describe('junit', () => {
  const out = junit(diagnostics, context());
  const root = parseXml(out);
  const suites = findAll(root, 'testsuite');

  it('matches the snapshot', async () => {
    await expect(out).toMatchFileSnapshot('__snapshots__/junit.xml');
  });

  it('is well-formed XML with one suite per file checked, clean ones included', () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(suites.map((s) => attr(s, 'name'))).toEqual([...files]);
  });

  it('has one testcase per diagnostic and one passing testcase per clean file', () => {
    const cases = findAll(root, 'testcase');
    expect(cases).toHaveLength(diagnostics.length + 1);
    const clean = suites.find((s) => attr(s, 'name') === 'kam-pilot/records/2025-03.yaml')!;
    expect(clean.children).toEqual([{ name: 'testcase', attributes: { classname: 'kam-pilot/records/2025-03.yaml', name: 'valid', time: '0' }, children: [], text: '' }]);
    const programme = suites.find((s) => attr(s, 'name') === 'kam-pilot/programme.yaml')!;
    expect(programme.children.map((c) => [attr(c, 'classname'), attr(c, 'name')])).toEqual([
      ['kam-pilot/programme.yaml', 'schema-unknown-key 14:3'],
      ['kam-pilot/programme.yaml', 'learning-mix-deviation 41:13'],
      ['kam-pilot/programme.yaml', 'competency-unused 52:7'],
    ]);
  });

  it('makes errors failures and warnings passing cases with system-out', () => {
    for (const d of diagnostics) {
      const suite = suites.find((s) => attr(s, 'name') === d.file)!;
      const testcase = suite.children.find((c) => attr(c, 'name') === `${d.ruleId} ${d.start.line}:${d.start.column}`)!;
      expect(testcase.children).toHaveLength(1);
      const child = testcase.children[0]!;
      if (d.severity === 'error') {
        expect(child.name).toBe('failure');
        expect(child.attributes).toEqual({ type: d.ruleId, message: d.message });
      } else {
        expect(child.name).toBe('system-out');
        expect(child.text.startsWith(`warning: ${d.message}\n`)).toBe(true);
      }
    }
  });

  it('has correct totals on every level', () => {
    expect(count(root, 'tests')).toBe(7);
    expect(count(root, 'failures')).toBe(4);
    expect(count(root, 'errors')).toBe(0);
    for (const suite of suites) {
      const cases = suite.children.filter((c) => c.name === 'testcase');
      expect(count(suite, 'tests')).toBe(cases.length);
      expect(count(suite, 'failures')).toBe(cases.filter((c) => c.children.some((f) => f.name === 'failure')).length);
    }
    expect(suites.map((s) => [count(s, 'tests'), count(s, 'failures')])).toEqual([
      [3, 1],
      [3, 3],
      [1, 0],
    ]);
    expect(suites.reduce((n, s) => n + count(s, 'tests'), 0)).toBe(count(root, 'tests'));
  });

  it('round-trips text that needs escaping, in attributes and in content', () => {
    const source = diagnostics.find((d) => d.ruleId === 'schema-type')!;
    const failure = findAll(root, 'failure').find((f) => attr(f, 'type') === 'schema-type')!;
    expect(attr(failure, 'message')).toBe('`team` must be text, not a number (written `<R&D, 50%: Łódź>`).');
    expect(failure.text).toBe(`${source.message}\n→ ${source.hint}\nkam-pilot/people/zespół-łódź.yaml:9:11 (mentees[id=e-żaneta-wójcik].team)`);
    expect(out).toContain('written `&lt;R&amp;D, 50%: Łódź&gt;`');
  });

  it('keeps newlines and tabs in attributes, and drops characters XML 1.0 cannot hold', () => {
    const odd: Diagnostic = { ruleId: 'schema-unknown-key', severity: 'error', message: 'Unknown key `a\u0000b\u001bc\td\ne\r\uFFFEf\uD800` in "spec" \'x\'.', file: 'x.yaml', start: { line: 1, column: 1 }, path: '' };
    const text = junit([odd], context({ files: ['x.yaml'], summary: summarise([odd], 1) }));
    const failure = findAll(parseXml(text), 'failure')[0]!;
    expect(attr(failure, 'message')).toBe('Unknown key `abc\td\ne\rf` in "spec" \'x\'.');
    expect(failure.text.split('\n').slice(0, 2)).toEqual(['Unknown key `abc\td', 'e\rf` in "spec" \'x\'.']);
  });

  it('adds files only diagnostics name, and tells apart two findings at one position', () => {
    const d = diagnostics.find((x) => x.ruleId === 'schema-unknown-key')!;
    const elsewhere = { ...d, file: 'kam-pilot/people/extra.yaml' };
    const text = junit([d, d, elsewhere], context({ files: ['kam-pilot/programme.yaml'] }));
    const parsed = parseXml(text);
    expect(findAll(parsed, 'testsuite').map((s) => attr(s, 'name'))).toEqual(['kam-pilot/programme.yaml', 'kam-pilot/people/extra.yaml']);
    expect(findAll(parsed, 'testcase').map((c) => attr(c, 'name'))).toEqual(['schema-unknown-key 14:3', 'schema-unknown-key 14:3 (2)', 'schema-unknown-key 14:3']);
    expect(count(parsed, 'tests')).toBe(3);
  });

  it('is still a valid report when nothing was checked', () => {
    const text = junit([], context({ files: [], summary: summarise([], 0) }));
    expect(text).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mentor validate" tests="0" failures="0" errors="0" skipped="0" time="0"></testsuites>\n');
    expect(parseXml(text).children).toEqual([]);
  });
});
