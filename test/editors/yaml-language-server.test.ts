// The schemas as editors get them, checked in the real yaml-language-server (the engine of the
// Red Hat YAML extension for VS Code, and of Neovim's and Helix's YAML support), driven over LSP
// like an editor drives it, with the network blocked. Every version installed as an npm alias in
// devDependencies (`"yls-1-19": "npm:yaml-language-server@1.19.2"`) is tested.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentor, repoRoot } from '../cli/spawn.js';
import { LspClient, type LspDiagnostic } from './lsp-client.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const servers = Object.entries(pkg.devDependencies)
  .filter(([, spec]) => spec.startsWith('npm:yaml-language-server@'))
  .map(([alias]) => {
    const dir = join(repoRoot, 'node_modules', alias);
    const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    return { alias, version, bin: join(dir, 'bin', 'yaml-language-server') };
  });

const blockNetwork = pathToFileURL(join(repoRoot, 'test/editors/block-network.mjs')).href;
/** The editor settings of a user who has turned nothing off, except SchemaStore's online catalogue. */
const settings = { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, schemas: {}, maxItemsComputed: 5000 };
/** What the server says when it cannot load a schema or a schema's reference. */
const loadProblem = /Problems loading reference|Unable to load schema|Unable to resolve|Schema .* not found/i;

interface Planted {
  /** The document's path in the workspace. */
  path: string;
  text: string;
  /** 0-based lines that carry a planted mistake. */
  lines: number[];
}

/**
 * An example file with its modeline pointed at `schema` and mistakes planted: each change replaces
 * what `from` matches on the first line it matches, or with `insert` adds a line after that one.
 */
function plant(path: string, example: string, schema: string, changes: { from: RegExp; to: string; insert?: true }[]): Planted {
  const lines = readFileSync(join(repoRoot, 'examples', example), 'utf8')
    .split('\n')
    .map((line, i) => (i === 0 ? `# yaml-language-server: $schema=${schema}` : line));
  let planted: number[] = [];
  for (const { from, to, insert } of changes) {
    const i = lines.findIndex((line) => from.test(line));
    if (i === -1) throw new Error(`${example}: no line matches ${from}`);
    if (insert) {
      lines.splice(i + 1, 0, to);
      planted = planted.map((p) => (p > i ? p + 1 : p));
      planted.push(i + 1);
    } else {
      lines[i] = lines[i]!.replace(from, to);
      planted.push(i);
    }
  }
  return { path, text: lines.join('\n'), lines: planted.sort((a, b) => a - b) };
}

const documents = (schemas: string, prefix: string): Planted[] => [
  plant(`${prefix}programme.yaml`, 'expert-transfer/programme.yaml', `${schemas}/programme.schema.json`, [
    { from: /^ {2}phase: pilot$/, to: '  phase: pilotage' }, // not one of the phases
    { from: /^ {4}start: 2026-03-02$/, to: '    start: 2026-13-02' }, // a Date (from common.schema.json) that is no date
    { from: /^ {2}locale: en$/, to: '  colour: blue', insert: true }, // a key metadata does not have
  ]),
  plant(`${prefix}people/mentees.yaml`, 'expert-transfer/people/mentees.yaml', `../${schemas}/people.schema.json`, [
    { from: /baseline: 2, target: 4 \}$/, to: 'baseline: two, target: 4 }' }, // a Level that is not a number
    { from: /^ {4}hired: 2018-09-03$/, to: '    hired: 03/09/2018' },
  ]),
  plant(`${prefix}records/2026-03.yaml`, 'expert-transfer/records/2026-03.yaml', `../${schemas}/records.schema.json`, [
    { from: /date: 2026-03-23, minutes: 120,/, to: 'date: 2026-03-23, minutes: lots,' },
    // A role of the programme's own is an id (`robot` would be one): a name with a space is none.
    { from: /level: 2, assessor: mentor \}$/, to: 'level: 2, assessor: Line Manager }' },
  ]),
];

describe.each(servers)('yaml-language-server $version ($alias)', ({ bin }) => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'mentor-yls-'));
    // The schemas exactly as users get them: `mentor schema --write` and `mentor schema programme > …`.
    expect(mentor(['schema', '--write', join(workspace, '.mentor/schemas')]).code).toBe(0);
    mkdirSync(join(workspace, 'lone'));
    for (const kind of ['programme', 'people', 'records']) {
      const one = mentor(['schema', kind]);
      expect(one.code).toBe(0);
      writeFileSync(join(workspace, `lone/${kind}.schema.json`), one.stdout);
    }
    // The control: the source schema on its own, which is what these copies replace.
    mkdirSync(join(workspace, 'source-alone'));
    copyFileSync(join(repoRoot, 'schemas/programme.schema.json'), join(workspace, 'source-alone/programme.schema.json'));
  });

  const start = (log: string): LspClient =>
    new LspClient(process.execPath, ['--import', blockNetwork, bin, '--stdio'], { PATH: process.env['PATH'] ?? '', HOME: workspace, BLOCKED_NETWORK_LOG: log }, settings);
  const uriOf = (path: string): string => pathToFileURL(join(workspace, path)).href;
  const write = (doc: Planted): string => {
    mkdirSync(dirname(join(workspace, doc.path)), { recursive: true });
    writeFileSync(join(workspace, doc.path), doc.text);
    return uriOf(doc.path);
  };
  const networkLog = (log: string): string[] => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []);
  const shown = (ds: LspDiagnostic[]): string[] => ds.map((d) => `${d.range.start.line + 1}: ${d.message}`);

  describe('with the editor copies of the schemas', () => {
    let server: LspClient;
    const log = (): string => join(workspace, 'network-main.log');
    beforeAll(async () => {
      server = start(log());
      await server.initialize(pathToFileURL(workspace).href);
    }, 60_000);
    afterAll(async () => server?.close());

    // `.mentor/schemas/` as `mentor schema --write` (and `mentor init`) write it; `lone/` holds each
    // schema saved on its own from `mentor schema <kind>`, with no other schema beside it.
    it.each([
      ['.mentor/schemas', ''],
      ['.', 'lone/'],
    ])('reports planted mistakes at their lines, offline (schemas in %s)', async (schemas, prefix) => {
      for (const doc of documents(schemas, prefix)) {
        const uri = write(doc);
        server.open(uri, doc.text);
        const found = await server.settledDiagnostics(uri);
        expect(shown(found).filter((m) => loadProblem.test(m)), doc.path).toEqual([]);
        expect([...new Set(found.map((d) => d.range.start.line))].sort((a, b) => a - b), `${doc.path}: ${shown(found).join('\n')}`).toEqual(doc.lines);
      }
      expect(server.log.filter((m) => loadProblem.test(m))).toEqual([]);
      expect(networkLog(log())).toEqual([]);
    }, 120_000);

    it('offers the keys of each document kind as completions', async () => {
      const cases: [path: string, text: string, line: number, character: number, expected: string[]][] = [
        ['complete/programme.yaml', 'apiVersion: mentor/v1\nkind: Programme\nmetadata:\n  \n', 3, 2, ['id', 'name', 'phase', 'period']],
        ['complete/programme-top.yaml', 'apiVersion: mentor/v1\nkind: Programme\n\n', 2, 0, ['metadata', 'goals', 'competencies', 'roles']],
        ['complete/people.yaml', 'apiVersion: mentor/v1\nkind: People\nprogramme: p\nmentees:\n  - \n', 4, 4, ['id', 'name', 'lineManager', 'competencies']],
        ['complete/records.yaml', 'apiVersion: mentor/v1\nkind: Records\nprogramme: p\nsessions:\n  - \n', 4, 4, ['pair', 'date', 'minutes']],
      ];
      for (const [path, body, line, character, expected] of cases) {
        const kind = /kind: (\w+)/.exec(body)![1]!.toLowerCase();
        const text = `# yaml-language-server: $schema=../.mentor/schemas/${kind}.schema.json\n${body}`;
        const uri = write({ path, text, lines: [] });
        server.open(uri, text);
        await server.settledDiagnostics(uri, { quietMs: 500 });
        const labels = await server.completion(uri, line + 1, character);
        expect(labels, path).toEqual(expect.arrayContaining(expected));
      }
      expect(networkLog(log())).toEqual([]);
    }, 120_000);

    // `assessor` also takes a role of the programme's own (an id), which the schema cannot list:
    // the six fixed values are still offered.
    it('offers the fixed assessor roles as completions', async () => {
      const text = '# yaml-language-server: $schema=../.mentor/schemas/records.schema.json\napiVersion: mentor/v1\nkind: Records\nprogramme: p\nassessments:\n  - mentee: e1\n    assessor: \n';
      const uri = write({ path: 'complete/assessor.yaml', text, lines: [] });
      server.open(uri, text);
      await server.settledDiagnostics(uri, { quietMs: 500 });
      const labels = await server.completion(uri, 6, 14);
      expect(labels).toEqual(expect.arrayContaining(['mentor', 'line-manager', 'mentee', 'hr-owner', 'sponsor', 'external']));
      expect(networkLog(log())).toEqual([]);
    }, 120_000);
  });

  // The control proves the test can fail: the source schema alone still refers to common.schema.json
  // by its URL, and every server version loses the reference (or reaches for the network).
  it('control: the source schema on its own is not enough for the server', async () => {
    const log = join(workspace, 'network-control.log');
    const server = start(log);
    try {
      await server.initialize(pathToFileURL(workspace).href);
      const [doc] = documents('.', 'source-alone/');
      const uri = write(doc!);
      server.open(uri, doc!.text);
      const found = await server.settledDiagnostics(uri);
      const problems = [...shown(found), ...server.log].filter((m) => loadProblem.test(m));
      expect(problems.length + networkLog(log).length, shown(found).join('\n')).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  }, 120_000);
});
