import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, parsed, recordsYaml } from '../../../test/helpers/bundle.js';
import type { ProgrammeBundle } from '../model/bundle.js';
import { validateWorkspace } from './index.js';
import { measuredAsShare } from './share-suggestions.js';

const kpis = [
  '  - { id: k1, name: Gap closed, level: 2, metric: gap-closed-share, target: 0.6, direction: higher }',
  '  - { id: share, name: Multi-year contracts, level: 4, metric: multi-year, baseline: 0.4, target: 0.6, direction: higher, source: CRM }',
  '  - { id: points, name: Retention, level: 4, metric: retention-kk, baseline: 40, target: 60, unit: "%", direction: higher, source: CRM }',
  '  - { id: named, name: Share named, level: 4, metric: named, unit: share, direction: higher, source: CRM }',
  '  - { id: bare, name: Percent only, level: 4, metric: bare, unit: "%", direction: higher, source: CRM }',
].join('\n');

/** The hints of the schema-type findings of KPI values typed as text, beside a programme with those KPIs. */
function hints(values: readonly [string, string][], locale: 'en' | 'pl' = 'en'): (string | undefined)[] {
  const programme = baseProgrammeYaml.replace(/^kpis:\n(?: {2}- .*\n)+/m, `kpis:\n${kpis}\n`);
  const records = `kpiValues:\n${values.map(([kpi, value]) => `  - { kpi: ${kpi}, date: 2026-02-09, value: "${value}" }`).join('\n')}\n`;
  const bundle: ProgrammeBundle = { programme: parsed('programme.yaml', programme), people: [], records: [parsed('records/2026-02.yaml', recordsYaml(records))] };
  const diagnostics = validateWorkspace({ files: [bundle.programme, ...bundle.records], bundles: [bundle], findings: [] }, { today: '2026-11-27', locale });
  expect(diagnostics.filter((d) => d.file === 'programme.yaml')).toEqual([]);
  return diagnostics.filter((d) => d.ruleId === 'schema-type').map((d) => d.hint);
}

describe('a KPI value typed as a percentage', () => {
  it('suggests the share of 1 for a KPI measured as one, the percent for a KPI measured in percent', () => {
    expect(hints([['share', '35%'], ['k1', '3,5 %'], ['named', '35%'], ['points', '35%'], ['bare', '35%'], ['share', '0,35']])).toEqual([
      'Did you mean 0.35?',
      'Did you mean 0.035?',
      'Did you mean 0.35?',
      'Did you mean 35?',
      'Did you mean 35?',
      'Did you mean 0.35?',
    ]);
    expect(hints([['share', '35%']], 'pl')).toEqual(['Czy chodziło o 0.35?']);
  });

  it('reads a KPI as a share from its metric, its numbers and its unit', () => {
    expect(measuredAsShare({ metric: 'retention' })).toBe(true);
    expect(measuredAsShare({ metric: 'x', baseline: 0.4, target: 0.6 })).toBe(true);
    expect(measuredAsShare({ metric: 'x', target: 0.6, unit: '%' })).toBe(true);
    expect(measuredAsShare({ metric: 'x', target: 0.6, unit: 'pkt' })).toBe(false);
    expect(measuredAsShare({ metric: 'x', baseline: 40, target: 60, unit: '%' })).toBe(false);
    expect(measuredAsShare({ metric: 'x', baseline: 0.4, target: 0.6, checkpoints: [{ date: '2026-03-01', target: 45 }] })).toBe(false);
    expect(measuredAsShare({ metric: 'x', unit: 'udział' })).toBe(true);
    expect(measuredAsShare({ metric: 'x', unit: '%' })).toBe(false);
  });
});
