import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, recordsYaml, textAt } from '../../../../test/helpers/bundle.js';

// The base programme's KPI k1 has the built-in metric gap-closed-share.
const withExternal = baseProgrammeYaml.replace(
  '  - { id: k1, name: Gap closed, level: 2, metric: gap-closed-share, target: 0.6, direction: higher }\n',
  '  - { id: k1, name: Gap closed, level: 2, metric: gap-closed-share, target: 0.6, direction: higher }\n  - { id: k2, name: Revenue kept, level: 4, metric: key-account-revenue, source: CRM, target: 0.95, direction: higher }\n',
);

describe('kpi-value-ignored', () => {
  it('warns at a value recorded for a KPI that mentor computes, which the report never reads', () => {
    const records = recordsYaml('kpiValues:\n  - kpi: k1\n    date: 2026-03-02\n    value: 91\n  - { kpi: k2, date: 2026-03-02, value: 0.97 }\n');
    const [d, ...rest] = diagnosticsOf({ programme: withExternal, records: { 'records/2026-03.yaml': records } }, 'kpi-value-ignored');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'kpi-value-ignored', severity: 'warning', file: 'records/2026-03.yaml', path: 'kpiValues[0].kpi' });
    expect(textAt(records, d)).toBe('k1');
    expect(d!.message).toBe('The value 91 recorded for KPI `k1` on 2026-03-02 is not used: `k1` has the built-in metric `gap-closed-share`, which mentor computes from the records.');
  });

  it('accepts values of KPIs measured outside mentor, and a value for an unknown KPI is left to unknown-reference', () => {
    const records = recordsYaml('kpiValues:\n  - { kpi: k2, date: 2026-03-02, value: 0.97 }\n  - { kpi: k9, date: 2026-03-02, value: 1 }\n');
    expect(diagnosticsOf({ programme: withExternal, records: { 'records/2026-03.yaml': records } }, 'kpi-value-ignored')).toEqual([]);
  });
});
