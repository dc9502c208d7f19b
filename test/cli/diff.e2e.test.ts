import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mentor } from './spawn.js';

const pilot = 'examples/kam-pilot';
const rollout = 'examples/kam-rollout';
const scratch = mkdtempSync(join(tmpdir(), 'mentor-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface JsonDiff {
  formatVersion: number;
  mode: string;
  asOf?: string;
  evidence: { kpi: string; status: string; value?: number; target?: number; shortBy?: number; decisions: string[]; newTarget?: number }[] | null;
  summary: Record<string, number>;
  flags: { kind: string; path?: string; decision?: string; kpi?: string }[];
  changes: { section: string; id: string | null; path: string; kind: string; old: unknown; new: unknown; decisions: string[] }[];
  people: Record<string, { old: number; new: number; joined: number; left: number; who?: { joined: { id: string; name?: string }[] } }>;
  decisions: { id: string; covered: number[] }[];
}
const json = (args: string[]): JsonDiff => {
  const r = mentor(['diff', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonDiff;
};

/** Every person's name in the example's people files, to prove an audience does not see them. */
function names(folder: string): string[] {
  const people = parse(readFileSync(join(folder, 'people.yaml'), 'utf8')) as Record<string, { name?: string }[] | undefined>;
  return ['staff', 'mentors', 'mentees'].flatMap((k) => (people[k] ?? []).map((p) => p.name!)).filter(Boolean);
}

describe('mentor diff: the bundled pilot and rollout', () => {
  const diff = json([pilot, rollout]);

  it('is a calibration in which every change has a decision and every decision a change', () => {
    expect(diff.formatVersion).toBe(1);
    expect(diff.mode).toBe('calibration');
    expect(diff.flags).toEqual([]);
    const decided = diff.changes.filter((c) => !['metadata', 'people'].includes(c.section));
    expect(decided.length).toBeGreaterThan(50);
    expect(decided.filter((c) => c.decisions.length === 0)).toEqual([]);
    expect(diff.decisions.filter((d) => d.covered.some((n) => n === 0))).toEqual([]);
  }, 120_000);

  it("puts the pilot's evidence beside it: every KPI as mentor report computes it on the pilot's last day", () => {
    expect(diff.asOf).toBe('2026-06-30');
    const report = JSON.parse(mentor(['report', pilot, '--as-of', '2026-06-30', '--section', 'kpis', '--format', 'json']).stdout) as { kpis: { id: string; value: number; status: string }[] };
    expect(diff.evidence!.map((e) => [e.kpi, e.value, e.status])).toEqual(report.kpis.map((k) => [k.id, k.value, k.status]));
    const missed = diff.evidence!.filter((e) => e.status === 'missed');
    expect(missed.map((e) => e.kpi)).toEqual(['domkniecie-luki', 'realizacja-sesji', 'zgodnosc-70-20-10', 'marza-kontraktow-kk']);
    expect(missed.every((e) => e.decisions.length > 0 && e.shortBy! > 0)).toBe(true);
    expect(diff.evidence!.find((e) => e.kpi === 'nps-uczestnikow')).toMatchObject({ status: 'met', target: 30, newTarget: 40, decisions: ['d-cele-kpi', 'd-plan-komunikacji'] });
  }, 120_000);

  it('shows the changes the calibration made, by identity, old → new', () => {
    const at = (path: string) => diff.changes.filter((c) => c.path === path).map(({ kind, old, new: now, decisions }) => ({ kind, old, new: now, decisions }));
    expect(at('process.cadence.everyWeeks')).toEqual([{ kind: 'changed', old: 2, new: 3, decisions: ['d-kadencja-3-tyg-90-min'] }]);
    expect(at('kpis[id=nps-uczestnikow].target')).toEqual([{ kind: 'changed', old: 30, new: 40, decisions: ['d-cele-kpi'] }]);
    expect(at('competencies[id=propozycja-wartosci]')[0]).toMatchObject({ kind: 'added', old: null, decisions: ['d-kompetencja-propozycja-wartosci'] });
    expect(at('communications[id=k-terminy-sesji]')[0]).toMatchObject({ kind: 'removed', new: null });
    // The pilot's id, phase and the rollout's link back to it are the header, not changes.
    expect(diff.changes.map((c) => c.path)).not.toContain('metadata.id');
  }, 120_000);

  it('says the rollout\'s move to a later period once, and lists only the dates that moved within the programme', () => {
    const dates = diff.changes as (JsonDiff['changes'][number] & { shift?: { days: number; dates: number }; position?: { old: number; new: number } })[];
    // 12 Jan 2026 → 7 Sept 2026: the kick-off (two weeks after the start in both) is no change of its own.
    expect(dates.find((c) => c.shift)).toMatchObject({ path: 'metadata.period.start', old: '2026-01-12', new: '2026-09-07', shift: { days: 238, dates: 11 } });
    expect(dates.map((c) => c.path)).not.toContain('process.milestones[id=kick-off].date');
    // The mid-point review moved within the programme: from 93 to 156 days after the start.
    expect(dates.find((c) => c.path === 'process.milestones[id=mid-point-review].date')).toMatchObject({ position: { old: 93, new: 156 }, decisions: ['d-dluzszy-proces'] });
    const table = mentor(['diff', pilot, rollout, '--locale', 'pl']).stdout;
    expect(table).toContain('(program przesunięty o 238 dni później, a z nim 11 dat)');
    expect(table).toContain('(w programie: 93 dni po starcie → 156 dni po starcie)');
  }, 120_000);

  it('summarises people and pairs by id, without names', () => {
    expect(diff.people['mentees']).toMatchObject({ old: 12, new: 40 });
    expect(diff.people['mentees']!.who!.joined[0]).toEqual({ id: expect.stringMatching(/^e-/) });
    const text = JSON.stringify(diff);
    for (const name of [...names(pilot), ...names(rollout)]) expect(text).not.toContain(name);
  }, 120_000);

  it('finds the pilot through metadata.pilot when given the rollout alone', () => {
    const alone = json([rollout]);
    expect(alone.changes).toEqual(diff.changes);
  }, 120_000);

  it('prints the table in the programme language, evidence and flags before the sections', () => {
    const r = mentor(['diff', rollout]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Kalibracja: Mentoring KAM – pilotaż 2026 → Mentoring KAM – wdrożenie 2026\/27\n/);
    expect(r.stdout).toContain('✓ Każda zmiana ma decyzję, a każda decyzja – zmianę.');
    expect(r.stdout).toContain('  ~ process.cadence.everyWeeks: 2 → 3  ← d-kadencja-3-tyg-90-min');
    expect(r.stdout.indexOf('Wyniki pilotażu: wskaźniki na dzień 30.06.2026')).toBeLessThan(r.stdout.indexOf('Każda zmiana'));
    expect(r.stdout.indexOf('Każda zmiana')).toBeLessThan(r.stdout.indexOf('\nProces\n'));
    expect(r.stdout).toMatch(/│ Realizacja +│ +81,9% │ +90% │ nieosiągnięty │ +8,1% │ +90% │/);
    expect(r.stdout).not.toContain('\u001b[');
    expect(mentor(['diff', rollout, '--locale', 'en']).stdout).toMatch(/^Calibration: /);
  }, 120_000);

  it('writes one self-contained HTML page', () => {
    const r = mentor(['diff', rollout, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="pl">/);
    expect(r.stdout).toContain('<h2>Wyniki pilotażu: wskaźniki na dzień 30.06.2026</h2>');
    expect(r.stdout).toContain('<tr class="changed"><td class="sym">~</td><td><code>process.cadence.everyWeeks</code></td><td class="old">2</td><td class="new">3</td><td><code>d-kadencja-3-tyg-90-min</code></td></tr>');
    expect(r.stdout).not.toMatch(/<script|<link|\ssrc=|url\(/i);
  }, 120_000);

  it('writes Markdown for a pull request, with a table per section', () => {
    const r = mentor(['diff', rollout, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Kalibracja: /);
    expect(r.stdout).toContain('## Proces');
    expect(r.stdout).toContain('| ~ | `process.cadence.everyWeeks` | 2 | 3 | `d-kadencja-3-tyg-90-min` |');
  }, 120_000);
});

describe('the README shows real output', () => {
  it('every line of its abridged mentor diff run is a line the command prints', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```console\n\$ mentor diff examples\/kam-pilot examples\/kam-rollout --locale en\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const shown = block![1]!.split('\n').filter((l) => l !== '' && l !== '…');
    const actual = new Set(mentor(['diff', pilot, rollout, '--locale', 'en']).stdout.split('\n'));
    expect(shown.length).toBeGreaterThan(40);
    expect(shown.filter((l) => !actual.has(l))).toEqual([]);
  }, 120_000);
});

describe('mentor diff: audiences', () => {
  it('names people for HR only, and shows the sponsor counts without ids', () => {
    const hr = mentor(['diff', rollout, '--audience', 'hr', '--format', 'json']);
    const joined = (JSON.parse(hr.stdout) as JsonDiff).people['mentees']!.who!.joined;
    expect(joined.every((p) => typeof p.name === 'string')).toBe(true);
    // One run per audience writes every format: the table on stdout, the others to files.
    const every = (audience: string[]): string[] => {
      const dir = mkdtempSync(join(scratch, 'audience-'));
      const files = ['md', 'json', 'html'].map((f) => join(dir, `diff.${f}`));
      const r = mentor(['diff', rollout, ...audience, ...files.flatMap((f) => ['-o', f])]);
      expect(r.code).toBe(0);
      return [r.stdout, ...files.map((f) => readFileSync(f, 'utf8'))];
    };
    for (const text of every(['--audience', 'sponsor'])) {
      expect(text).toContain('40');
      for (const name of names(rollout)) expect(text).not.toContain(name);
      expect(text).not.toMatch(/\be-[a-z]+\b/);
    }
    for (const text of every([])) for (const name of names(rollout)) expect(text).not.toContain(name);
  }, 120_000);
});

describe('mentor diff: flags', () => {
  it('flags a missed KPI with no decision, a change with no decision and a decision that points at nothing that changed', () => {
    const diff = json(['test/fixtures/diff/flags/rollout']);
    expect(diff.flags).toEqual([
      { kind: 'missed-kpi-without-decision', kpi: 'gap' },
      { kind: 'change-without-decision', section: 'goals', path: 'goals[id=g1].name' },
      { kind: 'decision-without-change', decision: 'd-sessions-target', path: 'kpis[id=sessions].target' },
    ]);
    const table = mentor(['diff', 'test/fixtures/diff/flags/rollout']).stdout;
    expect(table).toContain('Left unexplained: 3');
    expect(table).toContain('⚑ KPI `gap` (Gap closed) was missed in the pilot, and no decision answers it.');
    expect(table).toContain('  ~ goals[id=g1].name: Keep key accounts → Keep and grow key accounts  ⚑ no decision');
  }, 120_000);
});

describe('mentor diff: exit codes and output files', () => {
  it('--exit-code: 1 when anything differs, 0 for a programme and itself', () => {
    expect(mentor(['diff', pilot, rollout, '--exit-code']).code).toBe(1);
    const same = mentor(['diff', pilot, pilot, '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/No changes\.|Brak zmian\./);
    expect(mentor(['diff', pilot, rollout]).code).toBe(0);
  }, 120_000);

  it('writes --output atomically, and never over a file without --force', () => {
    const file = join(scratch, 'calibration.md');
    const r = mentor(['diff', rollout, '-o', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Kalibracja/);
    writeFileSync(file, 'keep me');
    const refused = mentor(['diff', rollout, '-o', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect(mentor(['diff', rollout, '-o', file, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Kalibracja/);
  }, 120_000);

  it('names what is wrong and exits 2: a missing path, a programme with no pilot, too many paths', () => {
    const missing = mentor(['diff', pilot, 'examples/nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('examples/nowhere');
    const alone = mentor(['diff', pilot, '--locale', 'en']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('names no pilot');
    expect(mentor(['diff', pilot, rollout, pilot]).code).toBe(2);
  }, 120_000);

  it('names the file that does not parse, with its position, and exits 2', () => {
    const folder = join(scratch, 'broken');
    rmSync(folder, { recursive: true, force: true });
    mentor(['init', folder, '--yes', '--locale', 'en']);
    writeFileSync(join(folder, 'programme.yaml'), 'apiVersion: mentor/v1\nkind: Programme\nmetadata: [\n');
    const r = mentor(['diff', pilot, folder, '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${folder} cannot be compared`);
    // The first problem at its position: the `[` opened on line 3 that is never closed.
    expect(r.stderr).toMatch(/broken\/programme\.yaml:3:11: .*`\[`/);
    expect(r.stderr).toContain(`mentor validate ${folder}`);
  }, 120_000);

  it('shows the schema problem that stopped the reading, not a method finding placed above it', () => {
    const folder = join(scratch, 'rollout-moved');
    rmSync(folder, { recursive: true, force: true });
    mentor(['init', folder, '--from', pilot, '--yes', '--start', '2026-09-07', '--locale', 'en']);
    const file = join(folder, 'programme.yaml');
    // The pilot path no longer resolves (a finding near the top), and a KPI's direction is misspelt further down.
    const text = readFileSync(file, 'utf8').replace(/path: \S+/, 'path: ../elsewhere').replace(/direction: higher/, 'direction: Higher');
    writeFileSync(file, text);
    const r = mentor(['diff', pilot, folder, '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/programme\.yaml:\d+:\d+: `direction` in `kpis\[id=[^\]]+\]` must be one of `higher`, `lower`, not `Higher`\./);
  }, 120_000);
});

describe('mentor diff: a cycle', () => {
  it('calls the evidence by the earlier run it comes from (a rollout here), in both languages', () => {
    const folder = join(scratch, 'cycle');
    const r = mentor(['init', folder, '--phase', 'cycle', '--from', rollout, '--start', '2028-01-10', '--yes']);
    expect(r.code).toBe(0);
    const en = mentor(['diff', folder, '--locale', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/\(rollout, .*\) → cycle \(cycle, /);
    expect(en.stdout).toMatch(/^Rollout evidence: KPIs as of /m);
    expect(en.stdout).not.toContain('Pilot evidence');
    const pl = mentor(['diff', folder, '--locale', 'pl']);
    expect(pl.stdout).toMatch(/\(wdrożenie, .*\) → cycle \(edycja, /);
    expect(pl.stdout).toMatch(/^Wyniki wdrożenia: wskaźniki na dzień /m);
  }, 120_000);
});

describe('mentor diff --today (the day taken as today, as in validate and add)', () => {
  it("computes the pilot's KPIs for it before the pilot's last day, for that last day after it, and leaves --as-of the last word", () => {
    const asOf = (args: string[]): string => {
      const r = mentor(['diff', pilot, rollout, '--format', 'json', '--locale', 'en', ...args]);
      expect(r.stderr).not.toContain('unknown option');
      return (JSON.parse(r.stdout) as { asOf: string }).asOf;
    };
    expect(asOf(['--today', '2027-12-31'])).toBe('2026-06-30');
    // Records after a past --today are in the future, as validate --today says: the KPIs are still computed for it.
    expect(asOf(['--today', '2026-05-31'])).toBe('2026-05-31');
    expect(asOf(['--today', '2026-05-31', '--as-of', '2026-04-30'])).toBe('2026-04-30');
  }, 120_000);
});
