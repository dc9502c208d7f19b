import type { DiffText } from './diff-text.js';

const count = (n: number, one: string, other: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : other}`;

/** A date's place in a programme: whole weeks where it is, else days, from the start. */
const placeEn = (days: number): string => {
  if (days === 0) return 'the start day';
  const n = Math.abs(days);
  const span = n % 7 === 0 ? count(n / 7, 'week', 'weeks') : count(n, 'day', 'days');
  return `${span} ${days > 0 ? 'after' : 'before'} the start`;
};

/** The earlier run of a calibration diff, by its phase. */
const earlier = (phase: string): string => (phase === 'rollout' ? 'The rollout' : phase === 'cycle' ? 'The previous cycle' : 'The pilot');

export const diffEn: DiffText = {
  title: (mode, oldName, newName) => `${mode === 'calibration' ? 'Calibration' : 'Changes'}: ${oldName} → ${newName}`,
  sides: (old, now) => `${old.id} (${old.phase}, ${old.period}) → ${now.id} (${now.phase}, ${now.period})`,
  phases: { pilot: 'pilot', rollout: 'rollout', cycle: 'cycle' },
  sections: {
    metadata: 'Programme',
    goals: 'Goals',
    scales: 'Scales and level descriptors',
    competencies: 'Competencies',
    roles: 'Roles and RACI',
    addressees: 'Addressees and recruitment',
    process: 'Process',
    preparation: 'Mentor preparation',
    kpis: 'KPIs',
    communications: 'Communications',
    calibration: 'Calibration decisions',
    people: 'People and pairs',
    other: 'Other',
  },
  kinds: { added: 'added', removed: 'removed', changed: 'changed', moved: 'moved', renamed: 'renamed' },
  evidence: {
    heading: (asOf, phase) => `${phase === 'rollout' ? 'Rollout evidence' : phase === 'cycle' ? 'Evidence of the previous cycle' : 'Pilot evidence'}: KPIs as of ${asOf}`,
    none: (phase) => `${earlier(phase)} has no KPIs.`,
    columns: { kpi: 'KPI', value: 'value', target: 'target', status: 'status', shortBy: 'short by', newTarget: 'new target', decisions: 'decisions' },
    status: { met: 'met', missed: 'missed', 'at-risk': 'at risk', open: 'open', 'no-data': 'no data', 'no-target': 'no target' },
  },
  flags: {
    heading: (n) => `Left unexplained: ${n}`,
    none: 'Every change has a decision, and every decision a change.',
    missedKpi: (kpi, name, phase) => `KPI \`${kpi}\` (${name}) was missed in ${earlier(phase).toLowerCase()}, and no decision answers it.`,
    changeWithoutDecision: (path) => `\`${path}\` changed, and no decision names it.`,
    decisionWithoutChange: (decision, path) => `Decision \`${decision}\` names \`${path}\`, which did not change.`,
  },
  renamed: (similarity) => `possible rename, ${similarity} alike`,
  moved: (from, to) => `moved from place ${from} to ${to}`,
  shift: (days, dates) => `programme shifted ${count(Math.abs(days), 'day', 'days')} ${days > 0 ? 'later' : 'earlier'}, ${count(dates, 'date', 'dates')} with it`,
  position: (oldDays, newDays) => `in the programme: ${placeEn(oldDays)} → ${placeEn(newDays)}`,
  changeColumns: { path: 'path', old: 'old', new: 'new', decisions: 'decisions' },
  noDecision: 'no decision',
  summary: (s) => {
    const parts = [`${s.added} added`, `${s.changed} changed`, `${s.removed} removed`];
    if (s.renamed > 0) parts.push(`${s.renamed} renamed`);
    if (s.moved > 0) parts.push(`${s.moved} moved`);
    return parts.join(', ');
  },
  noChanges: 'No changes.',
  people: {
    heading: 'People and pairs',
    groups: { mentors: 'mentors', mentees: 'mentees', pairs: 'pairs', staff: 'staff' },
    columns: { group: '', before: 'before', after: 'after', joined: 'joined', left: 'left', changed: 'changed', renamed: 'new id' },
    who: { joined: 'joined', left: 'left', changed: 'changed', renamed: 'new id' },
  },
  records: {
    heading: 'Records',
    kinds: { sessions: 'sessions', assessments: 'assessments', learning: 'learning activities', surveys: 'survey answers', kpiValues: 'KPI values' },
  },
  decisions: {
    heading: (n) => `Decisions: ${n}`,
    columns: { id: 'decision', summary: 'summary', kpis: 'answers KPIs', changes: 'changes' },
    covers: (n) => count(n, 'change', 'changes'),
  },
  errors: {
    notARepository: (folder) => `${folder} is not inside a git repository, so there is no revision to read.`,
    gitMissing: 'git is not installed (or not on PATH): revisions are read with git itself.',
    unknownRevision: (revision) => `There is no revision \`${revision}\` in this repository.`,
    missingInRevision: (revision, path) => `\`${path}\` does not exist in revision \`${revision}\`.`,
    gitFailed: (detail) => `git failed: ${detail}`,
    noPrevious: (path) => `${path} names no pilot (\`metadata.pilot\`) or previous cycle (\`metadata.previous\`) to compare with; give two programmes.`,
    previousMissing: (path, previous) => `${path} names \`${previous}\` as the programme it was calibrated from, but there is no programme there.`,
    brokenProgramme: (path, inRevision) =>
      `${path} cannot be compared: a file in it is not valid YAML or does not pass its schema. The first problem is below${inRevision ? '; check out that revision and run `mentor validate` there to see them all.' : `; \`mentor validate ${path}\` lists them all.`}`,
    tooManyPaths: 'mentor diff compares two programmes: give one (a rollout, to compare with its pilot) or two.',
    gitTakesOnePath: '--git REV compares the working tree with a revision: give at most one programme path with it.',
  },
  show: {
    needsNormalised: 'mentor show prints the canonical form of a file: use `mentor show --normalised FILE`.',
  },
};
