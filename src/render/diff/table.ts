import { Chalk } from 'chalk';
import type { ProgrammeDiff } from '../../core/diff/types.js';
import { catalogue } from '../../messages/index.js';
import type { DiffText } from '../../messages/diff-text.js';
import { localeFormat, type LocaleFormat } from '../locale-format.js';
import { terminalTable } from '../table.js';
import { visible } from '../visible.js';
import { bySection, changedRecordKinds, describeChange, fitsInline, flagText, kpiValue, presentGroups, recordLine, unexplained, whoLines, type DiffRenderer } from './shared.js';

type Colour = InstanceType<typeof Chalk>;
const width = 100;

function header(diff: ProgrammeDiff, text: DiffText, f: LocaleFormat, c: Colour): string[] {
  const side = (h: ProgrammeDiff['old']) => ({ id: h.id, phase: text.phases[h.phase] ?? h.phase, period: `${f.date(h.period.start)}–${f.date(h.period.end)}` });
  return [c.bold(visible(text.title(diff.mode, diff.old.name, diff.new.name))), c.dim(visible(text.sides(side(diff.old), side(diff.new))))];
}

function evidence(diff: ProgrammeDiff, text: DiffText, f: LocaleFormat, c: Colour): string[] {
  if (!diff.evidence || diff.asOf === undefined) return [];
  const out = ['', c.bold(text.evidence.heading(f.date(diff.asOf), diff.old.phase))];
  if (diff.evidence.length === 0) return [...out, text.evidence.none(diff.old.phase)];
  const status = (s: keyof DiffText['evidence']['status']): string => {
    const word = text.evidence.status[s];
    return s === 'met' ? c.green(word) : s === 'missed' ? c.red(word) : s === 'at-risk' ? c.yellow(word) : s === 'open' ? word : c.dim(word);
  };
  const cols = text.evidence.columns;
  out.push(
    terminalTable(
      {
        head: [cols.kpi, cols.value, cols.target, cols.status, cols.shortBy, cols.newTarget],
        rows: diff.evidence.map((e) => [
          visible(e.name),
          kpiValue(e, e.value, f),
          kpiValue(e, e.target, f),
          status(e.status),
          e.shortBy === undefined ? '' : kpiValue(e, e.shortBy, f),
          kpiValue(e, e.newTarget, f),
        ]),
        align: ['left', 'right', 'right', 'left', 'right', 'right'],
      },
      { maxWidth: width },
    ),
  );
  // The decisions that answer each KPI, under the table: ids are long, and a KPI may have several.
  for (const e of diff.evidence) {
    if (e.decisions.length > 0) out.push(`  ${visible(e.name)} ${c.dim(`← ${e.decisions.map(visible).join(', ')}`)}`);
    else if (e.status === 'missed') out.push(`  ${visible(e.name)} ${c.red(`⚑ ${text.noDecision}`)}`);
  }
  return out;
}

function flags(diff: ProgrammeDiff, text: DiffText, c: Colour): string[] {
  if (diff.mode !== 'calibration') return [];
  if (diff.flags.length === 0) return ['', c.green(`✓ ${text.flags.none}`)];
  return ['', c.bold(c.red(text.flags.heading(diff.flags.length))), ...diff.flags.map((flag) => `  ${c.red('⚑')} ${visible(flagText(flag, diff, text))}`)];
}

function changes(diff: ProgrammeDiff, text: DiffText, f: LocaleFormat, c: Colour): string[] {
  const out: string[] = [];
  const paint = { '+': c.green, '−': c.red, '~': c.yellow, '→': c.cyan, '↕': c.cyan } as const;
  for (const [section, list] of bySection(diff.changes)) {
    out.push('', c.bold(text.sections[section]));
    for (const change of list) {
      const line = describeChange(change, text, f);
      const mark = paint[line.symbol](line.symbol);
      const decided = change.decisions.length > 0 ? c.dim(`  ← ${change.decisions.join(', ')}`) : unexplained(diff, change) ? c.red(`  ⚑ ${text.noDecision}`) : '';
      const old = line.old === undefined ? undefined : visible(line.old);
      const now = line.new === undefined ? undefined : visible(line.new);
      if (change.kind === 'renamed' || change.kind === 'moved' || change.shift) {
        const what = change.kind === 'renamed' ? `${old} → ${now}` : change.shift ? `${old} → ${now}` : visible(line.path);
        out.push(`  ${mark} ${what}  ${c.dim(`(${line.note})`)}${decided}`);
      } else if (fitsInline(...[old, now].filter((t): t is string => t !== undefined))) {
        const value = old !== undefined && now !== undefined ? `${c.red(old)} → ${c.green(now)}` : old !== undefined ? c.red(old) : c.green(now ?? '');
        const note = line.note !== undefined ? `  ${c.dim(`(${line.note})`)}` : '';
        out.push(`  ${mark} ${visible(line.path)}: ${value}${note}${decided}`);
      } else {
        out.push(`  ${mark} ${visible(line.path)}${decided}`);
        if (old !== undefined) out.push(...old.split('\n').map((l, i) => `      ${c.red(`${i === 0 ? '−' : ' '} ${l}`)}`));
        if (now !== undefined) out.push(...now.split('\n').map((l, i) => `      ${c.green(`${i === 0 ? '+' : ' '} ${l}`)}`));
      }
    }
  }
  return out;
}

function people(diff: ProgrammeDiff, text: DiffText, c: Colour): string[] {
  const groups = presentGroups(diff);
  if (groups.length === 0) return [];
  const cols = text.people.columns;
  const out = ['', c.bold(text.people.heading)];
  out.push(
    terminalTable({
      head: [cols.group, cols.before, cols.after, cols.joined, cols.left, cols.changed, cols.renamed],
      rows: groups.map((g) => {
        const p = diff.people[g];
        return [text.people.groups[g], p.old, p.new, p.joined, p.left, p.changed, p.renamed];
      }),
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    }),
  );
  const name = (r: { id: string; name?: string }): string => visible(r.name ? `${r.name} (${r.id})` : r.id);
  for (const { group, label, names } of whoLines(diff, text, name)) out.push(`  ${group} – ${label}: ${names.join(', ')}`);
  return out;
}

function records(diff: ProgrammeDiff, text: DiffText): string[] {
  // Two programmes have different records by nature; two versions of one programme show what was added.
  if (diff.mode !== 'revision') return [];
  const changed = changedRecordKinds(diff);
  if (changed.length === 0) return [];
  return ['', text.records.heading, ...changed.map((k) => `  ${text.records.kinds[k]}: ${recordLine(diff.records[k])}`)];
}

function decisions(diff: ProgrammeDiff, text: DiffText, c: Colour): string[] {
  if (diff.decisions.length === 0) return [];
  const out = ['', c.bold(text.decisions.heading(diff.decisions.length))];
  for (const d of diff.decisions) {
    const covered = text.decisions.covers(d.covered.reduce((a, b) => a + b, 0));
    const kpis = d.kpis.length > 0 ? `; ${text.decisions.columns.kpis}: ${d.kpis.map(visible).join(', ')}` : '';
    out.push(`  ${c.bold(visible(d.id))} ${c.dim(`(${covered}${kpis})`)}`, `      ${visible(d.summary)}`);
  }
  return out;
}

/**
 * For people at a terminal: the header, the pilot's evidence first, what is left unexplained, then
 * the changes section by section (+ added, − removed, ~ changed, → possible rename), people in
 * summary, the decisions, and a one-line summary. No ANSI codes with colour off.
 */
export const table: DiffRenderer = (diff, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const text = catalogue(ctx.locale).diff;
  const f = localeFormat(ctx.locale);
  const out = [
    ...header(diff, text, f, c),
    ...evidence(diff, text, f, c),
    ...flags(diff, text, c),
    ...changes(diff, text, f, c),
    ...people(diff, text, c),
    ...records(diff, text),
    ...decisions(diff, text, c),
    '',
    diff.changes.length === 0 ? text.noChanges : text.summary(diff.summary),
  ];
  return `${out.join('\n')}\n`;
};
