import { describe, expect, it } from 'vitest';
import { bundleOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { buildModel } from '../model/model.js';
import { parseCsvTable } from '../table/parse-csv.js';
import { selectCandidates } from './select.js';
import { columnDateOrder, slashedDate, slashedParts } from './slashed-dates.js';

const cells = (...values: string[]) => values.map((value, i) => ({ line: i + 2, value }));

describe('columnDateOrder', () => {
  it('lets a number above 12 in the column decide, wherever it stands', () => {
    expect(columnDateOrder(cells('05/01/2026', '2026-02-01', '31/12/2026'))).toEqual({ kind: 'decided', decision: { order: 'day-first', by: 'column', evidence: { line: 4, value: '31/12/2026' } } });
    expect(columnDateOrder(cells('05/01/2026', '12/31/2026'))).toEqual({ kind: 'decided', decision: { order: 'month-first', by: 'column', evidence: { line: 3, value: '12/31/2026' } } });
  });

  it('asks when nothing tells, unless --date-format or a Polish programme says it', () => {
    expect(columnDateOrder(cells('05/01/2026', '07/03/2021'))).toEqual({ kind: 'ambiguous' });
    expect(columnDateOrder(cells('05/01/2026'), undefined, 'day-first')).toEqual({ kind: 'decided', decision: { order: 'day-first', by: 'locale' } });
    expect(columnDateOrder(cells('05/01/2026', '31/12/2026'), 'month-first')).toEqual({ kind: 'decided', decision: { order: 'month-first', by: 'option' } });
  });

  it('says a column that proves both orders mixes them, and has nothing to decide without slashes', () => {
    expect(columnDateOrder(cells('31/01/2020', '01/31/2021', '05/01/2026'))).toEqual({ kind: 'mixed', dayFirst: { line: 2, value: '31/01/2020' }, monthFirst: { line: 3, value: '01/31/2021' } });
    expect(columnDateOrder(cells('2026-01-05', '05.01.2026', ''))).toEqual({ kind: 'none' });
  });
});

describe('slashedDate', () => {
  it('reads either order and refuses a day the calendar lacks', () => {
    const parts = slashedParts(' 5/1/2026 ')!;
    expect(slashedDate(parts, 'day-first')).toBe('2026-01-05');
    expect(slashedDate(parts, 'month-first')).toBe('2026-05-01');
    expect(slashedDate(slashedParts('31/04/2026')!, 'day-first')).toBeUndefined();
    expect(slashedParts('31/12/26')).toBeUndefined();
  });
});

describe('an HR export with slashed hire dates', () => {
  const model = (locale: 'en' | 'pl') =>
    buildModel(
      bundleOf({
        programme: programmeYaml((d) => {
          d.metadata.locale = locale;
          d.competencies[0].defaultTarget = 4;
          d.addressees = { criteria: [{ id: 'c1', description: 'In words', minTenureMonths: 12 }], recruitment: { method: 'nomination' } };
        }),
      }),
    );
  const table = (...dates: string[]) => parseCsvTable(new TextEncoder().encode(`id,name,hired,negotiation\n${dates.map((d, i) => `k${i},Person ${i},${d},2`).join('\n')}\n`));

  it('reads a UK export day first when one date shows it, and says so', () => {
    const outcome = selectCandidates(model('en'), table('05/01/2024', '31/12/2024', '2023-06-01'), 'uk.csv', {});
    expect(outcome.kind).toBe('selected');
    if (outcome.kind !== 'selected') return;
    expect(outcome.result.candidates.map((c) => c.hired)).toEqual(['2024-01-05', '2024-12-31', '2023-06-01']);
    expect(outcome.result.slashedDates).toEqual({ order: 'day-first', by: 'column', evidence: { line: 3, value: '31/12/2024' } });
  });

  it('refuses dates that read both ways in an English programme, naming each cell; a Polish one reads them day first', () => {
    const outcome = selectCandidates(model('en'), table('05/01/2024', '06/06/2024'), 'x.csv', {});
    expect(outcome.kind === 'cells' && outcome.problems.map((p) => [p.code, p.line, p.column, p.params])).toEqual([['ambiguous-date', 2, 3, { dayFirst: '2024-01-05', monthFirst: '2024-05-01' }]]);
    const pl = selectCandidates(model('pl'), table('05/01/2024'), 'x.csv', {});
    expect(pl.kind === 'selected' && pl.result.candidates[0]!.hired).toBe('2024-01-05');
    const asked = selectCandidates(model('en'), table('05/01/2024', '12/31/2024'), 'x.csv', { dateOrder: 'day-first' });
    expect(asked.kind === 'cells' && asked.problems.map((p) => [p.code, p.line, p.params])).toEqual([['bad-date', 3, { order: 'day-first', by: 'option' }]]);
  });
});
