import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCommand, addFields, type AddFlags } from '../../src/cli/commands/add.js';
import type { CliIo } from '../../src/cli/env.js';
import { newFindings } from '../../src/core/add/attribute.js';
import { kindInfo, type AddKind } from '../../src/core/add/kinds.js';
import { buildRecord } from '../../src/core/add/read-value.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { editYaml } from '../../src/core/edit/yaml-edit.js';
import type { Workspace } from '../../src/core/model/bundle.js';
import { parseSource } from '../../src/core/parse/parse-source.js';
import { validateWorkspace } from '../../src/core/validate/index.js';
import { loadWorkspace } from '../../src/io/load.js';
import { repoRoot } from './spawn.js';

// `mentor add` checks only what an addition touches (src/core/add/check-addition.ts). This table
// plants additions, good and bad, and compares add's verdict with a full `validate` of the whole
// programme with the addition in place: add must refuse exactly when the full check finds a new
// error, and say every such error with validate's own message.

interface Case {
  name: string;
  kind: AddKind;
  flags: Record<string, string>;
  /** The rule the planted problem breaks (undefined: a good addition). */
  breaks?: string;
  /** Where it goes: the file (relative to the programme folder). */
  file: string;
}

function silent(cwd: string): CliIo & { err: () => string } {
  let err = '';
  return {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: Object.assign(Readable.from([]), { isTTY: false }),
    env: { NO_COLOR: '1' },
    cwd,
    err: () => err,
  };
}

/** The new errors a full validate finds with the addition written into its file. */
function fullVerdict(dir: string, workspace: Workspace, before: Diagnostic[], c: Case, today: string): Diagnostic[] {
  const info = kindInfo(c.kind);
  const fields = addFields(c.kind);
  const texts = { ...c.flags };
  if (info.dateField && !texts[info.dateField]) texts[info.dateField] = today;
  const record = buildRecord(fields, texts);
  const absolute = join(dir, c.file);
  const old = workspace.files.find((f) => f.absolutePath === absolute)!;
  const edited = editYaml(readFileSync(absolute, 'utf8'), [{ op: 'append', path: [info.list], values: [record] }]).text;
  const replaced = parseSource(old.file, new TextEncoder().encode(edited), absolute);
  const swap = (files: typeof workspace.files) => files.map((f) => (f === old ? replaced : f));
  const bundle = workspace.bundles[0]!;
  // Worded as add shows them, at a flag rather than at their file (a line a hint names comes with its file).
  const after = validateWorkspace({ ...workspace, files: swap(workspace.files), bundles: [{ ...bundle, people: swap(bundle.people), records: swap(bundle.records) }] }, { today, locale: 'en', shownElsewhere: true });
  return newFindings(after, before).filter((d) => d.severity === 'error');
}

async function addVerdict(dir: string, c: Case, today: string): Promise<{ code: number; stderr: string }> {
  const io = silent(dir);
  const flags: AddFlags = { ...c.flags, programme: dir, dryRun: true, interactive: false, today };
  const code = await addCommand(c.kind, flags, { io, locale: 'en', localeNamed: true });
  return { code, stderr: io.err() };
}

function table(name: string, setup: () => string, today: string, cases: Case[]): void {
  describe(`mentor add refuses what a full validate would (${name})`, () => {
    let dir: string;
    let workspace: Workspace;
    let before: Diagnostic[];
    beforeAll(async () => {
      dir = setup();
      workspace = await loadWorkspace([dir], { cwd: dir });
      before = validateWorkspace(workspace, { today, locale: 'en', shownElsewhere: true });
    }, 120_000);

    it.each(cases)('$name', async (c) => {
      const expected = fullVerdict(dir, workspace, before, c, today);
      // The table plants what it says: a bad addition breaks its rule in the full check, a good one breaks none.
      if (c.breaks) expect(expected.map((d) => d.ruleId)).toContain(c.breaks);
      else expect(expected).toEqual([]);
      const got = await addVerdict(dir, c, today);
      expect(got.code).toBe(expected.length > 0 ? 1 : 0);
      for (const d of expected) {
        // Validate's words, paths renumbered to the real file included.
        expect(got.stderr).toContain(d.message);
        if (d.hint) expect(got.stderr).toContain(d.hint);
      }
      // And nothing more: as many errors as the full check found.
      expect(got.stderr.match(/ error /g)?.length ?? 0).toBe(expected.length);
    }, 60_000);
  });
}

table(
  'examples/kam-pilot: one people file, comments',
  () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mentor-add-verdict-')), 'kam-pilot');
    cpSync(join(repoRoot, 'examples/kam-pilot'), dir, { recursive: true });
    return dir;
  },
  '2026-06-26',
  [
    { name: 'a good session', kind: 'session', file: 'records/2026-06.yaml', flags: { pair: 'para-02', date: '2026-06-24', minutes: '60' } },
    { name: 'a session of a pair misspelt', kind: 'session', file: 'records/2026-06.yaml', breaks: 'unknown-reference', flags: { pair: 'para-1', date: '2026-06-24', minutes: '60' } },
    { name: 'a session recorded twice', kind: 'session', file: 'records/2026-06.yaml', breaks: 'session-duplicate', flags: { pair: 'para-10', date: '2026-06-01', minutes: '60' } },
    { name: 'a session after the pair ended', kind: 'session', file: 'records/2026-06.yaml', breaks: 'session-outside-pair', flags: { pair: 'para-06', date: '2026-06-24', minutes: '60' } },
    { name: 'a session of no minutes', kind: 'session', file: 'records/2026-06.yaml', breaks: 'schema-range', flags: { pair: 'para-02', date: '2026-06-24', minutes: '0' } },
    { name: 'a level off the scale', kind: 'assessment', file: 'records/2026-06.yaml', breaks: 'level-outside-scale', flags: { mentee: 'e-akaczmarek', competency: 'negocjacje-kam', level: '9', assessor: 'mentor', date: '2026-06-24' } },
    { name: 'an assessment of a mentee misspelt', kind: 'assessment', file: 'records/2026-06.yaml', breaks: 'unknown-reference', flags: { mentee: 'e-akaczmark', competency: 'negocjacje-kam', level: '3', assessor: 'mentor', date: '2026-06-24' } },
    { name: 'learning of a competency outside the plan', kind: 'learning', file: 'records/2026-06.yaml', breaks: 'record-competency-not-in-plan', flags: { mentee: 'e-akaczmarek', type: 'formal', hours: '2', competency: 'planowanie-konta', date: '2026-06-24' } },
    { name: 'a KPI value of a KPI misspelt', kind: 'kpi-value', file: 'records/2026-06.yaml', breaks: 'unknown-reference', flags: { kpi: 'retencja', value: '3', date: '2026-06-24' } },
    { name: 'a good mentee', kind: 'mentee', file: 'people.yaml', flags: { id: 'e-zlis', name: 'Zofia Lis', lineManager: 's-tlewandowski', competencies: 'negocjacje-kam:2:4' } },
    { name: 'a mentee with an id taken', kind: 'mentee', file: 'people.yaml', breaks: 'duplicate-id', flags: { id: 'e-akaczmarek', name: 'Zofia Lis', lineManager: 's-tlewandowski', competencies: 'negocjacje-kam:2:4' } },
    { name: 'a mentee whose target is not above the baseline', kind: 'mentee', file: 'people.yaml', breaks: 'target-not-above-baseline', flags: { id: 'e-zlis', name: 'Zofia Lis', lineManager: 's-tlewandowski', competencies: 'negocjacje-kam:4:3' } },
    { name: 'a mentee whose line manager is misspelt', kind: 'mentee', file: 'people.yaml', breaks: 'unknown-reference', flags: { id: 'e-zlis', name: 'Zofia Lis', lineManager: 's-tlewandowsky', competencies: 'negocjacje-kam:2:4' } },
    { name: 'a pair of one person', kind: 'pair', file: 'people.yaml', breaks: 'pair-self-mentoring', flags: { id: 'para-99', mentor: 'm-kmazur', mentee: 'm-kmazur', competencies: 'negocjacje-kam', start: '2026-06-01' } },
    { name: 'a pair beyond the mentor\'s capacity', kind: 'pair', file: 'people.yaml', breaks: 'mentor-over-capacity', flags: { id: 'para-99', mentor: 'm-kmazur', mentee: 'e-mjablonski', competencies: 'negocjacje-kam', start: '2026-03-02' } },
  ],
);

table(
  'a generated programme: split people files, 300 mentees',
  () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mentor-add-verdict-')), 'generated');
    execFileSync(process.execPath, [join(repoRoot, 'scripts/gen-programme.mjs'), '--mentees', '300', '--seed', '20250106', '--output', dir], { stdio: 'ignore' });
    return dir;
  },
  '2026-01-15',
  [
    { name: 'good learning', kind: 'learning', file: 'records/2025-12.yaml', flags: { mentee: 'me-00001', type: 'social', hours: '1', date: '2025-12-30' } },
    { name: 'a session of a pair misspelt', kind: 'session', file: 'records/2025-12.yaml', breaks: 'unknown-reference', flags: { pair: 'pr-0001', date: '2025-12-30', minutes: '60' } },
    { name: 'a session after the pair ended', kind: 'session', file: 'records/2025-12.yaml', breaks: 'session-outside-pair', flags: { pair: 'pr-00127', date: '2025-12-30', minutes: '60' } },
    { name: 'a level off the scale', kind: 'assessment', file: 'records/2025-12.yaml', breaks: 'level-outside-scale', flags: { mentee: 'me-00001', competency: 'key-account-negotiation', level: '9', assessor: 'mentor', date: '2025-12-30' } },
    { name: 'a new pair for a mentor at capacity', kind: 'pair', file: 'people/pairs.yaml', breaks: 'mentor-over-capacity', flags: { id: 'pr-99999', mentor: 'mt-0004', mentee: 'me-00300', competencies: 'pricing-discipline-advanced', start: '2025-06-02' } },
    { name: 'a new mentee with an id taken', kind: 'mentee', file: 'people/mentees-001.yaml', breaks: 'duplicate-id', flags: { id: 'me-00002', name: 'Zofia Lis', lineManager: 'lm-0001', competencies: 'key-account-negotiation:2:4' } },
  ],
);

// Warnings too, where a check of part of the programme could miss what a full one sees: one person
// entered again under a new id, found by their name or e-mail far down a list of 300.
describe('mentor add warns of a person entered twice as a full validate does (a generated programme)', () => {
  let dir: string;
  let people: { mentors: { id: string; name: string; email?: string }[] };
  const today = '2026-01-15';
  beforeAll(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'mentor-add-verdict-')), 'generated');
    execFileSync(process.execPath, [join(repoRoot, 'scripts/gen-programme.mjs'), '--mentees', '300', '--seed', '20250106', '--output', dir], { stdio: 'ignore' });
    people = parse(readFileSync(join(dir, 'people/mentors.yaml'), 'utf8')) as typeof people;
  }, 120_000);

  it.each([
    ['by name, in capitals', (m: { name: string }) => ({ name: m.name.toUpperCase() }), 'person-name-duplicate'],
    ['by e-mail', (m: { email?: string }) => ({ name: 'Somebody Else', email: m.email! }), 'person-email-duplicate'],
  ] as const)('%s', async (_, person, rule) => {
    const last = people.mentors[people.mentors.length - 1]!;
    expect(people.mentors.length).toBeGreaterThan(20);
    const c: Case = { name: rule, kind: 'mentee', file: 'people/mentees-001.yaml', flags: { id: 'me-09999', ...person(last), lineManager: 'lm-0001', competencies: 'key-account-negotiation:2:4' } };
    const got = await addVerdict(dir, c, today);
    expect(got.code).toBe(0);
    expect(got.stderr).toContain(rule);
    expect(got.stderr).toContain(`\`${last.id}\``);
  }, 60_000);
});
