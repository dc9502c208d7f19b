import { readFileSync } from 'node:fs';
// The named export: under NodeNext the default import of this CommonJS package types as the
// module object, not the class.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { summarise, type Diagnostic } from '../../src/core/diagnostics.js';
import { artifactLocation } from '../../src/render/diagnostics/artifact-location.js';
import { sarif } from '../../src/render/diagnostics/sarif.js';
import { en } from '../../src/messages/en.js';
import { pl } from '../../src/messages/pl.js';
import { context, diagnostics } from './fixtures/diagnostics.js';

// The OASIS schema (errata01) is written in draft-04: its id keyword is `id`, not `$id`. ajv 8 speaks
// draft-07 and later and knows no draft-04 meta-schema, but the schema uses nothing else draft-04
// specific, so renaming that one keyword and dropping `$schema` lets ajv compile it unchanged.
const schemaFile = new URL('../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url);
const { id, $schema: _draft04, ...schema } = JSON.parse(readFileSync(schemaFile, 'utf8')) as { id: string; $schema: string } & Record<string, unknown>;
const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile({ $id: id, ...schema });

interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      properties?: { dataPath: string };
    }[];
  }[];
}

describe('sarif', () => {
  const out = sarif(diagnostics, context());
  const log = JSON.parse(out) as Log;
  const run = log.runs[0]!;

  it('is valid against the OASIS SARIF 2.1.0 schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema check is not vacuous', () => {
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
    const zero = structuredClone(log);
    zero.runs[0]!.results[0]!.locations[0]!.physicalLocation.region['startLine'] = 0;
    expect(validate(zero)).toBe(false);
  });

  it('names the tool, schema and version', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'mentor', version: '0.1.0', informationUri: 'https://www.npmjs.com/package/mentor-cli' });
  });

  it('describes each rule used once, from the catalogue, with its default level', () => {
    const used = [...new Set(diagnostics.map((d) => d.ruleId))];
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual(used.sort());
    const rule = run.tool.driver.rules.find((r) => r.id === 'learning-mix-deviation')!;
    expect(rule.shortDescription.text).toBe(en.rules['learning-mix-deviation'].describe);
    expect(rule.defaultConfiguration.level).toBe('warning');
    expect(run.tool.driver.rules.find((r) => r.id === 'schema-type')!.defaultConfiguration.level).toBe('error');
    const polish = JSON.parse(sarif(diagnostics, context({ locale: 'pl' }))) as Log;
    expect(polish.runs[0]!.tool.driver.rules.find((r) => r.id === 'schema-type')!.shortDescription.text).toBe(pl.rules['schema-type'].describe);
  });

  it('gives each result its rule, index, level and message with the hint', () => {
    expect(run.results).toHaveLength(diagnostics.length);
    run.results.forEach((r, i) => {
      const d = diagnostics[i]!;
      expect(r.ruleId).toBe(d.ruleId);
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(d.ruleId);
      expect(r.level).toBe(d.severity);
      expect(r.message.text).toBe(d.hint ? `${d.message}\n${d.hint}` : d.message);
      expect(r.properties?.dataPath ?? '').toBe(d.path);
    });
  });

  it('uses 1-based regions as stored, and percent-encoded relative URIs against %SRCROOT%', () => {
    const at = (ruleId: string): (typeof run.results)[number]['locations'][number]['physicalLocation'] => run.results.find((r) => r.ruleId === ruleId)!.locations[0]!.physicalLocation;
    expect(at('schema-type')).toEqual({
      artifactLocation: { uri: 'kam-pilot/people/zesp%C3%B3%C5%82-%C5%82%C3%B3d%C5%BA.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 9, startColumn: 11, endLine: 9, endColumn: 27 },
    });
    expect(decodeURIComponent(at('schema-type').artifactLocation.uri)).toBe('kam-pilot/people/zespół-łódź.yaml');
    expect(at('yaml-syntax').region).toEqual({ startLine: 30, startColumn: 1 });
    expect(at('mentor-over-capacity').region).toEqual({ startLine: 23, startColumn: 5, endLine: 27, endColumn: 18 });
    // A block ending at column 1 of the next line ends at the end of the line before.
    expect(at('competency-unused').region).toEqual({ startLine: 52, startColumn: 7, endLine: 55 });
    for (const r of run.results) for (const value of Object.values(r.locations[0]!.physicalLocation.region)) expect(value).toBeGreaterThanOrEqual(1);
  });

  it('is valid with no results too', () => {
    const empty = JSON.parse(sarif([], context({ summary: summarise([], 3) }))) as Log;
    expect(validate(empty)).toBe(true);
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it('drops an end before the start instead of emitting a region viewers reject', () => {
    const d: Diagnostic = { ...diagnostics[0]!, start: { line: 5, column: 9 }, end: { line: 5, column: 2 } };
    const log2 = JSON.parse(sarif([d], context())) as Log;
    expect(log2.runs[0]!.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 5, startColumn: 9 });
  });
});

describe('artifactLocation', () => {
  it.each([
    ['programme.yaml', { uri: 'programme.yaml', uriBaseId: '%SRCROOT%' }],
    ['kam pilot/50%/a#b?c.yaml', { uri: 'kam%20pilot/50%25/a%23b%3Fc.yaml', uriBaseId: '%SRCROOT%' }],
    ['c:d/e.yaml', { uri: 'c%3Ad/e.yaml', uriBaseId: '%SRCROOT%' }],
    ['/home/anna/kam/programme.yaml', { uri: 'file:///home/anna/kam/programme.yaml' }],
    ['C:\\Users\\Łukasz\\kam\\programme.yaml', { uri: 'file:///C:/Users/%C5%81ukasz/kam/programme.yaml' }],
    ['\\\\server\\share\\kam.yaml', { uri: 'file://server/share/kam.yaml' }],
  ])('%s', (file, expected) => {
    const location = artifactLocation(file);
    expect(location).toEqual(expected);
    expect(() => new URL(location.uri, 'file:///root/')).not.toThrow();
  });

  it('keeps suppressed findings as results with an inSource suppression, valid against the schema', () => {
    const [first, ...rest] = diagnostics.filter((d) => d.ruleId !== 'schema-type');
    const suppressed = [{ ...first!, suppression: { kind: 'next-line' as const, reason: 'agreed with HR', line: 2 } }];
    const withSuppressed = JSON.parse(sarif(rest, { ...context(), suppressed })) as { runs: { results: { ruleId: string; suppressions?: unknown }[] }[] };
    expect(validate(withSuppressed), JSON.stringify(validate.errors)).toBe(true);
    const results = withSuppressed.runs[0]!.results;
    expect(results).toHaveLength(rest.length + 1);
    expect(results.at(-1)).toMatchObject({ ruleId: first!.ruleId, suppressions: [{ kind: 'inSource', status: 'accepted', justification: 'agreed with HR' }] });
    expect(results.slice(0, -1).every((r) => r.suppressions === undefined)).toBe(true);
  });
});
