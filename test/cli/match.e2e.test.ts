import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentor, repoRoot } from './spawn.js';

interface MatchJson {
  formatVersion: number;
  start: string;
  kept: number;
  objective: { matched: number; score: number };
  pairs: { id: string; mentee: string; menteeName: string; mentor: string; mentorName: string; competencies: string[]; start: string; score: number; reasons: string[]; notCovered: string[] }[];
  unmatched: { mentee: string; block: { code: string; mentors?: string[] }; reason: string }[];
  mentors: { id: string; capacity: number; before: number; after: number }[];
}

/** The KAM pilot and rollout in a fresh folder, with the example export's qualified candidates added as mentees. */
function workspace(): { dir: string; rollout: string; people: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mentor-match-'));
  cpSync(join(repoRoot, 'examples/kam-pilot'), join(dir, 'kam-pilot'), { recursive: true });
  cpSync(join(repoRoot, 'examples/kam-rollout'), join(dir, 'kam-rollout'), { recursive: true });
  const rollout = join(dir, 'kam-rollout');
  const selected = mentor(['select', rollout, join(rollout, 'hr/kandydaci.csv'), '--write', '-f', 'json']);
  if (selected.code !== 0) throw new Error(selected.stderr);
  return { dir, rollout, people: join(rollout, 'people.yaml') };
}

describe('mentor match', () => {
  it('has nothing to propose on the example as shipped (every mentee has a pair) and exits 0', () => {
    const r = mentor(['match', 'examples/kam-rollout', '--locale', 'en', '--as-of', '2026-09-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 pairs proposed from 2026-09-22, 0 mentees without a mentor, 41 pairs kept\./);
  });

  it('after select --write: proposes the pair the free place allows, explains it, and says what blocked the rest', () => {
    const { rollout } = workspace();
    const r = mentor(['match', rollout, '-f', 'json', '--locale', 'en', '--as-of', '2026-09-01']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as MatchJson;
    expect(json.formatVersion).toBe(1);
    expect(json.start).toBe('2026-09-22'); // the kick-off milestone
    // m-solszewski is the one prepared mentor with a free place at level 4+ in the candidates' competencies.
    expect(json.pairs.map((p) => [p.id, p.mentee, p.mentor, p.competencies])).toEqual([['para-42', 'k-lgorski', 'm-solszewski', ['planowanie-konta', 'propozycja-wartosci']]]);
    const [pair] = json.pairs;
    // People by name as well as by id: a pairing meeting reads Łukasz Górski, not k-lgorski.
    expect([pair!.menteeName, pair!.mentorName]).toEqual(['Łukasz Górski', 'Sławomir Olszewski']);
    expect(mentor(['match', rollout, '--locale', 'en', '--as-of', '2026-09-01']).stdout).toMatch(/k-lgorski\s+│\s+m-solszewski[\s\S]*Łukasz Górski\s+│\s+Sławomir Olszewski/);
    expect(pair!.reasons).toContain('+10 `planowanie-konta` (strategic, gap 2; mentor at 5, target 4)');
    expect(pair!.notCovered).toEqual(['negocjacje-kam']);
    expect(json.unmatched.map((u) => [u.mentee, u.block.code])).toEqual([
      ['k-azawadzka', 'taken'],
      ['k-eszymanska', 'taken'],
      ['k-ddudek', 'taken'],
    ]);
    expect(json.unmatched[0]!.reason).toMatch(/places of the suitable mentors \(m-solszewski\)/);
    const load = json.mentors.find((m) => m.id === 'm-solszewski')!;
    expect(load.after).toBe(load.capacity);
    // Deterministic: the same input gives the same proposal.
    expect(mentor(['match', rollout, '-f', 'json', '--locale', 'en', '--as-of', '2026-09-01']).stdout).toBe(r.stdout);
  });

  it('once the kick-off has passed, proposes pairs from the first working day on or after today, and says so', () => {
    const { rollout } = workspace();
    // Saturday 10 Oct 2026, after the kick-off (22 Sept): Monday 12 Oct.
    const r = mentor(['match', rollout, '-f', 'json', '--locale', 'en', '--as-of', '2026-10-10']);
    const json = JSON.parse(r.stdout) as MatchJson & { startSource: string; programmeStart?: string };
    expect([json.start, json.startSource, json.programmeStart]).toEqual(['2026-10-12', 'today', '2026-09-22']);
    expect(json.pairs.every((p) => p.start === '2026-10-12')).toBe(true);
    const ahead = JSON.parse(mentor(['match', rollout, '-f', 'json', '--as-of', '2026-09-01']).stdout) as MatchJson & { startSource: string; programmeStart?: string };
    expect([ahead.start, ahead.startSource, ahead.programmeStart]).toEqual(['2026-09-22', 'programme', undefined]);
    const table = mentor(['match', rollout, '--locale', 'en', '--as-of', '2026-10-10']);
    expect(table.stdout).toContain("proposed from 2026-10-12 (the programme's start for pairs, 2026-09-22, has passed)");
    const polish = mentor(['match', rollout, '--locale', 'pl', '--as-of', '2026-10-10']);
    expect(polish.stdout).toContain('Proponowane pary od 2026-10-12 (termin startu par z programu, 2026-09-22, już minął)');
  });

  it("prefers a mentee's mentor from the pilot, whose pairs live in the pilot's people file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-match-'));
    cpSync(join(repoRoot, 'examples/kam-pilot'), join(dir, 'kam-pilot'), { recursive: true });
    cpSync(join(repoRoot, 'examples/kam-rollout'), join(dir, 'kam-rollout'), { recursive: true });
    const people = join(dir, 'kam-rollout/people.yaml');
    let text = readFileSync(people, 'utf8');
    // Michał Jabłoński loses his rollout pair; his pilot mentor (para-12) gets a free place.
    text = text.slice(0, text.indexOf('  - id: para-18')) + text.slice(text.indexOf('  - id: para-19'));
    text = text.replace(/(- id: m-ewojciechowska\b[\s\S]*?capacity: )3/, '$14');
    writeFileSync(people, text);
    const json = JSON.parse(mentor(['match', join(dir, 'kam-rollout'), '-f', 'json', '--locale', 'en', '--as-of', '2026-09-01']).stdout) as MatchJson;
    expect(json.pairs.map((p) => [p.mentee, p.mentor])).toEqual([['e-mjablonski', 'm-ewojciechowska']]);
    expect(json.pairs[0]!.reasons).toContain('+4 the same mentor as before (para-12)');
  });

  it('--write appends the pairs (the file kept byte for byte above them) and the programme validates clean', () => {
    const { dir, rollout, people } = workspace();
    const before = readFileSync(people, 'utf8');
    const r = mentor(['match', rollout, '--write', '--locale', 'en', '--as-of', '2026-09-01', '--output', join(dir, 'pairs.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Added 1 pair to .*people\.yaml/);
    const after = readFileSync(people, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toBe('\n  - id: para-42\n    mentor: m-solszewski\n    mentee: k-lgorski\n    competencies: [planowanie-konta, propozycja-wartosci]\n    start: 2026-09-22\n');
    const csv = readFileSync(join(dir, 'pairs.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFpair,mentee,mentor,competencies,start,score,status,reasons');
    expect(csv).toMatch(/\r\n,k-ddudek,,,,,unmatched,the places/);
    const validate = mentor(['validate', dir]);
    expect(validate.stdout).toMatch(/no problems|bez problemów/);
    expect(validate.code).toBe(0);
    // Run again: the new pair is kept and nothing is proposed twice.
    const again = mentor(['match', rollout, '-f', 'json', '--as-of', '2026-09-01']);
    expect((JSON.parse(again.stdout) as MatchJson).pairs).toEqual([]);
  });

  it('refuses --rematch with --write (exit 2) and writes nothing', () => {
    const { rollout, people } = workspace();
    const before = readFileSync(people, 'utf8');
    const r = mentor(['match', rollout, '--rematch', '--write', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--rematch cannot be combined with --write/);
    expect(readFileSync(people, 'utf8')).toBe(before);
  });
});
