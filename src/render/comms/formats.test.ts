import { describe, expect, it } from 'vitest';
import { programmeYaml } from '../../../test/helpers/bundle.js';
import { planOf } from '../../../test/helpers/comms.js';
import { mergeRows } from '../../core/comms/merge.js';
import { applyView } from '../../core/comms/view.js';
import { cellList, commsCsv, mergeColumns, mergeCsv, planColumns } from './csv.js';
import { commsJson, mergeJson } from './json.js';
import { commsMarkdown } from './markdown.js';
import { commsTable } from './table.js';

const yaml = programmeYaml((d) => {
  d.people.staff[2].email = 'lee@example.com';
  d.communications[0].subject = 'Why we mentor, and what we ask';
  d.communications[0].text = 'Dear {first-name},\n\nwe start on {milestone:kick-off}. | *really*';
  d.communications.push({ id: 'monthly', when: { milestone: 'kick-off', offsetDays: 28 }, every: { weeks: 4, until: { milestone: 'kick-off', offsetDays: 60 } }, time: '23:30', minutes: 60, from: 'hr-owner', to: ['line-manager'], channel: 'video', purpose: 'information', subject: 'Monthly call' });
});
const ctx = (locale: 'en' | 'pl' = 'en') => ({ locale, color: false, view: {}, toolVersion: '9.9.9' });

describe('the table', () => {
  it('shows date, sender, recipients, channel, purpose, subject and the full text, proposals marked, within the width', () => {
    const text = commsTable(planOf(yaml, { asOf: '2026-01-01' }), { ...ctx(), width: 100 });
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(text).toContain('Communication plan: Demo programme');
    expect(text).toContain('Mon, 12 Jan 2026');
    expect(text).toContain('Sponsor: Sam Price');
    expect(text).toContain('Line manager: 1');
    expect(text).toContain('person: Lee Moss');
    expect(text).toContain('23:30–00:30');
    expect(text).toContain('1 of 2');
    expect(text).toContain('✦ proposed');
    expect(text).not.toContain('\u001b[');
    expect(text).toMatch(/^\d+ entries, \d+ proposed by the method$/m);
    // The texts follow the table, each under its date and subject, wrapped to the width.
    expect(text).toContain('\nTexts\n\n');
    expect(text).toContain('\n\nMon, 12 Jan 2026 · Why we mentor, and what we ask\n  Dear [first name],\n\n  we start on 19 January 2026. | *really*');
  });

  it('says of a role whose holders were listed under a role above that they were, not that nobody holds it', () => {
    const shared = programmeYaml((d) => {
      d.roles.find((r: { id: string }) => r.id === 'hr-owner').staffedBy = ['lm1'];
      d.communications[0].to = ['mentee', 'line-manager', 'hr-owner'];
    });
    const md = commsMarkdown(planOf(shared, { asOf: '2026-01-01' }), ctx());
    expect(md).toContain('Line manager: 1 person: Lee Moss<br>HR owner: Lee Moss, listed above');
    expect(md).not.toContain('nobody yet');
    const pl = commsMarkdown(planOf(shared, { asOf: '2026-01-01' }), ctx('pl'));
    expect(pl).toContain('HR owner: Lee Moss (już wśród adresatów wyżej)');
    const table = commsTable(planOf(programmeYaml((d) => {
      d.people.mentees.push({ id: 'e2', name: 'Ed Mentee', lineManager: 'm1', competencies: [{ competency: 'negotiation', baseline: 1, target: 3 }] });
      d.communications[0].to = ['mentor', 'line-manager'];
    }), { asOf: '2026-01-01' }), { ...ctx(), width: 200 });
    expect(table).toContain('Line manager: 1 person: Lee Moss, besides 1 person listed above');
  });

  it('dims what lies before the as-of date when colour is on, and says when a view is empty', () => {
    const plan = planOf(yaml, { asOf: '2026-03-01' });
    expect(commsTable(plan, { ...ctx(), color: true })).toContain('\u001b[2m');
    expect(commsTable(applyView(plan, { person: 'hr1', from: 'mentor' }), ctx('pl'))).toContain('W tym widoku nie ma komunikatów.');
  });
});

describe('Markdown', () => {
  it('writes an overview table and every text under its subject, with Markdown escaped', () => {
    const md = commsMarkdown(planOf(yaml), ctx());
    expect(md.startsWith('# Communication plan: Demo programme\n')).toBe(true);
    expect(md).toContain('| Date | From | To | Channel | Purpose | Subject |');
    expect(md).toContain('### Mon, 12 Jan 2026 · Why we mentor, and what we ask');
    expect(md).toContain('we start on 19 January 2026. \\| \\*really\\*');
    expect(md).toContain('> Proposed by the method');
    expect(md).toMatch(/_\(proposed\)_/);
  });
});

describe('CSV', () => {
  it('writes one row per entry with stable English columns, `;` and a BOM for Polish', () => {
    const csv = commsCsv(planOf(yaml, { locale: 'pl' }), ctx('pl'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header).toBe(planColumns.join(';'));
    expect(first!.startsWith('2025-12-01;;;sponsor-announcement;1;true;sponsor-announcement;sponsor;Sam Price;line-manager;;1;Lee Moss;email;buy-in;')).toBe(true);
  });

  it('separates several people or roles in one cell with `; `, so a name with a comma stays one name', () => {
    const titled = programmeYaml((d) => (d.people.staff[2].name = 'Moss, Lee'));
    const row = commsCsv(planOf(titled), ctx()).split('\r\n').find((l) => l.startsWith('2026-01-12,,,buy-in,'))!;
    expect(row).toContain(',line-manager; mentor; mentee,');
    expect(row).toContain(',3,"Moss, Lee; Maria Mentor; Eve Mentee",');
    expect(cellList(['Moss, Lee', 'Eve Mentee']).split('; ')).toEqual(['Moss, Lee', 'Eve Mentee']);
  });

  it('writes mail-merge rows with the e-mail only where the people file has one', () => {
    const plan = applyView(planOf(yaml), { between: ['2026-01-12', '2026-01-12'] });
    const csv = mergeCsv(mergeRows(plan), plan, ctx());
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(mergeColumns.join(','));
    expect(lines[1]).toMatch(/^lm1,Lee Moss,line-manager,lee@example.com,2026-01-12,,buy-in,1,false,email,"Why we mentor, and what we ask","Dear Lee,/);
    expect(lines.find((l) => l.startsWith('m1,'))).toMatch(/^m1,Maria Mentor,mentor,,2026-01-12/);
  });
});

describe('JSON', () => {
  it('is the documented contract: formatVersion, programme, view, summary and entries with recipients', () => {
    const plan = applyView(planOf(yaml, { asOf: '2026-02-01' }), { to: 'line-manager' });
    const doc = JSON.parse(commsJson(plan, { ...ctx(), view: { to: 'line-manager' } }));
    expect(doc).toMatchObject({ formatVersion: 1, kind: 'comms-plan', tool: { name: 'mentor', version: '9.9.9' }, asOf: '2026-02-01', view: { to: 'line-manager' } });
    expect(doc.programme).toEqual({ id: 'demo', name: 'Demo programme', organisation: 'Demo Ltd', locale: 'en', timeZone: 'Europe/London', revision: 0, period: { start: '2026-01-05', end: '2026-06-30' } });
    expect(doc.summary.entries).toBe(doc.entries.length);
    const monthly = doc.entries.filter((e: { id: string }) => e.id === 'monthly');
    expect(monthly.map((e: { occurrence: number; date: string; time: string; minutes: number }) => [e.occurrence, e.date, e.time, e.minutes])).toEqual([
      [1, '2026-02-16', '23:30', 60],
      [2, '2026-03-16', '23:30', 60],
    ]);
    expect(monthly[0]).toMatchObject({
      from: { role: 'hr-owner', roleName: 'HR owner', people: [{ id: 'hr1', name: 'Hanna Reed' }] },
      to: { roles: [{ id: 'line-manager', name: 'Line manager', count: 1 }], people: [] },
      recipientCount: 1,
      recipients: [{ id: 'lm1', name: 'Lee Moss', email: 'lee@example.com' }],
      source: { subject: 'programme', text: 'default' },
    });
    const merge = JSON.parse(mergeJson(mergeRows(plan), plan, ctx()));
    expect(merge).toMatchObject({ formatVersion: 1, kind: 'comms-merge' });
    expect(merge.rows[0]).toMatchObject({ recipient: 'lm1', email: 'lee@example.com', role: 'line-manager' });
  });
});
