import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffProgrammes } from '../../src/core/diff/index.js';
import { buildModel } from '../../src/core/model/model.js';
import { loadDiffRenderer } from '../../src/render/diff/index.js';
import { bundleOf, programmeYaml } from '../helpers/bundle.js';

type Data = Record<string, any>;
const model = (edit: (d: Data) => void = () => {}) => buildModel(bundleOf({ programme: programmeYaml(edit) }));
const ctx = (locale: 'en' | 'pl') => ({ locale, color: false, toolVersion: '0.0.0-test' });

/** A revision of the base programme, 245 days later, with a renamed KPI, a moved goal and a control character. */
function revision() {
  const a = model((p) => p.goals.push({ id: 'g2', name: 'Grow margin' }));
  const b = model((p) => {
    p.goals.push({ id: 'g2', name: 'Grow margin' });
    p.goals.reverse();
    p.metadata.period = { start: '2026-09-07', end: '2027-03-02' };
    p.process.milestones[0].date = '2026-09-21';
    p.process.milestones[1].date = '2027-02-26';
    p.people.mentors[0].preparation[0].completed = '2026-09-14';
    p.people.pairs[0].start = '2026-09-28';
    p.kpis[0].id = 'gap-closed';
    p.preparation.modules[0].name = 'The mentor\u001b[2J role';
  });
  return diffProgrammes(a, b, { moves: true });
}

describe('diff renderers', () => {
  const diff = revision();

  it('table: a shift, a possible rename and a move each on one line, control characters visible', async () => {
    const text = (await loadDiffRenderer('table'))(diff, ctx('en'));
    expect(text).toContain('  ~ 5 Jan 2026 → 7 Sept 2026  (programme shifted 245 days later, 6 dates with it)');
    expect(text).toMatch(/ {2}→ kpis\[id=k1\] → kpis\[id=gap-closed\] {2}\(possible rename, \d+% alike\)/);
    expect(text).toContain('  ↕ goals[id=g2]  (moved from place 2 to 1)');
    expect(text).toContain('The mentor\\u001B[2J role');
    expect(text).not.toContain('\u001b');
    expect(text.trimEnd().split('\n').at(-1)).toBe('0 added, 2 changed, 0 removed, 1 renamed, 1 moved');
  });

  it('table: Polish plurals and dates', async () => {
    const text = (await loadDiffRenderer('table'))(diff, ctx('pl'));
    expect(text).toContain('(program przesunięty o 245 dni później, a z nim 6 dat)');
    expect(text).toContain('~ 05.01.2026 → 07.09.2026');
    expect(text).toContain('prawdopodobnie zmiana id, podobieństwo');
  });

  it('markdown: one table per section, pipes escaped', async () => {
    const text = (await loadDiffRenderer('md'))(diff, ctx('en'));
    expect(text).toMatch(/^# Changes: Demo programme → Demo programme\n/);
    expect(text).toContain('| → | `kpis[id=gap-closed]` (possible rename,');
    expect(text).toContain('| ↕ | `goals[id=g2]` (moved from place 2 to 1) |');
  });

  it('json: every key it writes is documented in docs/diff.md', async () => {
    const json = JSON.parse((await loadDiffRenderer('json'))(diff, ctx('en'))) as Record<string, unknown> & { changes: Record<string, unknown>[] };
    const docs = readFileSync('docs/diff.md', 'utf8');
    const documented = (key: string) => new RegExp(`\\| [^|]*\`${key}\``).test(docs);
    const keys = [...Object.keys(json), ...new Set(json.changes.flatMap((c) => Object.keys(c)))];
    expect(keys.filter((k) => !documented(k))).toEqual([]);
    expect(json['formatVersion']).toBe(1);
    expect(json.changes.find((c) => c['kind'] === 'renamed')).toMatchObject({ section: 'kpis', id: 'gap-closed', path: 'kpis[id=gap-closed]', oldPath: 'kpis[id=k1]', old: 'k1', new: 'gap-closed' });
  });
});
