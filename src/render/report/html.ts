import type { KpiStatus } from '../../core/report/kpi-types.js';
import type { ReportData, ReportSection } from '../../core/report/report-types.js';
import { html, htmlPage } from '../html/page.js';
import { bulletChart, legend, lineChart, rangeChart, stackedBars, type RangeRow } from '../html/svg.js';
import { reportDocument, type ReportDocument } from './document.js';
import type { ReportRenderer } from './renderer.js';
import type { ReportTable } from './tables.js';

const colours = { accent: '#2f5fa7', accent2: '#7a4fb0', accent3: '#c76b1c', muted: '#9aa5b1', target: '#1f2933' };
const statusColour: Record<KpiStatus, string> = { met: '#1a7f37', open: '#2f5fa7', 'at-risk': '#d4a72c', missed: '#c62828', 'no-data': '#9aa5b1', 'no-target': '#9aa5b1' };

function tableHtml(tbl: ReportTable, doc: ReportDocument): string {
  const columns = tbl.columns.flatMap((c, i) => (c.place === 'csv' || c.place === 'terminal' ? [] : [i]));
  const out = [`<h3>${html(tbl.title)}</h3>`];
  if (tbl.caption) out.push(`<p class="caption">${html(tbl.caption)}</p>`);
  if (tbl.rows.length === 0) return [...out, `<p class="muted">${html(doc.t.empty)}</p>`].join('\n');
  const cls = (i: number): string => (tbl.columns[i]!.align === 'right' ? ' class="num"' : '');
  out.push('<table>', `<thead><tr>${columns.map((i) => `<th${cls(i)}>${html(tbl.columns[i]!.head)}</th>`).join('')}</tr></thead>`, '<tbody>');
  for (const row of tbl.rows) {
    out.push(
      `<tr>${columns
        .map((i) => {
          const cell = row[i]!;
          const classes = [tbl.columns[i]!.align === 'right' ? 'num' : '', cell.tone ?? ''].filter(Boolean).join(' ');
          return `<td${classes ? ` class="${classes}"` : ''}>${html(cell.text)}</td>`;
        })
        .join('')}</tr>`,
    );
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

function figure(caption: string, svg: string, legendHtml = ''): string {
  return `<figure>\n<figcaption>${html(caption)}</figcaption>\n${svg}\n${legendHtml}</figure>`;
}

/**
 * Baseline, current and target per competency (or, in a mentee's sheet, per own competency): one
 * chart per scale, since levels of a 0–3 and a 1–10 scale cannot share an axis.
 */
function levelsChart(data: ReportData, doc: ReportDocument): string {
  const { t, v } = doc;
  let rows: (RangeRow & { scale: string | null })[] = [];
  if (data.competencies) {
    rows = data.competencies
      .filter((c) => !c.withheld && c.averageBaseline !== null)
      .map((c) => ({ label: c.competency?.name ?? t.other(c.competencies, v.f), scale: c.scale?.name ?? null, baseline: c.averageBaseline!, current: c.averageLatest!, target: c.averageTarget! }));
  } else if (data.progress) {
    const single = new Set(data.progress.map((p) => p.mentee.id)).size === 1;
    rows = data.progress.map((p) => ({ label: single ? p.competency.name : `${p.mentee.name} – ${p.competency.name}`, scale: p.scale?.name ?? null, baseline: p.baseline, current: p.latest, target: p.target }));
  }
  const byScale = new Map<string | null, RangeRow[]>();
  for (const { scale, ...row } of rows) byScale.set(scale, [...(byScale.get(scale) ?? []), row]);
  return [...byScale].map(([scale, group]) => levelsFigure(group, byScale.size > 1 ? scale : null, doc)).join('\n');
}

function levelsFigure(rows: RangeRow[], scale: string | null, doc: ReportDocument): string {
  const { t, v } = doc;
  const title = scale === null ? t.charts.competencies : `${t.charts.competencies} (${scale})`;
  const all = rows.flatMap((row) => [row.baseline, row.current, row.target]);
  const min = Math.max(0, Math.floor(Math.min(...all)));
  const max = Math.ceil(Math.max(...all));
  return figure(
    title,
    rangeChart({ title, desc: t.charts.competenciesDesc, rows, min: min === max ? min - 1 : min, max, colours: { bar: colours.accent, target: colours.target }, format: (x) => v.number(x, 2) }),
    legend([
      { label: t.charts.baseline, colour: colours.accent, hollow: true },
      { label: t.charts.current, colour: colours.accent },
      { label: t.charts.target, colour: colours.target },
    ]),
  );
}


function timelineChart(data: ReportData, doc: ReportDocument): string {
  const { t, v } = doc;
  const points = data.timeline ?? [];
  if (points.length === 0) return '';
  const series = [
    { label: t.charts.gapClosed, values: points.map((p) => p.gapClosed), colour: colours.accent },
    { label: t.charts.targetReached, values: points.map((p) => p.targetReached), colour: colours.accent2 },
    { label: t.charts.adherence, values: points.map((p) => p.adherence), colour: colours.accent3 },
    { label: t.charts.elapsed, values: points.map((p) => p.elapsed), colour: colours.muted, dashed: true },
  ];
  return figure(
    t.charts.timeline,
    lineChart({ title: t.charts.timeline, desc: t.charts.timelineDesc, xLabels: points.map((p) => p.month), series, yLabel: (x) => v.f.percent(x, 0) }),
    legend(series.map((s) => ({ label: s.label, colour: s.colour }))),
  );
}

function kpiChart(data: ReportData, doc: ReportDocument): string {
  const { t, v } = doc;
  const kpis = data.kpis ?? [];
  if (kpis.length === 0) return '';
  const rows = kpis.map((k) => ({
    label: k.name,
    value: k.value,
    target: k.target,
    text: `${v.kpiValue(k, k.value)} · ${v.kpiTarget(k, k.target)} · ${t.kpiStatus[k.status]}`,
    colour: statusColour[k.status],
  }));
  const used = [...new Set(kpis.map((k) => k.status))];
  return figure(t.charts.kpis, bulletChart({ title: t.charts.kpis, desc: t.charts.kpisDesc, rows }), legend(used.map((s) => ({ label: t.kpiStatus[s], colour: statusColour[s] }))));
}

function mixChart(data: ReportData, doc: ReportDocument): string {
  const { t, v } = doc;
  const l = data.learning;
  if (!l || l.total.shares === null) return '';
  const parts = [
    { label: t.columns.experience, colour: colours.accent },
    { label: t.columns.social, colour: colours.accent2 },
    { label: t.columns.formal, colour: colours.accent3 },
  ];
  const rows = [
    { label: t.charts.planned, shares: [l.plan.experience / 100, l.plan.social / 100, l.plan.formal / 100] },
    { label: t.charts.actual, shares: [l.total.shares.experience, l.total.shares.social, l.total.shares.formal] },
  ];
  return figure(t.charts.mix, stackedBars({ title: t.charts.mix, desc: t.charts.mixDesc, rows, parts, format: (x) => v.f.percent(x, 0) }), legend(parts));
}

/**
 * The report as one self-contained HTML page (inline CSS, inline SVG charts, no script): baseline,
 * current and target per competency, progress over time, KPI status and the learning mix as
 * charts, every table as in Markdown; prints on A4.
 */
export const renderHtml: ReportRenderer = (data, ctx) => {
  const doc = reportDocument(data, ctx);
  const body: string[] = ['<header>', `<h1>${html(doc.title)}</h1>`, `<p class="subtitle">${html(data.programme.organisation)}${data.programme.organisation ? ' · ' : ''}${html(doc.subtitle)}</p>`, '</header>'];
  if (doc.health) body.push(`<p class="health"><strong>${html(doc.t.sections.health)}:</strong> ${html(doc.health)}</p>`);
  if (doc.notes.length > 0) body.push(`<ul class="notes">${doc.notes.map((n) => `<li>${html(n)}</li>`).join('')}</ul>`);
  const charts: Partial<Record<ReportSection, string>> = {
    progress: data.competencies ? '' : levelsChart(data, doc),
    learning: mixChart(data, doc),
    competencies: levelsChart(data, doc),
    kpis: kpiChart(data, doc),
    timeline: timelineChart(data, doc),
  };
  for (const section of data.sections) {
    if (section === 'health') continue;
    const tables = doc.tables.filter((t) => t.section === section);
    if (tables.length === 0) continue;
    body.push(`<section id="${section}">`, `<h2>${html(tables[0]!.title)}</h2>`);
    if (charts[section]) body.push(charts[section]);
    tables.forEach((tbl, i) => {
      const rendered = tableHtml(tbl, doc);
      // The section's heading already names its first table.
      body.push(i === 0 ? rendered.replace(/^<h3>.*?<\/h3>\n?/, '') : rendered);
    });
    body.push('</section>');
  }
  body.push(`<footer>${html(doc.footer)}</footer>`);
  return htmlPage({ lang: ctx.locale, title: `${doc.title} (${doc.subtitle})`, body: body.join('\n') });
};
