import { describe, expect, it } from 'vitest';
import { bundleOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { buildModel, type ProgrammeModel } from '../model/model.js';
import { parseCsvTable } from '../table/parse-csv.js';
import { selectCandidates, type SelectOutcome, type SelectResult } from './select.js';
import { menteesToWrite, unresolvedManagers } from './write-plan.js';

/** The base programme with two competencies that have default targets and the given criteria. */
function model(criteria: Record<string, unknown>[], edit: (d: Record<string, any>) => void = () => {}): ProgrammeModel {
  const yaml = programmeYaml((d) => {
    d.competencies[0].defaultTarget = 4;
    d.competencies.push({ id: 'pricing', name: 'Pricing', importance: 'tactical', scale: 's5', goal: 'g1', defaultTarget: 4 });
    d.people.mentors[0].levels.pricing = 5;
    d.people.mentees[0].department = 'North';
    d.addressees = { criteria: criteria.map((c, i) => ({ id: `c${i + 1}`, description: 'In words', ...c })), recruitment: { method: 'nomination' } };
    edit(d);
  });
  return buildModel(bundleOf({ programme: yaml }));
}
const csv = (text: string) => parseCsvTable(new TextEncoder().encode(text));
function selected(outcome: SelectOutcome): SelectResult {
  if (outcome.kind !== 'selected') throw new Error(`not selected: ${JSON.stringify(outcome)}`);
  return outcome.result;
}
const statusOf = (result: SelectResult) => Object.fromEntries(result.candidates.map((c) => [c.id, c.status]));

describe('selectCandidates', () => {
  const polish = 'Nr ewidencyjny;Imię i nazwisko;Stanowisko;Dział;Przełożony;Data zatrudnienia;Negotiation;Pricing;PESEL\n' +
    'k1;Anna Kowalska;Key Account Manager;North;Lee Moss;01.03.2020;2;3;1\n' +
    'k2;Jan Nowak;Senior Key Account Manager;South;lm1;2025-11-01;3;3;2\n' +
    'k3;Ola Wiśniewska;Key Account Manager;South;lm1;2019-05-06;2;;3\n' +
    'k4;Piotr Zając;Sales Director;South;sp1;2015-01-01;1;1;4\n' +
    'e1;Eve Mentee;Key Account Manager;North;lm1;2018-01-01;2;2;5\n';

  it('maps Polish headers, applies every criterion and says which one excluded whom', () => {
    const m = model([{ minGap: 2, importance: 'strategic' }, { minTenureMonths: 12 }, { titles: ['Key Account Manager'] }]);
    const result = selected(selectCandidates(m, csv(polish), 'kandydaci.csv', {}));
    expect(result.columns).toEqual({ id: 'Nr ewidencyjny', name: 'Imię i nazwisko', title: 'Stanowisko', department: 'Dział', lineManager: 'Przełożony', hired: 'Data zatrudnienia' });
    expect(result.levels).toEqual({ negotiation: 'Negotiation', pricing: 'Pricing' });
    expect(result.ignored).toEqual(['PESEL']);
    expect(statusOf(result)).toEqual({ k1: 'qualified', k2: 'not-qualified', k3: 'qualified', k4: 'not-qualified', e1: 'already-mentee' });
    const k2 = result.candidates.find((c) => c.id === 'k2')!;
    // Gap 1 in negotiation (3 → 4) and hired two months before the start (2026-01-05).
    expect(k2.checks.filter((c) => c.status !== 'met').map((c) => [c.criterion, c.part])).toEqual([
      ['c1', 'gap'],
      ['c2', 'tenure'],
    ]);
    const k4 = result.candidates.find((c) => c.id === 'k4')!;
    expect(k4.checks.filter((c) => c.status !== 'met').map((c) => c.part)).toEqual(['titles']);
    // A name resolves to the person of the programme; an empty level is "not assessed", not a problem.
    expect(result.candidates.find((c) => c.id === 'k1')!.lineManagerId).toBe('lm1');
    expect(result.candidates.find((c) => c.id === 'k3')!.notAssessed).toEqual(['pricing']);
  });

  it('reads the unit headers of a public office (Wydział) and of English exports (Division) as the department', () => {
    const m = model([{ minGap: 1 }]);
    for (const header of ['Wydział', 'Division']) {
      const result = selected(selectCandidates(m, csv(`id;name;${header};negotiation;pricing\nk1;Anna Kowalska;Wydział Kontroli;2;3\n`), 'x.csv', {}));
      expect(result.columns.department).toBe(header);
      expect(result.ignored).toEqual([]);
    }
  });

  it('ranks capped candidates by strategic gap, then gap, then the export order, after the mentees already there', () => {
    const m = model([{ maxPerDepartment: 2 }]);
    const text = 'id;name;department;negotiation;pricing\n' + 'a;A;North;3;1\n' + 'b;B;North;2;4\n' + 'c;C;South;3;3\n' + 'd;D;South;3;3\n' + 'e;E;South;2;3\n';
    const result = selected(selectCandidates(m, csv(text), 'x.csv', {}));
    // North already has e1: one place left, and b's strategic gap (2) beats a's (1).
    expect(statusOf(result)).toEqual({ a: 'not-qualified', b: 'qualified', c: 'qualified', d: 'not-qualified', e: 'qualified' });
    const d = result.candidates.find((c) => c.id === 'd')!;
    expect(d.checks.find((c) => c.part === 'maxPerDepartment')).toMatchObject({ status: 'not-met', params: { max: 2, key: 'South', count: 2 } });
  });

  it('knows a mentee the programme keeps under its own id (mentee-01 from init) by name, so --write never adds them twice', () => {
    const m = model([{ minGap: 1 }]);
    const result = selected(selectCandidates(m, csv('id;name;negotiation\nP-7;eve  MENTEE;2\nP-8;Anna Lis;2\n'), 'x.csv', {}));
    expect(statusOf(result)).toEqual({ 'P-7': 'already-mentee', 'P-8': 'qualified' });
    expect(result.candidates[0]!.menteeId).toBe('e1');
    expect(menteesToWrite(result, new Set()).map((c) => c.id)).toEqual(['P-8']);
    // The mentee's own id is a row of the export: the other row of that name is someone else.
    const both = selected(selectCandidates(m, csv('id;name;negotiation\ne1;Eve Mentee;2\nP-7;Eve Mentee;2\n'), 'x.csv', {}));
    expect(statusOf(both)).toEqual({ e1: 'already-mentee', 'P-7': 'qualified' });
  });

  it('does not let in a candidate without any gap, nor an excluded id', () => {
    const m = model([{ exclude: ['b'] }]);
    const result = selected(selectCandidates(m, csv('id;name;negotiation\na;A;4\nb;B;1\nc;C;3\n'), 'x.csv', {}));
    expect(statusOf(result)).toEqual({ a: 'not-qualified', b: 'not-qualified', c: 'qualified' });
    expect(result.candidates[0]!.hasGap).toBe(false);
  });

  it('reads columns named by the programme and by flags, flags first', () => {
    const m = model([{ minGap: 1 }], (d) => {
      d.addressees.import = { id: 'Kod', name: 'Osoba', levels: { negotiation: 'Ocena N' } };
    });
    const text = 'Kod;Osoba;Ocena N;Ocena P;Alt\nx1;X One;2;1;3\n';
    const result = selected(selectCandidates(m, csv(text), 'x.csv', { flagLevels: { negotiation: 'Alt' }, flagFields: {} }));
    expect(result.levels).toEqual({ negotiation: 'Alt' });
    expect(result.candidates[0]!.plan).toEqual([{ competency: 'negotiation', importance: 'strategic', level: 3, target: 4, gap: 1 }]);
    expect(result.ignored).toEqual(['Ocena N', 'Ocena P']);
  });

  it('refuses columns it cannot find, a criterion the export cannot answer and a competency without a default target', () => {
    const m = model([{ minTenureMonths: 6 }], (d) => {
      delete d.competencies[1].defaultTarget;
      d.addressees.import = { department: 'Dzal' };
    });
    const outcome = selectCandidates(m, csv('Imie i nazwisko;Pricing;Dzial\nA;2;X\n'), 'x.csv', { flagFields: { title: 'Stanowsko' } });
    expect(outcome.kind).toBe('columns');
    expect(outcome.kind === 'columns' && outcome.problems).toEqual([
      { code: 'unknown-column', header: 'Stanowsko', source: 'flag', target: 'title' },
      { code: 'unknown-column', header: 'Dzal', source: 'programme', target: 'department', suggestion: 'Dzial' },
      { code: 'missing-column', field: 'id' },
      { code: 'missing-column', field: 'hired', criterion: 'c1', part: 'tenure' },
      { code: 'no-default-target', competencies: ['pricing'] },
    ]);
  });

  it('names the line and column of every bad cell', () => {
    const m = model([{ minGap: 1 }]);
    const text = 'id;name;negotiation;hired\na;A;3;2020-01-01\na;B;x;2020-01-01\nc;;9;31.02.2020\nd d;D;3,5;\n';
    const outcome = selectCandidates(m, csv(text), 'x.csv', {});
    expect(outcome.kind).toBe('cells');
    expect(outcome.kind === 'cells' && outcome.problems.map((p) => [p.code, p.line, p.column, p.value])).toEqual([
      ['duplicate-id', 3, 1, 'a'],
      ['not-a-number', 3, 3, 'x'],
      ['missing-value', 4, 2, ''],
      ['off-scale', 4, 3, '9'],
      ['bad-date', 4, 4, '31.02.2020'],
      ['bad-id', 5, 1, 'd d'],
      ['not-a-level', 5, 3, '3,5'],
    ]);
  });
});

describe('menteesToWrite', () => {
  it('writes qualified candidates with their gaps, and a line manager only as an id the programme knows', () => {
    const m = model([{ minGap: 1 }]);
    const text = 'id;name;title;line manager;hired;negotiation;pricing\n' + 'a;Ann A;KAM;Lee Moss;2020-01-01;2;4\n' + 'b;Bob B;KAM;Ann A;;3;1\n' + 'c;Cy C;KAM;Someone Else;;3;3\n';
    const result = selected(selectCandidates(m, csv(text), 'x.csv', {}));
    const known = new Set(['hr1', 'sp1', 'lm1', 'm1', 'e1']);
    expect(menteesToWrite(result, known)).toEqual([
      { id: 'a', name: 'Ann A', title: 'KAM', lineManager: 'lm1', hired: '2020-01-01', competencies: [{ competency: 'negotiation', baseline: 2, target: 4 }] },
      { id: 'b', name: 'Bob B', title: 'KAM', lineManager: 'a', competencies: [{ competency: 'negotiation', baseline: 3, target: 4 }, { competency: 'pricing', baseline: 1, target: 4 }] },
      { id: 'c', name: 'Cy C', title: 'KAM', competencies: [{ competency: 'negotiation', baseline: 3, target: 4 }, { competency: 'pricing', baseline: 3, target: 4 }] },
    ]);
    expect(unresolvedManagers(result, known)).toEqual([{ id: 'c', lineManager: 'Someone Else' }]);
  });
});
