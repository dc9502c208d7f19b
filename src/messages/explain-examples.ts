import type { RuleId } from '../core/diagnostics.js';

/**
 * A failing and a passing YAML snippet for one rule, shown by `mentor explain` in every language
 * (YAML is YAML; the words around it come from explain-en.ts / explain-pl.ts).
 *
 * test/explain-examples.test.ts lays each snippet into a small, clean programme folder (a
 * programme.yaml with inline people, records/2026-02.yaml with one session, and a pilot in
 * pilot-2025/) and runs the real `validate`: the failing snippet must produce this rule and no
 * other, the passing one nothing at all.
 */
export interface RuleExample {
  /** The file the snippet belongs in, relative to the programme folder. */
  file: string;
  /**
   * `excerpt`: the keys shown replace the same keys of that clean file (mappings merge, lists are
   * replaced whole), so the snippet shows only what matters. `file`: the snippet is the whole file.
   */
  as: 'excerpt' | 'file';
  failing: string;
  passing: string;
  /** How the failing file is saved, when its bytes are the point (the passing one is UTF-8). */
  saved?: 'utf-16le' | 'windows-1250' | 'over-16-mb' | 'named-pipe' | 'link-outside' | 'link-loop' | 'deep-nesting' | 'many-findings';
  /** What to validate, when not the programme folder (a file named on the command line). */
  paths?: string[];
  /** Rules the failing snippet cannot help setting off too (a mentee without a gap always has a target not above its baseline). */
  alsoReported?: RuleId[];
}

const programme = (failing: string, passing: string): RuleExample => ({ file: 'programme.yaml', as: 'excerpt', failing, passing });
const records = (failing: string, passing: string): RuleExample => ({ file: 'records/2026-02.yaml', as: 'excerpt', failing, passing });
const recordsFile = (failing: string, passing: string, more: Partial<RuleExample> = {}): RuleExample => ({
  file: 'records/2026-02.yaml',
  as: 'file',
  failing: `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n${failing}`,
  passing: `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n${passing}`,
  ...more,
});

const session = 'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60, topic: Negotiating with Łódź }\n';
const competencies = (...more: string[]): string =>
  ['competencies:', '  - { id: negotiation, name: Negotiation, importance: strategic, scale: s5, goal: g1 }', '  - { id: pricing, name: Pricing, importance: tactical, scale: s5, goal: g1 }', ...more, ''].join('\n');
const mentor = (fields: string): string => `people:\n  mentors:\n    - id: m1\n      name: Maria Mentor\n      lineManager: sp1\n${fields}`;
const mentors = (capacity: number, levels: string, completed: string): string =>
  mentor(`      capacity: ${capacity}\n      levels: ${levels}\n      preparation: [{ module: role, completed: ${completed} }]\n`);
const menteeE1 = (competencies: string, lineManager = 'lm1'): string =>
  `people:\n  mentees:\n    - id: e1\n      name: Eve Mentee\n      lineManager: ${lineManager}\n      competencies: ${competencies}\n    - id: e2\n      name: Ed Second\n      competencies: [{ competency: pricing, baseline: 1, target: 3 }]\n`;
const pairs = (p1: string): string =>
  `people:\n  pairs:\n    - { id: p1, mentor: m1, mentee: e1, competencies: ${p1}, start: 2026-01-26 }\n    - { id: p2, mentor: m1, mentee: e2, competencies: [pricing], start: 2026-01-26, end: 2026-02-27 }\n`;
const selfMentee = '    - id: m1\n      name: Maria Mentor\n      lineManager: sp1\n      competencies: [{ competency: pricing, baseline: 3, target: 4 }]\n';
const scale = (levels: string): string => `scales:\n  - id: s5\n    name: Five levels\n    levels:\n${levels
  .split(',')
  .map((n) => `      - { level: ${n.trim()}, label: ${['', 'Novice', 'Beginner', 'Competent', 'Proficient', 'Expert'][Number(n)]} }`)
  .join('\n')}\n`;
const buyIn = (when: string, to = '[line-manager, mentor, mentee]'): string =>
  `communications:\n  - id: buy-in\n    when: ${when}\n    from: sponsor\n    to: ${to}\n    channel: email\n    purpose: buy-in\n`;
const kpi = (fields: string): string => `kpis:\n  - { id: k1, name: Gap closed, level: 2, ${fields}, direction: higher }\n`;
const milestones = (kickOff: string, closing: string): string =>
  `process:\n  milestones:\n    - { id: ${kickOff}, name: Kick-off, date: 2026-01-19 }\n    - { id: closing, name: Closing, date: ${closing} }\n`;
const checkpoints = (first: string, second: string): string =>
  `kpis:\n  - id: k1\n    name: Gap closed\n    level: 2\n    metric: gap-closed-share\n    target: 0.6\n    direction: higher\n    checkpoints:\n      - { date: ${first}, target: 0.3 }\n      - { date: ${second}, target: 0.45 }\n`;
const fiveRoles = 'roles:\n  - { id: mentee, name: Mentee }\n  - { id: mentor, name: Mentor }\n  - { id: line-manager, name: Line manager }\n  - { id: hr-owner, name: HR owner, staffedBy: [hr1] }\n  - { id: sponsor, name: Sponsor, staffedBy: [sp1] }\n';
const message = (id: string, when: string, from: string, to: string, more = ''): string => `  - { id: ${id}, when: ${when}, from: ${from}, to: ${to}, channel: email, ${more}purpose: information }\n`;
const decision = (changes: string): string => `calibration:\n  decisions:\n    - id: d-cadence\n      summary: Sessions every three weeks, 90 minutes each.\n      changes: [${changes}]\n`;
const criterion = (minGap: number): string =>
  `addressees:\n  criteria:\n    - id: clear-gap\n      description: A gap of at least ${minGap} levels in one competency.\n      minGap: ${minGap}\n  recruitment: { method: nomination }\n`;

const recruitmentCloses = (date: string): string => criterion(2).replace('{ method: nomination }', `{ method: nomination, closes: ${date} }`);

export const ruleExamples: Record<RuleId, RuleExample> = {
  // ── reading files ─────────────────────────────────────────────────────────────────────────
  'file-empty': { file: 'records/2026-02.yaml', as: 'file', failing: '# February: sessions to be added\n', passing: `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n# February\n${session}` },
  'file-binary': recordsFile(session, session, { saved: 'utf-16le' }),
  'file-encoding': recordsFile(session, session, { saved: 'windows-1250' }),
  'file-too-large': recordsFile(`${session}  # … and 17 MB more of sessions\n`, session, { saved: 'over-16-mb' }),
  'file-not-regular': recordsFile(session, session, { saved: 'named-pipe' }),
  'file-unreadable': recordsFile(session, session, { saved: 'link-loop' }),
  'file-link-outside': recordsFile(session, session, { saved: 'link-outside' }),
  'file-too-many-findings': {
    ...recordsFile('sessions:\n  - { pair: p1, date: 2026-02-09, minutes: sixty }\n', 'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n', { saved: 'many-findings' }),
    alsoReported: ['schema-type'],
  },
  'yaml-too-deep': recordsFile('sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60, topic: [[[[…]]]] }\n', 'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60, topic: Pricing }\n', { saved: 'deep-nesting' }),
  'yaml-unknown-tag': recordsFile('sessions:\n  - { pair: p1, date: !timestamp 2026-02-09, minutes: 60 }\n', 'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n'),
  'yaml-syntax': recordsFile(
    'sessions:\n  - pair: p1\n    date: 2026-02-09\n    minutes: 60\n    topic: Discounts: the price ladder\n',
    'sessions:\n  - pair: p1\n    date: 2026-02-09\n    minutes: 60\n    topic: "Discounts: the price ladder"\n',
  ),
  'yaml-duplicate-key': recordsFile(
    'sessions:\n  - pair: p1\n    date: 2026-02-09\n    minutes: 60\n    minutes: 90\n',
    'sessions:\n  - pair: p1\n    date: 2026-02-09\n    minutes: 90\n',
  ),
  'yaml-tab-indent': recordsFile('sessions:\n  - pair: p1\n\t  date: 2026-02-09\n    minutes: 60\n', 'sessions:\n  - pair: p1\n    date: 2026-02-09\n    minutes: 60\n'),
  'yaml-alias-limit': recordsFile(
    `sessions:\n  - { pair: p1, date: 2026-02-09, minutes: &hour 60, topic: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol] }\n  - { pair: p1, date: 2026-02-16, minutes: *hour, topic: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a] }\n  - { pair: p1, date: 2026-02-23, minutes: *hour, topic: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b] }\n  - { pair: p1, date: 2026-03-02, minutes: *hour, topic: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c] }\n  - { pair: p1, date: 2026-03-09, minutes: *hour, topic: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d] }\n  - { pair: p1, date: 2026-03-16, minutes: *hour, topic: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e] }\n  - { pair: p1, date: 2026-03-23, minutes: *hour, topic: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f] }\n`,
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: &hour 60 }\n  - { pair: p1, date: 2026-02-16, minutes: *hour }\n  - { pair: p1, date: 2026-02-23, minutes: *hour }\n',
  ),
  'yaml-circular-alias': recordsFile('sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60, topic: &t [*t] }\n', 'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60, topic: Pricing }\n'),
  'yaml-multiple-documents': recordsFile(
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n---\napiVersion: mentor/v1\nkind: Records\nprogramme: demo\nsessions:\n  - { pair: p1, date: 2026-02-23, minutes: 60 }\n',
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  - { pair: p1, date: 2026-02-23, minutes: 60 }\n',
  ),
  'not-a-mentor-document': {
    file: 'deployment.yaml',
    as: 'file',
    failing: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mentor-dashboard\n',
    passing: `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n${session}`,
    paths: ['deployment.yaml'],
  },
  'api-version-unsupported': { file: 'records/2026-02.yaml', as: 'file', failing: `apiVersion: mentor/v2\nkind: Records\nprogramme: demo\n${session}`, passing: `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n${session}` },
  'kind-unknown': { file: 'records/2026-02.yaml', as: 'file', failing: `apiVersion: mentor/v1\nkind: Record\nprogramme: demo\n${session}`, passing: `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\n${session}` },

  // ── schema ────────────────────────────────────────────────────────────────────────────────
  'schema-unknown-key': programme('goals:\n  - id: g1\n    name: Keep key accounts\n    descripton: The top 20 accounts stay with us\n', 'goals:\n  - id: g1\n    name: Keep key accounts\n    description: The top 20 accounts stay with us\n'),
  'schema-required': programme('goals:\n  - id: g1\n', 'goals:\n  - id: g1\n    name: Keep key accounts\n'),
  'schema-type': records('sessions:\n  - { pair: p1, date: 2026-02-09, minutes: sixty }\n', 'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n'),
  'schema-enum': programme(competencies().replace('strategic', 'strategc'), competencies()),
  'schema-format': programme(milestones('kick-off', '2026-6-26'), milestones('kick-off', '2026-06-26')),
  'schema-range': programme('process:\n  cadence: { everyWeeks: 2, minutes: 10 }\n', 'process:\n  cadence: { everyWeeks: 2, minutes: 60 }\n'),
  'schema-size': programme(
    'communications:\n  - id: buy-in\n    when: { milestone: kick-off, offsetDays: -7 }\n    from: sponsor\n    to: []\n    channel: email\n    purpose: buy-in\n',
    buyIn('{ milestone: kick-off, offsetDays: -7 }'),
  ),
  'schema-one-of': programme(buyIn('{ date: 2026-01-12, milestone: kick-off }'), buyIn('{ milestone: kick-off, offsetDays: -7 }')),

  // ── the method ────────────────────────────────────────────────────────────────────────────
  'duplicate-id': programme('goals:\n  - id: g1\n    name: Keep key accounts\n  - id: g1\n    name: Grow key accounts\n', 'goals:\n  - id: g1\n    name: Keep key accounts\n  - id: g2\n    name: Grow key accounts\n'),
  'unknown-reference': programme(pairs('[negotiation, negotation]'), pairs('[negotiation]')),
  'include-not-found': programme('includes:\n  records: [records/, records-2025/]\n', 'includes:\n  records: [records/]\n'),
  'include-wrong-kind': programme('includes:\n  people: [records/]\n  records: [records/]\n', 'includes:\n  records: [records/]\n'),
  'pilot-not-found': programme('metadata:\n  phase: rollout\n  pilot: { path: ../pilot-2025, id: demo-pilot }\n', 'metadata:\n  phase: rollout\n  pilot: { path: pilot-2025, id: demo-pilot }\n'),
  'previous-not-found': programme('metadata:\n  phase: cycle\n  previous: { path: cohort-2025, id: demo-pilot }\n', 'metadata:\n  phase: cycle\n  previous: { path: pilot-2025, id: demo-pilot }\n'),
  'programme-mismatch': records('programme: demo-2025\n', 'programme: demo\n'),
  'level-outside-scale': programme(menteeE1('[{ competency: negotiation, baseline: 0, target: 4 }]'), menteeE1('[{ competency: negotiation, baseline: 1, target: 4 }]')),
  'scale-levels-not-increasing': programme(scale('1, 2, 4, 3, 5'), scale('1, 2, 3, 4, 5')),
  'target-not-above-baseline': programme(
    menteeE1('\n        - { competency: negotiation, baseline: 2, target: 4 }\n        - { competency: pricing, baseline: 3, target: 2 }'),
    menteeE1('\n        - { competency: negotiation, baseline: 2, target: 4 }\n        - { competency: pricing, baseline: 3, target: 4 }'),
  ),
  'mentee-without-gap': { ...programme(menteeE1('[{ competency: negotiation, baseline: 4, target: 4 }]'), menteeE1('[{ competency: negotiation, baseline: 2, target: 4 }]')), alsoReported: ['target-not-above-baseline'] },
  'criterion-not-met': programme(criterion(3), criterion(2)),
  'competency-unused': programme(competencies('  - { id: presenting, name: Presenting, importance: tactical, scale: s5, goal: g1 }'), competencies()),
  'pair-competency-not-in-mentee': programme(pairs('[negotiation, pricing]'), pairs('[negotiation]')),
  'mentor-below-target': programme(mentors(2, '{ negotiation: 3, pricing: 4 }', '2026-01-12'), mentors(2, '{ negotiation: 5, pricing: 4 }', '2026-01-12')),
  'mentor-over-capacity': programme(mentors(1, '{ negotiation: 5, pricing: 4 }', '2026-01-12'), mentors(2, '{ negotiation: 5, pricing: 4 }', '2026-01-12')),
  'mentor-is-line-manager': programme(menteeE1('[{ competency: negotiation, baseline: 2, target: 4 }]', 'm1'), menteeE1('[{ competency: negotiation, baseline: 2, target: 4 }]')),
  'reporting-line-cycle': programme(
    'people:\n  staff:\n    - { id: hr1, name: Hanna Reed, lineManager: lm1 }\n    - { id: sp1, name: Sam Price }\n    - { id: lm1, name: Lee Moss, lineManager: hr1 }\n',
    'people:\n  staff:\n    - { id: hr1, name: Hanna Reed, lineManager: sp1 }\n    - { id: sp1, name: Sam Price }\n    - { id: lm1, name: Lee Moss, lineManager: sp1 }\n',
  ),
  'person-name-mismatch': programme(
    'people:\n  staff:\n    - { id: hr1, name: Hanna Reed }\n    - { id: sp1, name: Sam Price }\n    - { id: m1, name: Maria J. Mentor }\n    - { id: lm1, name: Lee Moss }\n',
    'people:\n  staff:\n    - { id: hr1, name: Hanna Reed }\n    - { id: sp1, name: Sam Price }\n    - { id: m1, name: Maria Mentor }\n    - { id: lm1, name: Lee Moss }\n',
  ),
  'person-email-duplicate': programme(
    'people:\n  staff:\n    - { id: hr1, name: Hanna Reed, email: hanna.reed@demo.example }\n    - { id: sp1, name: Sam Price }\n    - { id: m1, name: Maria Mentor }\n    - { id: lm1, name: Lee Moss, email: Hanna.Reed@demo.example }\n',
    'people:\n  staff:\n    - { id: hr1, name: Hanna Reed, email: hanna.reed@demo.example }\n    - { id: sp1, name: Sam Price }\n    - { id: m1, name: Maria Mentor }\n    - { id: lm1, name: Lee Moss, email: lee.moss@demo.example }\n',
  ),
  'person-name-duplicate': programme(
    'people:\n  mentees:\n    - id: e1\n      name: Eve Mentee\n      lineManager: lm1\n      competencies: [{ competency: negotiation, baseline: 2, target: 4 }]\n    - id: e2\n      name: Lee Moss\n      competencies: [{ competency: pricing, baseline: 1, target: 3 }]\n',
    'people:\n  mentees:\n    - id: e1\n      name: Eve Mentee\n      lineManager: lm1\n      competencies: [{ competency: negotiation, baseline: 2, target: 4 }]\n    - id: e2\n      name: Ed Second\n      competencies: [{ competency: pricing, baseline: 1, target: 3 }]\n',
  ),
  'pair-self-mentoring': programme(
    `${menteeE1('[{ competency: negotiation, baseline: 2, target: 4 }]')}${selfMentee}${pairs('[negotiation]').replace('people:\n', '')}    - { id: p3, mentor: m1, mentee: m1, competencies: [pricing], start: 2026-03-02 }\n`,
    `${menteeE1('[{ competency: negotiation, baseline: 2, target: 4 }]')}${selfMentee}${pairs('[negotiation]').replace('people:\n', '')}`,
  ),
  'pair-duplicate': programme(`${pairs('[negotiation]')}    - { id: p3, mentor: m1, mentee: e1, competencies: [negotiation], start: 2026-03-02 }\n`, pairs('[negotiation]')),
  'pair-before-preparation': programme(mentors(2, '{ negotiation: 5, pricing: 4 }', '2026-02-02'), mentors(2, '{ negotiation: 5, pricing: 4 }', '2026-01-12')),
  'role-unstaffed': programme(
    'roles:\n  - { id: mentee, name: Mentee }\n  - { id: mentor, name: Mentor }\n  - { id: line-manager, name: Line manager }\n  - { id: hr-owner, name: HR owner, staffedBy: [hr1] }\n  - { id: sponsor, name: Sponsor, staffedBy: [] }\n',
    'roles:\n  - { id: mentee, name: Mentee }\n  - { id: mentor, name: Mentor }\n  - { id: line-manager, name: Line manager }\n  - { id: hr-owner, name: HR owner, staffedBy: [hr1] }\n  - { id: sponsor, name: Sponsor, staffedBy: [sp1] }\n',
  ),
  'learning-mix-sum': programme('process:\n  learningMix: { experience: 70, social: 20, formal: 15 }\n', 'process:\n  learningMix: { experience: 70, social: 20, formal: 10 }\n'),
  'learning-mix-deviation': programme('process:\n  learningMix: { experience: 55, social: 35, formal: 10 }\n', 'process:\n  learningMix: { experience: 55, social: 35, formal: 10, tolerance: 15 }\n'),
  'kpi-missing-target': programme(kpi('metric: gap-closed-share'), kpi('metric: gap-closed-share, target: 0.6')),
  'kpi-baseline-meets-target': programme(kpi('metric: gap-closed-share, baseline: 0.7, target: 0.6'), kpi('metric: gap-closed-share, baseline: 0.2, target: 0.6')),
  'kpi-value-out-of-range': programme(kpi('metric: gap-closed-share, target: 60'), kpi('metric: gap-closed-share, target: 0.6')),
  'kpi-uncomputable': programme(kpi('metric: key-account-revenue, target: 0.6'), kpi('metric: gap-closed-share, target: 0.6')),
  'kpi-checkpoint-outside-period': programme(checkpoints('2026-03-31', '2026-07-31'), checkpoints('2026-03-31', '2026-05-29')),
  'kpi-checkpoints-unordered': programme(checkpoints('2026-04-30', '2026-03-31'), checkpoints('2026-03-31', '2026-04-30')),
  'kpi-value-ignored': records('kpiValues:\n  - { kpi: k1, date: 2026-02-27, value: 0.55 }\n', 'assessments:\n  - { mentee: e1, competency: negotiation, level: 3, assessor: mentor, date: 2026-02-27 }\n'),
  'pair-end-reason-without-end': programme(
    'people:\n  pairs:\n    - { id: p1, mentor: m1, mentee: e1, competencies: [negotiation], start: 2026-01-26 }\n    - { id: p2, mentor: m1, mentee: e2, competencies: [pricing], start: 2026-01-26, endReason: workload }\n',
    pairs('[negotiation]').replace('end: 2026-02-27', 'end: 2026-02-27, endReason: workload'),
  ),
  // Line managers do hear of the programme before kick-off (or role-not-informed would fire too), but only as information, not buy-in.
  'buy-in-missing': programme(
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }', '[mentor, mentee]')}${message('schedule', '{ milestone: kick-off, offsetDays: -5 }', 'hr-owner', '[line-manager]')}`,
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}${message('schedule', '{ milestone: kick-off, offsetDays: -5 }', 'hr-owner', '[line-manager]')}`,
  ),
  'kick-off-missing': programme(`${milestones('launch', '2026-06-26')}${buyIn('{ milestone: launch, offsetDays: -7 }')}`, `${milestones('kick-off', '2026-06-26')}${buyIn('{ milestone: kick-off, offsetDays: -7 }')}`),
  'role-not-informed': programme(
    `${fiveRoles}  - { id: consultant, name: External consultant }\n${buyIn('{ milestone: kick-off, offsetDays: -7 }')}`,
    `${fiveRoles}  - { id: consultant, name: External consultant }\n${buyIn('{ milestone: kick-off, offsetDays: -7 }', '[line-manager, mentor, mentee, consultant]')}`,
  ),
  'line-manager-after-recruitment': programme(
    `${recruitmentCloses('2026-01-09')}${buyIn('{ milestone: kick-off, offsetDays: -7 }')}`,
    `${recruitmentCloses('2026-01-09')}${buyIn('{ milestone: kick-off, offsetDays: -14 }')}`,
  ),
  'invitation-before-sponsor': programme(
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}${message('invitation', '{ milestone: kick-off, offsetDays: -12 }', 'hr-owner', '[mentee]', 'step: candidate-invitation, ')}`,
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}${message('invitation', '{ milestone: kick-off, offsetDays: -5 }', 'hr-owner', '[mentee]', 'step: candidate-invitation, ')}`,
  ),
  'message-after-milestone': programme(
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}  - { id: late-letter, when: { milestone: kick-off, offsetDays: 3 }, from: sponsor, to: [mentor], channel: letter, purpose: buy-in }\n`,
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}  - { id: late-letter, when: { milestone: kick-off, offsetDays: -3 }, from: sponsor, to: [mentor], channel: letter, purpose: buy-in }\n`,
  ),
  'role-overloaded': programme(
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}${message('agenda', '{ date: 2026-01-13 }', 'hr-owner', '[mentee]')}${message('tools', '{ date: 2026-01-14 }', 'hr-owner', '[mentor, mentee]')}${message('survey', '{ date: 2026-01-16 }', 'hr-owner', '[mentee]')}`,
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}${message('agenda', '{ date: 2026-01-13 }', 'hr-owner', '[mentee]')}${message('tools', '{ date: 2026-01-14 }', 'hr-owner', '[mentor, mentee]')}${message('survey', '{ date: 2026-01-20 }', 'hr-owner', '[mentee]')}`,
  ),
  'unknown-placeholder': programme(
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}    subject: '{programme} starts on {milestone:kikoff}'\n`,
    `${buyIn('{ milestone: kick-off, offsetDays: -7 }')}    subject: '{programme} starts on {milestone:kick-off}'\n`,
  ),
  'time-zone-unknown': programme('metadata:\n  timeZone: Europe/Warsow\n', 'metadata:\n  timeZone: Europe/Warsaw\n'),
  'date-outside-period': programme(milestones('kick-off', '2026-07-10'), milestones('kick-off', '2026-06-26')),
  'date-not-working-day': programme(milestones('kick-off', '2026-06-28'), milestones('kick-off', '2026-06-26')),
  'record-in-future': records('sessions:\n  - { pair: p1, date: 2026-05-11, minutes: 60 }\n', 'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n'),
  'session-outside-pair': records('sessions:\n  - { pair: p1, date: 2026-01-20, minutes: 60, topic: Contracting }\n', 'sessions:\n  - { pair: p1, date: 2026-01-26, minutes: 60, topic: Contracting }\n'),
  'session-duplicate': records(
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  - { pair: p1, date: 2026-02-09, minutes: 60, topic: Copied }\n',
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  - { pair: p1, date: 2026-02-23, minutes: 60 }\n',
  ),
  'record-competency-not-in-plan': records(
    'assessments:\n  - { mentee: e1, competency: pricing, date: 2026-02-16, level: 2, assessor: mentor }\n',
    'assessments:\n  - { mentee: e1, competency: negotiation, date: 2026-02-16, level: 3, assessor: mentor }\n',
  ),
  'record-after-mentee-left': records(
    'assessments:\n  - { mentee: e2, competency: pricing, date: 2026-03-16, level: 3, assessor: mentor }\n',
    'assessments:\n  - { mentee: e2, competency: pricing, date: 2026-02-16, level: 3, assessor: mentor }\n',
  ),
  'rollout-without-pilot': programme('metadata:\n  phase: rollout\n', 'metadata:\n  phase: rollout\n  pilot: { path: pilot-2025, id: demo-pilot }\n'),
  'suppression-missing-reason': recordsFile(
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  # mentor-disable-next-line session-duplicate\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n',
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  # mentor-disable-next-line session-duplicate -- two separate sessions that day, agreed with HR\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n',
  ),
  'suppression-invalid': {
    ...recordsFile(
      'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  # mentor-disable-next-line session-duplicat -- two separate sessions that day\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n',
      'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  # mentor-disable-next-line session-duplicate -- two separate sessions that day\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n',
    ),
    alsoReported: ['session-duplicate'],
  },
  'suppression-unused': recordsFile(
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  # mentor-disable-next-line session-duplicate -- copied from January\n  - { pair: p1, date: 2026-02-23, minutes: 60 }\n',
    'sessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n  - { pair: p1, date: 2026-02-23, minutes: 60 }\n',
  ),
  'decision-path-unknown': programme(decision('process.cadance'), decision('process.cadence')),
  'placeholder-unfilled': programme('metadata:\n  organisation: "(fill in: organisation)"\n', 'metadata:\n  organisation: Demo Ltd\n'),
};

const exampleProgramme = `apiVersion: mentor/v1
kind: Programme
metadata:
  id: demo
  name: Demo programme
  organisation: Demo Ltd
  phase: pilot
  locale: en
  period: { start: 2026-01-05, end: 2026-06-30 }
includes:
  records: [records/]
goals:
  - id: g1
    name: Keep key accounts
${scale('1, 2, 3, 4, 5')}${competencies()}roles:
  - { id: mentee, name: Mentee }
  - { id: mentor, name: Mentor }
  - { id: line-manager, name: Line manager }
  - { id: hr-owner, name: HR owner, staffedBy: [hr1] }
  - { id: sponsor, name: Sponsor, staffedBy: [sp1] }
process:
  milestones:
    - { id: kick-off, name: Kick-off, date: 2026-01-19 }
    - { id: closing, name: Closing, date: 2026-06-26 }
  cadence: { everyWeeks: 2, minutes: 60 }
  learningMix: { experience: 70, social: 20, formal: 10, tolerance: 10 }
preparation:
  modules:
    - { id: role, name: The mentor's role, hours: 4 }
${kpi('metric: gap-closed-share, target: 0.6')}${buyIn('{ milestone: kick-off, offsetDays: -7 }')}people:
  staff:
    - { id: hr1, name: Hanna Reed }
    - { id: sp1, name: Sam Price }
    - { id: lm1, name: Lee Moss }
${mentors(2, '{ negotiation: 5, pricing: 4 }', '2026-01-12').replace('people:\n', '')}${menteeE1('[{ competency: negotiation, baseline: 2, target: 4 }]').replace('people:\n', '')}${pairs('[negotiation]').replace('people:\n', '')}`;

/** The clean programme folder the snippets are laid into (see RuleExample); it validates with no finding. */
export const exampleFolder: Readonly<Record<string, string>> = {
  'programme.yaml': exampleProgramme,
  'pilot-2025/programme.yaml': exampleProgramme.replace('id: demo\n', 'id: demo-pilot\n').replace('includes:\n  records: [records/]\n', ''),
  'records/2026-02.yaml': `apiVersion: mentor/v1\nkind: Records\nprogramme: demo\nsessions:\n  - { pair: p1, date: 2026-02-09, minutes: 60 }\n`,
};

