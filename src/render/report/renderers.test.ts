import { describe, expect, it } from 'vitest';
import { buildReport } from '../../core/report/index.js';
import { exampleModel } from '../../../test/report/load.js';
import { reportPl } from '../../messages/report-pl.js';
import { reportEn } from '../../messages/report-en.js';
import { localeFormat } from '../locale-format.js';
import { loadReportRenderer, type ReportFormat, type ReportRenderContext } from './index.js';

const pilot = async (sections?: Parameters<typeof buildReport>[1]['sections']) => buildReport(await exampleModel('kam-pilot'), { asOf: '2026-06-30', ...(sections ? { sections } : {}) });
const render = async (format: ReportFormat, data: Awaited<ReturnType<typeof pilot>>, ctx: Partial<ReportRenderContext> = {}) =>
  (await loadReportRenderer(format))(data, { locale: 'pl', color: false, tool: 'mentor-cli 0.0.0', delimiter: ';', ...ctx });
// eslint-disable-next-line no-control-regex -- looking for colour codes
const ansi = /\u001b\[/;

describe('report renderers', () => {
  it('Polish plurals of sessions: 1 sesja, 2 sesje, 5 sesji, 12 sesji, 22 sesje', () => {
    const f = localeFormat('pl');
    const caption = (planned: number): string => reportPl.sessionsCaption({ planned, held: 0, cancelled: 0, missed: 0 }, f).split(':')[1]!.split('·')[0]!.trim();
    expect([1, 2, 5, 12, 22].map(caption)).toEqual(['1 sesja', '2 sesje', '5 sesji', '12 sesji', '22 sesje']);
    expect(reportEn.sessionsCaption({ planned: 1, held: 0, cancelled: 0, missed: 0 }, localeFormat('en'))).toContain('1 session ·');
  });

  it('Polish documents write 71,1% and 30.06.2026; English ones 71.1% and 30 Jun 2026', async () => {
    const data = await pilot(['kpis', 'progress']);
    const pl = await render('md', data);
    expect(pl).toContain('71,1% (n = 19)');
    expect(pl).toContain('17.06.2026');
    const en = await render('md', data, { locale: 'en' });
    expect(en).toContain('71.1% (n = 19)');
    expect(en).toContain('17 Jun 2026');
  });

  it('a checkpoint due is written with its direction, like the target: ≥ for higher, ≤ for lower is better', async () => {
    const data = buildReport(await exampleModel('expert-transfer'), { asOf: '2026-11-30', sections: ['kpis'] });
    const en = await render('md', data, { locale: 'en' });
    expect(en).toMatch(/\| Share of the baseline-to-target gap closed \|.*\| ≥ 80% \|.*\| ≥ 45% by 30 Sept 2026 \|/);
    // The same checkpoint of a KPI where lower is better (scrap rate, days to autonomy) reads ≤.
    const lower = { ...data, kpis: data.kpis!.map((k) => (k.id === 'gap-closed' ? { ...k, direction: 'lower' as const } : k)) };
    expect(await render('md', lower, { locale: 'en' })).toContain('| ≤ 45% by 30 Sept 2026 |');
    expect(await render('md', lower)).toContain('≤ 45% do 30.09.2026');
  });

  it('CSV: a BOM, ";" and decimal commas for Polish Excel, ids beside names, one plain table for one section', async () => {
    const csv = await render('csv', await pilot(['kpis']));
    expect(csv.startsWith('\uFEFFId;KPI;Poziom;Wartość;Cel;')).toBe(true);
    expect(csv).toContain('realizacja-sesji;Realizacja harmonogramu sesji;3;81,8898;90;');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(9);
    const en = await render('csv', await pilot(['kpis']), { locale: 'en', delimiter: ',' });
    expect(en).toContain('realizacja-sesji,Realizacja harmonogramu sesji,3,81.8898,90,');
  });

  it('CSV with several sections: each table under its title row, an empty line between them', async () => {
    const csv = await render('csv', await pilot(['health', 'mentors']));
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Stan programu');
    expect(lines).toContain('Według mentorów');
    expect(lines[lines.indexOf('Według mentorów') - 1]).toBe('');
    expect(csv).toContain('Jan Wiśniewski;m-jwisniewski;3;3;100;26;4');
  });

  it('table: fits 100 columns, coloured only when asked', async () => {
    const data = await pilot();
    const plain = await render('table', data);
    expect(plain).not.toMatch(ansi);
    expect(Math.max(...plain.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(await render('table', data, { color: true })).toMatch(ansi);
  });

  it('JSON: the data as it is, formatVersion first', async () => {
    const data = await pilot();
    const json = await render('json', data);
    expect(json.startsWith('{\n  "formatVersion": 1,')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('HTML: self-contained (no script, no link out), charts as inline SVG, A4 print rules', async () => {
    const page = await render('html', await pilot());
    expect(page).not.toMatch(/<script|<link|@import|url\(/i);
    expect(page.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//);
    expect(page.match(/<svg /g)).toHaveLength(4);
    expect(page).toContain('@page { size: A4;');
    expect(page).toContain('<html lang="pl">');
  });
  it('HTML draws one levels chart per scale: levels of different scales never share an axis', async () => {
    const data = await pilot(['competencies']);
    const rows = data.competencies!.filter((c) => !c.withheld && c.averageBaseline !== null);
    expect(rows.length).toBeGreaterThan(1);
    const one = await render('html', data);
    expect(one.match(/<figure>/g)).toHaveLength(1);
    const scale = rows[0]!.scale!;
    const other = { id: 'skala-1-10', name: 'Skala 1–10' };
    const two = { ...data, competencies: data.competencies!.map((c) => (c === rows[0] ? { ...c, scale: other } : c)) };
    const page = await render('html', two);
    expect(page.match(/<figure>/g)).toHaveLength(2);
    expect(page).toContain(`(${scale.name})`);
    expect(page).toContain('(Skala 1–10)');
  });
});
