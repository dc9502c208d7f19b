import { describe, expect, it } from 'vitest';
import type { ProgrammeModel } from '../../src/core/model/model.js';
import { buildReport, type ReportOptions } from '../../src/core/report/index.js';
import { loadReportRenderer, reportFormats } from '../../src/render/report/index.js';
import { exampleModel, examples } from './load.js';

/**
 * Privacy: every format of every audience is searched for every name and id it must not contain.
 * The lists of what is allowed come from the people files, not from the report.
 */

interface Person {
  id: string;
  name: string;
  email?: string;
}

function people(model: ProgrammeModel): Person[] {
  return [...model.staff, ...model.mentors, ...model.mentees];
}

/** Names, surnames, ids and e-mails of people, and pair ids: the strings that identify someone. */
function identifiers(persons: readonly Person[], pairs: readonly string[]): string[] {
  return [...persons.flatMap((p) => [p.id, p.name, p.name.split(' ').at(-1)!, ...(p.email ? [p.email] : [])]), ...pairs];
}

async function renderAll(model: ProgrammeModel, options: ReportOptions): Promise<Record<string, string>> {
  const data = buildReport(model, options);
  const out: Record<string, string> = {};
  for (const format of reportFormats) {
    for (const locale of ['en', 'pl'] as const) {
      out[`${format}/${locale}`] = (await loadReportRenderer(format))(data, { locale, color: false, tool: 'mentor-cli test', delimiter: ',' });
    }
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every forbidden string found as a whole word (so `Baran` is not found in `Baranowska`). */
function leaks(outputs: Record<string, string>, forbidden: readonly string[]): string[] {
  const patterns = [...new Set(forbidden)].filter((s) => s.length > 2).map((s) => ({ s, re: new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(s)}(?![\\p{L}\\p{N}_-])`, 'u') }));
  const found: string[] = [];
  for (const [format, text] of Object.entries(outputs)) for (const { s, re } of patterns) if (re.test(text)) found.push(`${format}: ${s}`);
  return found;
}

describe.each(examples)('audiences of $name', ({ name, asOf }) => {
  it('sponsor: no name, surname, id or e-mail of anyone, no pair id, in any format', async () => {
    const model = await exampleModel(name);
    const forbidden = identifiers(people(model), model.pairs.map((p) => p.id));
    // The search finds them where they are: in HR's report.
    expect(leaks(await renderAll(model, { asOf }), forbidden).length).toBeGreaterThan(10);
    for (const pseudonymise of [false, true]) {
      const outputs = await renderAll(model, { asOf, audience: 'sponsor', pseudonymise });
      expect(leaks(outputs, forbidden)).toEqual([]);
      expect(outputs['json/en']).toContain('"formatVersion": 1');
    }
  });

  it("manager: only the manager's direct reports and their mentors; nobody else", async () => {
    const model = await exampleModel(name);
    const managers = [...new Set(model.mentees.map((m) => m.lineManager).filter((id): id is string => id !== undefined))];
    expect(managers.length).toBeGreaterThan(1);
    for (const manager of managers) {
      const reports = new Set(model.mentees.filter((m) => m.lineManager === manager).map((m) => m.id));
      const pairs = model.pairs.filter((p) => reports.has(p.mentee));
      const allowed = new Set([manager, ...reports, ...pairs.map((p) => p.mentor)]);
      const others = people(model).filter((p) => !allowed.has(p.id));
      const forbidden = identifiers(others, model.pairs.filter((p) => !reports.has(p.mentee)).map((p) => p.id));
      const outputs = await renderAll(model, { asOf, audience: 'manager', person: manager });
      expect(leaks(outputs, forbidden), manager).toEqual([]);
      // Their own reports are there, by name.
      for (const id of reports) expect(outputs['md/en']).toContain(model.mentees.find((m) => m.id === id)!.name);
    }
  });

  it("mentee: one development sheet with the mentee's own figures and their mentors only", async () => {
    const model = await exampleModel(name);
    for (const mentee of model.mentees) {
      const pairs = model.pairs.filter((p) => p.mentee === mentee.id);
      const allowed = new Set([mentee.id, ...pairs.map((p) => p.mentor)]);
      const forbidden = identifiers(
        people(model).filter((p) => !allowed.has(p.id)),
        model.pairs.filter((p) => p.mentee !== mentee.id).map((p) => p.id),
      );
      const outputs = await renderAll(model, { asOf, audience: 'mentee', person: mentee.id });
      expect(leaks(outputs, forbidden), mentee.id).toEqual([]);
      expect(outputs['table/en']).toContain(mentee.name);
    }
  });

  it('--pseudonymise: no real name, surname, id or e-mail and no pair id in any audience or format', async () => {
    const model = await exampleModel(name);
    const forbidden = identifiers(people(model), model.pairs.map((p) => p.id));
    const manager = model.mentees[0]!.lineManager!;
    const runs: ReportOptions[] = [
      { asOf, audience: 'hr', pseudonymise: true },
      { asOf, audience: 'manager', person: manager, pseudonymise: true },
      { asOf, audience: 'mentee', person: model.mentees[0]!.id, pseudonymise: true },
    ];
    for (const options of runs) expect(leaks(await renderAll(model, options), forbidden), options.audience).toEqual([]);
  });

  it('pseudonyms are stable across runs and formats, and differ between people', async () => {
    const model = await exampleModel(name);
    const a = buildReport(model, { asOf, pseudonymise: true });
    const b = buildReport(model, { asOf: '2026-12-31', pseudonymise: true, sections: ['progress'] });
    const names = (r: typeof a): Map<string, string> => new Map((r.progress ?? []).map((row) => [row.competency.id + row.mentee.id, row.mentee.name]));
    expect(names(b)).toEqual(names(a));
    const distinct = new Set((a.progress ?? []).map((r) => r.mentee.id));
    expect(distinct.size).toBe(new Set(model.mentees.filter((m) => m.competencies.length > 0).map((m) => m.id)).size);
    const md = (await renderAll(model, { asOf, pseudonymise: true }))['md/en']!;
    for (const row of a.progress ?? []) expect(md).toContain(row.mentee.name);
  });
});
