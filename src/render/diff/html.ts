import type { KpiEvidence, ProgrammeDiff } from '../../core/diff/types.js';
import { catalogue } from '../../messages/index.js';
import type { DiffText } from '../../messages/diff-text.js';
import { html, htmlPage } from '../html/page.js';
import { localeFormat, type LocaleFormat } from '../locale-format.js';
import { bySection, changedRecordKinds, describeChange, flagText, kpiValue, presentGroups, recordLine, unexplained, whoLines, type DiffRenderer } from './shared.js';

// Only what the shared page style lacks: the change marks and paths.
const css = `
td.sym { width: 1.5rem; font-weight: 700; text-align: center; }
tr.added td.sym { color: var(--good); } tr.removed td.sym { color: var(--bad); } tr.changed td.sym { color: var(--warn); } tr.renamed td.sym, tr.moved td.sym { color: var(--accent); }
td.old { color: var(--bad); } td.new { color: var(--good); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.ok { margin: 1rem 0; padding: .5rem .8rem; background: #eef8f0; border-left: 4px solid var(--good); }
`;

const statusTone: Record<KpiEvidence['status'], string> = { met: 'good', missed: 'bad', 'at-risk': 'warn', open: '', 'no-data': 'muted', 'no-target': 'muted' };
const code = (text: string): string => `<code>${html(text)}</code>`;
const cell = (text: string, cls = ''): string => `<td${cls ? ` class="${cls}"` : ''}>${text}</td>`;
const head = (cols: readonly string[], numeric: readonly number[] = []): string =>
  `<thead><tr>${cols.map((c, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${html(c)}</th>`).join('')}</tr></thead>`;

function evidence(diff: ProgrammeDiff, text: DiffText, f: LocaleFormat): string[] {
  if (!diff.evidence || diff.asOf === undefined) return [];
  const out = [`<section>`, `<h2>${html(text.evidence.heading(f.date(diff.asOf), diff.old.phase))}</h2>`];
  if (diff.evidence.length === 0) return [...out, `<p class="muted">${html(text.evidence.none(diff.old.phase))}</p>`, '</section>'];
  const cols = text.evidence.columns;
  out.push('<table>', head([cols.kpi, cols.value, cols.target, cols.status, cols.shortBy, cols.newTarget, cols.decisions], [1, 2, 4, 5]), '<tbody>');
  for (const e of diff.evidence) {
    const decided = e.decisions.length > 0 ? e.decisions.map(code).join(', ') : e.status === 'missed' ? `<span class="bad">⚑ ${html(text.noDecision)}</span>` : '';
    out.push(
      `<tr>${[
        cell(`${html(e.name)}<br><span class="muted">${code(e.kpi)}</span>`),
        cell(html(kpiValue(e, e.value, f)), 'num'),
        cell(html(kpiValue(e, e.target, f)), 'num'),
        cell(html(text.evidence.status[e.status]), statusTone[e.status]),
        cell(e.shortBy === undefined ? '' : html(kpiValue(e, e.shortBy, f)), 'num'),
        cell(html(kpiValue(e, e.newTarget, f)), 'num'),
        cell(decided),
      ].join('')}</tr>`,
    );
  }
  out.push('</tbody>', '</table>', '</section>');
  return out;
}

function flags(diff: ProgrammeDiff, text: DiffText): string[] {
  if (diff.mode !== 'calibration') return [];
  if (diff.flags.length === 0) return [`<p class="ok">✓ ${html(text.flags.none)}</p>`];
  return [
    `<h2>${html(text.flags.heading(diff.flags.length))}</h2>`,
    '<ul class="notes">',
    // Backticked names in the flag texts become code.
    ...diff.flags.map((flag) => `<li>⚑ ${html(flagText(flag, diff, text)).replace(/`([^`]*)`/g, '<code>$1</code>')}</li>`),
    '</ul>',
  ];
}

function changes(diff: ProgrammeDiff, text: DiffText, f: LocaleFormat): string[] {
  const out: string[] = [];
  const cols = text.changeColumns;
  for (const [section, list] of bySection(diff.changes)) {
    out.push('<section>', `<h2>${html(text.sections[section])}</h2>`, '<table>', head(['', cols.path, cols.old, cols.new, cols.decisions]), '<tbody>');
    for (const change of list) {
      const line = describeChange(change, text, f);
      const decided = change.decisions.length > 0 ? change.decisions.map(code).join(', ') : unexplained(diff, change) ? `<span class="bad">⚑ ${html(text.noDecision)}</span>` : '';
      const note = line.note ? `<br><span class="muted">${html(line.note)}</span>` : '';
      out.push(
        `<tr class="${change.kind}">${[
          cell(html(line.symbol), 'sym'),
          cell(`${code(line.path)}${note}`),
          cell(html(line.old ?? ''), 'old'),
          cell(html(line.new ?? ''), 'new'),
          cell(decided),
        ].join('')}</tr>`,
      );
    }
    out.push('</tbody>', '</table>', '</section>');
  }
  return out;
}

function people(diff: ProgrammeDiff, text: DiffText): string[] {
  const groups = presentGroups(diff);
  if (groups.length === 0) return [];
  const cols = text.people.columns;
  const out = ['<section>', `<h2>${html(text.people.heading)}</h2>`, '<table>', head([cols.group, cols.before, cols.after, cols.joined, cols.left, cols.changed, cols.renamed], [1, 2, 3, 4, 5, 6]), '<tbody>'];
  for (const g of groups) {
    const p = diff.people[g];
    out.push(`<tr>${[cell(html(text.people.groups[g])), ...[p.old, p.new, p.joined, p.left, p.changed, p.renamed].map((n) => cell(String(n), 'num'))].join('')}</tr>`);
  }
  out.push('</tbody>', '</table>');
  const name = (r: { id: string; name?: string }): string => (r.name ? `${html(r.name)} (${code(r.id)})` : code(r.id));
  const items = whoLines(diff, text, name).map(({ group, label, names }) => `<li>${html(group)} – ${html(label)}: ${names.join(', ')}</li>`);
  if (items.length > 0) out.push('<ul>', ...items, '</ul>');
  out.push('</section>');
  return out;
}

function records(diff: ProgrammeDiff, text: DiffText): string[] {
  const changed = changedRecordKinds(diff);
  if (changed.length === 0) return [];
  return ['<section>', `<h2>${html(text.records.heading)}</h2>`, '<ul>', ...changed.map((k) => `<li>${html(text.records.kinds[k])}: ${html(recordLine(diff.records[k]))}</li>`), '</ul>', '</section>'];
}

function decisions(diff: ProgrammeDiff, text: DiffText): string[] {
  if (diff.decisions.length === 0) return [];
  const cols = text.decisions.columns;
  const out = ['<section>', `<h2>${html(text.decisions.heading(diff.decisions.length))}</h2>`, '<table>', head([cols.id, cols.summary, cols.kpis, cols.changes]), '<tbody>'];
  for (const d of diff.decisions) {
    out.push(`<tr>${[cell(code(d.id)), cell(html(d.summary)), cell(d.kpis.map(code).join(', ')), cell(html(text.decisions.covers(d.covered.reduce((a, b) => a + b, 0))))].join('')}</tr>`);
  }
  out.push('</tbody>', '</table>', '</section>');
  return out;
}

/**
 * The calibration report as one self-contained HTML page on the report's shell (src/render/html/:
 * inline CSS, no script, nothing loaded from outside, printable on A4): evidence first, then the
 * flags, the changes section by section, people, records and decisions.
 */
export const htmlDiff: DiffRenderer = (diff, ctx) => {
  const text = catalogue(ctx.locale).diff;
  const f = localeFormat(ctx.locale);
  const title = text.title(diff.mode, diff.old.name, diff.new.name);
  const side = (h: ProgrammeDiff['old']) => ({ id: h.id, phase: text.phases[h.phase] ?? h.phase, period: `${f.date(h.period.start)}–${f.date(h.period.end)}` });
  const body = [
    `<h1>${html(title)}</h1>`,
    `<p class="subtitle">${html(text.sides(side(diff.old), side(diff.new)))}</p>`,
    ...evidence(diff, text, f),
    ...flags(diff, text),
    ...changes(diff, text, f),
    ...people(diff, text),
    ...records(diff, text),
    ...decisions(diff, text),
    `<footer>${html(diff.changes.length === 0 ? text.noChanges : text.summary(diff.summary))} · mentor ${html(ctx.toolVersion)}</footer>`,
  ];
  return htmlPage({ lang: ctx.locale, title, body: body.join('\n'), css });
};
