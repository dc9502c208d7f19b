import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IoError, loadProgramme, mergeRows, planCommunications, renderReport, report, validate, type Progress } from '../src/index.js';
import { exampleFolder } from '../src/messages/explain-examples.js';

describe('library API', () => {
  it('loadProgramme reads a programme folder with its included files and returns a typed model', async () => {
    const { diagnostics, model, bundle } = await loadProgramme('examples/kam-pilot', { today: '2026-11-27' });
    expect(diagnostics).toEqual([]);
    expect(bundle.people.length).toBeGreaterThan(0);
    expect(bundle.records.length).toBe(6);
    expect(model?.programme.metadata.phase).toBe('pilot');
    expect(model?.mentees.length).toBeGreaterThanOrEqual(12);
  });

  it('loadProgramme applies `# mentor-disable…` comments as validate does, and reports progress to onProgress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-library-'));
    for (const [name, text] of Object.entries(exampleFolder)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const march = (comment: string): void =>
      writeFileSync(join(dir, 'records', '2026-03.yaml'), `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\nsessions:\n${comment}  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  - { pair: p1, date: 2026-03-09, minutes: 60 }\n`);
    march('');
    const seen: Progress[] = [];
    const plain = await loadProgramme(dir, { today: '2026-04-15', onProgress: (p) => seen.push(p) });
    expect(plain.diagnostics.map((d) => d.ruleId)).toEqual(['session-duplicate']);
    expect(plain.suppressed).toEqual([]);
    // Every file found is read, the count only grows, and the checks end with the one finding.
    const reading = seen.filter((p) => p.step === 'reading');
    expect(reading.at(-1)).toEqual({ step: 'reading', filesFound: plain.bundle.people.length + plain.bundle.records.length + 1, filesRead: plain.bundle.people.length + plain.bundle.records.length + 1 });
    expect(reading.map((p) => p.filesRead)).toEqual([...reading.map((p) => p.filesRead)].sort((a, b) => a! - b!));
    expect(seen.at(-1)).toEqual({ step: 'checking', findings: 1 });

    march('  # mentor-disable-next-line session-duplicate -- kept on purpose\n');
    const silenced = await loadProgramme(dir, { today: '2026-04-15' });
    expect(silenced.diagnostics).toEqual([]);
    expect(silenced.suppressed).toMatchObject([{ ruleId: 'session-duplicate', suppression: { reason: 'kept on purpose' } }]);
  });

  it('validate returns worded, positioned diagnostics in the chosen locale', async () => {
    const diagnostics = await validate(['test/fixtures/invalid/mentor-over-capacity.yaml'], { today: '2026-11-27', locale: 'pl' });
    expect(diagnostics.map((d) => d.ruleId)).toContain('mentor-over-capacity');
    expect(diagnostics[0]!.message).toMatch(/Mentor/);
    expect(diagnostics[0]!.start.line).toBeGreaterThan(1);
  });

  it('planCommunications returns the dated plan in the programme’s language, with a view, for a mail merge', async () => {
    const { plan, diagnostics } = await planCommunications('examples/kam-pilot', { asOf: '2026-01-05', view: { to: 'line-manager' } });
    expect(diagnostics).toEqual([]);
    expect(plan!.programme.locale).toBe('pl');
    expect(plan!.entries.length).toBeGreaterThan(0);
    expect(plan!.entries.every((e) => e.to.roles.includes('line-manager'))).toBe(true);
    expect(plan!.entries.some((e) => e.proposed)).toBe(true);
    expect(mergeRows(plan!, { to: 'line-manager' }).every((r) => r.role === 'line-manager')).toBe(true);
    const english = await planCommunications('examples/kam-pilot', { locale: 'en' });
    expect(english.plan!.entries.find((e) => e.proposed)!.subject).toMatch(/preparation for mentors|results and recommendations|how nominations work|progress assessments/);
  });

  it('throws IoError only when the path cannot be read', async () => {
    await expect(loadProgramme('examples/does-not-exist')).rejects.toBeInstanceOf(IoError);
  });

  it('report returns the report data, and renderReport prints it in the programme\'s language', async () => {
    const data = await report('examples/kam-pilot', { asOf: '2026-06-30', audience: 'sponsor' });
    expect(data.kpis?.find((k) => k.id === 'realizacja-sesji')).toMatchObject({ value: 104 / 127, status: 'missed' });
    expect(data.progress).toBeNull();
    const md = await renderReport(data, 'md');
    expect(md).toContain('81,9% (104/127)');
    expect(await renderReport(data, 'md', { locale: 'en' })).toContain('81.9% (104/127)');
  });
});
