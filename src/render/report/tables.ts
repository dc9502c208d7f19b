import type { KpiResult, KpiStatus } from '../../core/report/kpi-types.js';
import type { CompetencyRow, MixFigures, PairRow, ProgressRow, ReportData, ReportSection } from '../../core/report/report-types.js';
import type { Align } from '../table.js';
import { csvNumber, dash, type ValueFormat } from './format-values.js';

/** How a cell reads at a glance: the terminal colours it, HTML tints it. */
export type Tone = 'good' | 'warn' | 'bad' | 'muted';

/**
 * Which outputs show a column: `all`; `csv` only (ids, raw parts); `wide` everywhere but the
 * 100-column terminal; `display` everywhere but CSV (a combined cell whose parts CSV has apart);
 * `terminal` only there (a combined cell standing in for `wide` columns it has no room for).
 */
export type ColumnPlace = 'all' | 'csv' | 'wide' | 'display' | 'terminal';

export interface ReportCell {
  text: string;
  csv: string | number | null;
  tone?: Tone;
}

export interface ReportColumn {
  head: string;
  /** Header in CSV (units spelt out, e.g. `Gap closed (%)`); defaults to `head`. */
  csvHead: string;
  align: Align;
  place: ColumnPlace;
}

/** One table of the report, already in words: every format prints the same rows. */
export interface ReportTable {
  section: ReportSection;
  /** Distinguishes the tables of one section, e.g. `sessions` and `session-events`. */
  key: string;
  title: string;
  /** A line under the title (e.g. the planned mix). */
  caption?: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Rows the data has; more than `rows.length` when a limit left some out (the terminal's). */
  total: number;
}

interface ColumnSpec<R> {
  head: string;
  csvHead?: string;
  align?: Align;
  place?: ColumnPlace;
  text: (row: R) => string;
  csv?: (row: R) => string | number | null;
  tone?: (row: R) => Tone | undefined;
}

function makeTable<R>(limit: number, section: ReportSection, key: string, title: string, rows: readonly R[], specs: readonly ColumnSpec<R>[], caption?: string): ReportTable {
  return {
    section,
    key,
    title,
    ...(caption ? { caption } : {}),
    columns: specs.map((s) => ({ head: s.head, csvHead: s.csvHead ?? s.head, align: s.align ?? 'left', place: s.place ?? 'all' })),
    total: rows.length,
    rows: (rows.length > limit ? rows.slice(0, limit) : rows).map((row) =>
      specs.map((s) => {
        const text = s.text(row);
        const tone = s.tone?.(row);
        return { text, csv: s.csv ? s.csv(row) : text === dash ? null : text, ...(tone ? { tone } : {}) };
      }),
    ),
  };
}

const kpiTone: Record<KpiStatus, Tone | undefined> = { met: 'good', open: undefined, 'at-risk': 'warn', missed: 'bad', 'no-data': 'muted', 'no-target': 'muted' };
const progressTone = { reached: 'good', 'on-track': 'good', 'at-risk': 'warn', behind: 'bad', 'not-assessed': 'muted', 'ended-early': 'bad', 'no-pair': 'warn' } as const;

/**
 * Every table of the report in the document's words; `locale` decides CSV numbers. With `limit`,
 * tables keep their first `limit` rows (and say how many there are): only those are formatted.
 */
export function reportTables(data: ReportData, v: ValueFormat, limit = Infinity): ReportTable[] {
  const table = <R>(section: ReportSection, key: string, title: string, rows: readonly R[], specs: readonly ColumnSpec<R>[], caption?: string): ReportTable => makeTable(limit, section, key, title, rows, specs, caption);
  const { t, f } = v;
  const c = t.columns;
  const locale = f.locale;
  const pct = (x: number | null): string | null => csvNumber(x === null ? null : x * 100, locale, 2);
  const num = (x: number | null, digits = 2): string | null => csvNumber(x, locale, digits);
  const inPercent = (head: string): string => `${head} (%)`;
  const tables: ReportTable[] = [];

  if (data.health) {
    const h = data.health;
    const rows: [string, string | number][] = [
      [t.measures.phase, t.phase(h.phase)],
      [t.measures.week, `${h.week} / ${h.weeks}`],
      [t.measures.mentees, h.mentees],
      [t.measures.pairsActive, h.pairs.active],
      [t.measures.pairsFinished, h.pairs.finished],
      [t.measures.pairsEnded, h.pairs.ended],
      [t.measures.pairsNotStarted, h.pairs['not-started']],
      ...(['met', 'open', 'at-risk', 'missed', 'no-data', 'no-target'] as const).map((s): [string, number] => [t.measures.kpis(s), h.kpis[s]]),
    ];
    tables.push(table('health', 'health', t.sections.health, rows, [
      { head: c.measure, text: (r) => r[0] },
      { head: c.value, align: 'right', text: (r) => String(r[1]), csv: (r) => r[1] },
    ]));
  }

  if (data.progress) {
    tables.push(table<ProgressRow>('progress', 'progress', t.sections.progress, data.progress, [
      { head: `${c.mentee} ${c.id}`, place: 'csv', text: (r) => r.mentee.id },
      { head: c.mentee, text: (r) => r.mentee.name },
      { head: c.department, place: 'csv', text: (r) => r.department ?? dash },
      { head: `${c.competency} ${c.id}`, place: 'csv', text: (r) => r.competency.id },
      { head: c.competency, text: (r) => r.competency.name },
      { head: c.pair, place: 'csv', text: (r) => r.pair?.name ?? dash },
      { head: c.progressLevels, text: (r) => `${r.baseline} → ${r.latest} → ${r.target}`, place: 'display', tone: (r) => (r.assessedOn === null ? 'muted' : undefined) },
      { head: c.baseline, place: 'csv', text: (r) => String(r.baseline), csv: (r) => r.baseline },
      { head: c.latest, place: 'csv', text: (r) => String(r.latest), csv: (r) => r.latest },
      { head: c.target, place: 'csv', text: (r) => String(r.target), csv: (r) => r.target },
      { head: c.assessed, place: 'wide', text: (r) => (r.assessedOn === null ? t.notAssessed : v.date(r.assessedOn)), csv: (r) => r.assessedOn, tone: (r) => (r.assessedOn === null ? 'muted' : undefined) },
      { head: c.assessor, place: 'wide', text: (r) => (r.assessor === null ? dash : t.assessor(r.assessor, r.assessorName)) },
      // The terminal has no room for both: the date with who assessed.
      { head: c.assessed, place: 'terminal', text: (r) => (r.assessedOn === null ? t.notAssessed : `${v.date(r.assessedOn)}, ${r.assessor === null ? dash : t.assessor(r.assessor, r.assessorName)}`), tone: (r) => (r.assessedOn === null ? 'muted' : undefined) },
      { head: c.gapClosed, csvHead: inPercent(c.gapClosed), align: 'right', text: (r) => v.share(r.gapClosed), csv: (r) => pct(r.gapClosed) },
      { head: c.expected, csvHead: inPercent(c.expected), align: 'right', text: (r) => v.share(r.expected), csv: (r) => pct(r.expected) },
      {
        head: c.status,
        // When and why the pair ended sit in the status, as in the sessions table, so the terminal shows them too.
        text: (r) => (r.status === 'ended-early' ? `${t.progressStatus['ended-early']} ${v.date(r.ended)}: ${t.endReason[r.endReason ?? 'not-given']}` : t.progressStatus[r.status]),
        csv: (r) => t.progressStatus[r.status],
        tone: (r) => progressTone[r.status],
      },
      { head: c.ended, place: 'csv', text: (r) => v.date(r.ended), csv: (r) => r.ended },
      { head: c.reason, place: 'csv', text: (r) => (r.endReason === null ? dash : t.endReason[r.endReason]) },
    ]));
  }

  if (data.sessions) {
    const s = data.sessions;
    const totals: [string, string, string | number | null][] = [
      [t.measures.planned, String(s.totals.planned), s.totals.planned],
      [t.measures.held, String(s.totals.held), s.totals.held],
      [t.measures.adherence, v.share(s.totals.adherence), pct(s.totals.adherence)],
      [t.measures.cancelled, String(s.totals.cancelled), s.totals.cancelled],
      [t.measures.missed, String(s.totals.missed), s.totals.missed],
      [t.measures.minutes, f.number(s.totals.minutes, 0), s.totals.minutes],
      [t.measures.quiet, String(s.totals.quiet), s.totals.quiet],
      [t.measures.endedEarly, String(s.totals.endedEarly), s.totals.endedEarly],
    ];
    if (s.pairs) {
      tables.push(table<PairRow>('sessions', 'sessions', t.sections.sessions, s.pairs, [
        { head: c.pair, text: (r) => r.pair.name },
        { head: c.mentor, text: (r) => r.mentor.name },
        { head: c.mentee, text: (r) => r.mentee.name },
        { head: `${c.mentor} ${c.id}`, place: 'csv', text: (r) => r.mentor.id },
        { head: `${c.mentee} ${c.id}`, place: 'csv', text: (r) => r.mentee.id },
        { head: c.held, align: 'right', text: (r) => `${r.held}/${r.planned}`, csv: (r) => r.held },
        { head: c.planned, align: 'right', place: 'csv', text: (r) => String(r.planned), csv: (r) => r.planned },
        { head: c.adherence, csvHead: inPercent(c.adherence), align: 'right', text: (r) => v.share(r.adherence), csv: (r) => pct(r.adherence), tone: (r) => (r.adherence !== null && r.adherence < 0.75 ? 'warn' : undefined) },
        { head: c.cancelledMissed, align: 'right', text: (r) => `${r.cancelled}/${r.missed}`, csv: (r) => r.cancelled + r.missed },
        { head: c.minutes, align: 'right', place: 'wide', text: (r) => f.number(r.minutes, 0), csv: (r) => r.minutes },
        { head: c.lastSession, text: (r) => v.date(r.lastSession), csv: (r) => r.lastSession },
        {
          head: c.state,
          // Why a pair ended early sits in the state, so the 100-column terminal shows it too.
          text: (r) => (r.quiet ? `${t.pairState.active}, ${t.quiet}` : r.state === 'ended' ? `${t.pairState.ended} ${v.date(r.ended)}: ${t.endReason[r.endReason ?? 'not-given']}` : t.pairState[r.state]),
          csv: (r) => (r.quiet ? t.quiet : t.pairState[r.state]),
          tone: (r) => (r.state === 'ended' || r.quiet ? 'bad' : r.state === 'not-started' ? 'muted' : undefined),
        },
        { head: c.ended, place: 'csv', text: (r) => v.date(r.ended), csv: (r) => r.ended },
        { head: c.reason, place: 'csv', text: (r) => (r.endReason === null ? dash : t.endReason[r.endReason]) },
      ], t.sessionsCaption(s.totals, f)));
      if (s.events) {
        tables.push(table('sessions', 'session-events', t.sections.sessionEvents, s.events, [
          { head: c.date, text: (e) => v.date(e.date), csv: (e) => e.date },
          { head: c.pair, text: (e) => e.pair.name },
          { head: c.status, text: (e) => t.sessionStatus[e.status], tone: (e) => (e.status === 'missed' ? 'bad' : 'warn') },
          ...(data.audience.kind === 'hr' && !data.audience.pseudonymised ? [{ head: c.reason, text: (e: (typeof s.events)[number]) => e.reason ?? dash }] : []),
        ]));
      }
    } else {
      tables.push(table('sessions', 'sessions', t.sections.sessions, totals, [
        { head: c.measure, text: (r) => r[0] },
        { head: c.value, align: 'right', text: (r) => r[1], csv: (r) => r[2] },
      ]));
    }
    if (s.endReasons.length > 0 && !s.pairs) {
      tables.push(table('sessions', 'end-reasons', t.sections.endReasons, s.endReasons, [
        { head: c.reason, text: (r) => t.endReason[r.reason] },
        { head: c.pairs, align: 'right', text: (r) => String(r.pairs), csv: (r) => r.pairs },
      ]));
    }
  }

  if (data.learning) {
    const l = data.learning;
    const mix = (m: MixFigures): string => (m.shares === null ? dash : [m.shares.experience, m.shares.social, m.shares.formal].map((x) => f.number(x * 100, 0)).join(':'));
    const plan = t.plan(`${f.number(l.plan.experience, 0)}:${f.number(l.plan.social, 0)}:${f.number(l.plan.formal, 0)}`, `${f.number(l.plan.tolerance, 1)} ${t.percentagePoints}`);
    // The total first, so a long list cut for the terminal still shows it.
    // A mentee's own sheet has one person: "all mentees" would repeat their row.
    const own = (l.rows ?? []).map((r) => ({ name: r.mentee.name, id: r.mentee.id, m: r as MixFigures }));
    const rows = data.audience.kind === 'mentee' && own.length === 1 ? own : [{ name: t.allMentees, id: '', m: l.total }, ...own];
    tables.push(table('learning', 'learning', t.sections.learning, rows, [
      { head: c.mentee, text: (r) => r.name },
      { head: `${c.mentee} ${c.id}`, place: 'csv', text: (r) => r.id || dash },
      { head: c.experience, align: 'right', text: (r) => f.number(r.m.hours.experience, 1), csv: (r) => num(r.m.hours.experience, 1) },
      { head: c.social, align: 'right', text: (r) => f.number(r.m.hours.social, 1), csv: (r) => num(r.m.hours.social, 1) },
      { head: c.formal, align: 'right', text: (r) => f.number(r.m.hours.formal, 1), csv: (r) => num(r.m.hours.formal, 1) },
      { head: c.mix, text: (r) => mix(r.m) },
      { head: c.deviation, csvHead: `${c.deviation} (${t.percentagePoints})`, align: 'right', text: (r) => (r.m.deviation === null ? dash : `${f.number(r.m.deviation, 1)} ${t.percentagePoints}`), csv: (r) => num(r.m.deviation, 2) },
      { head: c.withinTolerance, text: (r) => (r.m.withinTolerance === null ? dash : r.m.withinTolerance ? t.yes : t.no), tone: (r) => (r.m.withinTolerance === false ? 'warn' : r.m.withinTolerance ? 'good' : 'muted') },
    ], plan));
  }

  if (data.competencies) {
    const levels = (r: CompetencyRow): string => (r.averageBaseline === null ? dash : `${v.number(r.averageBaseline)} → ${v.number(r.averageLatest)} → ${v.number(r.averageTarget)}`);
    tables.push(table<CompetencyRow>('competencies', 'competencies', t.sections.competencies, data.competencies, [
      { head: c.competency, text: (r) => (r.competency === null ? t.other(r.competencies, f) : r.competency.name) },
      { head: `${c.competency} ${c.id}`, place: 'csv', text: (r) => r.competency?.id ?? dash },
      { head: c.importance, place: 'wide', text: (r) => (r.importance === null ? dash : t.importance[r.importance]) },
      { head: c.mentees, align: 'right', text: (r) => String(r.mentees), csv: (r) => r.mentees },
      { head: c.reached, align: 'right', text: (r) => (r.withheld ? dash : String(r.reached)), csv: (r) => (r.withheld ? null : r.reached) },
      { head: c.averageGain, align: 'right', text: (r) => (r.averageGain === null ? (r.withheld ? t.withheld : dash) : f.number(r.averageGain, 2)), csv: (r) => num(r.averageGain, 2), tone: (r) => (r.withheld ? 'muted' : undefined) },
      { head: c.gapClosed, csvHead: inPercent(c.gapClosed), align: 'right', text: (r) => v.share(r.gapClosed), csv: (r) => pct(r.gapClosed) },
      { head: c.levels, text: levels, csv: (r) => (r.averageBaseline === null ? null : levels(r)) },
    ]));
  }

  if (data.mentors) {
    tables.push(table('mentors', 'mentors', t.sections.mentors, data.mentors, [
      { head: c.mentor, text: (r) => r.mentor.name },
      { head: `${c.mentor} ${c.id}`, place: 'csv', text: (r) => r.mentor.id },
      { head: c.pairs, align: 'right', text: (r) => `${r.active}/${r.pairs}`, csv: (r) => r.pairs },
      { head: c.capacity, align: 'right', text: (r) => String(r.capacity), csv: (r) => r.capacity },
      { head: c.load, csvHead: inPercent(c.load), align: 'right', text: (r) => v.share(r.load), csv: (r) => pct(r.load), tone: (r) => (r.load > 1 ? 'bad' : undefined) },
      { head: c.held, align: 'right', text: (r) => String(r.held), csv: (r) => r.held },
      {
        head: c.preparation,
        // A programme without preparation modules has nothing to finish: a dash, not a green 0/0.
        text: (r) => (r.preparation.required === 0 ? dash : `${r.preparation.done}/${r.preparation.required}${r.preparation.completedOn ? ` (${v.date(r.preparation.completedOn)})` : ''}`),
        csv: (r) => r.preparation.done,
        tone: (r) => (r.preparation.required === 0 ? 'muted' : r.preparation.complete ? 'good' : 'warn'),
      },
    ]));
  }

  if (data.kpis) {
    const basis = (k: KpiResult): string => {
      if (k.value === null) return '';
      if (k.source === 'external') return k.measuredOn ? ` (${v.date(k.measuredOn)})` : '';
      if (k.basis.numerator !== undefined && k.basis.denominator !== undefined && k.metric !== 'nps') return ` (${k.basis.numerator}/${k.basis.denominator})`;
      return k.metric === 'learning-mix-deviation' ? ` (${f.number(k.basis.count, 1)} h)` : ` (n = ${f.number(k.basis.count, 0)})`;
    };
    tables.push(table<KpiResult>('kpis', 'kpis', t.sections.kpis, data.kpis, [
      { head: c.id, place: 'csv', text: (k) => k.id },
      { head: c.kpi, text: (k) => k.name },
      { head: c.level, align: 'right', text: (k) => String(k.level), csv: (k) => k.level },
      { head: c.value, align: 'right', text: (k) => (k.value === null ? (k.reason ? t.noData[k.reason] : dash) : `${v.kpiValue(k, k.value)}${basis(k)}`), csv: (k) => num(k.kind === 'share' && k.value !== null ? k.value * 100 : k.value, 4), tone: (k) => (k.value === null ? 'muted' : undefined) },
      { head: c.target, align: 'right', text: (k) => v.kpiTarget(k, k.target), csv: (k) => num(k.kind === 'share' && k.target !== null ? k.target * 100 : k.target, 4) },
      { head: c.baseline, align: 'right', place: 'wide', text: (k) => v.kpiValue(k, k.baseline), csv: (k) => num(k.kind === 'share' && k.baseline !== null ? k.baseline * 100 : k.baseline, 4) },
      { head: c.checkpoint, place: 'wide', text: (k) => (k.checkpoint ? t.checkpoint(v.kpiTarget(k, k.checkpoint.target), v.date(k.checkpoint.date)) : dash) },
      { head: c.status, text: (k) => t.kpiStatus[k.status], tone: (k) => kpiTone[k.status] },
      { head: c.unit, place: 'csv', text: (k) => (k.kind === 'share' ? '%' : (k.unit ?? (k.metric === 'learning-mix-deviation' ? t.percentagePoints : dash))) },
    ]));
  }

  if (data.timeline) {
    tables.push(table('timeline', 'timeline', t.sections.timeline, data.timeline, [
      { head: c.month, text: (p) => p.month },
      { head: c.date, place: 'csv', text: (p) => p.date },
      { head: c.elapsed, csvHead: inPercent(c.elapsed), align: 'right', text: (p) => v.share(p.elapsed), csv: (p) => pct(p.elapsed) },
      { head: c.gapClosed, csvHead: inPercent(c.gapClosed), align: 'right', text: (p) => v.share(p.gapClosed), csv: (p) => pct(p.gapClosed) },
      { head: c.targetReached, csvHead: inPercent(c.targetReached), align: 'right', text: (p) => v.share(p.targetReached), csv: (p) => pct(p.targetReached) },
      { head: c.adherence, csvHead: inPercent(c.adherence), align: 'right', text: (p) => v.share(p.adherence), csv: (p) => pct(p.adherence) },
    ]));
    const kpis = data.kpis ?? [];
    if (kpis.length > 0 && data.timeline.length > 0) {
      const months = data.timeline;
      tables.push({
        section: 'timeline',
        key: 'kpi-months',
        title: t.sections.kpiMonths,
        total: kpis.length,
        columns: [
          { head: c.kpi, csvHead: c.kpi, align: 'left', place: 'wide' },
          ...months.map((m) => ({ head: m.month, csvHead: m.month, align: 'right' as const, place: 'wide' as const })),
        ],
        rows: kpis.map((k, i) => [
          { text: k.name, csv: k.id },
          ...months.map((m) => {
            const value = m.kpis[i]?.value ?? null;
            return { text: v.kpiValue(k, value), csv: num(k.kind === 'share' && value !== null ? value * 100 : value, 4) };
          }),
        ]),
      });
    }
  }
  return tables;
}
