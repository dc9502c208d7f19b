import { describe, expect, it } from 'vitest';
import { IoError, loadProgramme, renderReport, report, validate } from '../src/index.js';

describe('library API', () => {
  it('loadProgramme reads a programme folder with its included files and returns a typed model', async () => {
    const { diagnostics, model, bundle } = await loadProgramme('examples/kam-pilot', { today: '2026-11-27' });
    expect(diagnostics).toEqual([]);
    expect(bundle.people.length).toBeGreaterThan(0);
    expect(bundle.records.length).toBe(6);
    expect(model?.programme.metadata.phase).toBe('pilot');
    expect(model?.mentees.length).toBeGreaterThanOrEqual(12);
  });

  it('validate returns worded, positioned diagnostics in the chosen locale', async () => {
    const diagnostics = await validate(['test/fixtures/invalid/mentor-over-capacity.yaml'], { today: '2026-11-27', locale: 'pl' });
    expect(diagnostics.map((d) => d.ruleId)).toContain('mentor-over-capacity');
    expect(diagnostics[0]!.message).toMatch(/Mentor/);
    expect(diagnostics[0]!.start.line).toBeGreaterThan(1);
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
