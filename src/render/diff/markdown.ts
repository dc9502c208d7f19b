import { catalogue } from '../../messages/index.js';
import { localeFormat } from '../locale-format.js';
import { markdownTable } from '../table.js';
import { bySection, changedRecordKinds, describeChange, flagText, kpiValue, presentGroups, recordLine, unexplained, whoLines, type DiffRenderer } from './shared.js';

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/**
 * For a pull-request comment, `$GITHUB_STEP_SUMMARY` or the steering committee's minutes: the same
 * report as the table, as GitHub-flavoured Markdown (headings and tables, evidence first).
 */
export const markdown: DiffRenderer = (diff, ctx) => {
  const text = catalogue(ctx.locale).diff;
  const f = localeFormat(ctx.locale);
  const side = (h: typeof diff.old) => ({ id: h.id, phase: text.phases[h.phase] ?? h.phase, period: `${f.date(h.period.start)}–${f.date(h.period.end)}` });
  const out: string[] = [`# ${text.title(diff.mode, diff.old.name, diff.new.name)}`, '', text.sides(side(diff.old), side(diff.new))];

  if (diff.evidence && diff.asOf !== undefined) {
    out.push('', `## ${text.evidence.heading(f.date(diff.asOf), diff.old.phase)}`, '');
    const cols = text.evidence.columns;
    out.push(
      diff.evidence.length === 0
        ? text.evidence.none(diff.old.phase)
        : markdownTable({
            head: [cols.kpi, cols.value, cols.target, cols.status, cols.shortBy, cols.newTarget, cols.decisions],
            rows: diff.evidence.map((e) => [
              `${e.name} (${code(e.kpi)})`,
              kpiValue(e, e.value, f),
              kpiValue(e, e.target, f),
              e.status === 'missed' ? `**${text.evidence.status[e.status]}**` : text.evidence.status[e.status],
              e.shortBy === undefined ? '' : kpiValue(e, e.shortBy, f),
              kpiValue(e, e.newTarget, f),
              e.decisions.length > 0 ? e.decisions.map(code).join(', ') : e.status === 'missed' ? `⚑ ${text.noDecision}` : '',
            ]),
            align: ['left', 'right', 'right', 'left', 'right', 'right', 'left'],
          }),
    );
  }
  if (diff.mode === 'calibration') {
    out.push('', `## ${diff.flags.length === 0 ? text.flags.heading(0) : text.flags.heading(diff.flags.length)}`, '');
    out.push(diff.flags.length === 0 ? `✓ ${text.flags.none}` : diff.flags.map((flag) => `- ⚑ ${flagText(flag, diff, text)}`).join('\n'));
  }
  for (const [section, list] of bySection(diff.changes)) {
    out.push('', `## ${text.sections[section]}`, '');
    out.push(
      markdownTable({
        head: ['', text.changeColumns.path, text.changeColumns.old, text.changeColumns.new, text.changeColumns.decisions],
        rows: list.map((change) => {
          const line = describeChange(change, text, f);
          const decided = change.decisions.length > 0 ? change.decisions.map(code).join(', ') : unexplained(diff, change) ? `⚑ ${text.noDecision}` : '';
          const note = line.note ? ` (${line.note})` : '';
          return [line.symbol, `${code(line.path)}${note}`, line.old ?? '', line.new ?? '', decided];
        }),
      }),
    );
  }
  const groups = presentGroups(diff);
  if (groups.length > 0) {
    const cols = text.people.columns;
    out.push('', `## ${text.people.heading}`, '');
    out.push(
      markdownTable({
        head: [cols.group, cols.before, cols.after, cols.joined, cols.left, cols.changed, cols.renamed],
        rows: groups.map((g) => {
          const p = diff.people[g];
          return [text.people.groups[g], p.old, p.new, p.joined, p.left, p.changed, p.renamed];
        }),
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      }),
    );
    const name = (r: { id: string; name?: string }): string => (r.name ? `${r.name} (${code(r.id)})` : code(r.id));
    const lines = whoLines(diff, text, name).map(({ group, label, names }) => `- ${group} – ${label}: ${names.join(', ')}`);
    if (lines.length > 0) out.push('', ...lines);
  }
  const changed = changedRecordKinds(diff);
  if (changed.length > 0) out.push('', `## ${text.records.heading}`, '', ...changed.map((k) => `- ${text.records.kinds[k]}: ${recordLine(diff.records[k])}`));
  if (diff.decisions.length > 0) {
    const cols = text.decisions.columns;
    out.push('', `## ${text.decisions.heading(diff.decisions.length)}`, '');
    out.push(
      markdownTable({
        head: [cols.id, cols.summary, cols.kpis, cols.changes],
        rows: diff.decisions.map((d) => [code(d.id), d.summary, d.kpis.map(code).join(', '), text.decisions.covers(d.covered.reduce((a, b) => a + b, 0))]),
      }),
    );
  }
  out.push('', diff.changes.length === 0 ? text.noChanges : `**${text.summary(diff.summary)}**`);
  return `${out.join('\n')}\n`;
};
