import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleIds, type RuleId } from '../src/core/diagnostics.js';
import { maxFileBytes } from '../src/core/parse/parse-source.js';
import { yamlSyntaxReasons } from '../src/core/parse/yaml-errors.js';
import { maxFindingsPerFile, validateWorkspace } from '../src/core/validate/index.js';
import { loadWorkspace } from '../src/io/load.js';
import { applySuppressions, workspaceFiles } from '../src/core/suppress/apply.js';

/**
 * Fixture scenarios: each `<name>.yaml` file or `<name>/` folder under test/fixtures/invalid (and
 * valid) is loaded and validated for real, and must produce exactly the diagnostics listed in
 * `<name>.expected.json`: rule id, line, column and, when not the fixture's main file, the file.
 */

interface Expected {
  ruleId: RuleId;
  /** The rule's variant (`yaml-syntax`: which mistake); compared when the fixture names it. */
  reason?: string;
  line: number;
  column: number;
  file?: string;
}

const today = '2026-11-27';
const roots = ['test/fixtures/invalid', 'test/fixtures/valid'];

interface Scenario {
  name: string;
  root: string;
  /** The path loaded, relative to `cwd`, and the file diagnostics default to. */
  path: string;
  mainFile: string;
  cwd: string;
}

function scenarios(root: string): Scenario[] {
  return readdirSync(root)
    .filter((entry) => entry.endsWith('.expected.json'))
    .sort()
    .map((entry) => {
      const name = entry.slice(0, -'.expected.json'.length);
      const folder = join(root, name);
      if (existsSync(folder) && statSync(folder).isDirectory()) return { name, root, path: '.', mainFile: 'programme.yaml', cwd: folder };
      return { name, root, path: `${name}.yaml`, mainFile: `${name}.yaml`, cwd: root };
    });
}

async function run(path: string, cwd: string): Promise<(Expected & { reason?: string })[]> {
  const workspace = await loadWorkspace([path], { cwd });
  // `# mentor-disable…` comments apply as in `mentor validate` and the library's `validate`.
  return applySuppressions(workspaceFiles(workspace), validateWorkspace(workspace, { today, locale: 'en' }), 'en').diagnostics.map((d) => ({ ruleId: d.ruleId, ...(d.reason !== undefined ? { reason: d.reason } : {}), line: d.start.line, column: d.start.column, file: d.file }));
}

const all = roots.flatMap(scenarios);

describe.each(all)('fixture $root/$name', ({ name, root, path, mainFile, cwd }) => {
  it('produces exactly the expected diagnostics', async () => {
    const expected = (JSON.parse(readFileSync(join(root, `${name}.expected.json`), 'utf8')) as Expected[]).map((e) => ({ ...e, file: e.file ?? mainFile }));
    // A reason is compared where the fixture names one; every yaml-syntax fixture must name it.
    const actual = (await run(path, cwd)).map((a, i) => (expected[i]?.reason === undefined ? { ...a, reason: undefined } : a));
    expect(actual, JSON.stringify(actual)).toEqual(expected.map((e) => ({ ...e, reason: e.reason })));
    for (const e of expected) if (e.ruleId === 'yaml-syntax') expect(e.reason, `${name}: a yaml-syntax fixture names its reason`).toBeDefined();
  });
});

// Fixtures git cannot hold (a 16 MiB file, a FIFO) or that would be huge (a thousand findings) are made below.
const madeBelow = new Set<string>(['file-too-large', 'file-not-regular', 'file-too-many-findings']);

describe('fixture coverage', () => {
  it('has an invalid fixture for every rule id (the ones git cannot hold are made below)', () => {
    const covered = new Set<string>();
    for (const { name, root } of all) {
      for (const e of JSON.parse(readFileSync(join(root, `${name}.expected.json`), 'utf8')) as Expected[]) covered.add(e.ruleId);
    }
    expect(ruleIds.filter((id) => !madeBelow.has(id) && !covered.has(id))).toEqual([]);
    for (const id of ruleIds.filter((r) => !madeBelow.has(r))) expect(all.some((s) => s.name === id), `no fixture named ${id}`).toBe(true);
  });

  it('has a fixture for every yaml-syntax reason a file can reach', () => {
    const reasons = new Set<string>();
    for (const { name, root } of all) {
      for (const e of JSON.parse(readFileSync(join(root, `${name}.expected.json`), 'utf8')) as Expected[]) if (e.reason) reasons.add(e.reason);
    }
    // `other` is the fallback; `too-deep` and `comment-without-space` are covered by unit tests (yaml-errors.test.ts):
    // a fixture for the first is megabytes of brackets, and js-yaml's fast path accepts the second.
    const unitOnly = ['other', 'too-deep', 'comment-without-space'];
    expect(yamlSyntaxReasons.filter((r) => !unitOnly.includes(r) && !reasons.has(r))).toEqual([]);
  });

  it('never lets `__proto__` or `constructor` keys pollute prototypes', async () => {
    await run('schema-unknown-key-proto.yaml', 'test/fixtures/invalid');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('file-too-large', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mentor-fixture-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is refused by size before it is read', async () => {
    const file = join(folder, 'file-too-large.yaml');
    writeFileSync(file, 'apiVersion: mentor/v1\n');
    // A sparse file: the size is what matters, and nothing is written to disk or read back.
    truncateSync(file, maxFileBytes + 1);
    expect(await run('file-too-large.yaml', folder)).toEqual([{ ruleId: 'file-too-large', line: 1, column: 1, file: 'file-too-large.yaml' }]);
  });
});

describe.skipIf(process.platform === 'win32')('file-not-regular', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mentor-fixture-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a FIFO without waiting for a writer', async () => {
    execFileSync('mkfifo', [join(folder, 'file-not-regular.yaml')]);
    // Opening a FIFO for reading blocks until someone writes: the test would hang, not fail, were it opened.
    expect(await run('file-not-regular.yaml', folder)).toEqual([{ ruleId: 'file-not-regular', line: 1, column: 1, file: 'file-not-regular.yaml' }]);
  });
});

describe('file-too-many-findings', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mentor-fixture-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('lists the first findings of a file and counts the rest', async () => {
    // 1,200 mentees with nothing in them: three required keys missing in each.
    writeFileSync(join(folder, 'file-too-many-findings.yaml'), `apiVersion: mentor/v1\nkind: People\nprogramme: demo\nmentees:\n${'  - {}\n'.repeat(1200)}`);
    const actual = await run('file-too-many-findings.yaml', folder);
    expect(actual).toHaveLength(maxFindingsPerFile + 1);
    expect(actual[0]).toEqual({ ruleId: 'file-too-many-findings', line: 1, column: 1, file: 'file-too-many-findings.yaml' });
    const texts = validateWorkspace(await loadWorkspace(['file-too-many-findings.yaml'], { cwd: folder }), { today, locale: 'en' });
    expect(texts[0]!.message).toMatch(new RegExp(`^${1200 * 3 - maxFindingsPerFile} more problems in this file are not listed`));
  });
});
