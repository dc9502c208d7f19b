#!/usr/bin/env node
// Seeded generator of large, valid mentor programmes for benchmarks and tests (issue 4).
//
//   npm run gen -- --mentees 10000 --output DIR [--seed N] [--force]
//                  [--phase rollout --pilot ../pilot-folder] [--edits SEED]
//
// Writes the split layout a real programme uses: programme.yaml, people/*.yaml (staff, mentors,
// mentees in chunks of 1,000, pairs) and records/YYYY-MM.yaml (one per month of 2025). The same
// seed gives byte-identical files. Every programme satisfies the schema and the method rules
// (docs/rules.md) with no errors and no warnings. Plain ESM, no build step.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------- PRNG and helpers

/** mulberry32: a tiny 32-bit seeded PRNG, good enough for test data and fully deterministic. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    /** Picks from [[value, weight], ...]. */
    weighted: (pairs) => {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let x = next() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
    half: (lo, hi) => (lo * 2 + Math.floor(next() * ((hi - lo) * 2 + 1))) / 2, // a multiple of 0.5
  };
  return r;
}

// Dates are whole days since 1970-01-01 (UTC), formatted once each.
const DAY = 86400000;
const dayOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoCache = new Map();
function iso(day) {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}
const weekday = (day) => (day + 4) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
/** Moves a weekend day to the nearest working day (Saturday back to Friday, Sunday on to Monday). */
function workday(day) {
  const w = weekday(day);
  return w === 6 ? day - 1 : w === 0 ? day + 1 : day;
}
const pad = (n, width) => String(n).padStart(width, '0');

// ---------------------------------------------------------------- a small YAML emitter
// Block style, plain scalars where safe and JSON-style double quotes otherwise (JSON strings are
// valid YAML double-quoted scalars). Much faster than YAML.stringify for the large records files.

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const PLAIN_RE = /^[A-Za-z\u00C0-\u017F][^\n:#"'{}[\]`\\|>]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);

function scalar(v, flow = false) {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot emit ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  const s = String(v);
  if (DATE_RE.test(s)) return s;
  if (PLAIN_RE.test(s) && !/\s$/.test(s) && !RESERVED.has(s.toLowerCase()) && !(flow && /,/.test(s))) return s;
  return JSON.stringify(s);
}
/** Keys may start with a digit (ids like `2fa`), which is still a plain string key unless numeric. */
function key(k) {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(k) && !/^[0-9.+-]+$/.test(k) && !RESERVED.has(k.toLowerCase()) ? k : JSON.stringify(k);
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v) => v === null || typeof v !== 'object';

function emitMap(obj, indent, out) {
  const sp = ' '.repeat(indent);
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length === 0) out.push(`${sp}${key(k)}: []`);
      else if (v.length <= 8 && v.every(isScalar)) out.push(`${sp}${key(k)}: [${v.map((x) => scalar(x, true)).join(', ')}]`);
      else {
        out.push(`${sp}${key(k)}:`);
        emitSeq(v, indent + 2, out);
      }
    } else if (isObject(v)) {
      if (Object.keys(v).length === 0) out.push(`${sp}${key(k)}: {}`);
      else {
        out.push(`${sp}${key(k)}:`);
        emitMap(v, indent + 2, out);
      }
    } else out.push(`${sp}${key(k)}: ${scalar(v)}`);
  }
}

function emitSeq(arr, indent, out) {
  const sp = ' '.repeat(indent);
  for (const item of arr) {
    if (isObject(item) && Object.keys(item).length > 0) {
      const first = out.length;
      emitMap(item, indent + 2, out);
      out[first] = `${sp}- ${out[first].slice(indent + 2)}`;
    } else if (isScalar(item)) out.push(`${sp}- ${scalar(item)}`);
    else throw new Error('nested sequences are not emitted');
  }
}

/** Serialises one document (a plain object) to YAML text, with an optional comment header. */
export function toYaml(doc, comment) {
  const out = [];
  if (comment) for (const line of comment.split('\n')) out.push(`# ${line}`.trimEnd());
  emitMap(doc, 0, out);
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------- built-in vocabularies

const FIRST_F_PL = ['Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Magdalena', 'Joanna', 'Zofia', 'Aleksandra', 'Monika', 'Natalia', 'Dorota', 'Justyna', 'Paulina', 'Łucja', 'Weronika', 'Karolina'];
const FIRST_M_PL = ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Grzegorz', 'Wojciech', 'Mateusz', 'Adam', 'Bartosz', 'Rafał', 'Szymon', 'Kamil', 'Jarosław'];
const FIRST_F_EN = ['Emma', 'Olivia', 'Sophie', 'Charlotte', 'Amelia', 'Grace', 'Emily', 'Hannah', 'Lucy', 'Chloe'];
const FIRST_M_EN = ['James', 'Oliver', 'Harry', 'Jack', 'George', 'Thomas', 'William', 'Daniel', 'Samuel', 'Edward'];
const LAST_PL = ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Nowakowski', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Majewski', 'Olszewski', 'Stępień', 'Malinowski', 'Jaworski', 'Adamczyk', 'Dudek', 'Górski', 'Pietrzak', 'Sikora', 'Walczak', 'Baran', 'Rutkowski', 'Michalak', 'Szewczyk'];
const LAST_EN = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke'];

const ASCII = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const ascii = (s) => s.toLowerCase().replace(/[ąćęłńóśźż]/g, (c) => ASCII[c]);
/** Polish surnames in -ski/-cki/-dzki take -ska/-cka/-dzka for women. */
const feminine = (last) => last.replace(/(sk|ck|dzk)i$/, '$1a');

const GOALS = [
  { id: 'retain-key-accounts', name: 'Retain and grow key accounts', departments: ['Key Account Management', 'Corporate Sales'],
    topics: [['key-account-negotiation', 'Key account negotiation'], ['account-planning', 'Strategic account planning'], ['stakeholder-mapping', 'Stakeholder mapping'], ['value-selling', 'Value-based selling'], ['contract-renewal', 'Contract renewal management']] },
  { id: 'faster-onboarding', name: 'Cut the time to productivity of new engineers', departments: ['Engineering', 'IT Platform'],
    topics: [['system-design', 'System design'], ['code-review', 'Code review practice'], ['incident-response', 'Incident response'], ['cloud-cost', 'Cloud cost management'], ['test-automation', 'Test automation']] },
  { id: 'data-driven-planning', name: 'Move planning decisions onto data', departments: ['Finance', 'Business Intelligence'],
    topics: [['financial-modelling', 'Financial modelling'], ['demand-forecasting', 'Demand forecasting'], ['data-storytelling', 'Data storytelling'], ['sql-analytics', 'SQL analytics'], ['kpi-design', 'KPI design']] },
  { id: 'leadership-bench', name: 'Build a bench of first-line leaders', departments: ['Operations', 'Customer Service'],
    topics: [['giving-feedback', 'Giving feedback'], ['delegation', 'Delegation'], ['coaching-conversations', 'Coaching conversations'], ['conflict-resolution', 'Conflict resolution'], ['shift-planning', 'Shift planning']] },
  { id: 'sme-cross-selling', name: 'Grow cross-selling in the SME segment', departments: ['SME Sales', 'Marketing'],
    topics: [['cross-selling', 'Cross-selling'], ['pricing-discipline', 'Pricing and discount discipline'], ['campaign-design', 'Campaign design'], ['crm-hygiene', 'CRM hygiene'], ['partner-management', 'Partner management']] },
  { id: 'plant-uptime', name: 'Reduce unplanned downtime in the plants', departments: ['Production', 'Maintenance'],
    topics: [['root-cause-analysis', 'Root cause analysis'], ['predictive-maintenance', 'Predictive maintenance'], ['lean-problem-solving', 'Lean problem solving'], ['safety-leadership', 'Safety leadership'], ['spare-parts-planning', 'Spare parts planning']] },
  { id: 'fewer-compliance-incidents', name: 'Fewer compliance incidents', departments: ['Legal', 'Procurement'],
    topics: [['contract-law', 'Contract law in practice'], ['supplier-audit', 'Supplier audit'], ['gdpr-practice', 'GDPR in daily work'], ['anti-corruption', 'Anti-corruption controls'], ['tender-procedures', 'Tender procedures']] },
  { id: 'customer-nps', name: 'Raise customer NPS', departments: ['Customer Success', 'Contact Centre'],
    topics: [['complaint-handling', 'Complaint handling'], ['journey-mapping', 'Customer journey mapping'], ['service-recovery', 'Service recovery'], ['voice-of-customer', 'Voice of the customer'], ['escalation-handling', 'Escalation handling']] },
];
const VARIANTS = [['', ''], ['advanced', ' (advanced)'], ['cee', ' (CEE markets)'], ['digital', ' (digital channels)'], ['b2b', ' (B2B)'], ['emea', ' (EMEA)'], ['lead', ' for team leads'], ['intro', ' (foundations)'], ['global', ' (global accounts)'], ['regulated', ' (regulated sectors)']];

const SCALES = {
  'five-level': {
    id: 'five-level', name: 'Five-level proficiency scale',
    levels: [
      { level: 1, label: 'Novice', descriptor: 'Follows rules and checklists; needs close guidance.' },
      { level: 2, label: 'Advanced beginner', descriptor: 'Handles routine cases alone; asks for help with exceptions.' },
      { level: 3, label: 'Competent', descriptor: 'Plans own work and handles most cases without help.' },
      { level: 4, label: 'Proficient', descriptor: 'Sees the whole situation, prioritises well and advises others.' },
      { level: 5, label: 'Expert', descriptor: 'Acts intuitively in new situations and shapes how others work.' },
    ],
  },
  'technical-6': {
    id: 'technical-6', name: 'Technical depth (0-5)',
    levels: [
      { level: 0, label: 'No exposure', descriptor: 'Has not worked with the area yet.' },
      { level: 1, label: 'Aware', descriptor: 'Knows the vocabulary and where to find help.' },
      { level: 2, label: 'Practitioner', descriptor: 'Delivers standard tasks with reviews.' },
      { level: 3, label: 'Independent', descriptor: 'Delivers non-standard tasks without reviews.' },
      { level: 4, label: 'Lead', descriptor: 'Designs solutions and reviews the work of others.' },
      { level: 5, label: 'Authority', descriptor: 'Sets the standard for the organisation.' },
    ],
  },
  'poziomy-4': {
    id: 'poziomy-4', name: 'Skala czteropoziomowa',
    levels: [
      { level: 1, label: 'Podstawowy', descriptor: 'Zna zasady i wykonuje zadania pod nadzorem.' },
      { level: 2, label: 'Samodzielny', descriptor: 'Samodzielnie wykonuje typowe zadania.' },
      { level: 3, label: 'Zaawansowany', descriptor: 'Radzi sobie z nietypowymi sytuacjami i wspiera innych.' },
      { level: 4, label: 'Ekspert', descriptor: 'Wyznacza standardy i uczy innych.' },
    ],
  },
};
const GOAL_SCALE = ['five-level', 'technical-6', 'poziomy-4', 'five-level', 'poziomy-4', 'technical-6', 'five-level', 'five-level'];

const MENTEE_TITLES = ['Specialist', 'Junior Specialist', 'Analyst', 'Engineer', 'Account Manager', 'Coordinator', 'Team Member', 'Consultant'];
const MENTOR_TITLES = ['Senior Specialist', 'Principal Engineer', 'Team Leader', 'Senior Account Manager', 'Expert', 'Manager', 'Senior Consultant'];
const TOPICS = ['Goal setting and development contract', 'Preparing a difficult negotiation', 'Review of a stretch task', 'Feedback on a recorded call', 'Shadowing debrief', 'Planning the next quarter', 'Handling an escalation', 'Mid-point reflection', 'Case study walkthrough', 'Networking plan'];
const EXPERIENCE = ['Led a client meeting', 'Stretch task: owned a project workstream', 'Prepared an account plan', 'Ran a root cause analysis', 'Built a forecast model', 'Handled an escalation end to end', 'Presented to the management board'];
const SOCIAL = ['Shadowed a senior colleague', 'Peer review session', 'Community of practice meetup', 'Feedback from the line manager'];
const FORMAL = ['E-learning module', 'Two-day workshop', 'Book: Getting to Yes', 'Internal academy course', 'Webinar'];
const COMMENTS = ['Very useful, my mentor is great.', 'Sesje pomagają mi planować pracę.', 'Would like more time for sessions.', 'Świetny program, polecam.', 'Hard to find time in the quarter end.', 'Mentor daje konkretny feedback.'];

// ---------------------------------------------------------------- the programme

const PERIOD = { start: '2025-01-06', end: '2025-12-31' };
const MILESTONES = [
  { id: 'kick-off', name: 'Kick-off meeting', date: '2025-01-20' },
  { id: 'matching', name: 'Matching of pairs', date: '2025-01-27' },
  { id: 'mid-point-review', name: 'Mid-point review', date: '2025-06-30' },
  { id: 'closing', name: 'Closing and celebration', date: '2025-12-15' },
];
const QUARTER_ASSESSMENTS = ['2025-03-24', '2025-06-23', '2025-09-22', '2025-12-08']; // + 0..4 days
const KPI_VALUE_DATES = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'];
const MODULES = [
  { id: 'mentor-role', name: "The mentor's role", hours: 4 },
  { id: 'feedback', name: 'Giving developmental feedback', hours: 6 },
  { id: 'contracting', name: 'Contracting with the mentee', hours: 3 },
  { id: 'ethics', name: 'Ethics and confidentiality', hours: 2 },
  { id: 'coaching-tools', name: 'Coaching tools (optional)', hours: 8, required: false },
];

/** 20 competencies at 100 mentees, ~60 at 1,000, 200 at 10,000 (20 * sqrt(n/100)), never more than mentees. */
export function competencyCount(n) {
  return Math.max(1, Math.min(200, n, Math.round(20 * Math.sqrt(n / 100))));
}

/**
 * Builds the documents of one programme. Returns [{ path, doc, comment }] in write order.
 * @param {{ mentees: number, seed?: number, phase?: 'pilot'|'rollout', pilot?: { path: string, id: string } }} opts
 */
export function buildProgramme(opts) {
  const n = opts.mentees;
  const seed = opts.seed ?? 1;
  const phase = opts.phase ?? 'pilot';
  if (!Number.isInteger(n) || n < 1 || n > 999999) throw new Error('--mentees must be a whole number from 1 to 999999');
  const rnd = makeRandom(seed);
  const progId = `nordlys-growth-2025-${phase}`;
  const width = Math.max(5, String(n).length);
  const emails = new Map();

  function person(idPrefix, id) {
    const female = rnd.chance(0.5);
    const polish = rnd.chance(0.75);
    const first = rnd.pick(female ? (polish ? FIRST_F_PL : FIRST_F_EN) : polish ? FIRST_M_PL : FIRST_M_EN);
    let last = rnd.pick(rnd.chance(polish ? 0.9 : 0.3) ? LAST_PL : LAST_EN);
    if (female) last = feminine(last);
    const local = `${ascii(first)}.${ascii(last)}`;
    const seen = emails.get(local) ?? 0;
    emails.set(local, seen + 1);
    return { id, name: `${first} ${last}`, email: `${local}${seen ? seen + 1 : ''}@nordlys.example` };
  }

  // ---- frame: goals, scales, competencies
  const k = competencyCount(n);
  const goalCount = Math.min(GOALS.length, k, Math.max(3, Math.ceil(k / 8))); // 3 goals for small programmes, 8 from ~60 competencies
  const sponsors = [];
  for (let i = 1; i <= Math.min(3, goalCount); i++) sponsors.push({ ...person('sp', `sp-${pad(i, 2)}`), title: ['Chief Commercial Officer', 'Chief Operating Officer', 'Chief Financial Officer'][i - 1], department: 'Management Board' });
  const goals = GOALS.slice(0, goalCount).map((g, i) => ({ id: g.id, name: g.name, description: `Owned by the management board; reviewed every quarter.`, sponsor: sponsors[i % sponsors.length].id }));
  const competencies = [];
  const compsOfGoal = goals.map(() => []);
  for (let i = 0; i < k; i++) {
    const gi = Math.floor((i * goalCount) / k);
    const j = compsOfGoal[gi].length;
    const [slug, title] = GOALS[gi].topics[j % 5];
    const [vSlug, vTitle] = VARIANTS[Math.floor(j / 5) % VARIANTS.length];
    const scale = SCALES[GOAL_SCALE[gi]];
    const top = scale.levels[scale.levels.length - 1].level;
    const total = rnd.int(12, 60);
    const c = {
      id: vSlug ? `${slug}-${vSlug}` : slug,
      name: `${title}${vTitle}`,
      importance: j % 5 < 2 || rnd.chance(0.3) ? 'strategic' : 'tactical',
      scale: scale.id,
      goal: goals[gi].id,
      defaultTarget: top - 1,
      whyVacant: `${rnd.int(1, Math.max(1, Math.floor(total / 6)))} of ${total} people in the role family at level ${top - 1}+`,
    };
    competencies.push(c);
    compsOfGoal[gi].push(i);
  }
  const usedScales = [...new Set(competencies.map((c) => c.scale))];
  const scaleOf = (ci) => SCALES[competencies[ci].scale];
  const lo = (ci) => scaleOf(ci).levels[0].level;
  const hi = (ci) => scaleOf(ci).levels[scaleOf(ci).levels.length - 1].level;

  // ---- mentees: the primary competency runs over all competencies in contiguous blocks, so every
  // competency is used and the four mentees of one mentor mostly share it.
  const mentees = [];
  const menteeInfo = []; // parallel: { goal, comps: [{ ci, baseline, target }], pace }
  for (let i = 0; i < n; i++) {
    const primary = Math.floor((i * k) / n);
    const gi = Math.floor((primary * goalCount) / k);
    const pool = compsOfGoal[gi].filter((ci) => ci !== primary);
    const extra = Math.min(pool.length, rnd.weighted([[0, 30], [1, 45], [2, 25]]));
    const chosen = [primary];
    while (chosen.length < extra + 1) {
      const ci = rnd.pick(pool);
      if (!chosen.includes(ci)) chosen.push(ci);
    }
    const comps = chosen.map((ci, idx) => {
      const min = lo(ci);
      const max = hi(ci);
      const gap = idx === 0 ? (max - min >= 3 && rnd.chance(0.2) ? 3 : Math.min(2, max - min)) : rnd.int(1, Math.min(2, max - min));
      const baseline = rnd.int(min, Math.min(max - gap, min + 2));
      return { ci, baseline, target: baseline + gap };
    });
    const p = person('me', `me-${pad(i + 1, width)}`);
    const dept = rnd.pick(GOALS[gi].departments);
    mentees.push({
      ...p,
      title: rnd.pick(MENTEE_TITLES),
      department: dept,
      lineManager: '', // filled below
      hired: iso(dayOf('2008-01-01') + rnd.int(0, dayOf('2023-12-31') - dayOf('2008-01-01'))),
      competencies: comps.map((c) => ({ competency: competencies[c.ci].id, baseline: c.baseline, target: c.target })),
    });
    menteeInfo.push({ dept, comps, pace: 0.55 + rnd.next() * 0.6 });
  }

  // ---- staff: HR, sponsor(s), consultant, department heads, line managers (about 1 per 8 mentees)
  const staff = [];
  staff.push({ ...person('hr', 'hr-01'), title: 'HR Business Partner, programme owner', department: 'Human Resources' });
  staff.push({ ...person('hr', 'hr-02'), title: 'L&D Specialist', department: 'Human Resources' });
  staff.push(...sponsors);
  staff.push({ ...person('cons', 'cons-01'), title: 'Mentoring consultant', department: 'External' });
  const byDept = new Map();
  mentees.forEach((m, i) => {
    if (!byDept.has(m.department)) byDept.set(m.department, []);
    byDept.get(m.department).push(i);
  });
  const depts = [...byDept.keys()].sort();
  const heads = new Map();
  depts.forEach((d, i) => {
    const h = { ...person('hd', `hd-${pad(i + 1, 2)}`), title: `Head of ${d}`, department: d };
    staff.push(h);
    heads.set(d, h.id);
  });
  let lmNo = 0;
  const lmWidth = Math.max(4, String(Math.ceil(n / 8) + depts.length).length);
  for (const d of depts) {
    const members = byDept.get(d);
    const lms = [];
    for (let j = 0; j < Math.ceil(members.length / 8); j++) {
      const lm = { ...person('lm', `lm-${pad(++lmNo, lmWidth)}`), title: 'Team Manager', department: d };
      staff.push(lm);
      lms.push(lm.id);
    }
    for (const mi of members) mentees[mi].lineManager = rnd.pick(lms);
  }

  // ---- mentors: one per four consecutive mentees, capacity 4-5, at or above every target they mentor
  const mentorCount = Math.ceil(n / 4);
  const mWidth = Math.max(4, String(mentorCount).length);
  const matchingDay = dayOf('2025-01-27');
  const mentors = [];
  const pairs = [];
  const pairInfo = [];
  for (let j = 0; j < mentorCount; j++) {
    const group = [];
    for (let i = 4 * j; i < Math.min(n, 4 * j + 4); i++) group.push(i);
    const levels = {};
    for (const i of group) {
      for (const c of menteeInfo[i].comps) {
        const id = competencies[c.ci].id;
        const want = Math.max(c.target, hi(c.ci) - (rnd.chance(0.4) ? 1 : 0));
        levels[id] = Math.max(levels[id] ?? 0, want);
      }
    }
    // A few competencies they know but do not mentor in, for realism.
    for (let e = rnd.int(0, 2); e > 0; e--) {
      const ci = rnd.int(0, k - 1);
      const id = competencies[ci].id;
      if (levels[id] === undefined) levels[id] = rnd.int(lo(ci), hi(ci));
    }
    const firstStart = matchingDay + rnd.int(0, 11);
    const preparation = [];
    for (const mod of MODULES) {
      if (mod.required === false) {
        if (rnd.chance(0.4)) preparation.push({ module: mod.id, completed: iso(workday(dayOf('2025-02-10') + rnd.int(0, 100))) });
      } else {
        preparation.push({ module: mod.id, completed: iso(workday(dayOf('2024-11-04') + rnd.int(0, 70))) }); // by 2025-01-13
      }
    }
    const dept = mentees[group[0]].department;
    const p = person('mt', `mt-${pad(j + 1, mWidth)}`);
    mentors.push({
      ...p,
      title: rnd.pick(MENTOR_TITLES),
      department: dept,
      lineManager: heads.get(dept),
      capacity: rnd.chance(0.5) ? 4 : 5,
      levels,
      preparation,
    });
    for (const i of group) {
      const info = menteeInfo[i];
      const start = workday(firstStart + rnd.int(0, 4));
      const end = rnd.chance(0.02) ? workday(dayOf('2025-05-02') + rnd.int(0, 180)) : undefined;
      const pairComps = rnd.chance(0.25) ? [info.comps[0]] : info.comps;
      pairs.push({
        id: `pr-${pad(i + 1, width)}`,
        mentor: p.id,
        mentee: mentees[i].id,
        competencies: pairComps.map((c) => competencies[c.ci].id),
        start: iso(start),
        ...(end !== undefined ? { end: iso(end) } : {}),
      });
      pairInfo.push({ mentee: i, mentor: j, start, end });
      info.start = start;
      info.end = end;
      info.mentor = j;
    }
  }

  // ---- the programme document
  const strategic = competencies.filter((c) => c.importance === 'strategic').slice(0, 3).map((c) => c.id);
  const programme = {
    apiVersion: 'mentor/v1',
    kind: 'Programme',
    metadata: {
      id: progId,
      name: `Nordlys Growth Mentoring 2025${phase === 'rollout' ? '' : ' (pilot)'}`,
      organisation: 'Nordlys Polska sp. z o.o.',
      phase,
      locale: 'pl',
      period: { ...PERIOD },
      ...(opts.pilot ? { pilot: { path: opts.pilot.path, id: opts.pilot.id } } : {}),
      owner: 'HR Development team with an external consultancy',
      description: `Generated benchmark programme: ${n} mentees, ${mentorCount} mentors, ${k} competencies (seed ${seed}).`,
    },
    includes: { people: ['people/'], records: ['records/'] },
    goals,
    scales: usedScales.map((id) => SCALES[id]),
    competencies,
    addressees: {
      criteria: [
        { id: 'gap-2', description: 'A gap of at least 2 levels in one programme competency', minGap: 2 },
        { id: 'tenure-12m', description: 'At least 12 months in the organisation' },
        { id: 'manager-consent', description: 'Nominated or approved by the line manager' },
      ],
      rules: ['A session every two weeks for the whole year', 'What is said in a session stays in the pair', 'Either side may end the pair through the HR owner'],
      recruitment: { method: 'mixed', description: 'Line managers nominate, employees may also apply; HR checks the criteria.', closes: '2024-12-13' },
      size: n,
    },
    roles: [
      { id: 'mentee', name: 'Mentee', responsibilities: ['Owns the development plan', 'Prepares each session', 'Logs learning activities'] },
      { id: 'mentor', name: 'Mentor', responsibilities: ['Holds sessions every two weeks', 'Assesses progress every quarter'] },
      { id: 'hr-owner', name: 'HR process owner', responsibilities: ['Runs the process', 'Reports to the sponsor'], staffedBy: ['hr-01', 'hr-02'] },
      { id: 'line-manager', name: 'Line manager', responsibilities: ['Gives stretch tasks', 'Joins the quarterly assessment'] },
      { id: 'sponsor', name: 'Sponsor', responsibilities: ['Owns the business goals', 'Decides on the rollout'], staffedBy: [sponsors[0].id] },
      { id: 'consultant', name: 'Consultant', responsibilities: ['Prepares mentors', 'Calibrates the process'], staffedBy: ['cons-01'] },
    ],
    roleMatrix: [
      { id: 'set-development-goals', name: 'Set development goals', responsible: ['mentee'], accountable: 'mentor', consulted: ['line-manager'], informed: ['hr-owner'] },
      { id: 'match-pairs', name: 'Match pairs', responsible: ['hr-owner'], accountable: 'hr-owner', consulted: ['line-manager', 'consultant'], informed: ['mentor', 'mentee'] },
      { id: 'prepare-mentors', name: 'Prepare mentors', responsible: ['consultant'], accountable: 'hr-owner', informed: ['sponsor'] },
      { id: 'hold-sessions', name: 'Hold sessions', responsible: ['mentor', 'mentee'], accountable: 'mentor', informed: ['hr-owner'] },
      { id: 'assess-progress', name: 'Assess progress', responsible: ['mentor'], accountable: 'hr-owner', consulted: ['line-manager', 'mentee'], informed: ['sponsor'] },
      { id: 'report', name: 'Report to the sponsor', responsible: ['hr-owner'], accountable: 'hr-owner', informed: ['sponsor', 'line-manager'] },
      { id: 'escalate', name: 'Escalate problems', responsible: ['mentor', 'mentee'], accountable: 'hr-owner', consulted: ['line-manager'], informed: ['sponsor'] },
    ],
    process: {
      durationWeeks: 48,
      milestones: MILESTONES.map((m) => ({ ...m })),
      cadence: { everyWeeks: 2, minutes: 60 },
      learningMix: { experience: 70, social: 20, formal: 10, tolerance: 10 },
    },
    preparation: { modules: MODULES.map((m) => ({ ...m })) },
    kpis: [
      { id: 'satisfaction', name: 'Participant satisfaction', level: 1, metric: 'satisfaction', target: 4.2, unit: 'pts', direction: 'higher' },
      { id: 'nps', name: 'Net Promoter Score of the programme', level: 1, metric: 'nps', target: 30, direction: 'higher' },
      { id: 'gap-closed', name: 'Share of the competency gap closed', level: 2, metric: 'gap-closed-share', target: 0.6, direction: 'higher' },
      { id: 'target-reached', name: 'Mentees who reached their target', level: 2, metric: 'target-reached-share', target: 0.5, direction: 'higher' },
      { id: 'level-gain', name: 'Average level gain', level: 2, metric: 'average-level-gain', target: 1.2, unit: 'levels', direction: 'higher' },
      { id: 'session-adherence', name: 'Sessions held against the cadence', level: 3, metric: 'session-adherence', target: 0.85, direction: 'higher' },
      { id: 'mix-deviation', name: 'Deviation from 70:20:10', level: 3, metric: 'learning-mix-deviation', target: 10, unit: 'pp', direction: 'lower' },
      { id: 'retention', name: 'Mentees still employed at the end', level: 4, metric: 'retention', target: 0.95, direction: 'higher' },
      { id: 'key-account-revenue', name: 'Revenue retained in key accounts', level: 4, metric: 'key-account-revenue-retention', target: 0.92, baseline: 0.87, unit: 'share', direction: 'higher', scope: { competencies: strategic }, source: 'CRM quarterly export' },
      { id: 'time-to-productivity', name: 'Weeks to productivity of new hires', level: 4, metric: 'weeks-to-productivity', target: 10, baseline: 14, unit: 'weeks', direction: 'lower', source: 'HRIS onboarding report' },
    ],
    communications: [
      { id: 'nominations-letter', step: 'sponsor-announcement', when: { date: '2024-11-15' }, from: 'sponsor', to: ['line-manager'], channel: 'email', purpose: 'buy-in', subject: 'Nominations for {programme} by {recruitment-closes}' },
      { id: 'brief-sponsor', when: { milestone: 'kick-off', offsetDays: -12 }, from: 'hr-owner', to: ['sponsor', 'consultant'], channel: 'meeting', purpose: 'buy-in', subject: 'Programme frame and KPIs for approval' },
      { id: 'buy-in-line-managers', when: { milestone: 'kick-off', offsetDays: -10 }, from: 'sponsor', to: ['line-manager'], channel: 'meeting', purpose: 'buy-in', subject: 'Why we mentor, and what we need from you', text: 'The programme transfers competencies the business needs; your stretch tasks make it work.' },
      { id: 'buy-in-mentors', when: { milestone: 'kick-off', offsetDays: -7 }, from: 'hr-owner', to: ['mentor'], channel: 'email', purpose: 'buy-in', subject: 'Thank you for mentoring' },
      { id: 'buy-in-mentees', when: { milestone: 'kick-off', offsetDays: -5 }, from: 'hr-owner', to: ['mentee', 'line-manager'], channel: 'email', purpose: 'buy-in', subject: 'You drive your development' },
      { id: 'kick-off-invite', when: { milestone: 'kick-off', offsetDays: -3 }, from: 'sponsor', to: ['mentee', 'mentor', 'line-manager', 'hr-owner'], channel: 'email', purpose: 'information', subject: 'Kick-off agenda' },
      { id: 'pairs-announced', when: { milestone: 'matching' }, from: 'hr-owner', to: ['mentor', 'mentee'], channel: 'email', purpose: 'information', subject: 'Your mentoring pair' },
      { id: 'monthly-reminder', when: { date: '2025-03-03' }, every: { weeks: 4, until: { milestone: 'closing', offsetDays: -14 } }, from: 'hr-owner', to: ['mentor', 'mentee'], channel: 'chat', purpose: 'reminder', subject: 'Log your sessions and learning' },
      { id: 'mid-point-reminder', when: { milestone: 'mid-point-review', offsetDays: -7 }, from: 'hr-owner', to: ['mentor', 'mentee'], channel: 'email', purpose: 'reminder', subject: 'Mid-point assessment next week' },
      { id: 'mid-point-report', when: { milestone: 'mid-point-review', offsetDays: 14 }, from: 'hr-owner', to: ['sponsor', 'line-manager'], channel: 'intranet', purpose: 'information', subject: 'Mid-point results' },
      { id: 'closing-celebration', when: { milestone: 'closing' }, from: 'sponsor', to: ['mentee', 'mentor', 'line-manager', 'hr-owner'], channel: 'meeting', purpose: 'celebration', subject: 'Closing ceremony' },
    ],
  };
  if (phase === 'rollout') {
    programme.calibration = {
      decisions: [
        { id: 'more-experience', summary: 'Line managers plan one stretch task per month', rationale: 'The pilot learning mix leaned on formal learning', kpis: ['mix-deviation'], date: '2024-12-02' },
        { id: 'quarterly-assessments', summary: 'Assess every quarter with the line manager', rationale: 'Pilot progress was hard to see between the baseline and the end', kpis: ['gap-closed', 'level-gain'], date: '2024-12-02' },
      ],
    };
  }

  // ---- records, bucketed by month
  const months = Array.from({ length: 12 }, () => ({ sessions: [], assessments: [], learning: [], surveys: [], kpiValues: [] }));
  const monthOf = (day) => Number(iso(day).slice(5, 7)) - 1;
  const endDay = dayOf(PERIOD.end);
  const lastSessionDay = dayOf('2025-12-19');
  for (let p = 0; p < pairs.length; p++) {
    const { start, end } = pairInfo[p];
    const stop = Math.min(end ?? lastSessionDay, lastSessionDay);
    for (let d = start, s = 0; d <= stop; d = start + 14 * ++s) {
      if (s > 0 && rnd.chance(0.06)) continue; // missed
      const day = s === 0 ? d : workday(d + rnd.int(-2, 2));
      if (day > stop) break;
      const session = { pair: pairs[p].id, date: iso(day), minutes: rnd.weighted([[60, 60], [45, 15], [75, 10], [90, 15]]) };
      if (rnd.chance(0.06)) session.topic = rnd.pick(TOPICS);
      months[monthOf(day)].sessions.push(session);
    }
  }
  for (let i = 0; i < n; i++) {
    const info = menteeInfo[i];
    const id = mentees[i].id;
    const leaves = info.end ?? endDay + 1;
    QUARTER_ASSESSMENTS.forEach((q, qi) => {
      const day = dayOf(q) + rnd.int(0, 4);
      if (day <= info.start || day >= leaves) return;
      for (const c of info.comps) {
        const progress = Math.min(1.15, (info.pace * (qi + 1)) / 4);
        const level = Math.min(hi(c.ci), c.baseline + Math.floor((c.target - c.baseline) * progress + rnd.next() * 0.5));
        months[monthOf(day)].assessments.push({ mentee: id, competency: competencies[c.ci].id, date: iso(day), level, assessor: rnd.weighted([['mentor', 70], ['line-manager', 20], ['mentee', 10]]) });
      }
    });
    for (let m = 0; m < 12; m++) {
      const first = dayOf(`2025-${pad(m + 1, 2)}-01`);
      const last = m === 11 ? dayOf('2025-12-19') : dayOf(`2025-${pad(m + 2, 2)}-01`) - 1;
      const plan = [['experience', 0.45, 6, 24, EXPERIENCE], ['social', 0.25, 2, 8, SOCIAL], ['formal', 0.1, 2, 8, FORMAL]];
      for (const [type, p, h0, h1, texts] of plan) {
        if (!rnd.chance(p)) continue;
        const day = workday(Math.max(first, dayOf(PERIOD.start)) + rnd.int(0, last - Math.max(first, dayOf(PERIOD.start))));
        if (day >= leaves || day < dayOf(PERIOD.start) || day > endDay) continue;
        const act = { mentee: id, date: iso(day), type, hours: rnd.half(h0, h1) };
        if (rnd.chance(0.35)) act.competency = competencies[rnd.pick(info.comps).ci].id;
        if (rnd.chance(0.1)) act.description = rnd.pick(texts);
        months[monthOf(day)].learning.push(act);
      }
    }
  }
  for (const [survey, from] of [['mid-point', '2025-07-01'], ['closing', '2025-12-15']]) {
    const base = dayOf(from);
    const respondents = [];
    for (let i = 0; i < n; i++) if ((menteeInfo[i].end ?? endDay + 1) > base + 10) respondents.push([mentees[i].id, 0.9]);
    for (const m of mentors) respondents.push([m.id, 0.8]);
    for (const [who, p] of respondents) {
      if (!rnd.chance(p)) continue;
      const day = workday(base + rnd.int(0, 9));
      const a = { survey, date: iso(day), respondent: who, satisfaction: rnd.weighted([[5, 45], [4, 35], [3, 14], [2, 5], [1, 1]]), nps: rnd.weighted([[10, 25], [9, 25], [8, 20], [7, 12], [6, 8], [5, 5], [3, 5]]) };
      if (rnd.chance(0.08)) a.comment = rnd.pick(COMMENTS);
      months[monthOf(day)].surveys.push(a);
    }
  }
  KPI_VALUE_DATES.forEach((d, qi) => {
    months[monthOf(dayOf(d))].kpiValues.push(
      { kpi: 'key-account-revenue', date: d, value: Math.round((0.87 + 0.015 * (qi + 1) + rnd.next() * 0.01) * 1000) / 1000, note: 'CRM quarterly export' },
      { kpi: 'time-to-productivity', date: d, value: 14 - qi - rnd.int(0, 1), note: 'HRIS onboarding report' },
    );
  });

  // ---- documents in write order
  const header = (what) => `${what} of ${progId}. Generated by scripts/gen-programme.mjs (seed ${seed}, ${n} mentees).`;
  const docs = [{ path: 'programme.yaml', doc: programme, comment: header('Programme frame') }];
  const people = (extra) => ({ apiVersion: 'mentor/v1', kind: 'People', programme: progId, ...extra });
  docs.push({ path: 'people/staff.yaml', doc: people({ staff }), comment: header('Staff (HR, sponsors, line managers)') });
  docs.push({ path: 'people/mentors.yaml', doc: people({ mentors }), comment: header('Mentors') });
  const chunk = 1000;
  const chunks = Math.ceil(n / chunk);
  for (let c = 0; c < chunks; c++) {
    docs.push({ path: `people/mentees-${pad(c + 1, 3)}.yaml`, doc: people({ mentees: mentees.slice(c * chunk, (c + 1) * chunk) }), comment: header(`Mentees ${c * chunk + 1}-${Math.min(n, (c + 1) * chunk)}`) });
  }
  docs.push({ path: 'people/pairs.yaml', doc: people({ pairs }), comment: header('Pairs') });
  const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0); // Array.prototype.sort is stable
  months.forEach((m, i) => {
    const body = { apiVersion: 'mentor/v1', kind: 'Records', programme: progId };
    for (const list of ['sessions', 'assessments', 'learning', 'surveys', 'kpiValues']) if (m[list].length) body[list] = m[list].sort(byDate);
    docs.push({ path: `records/2025-${pad(i + 1, 2)}.yaml`, doc: body, comment: header(`Records for 2025-${pad(i + 1, 2)}`) });
  });
  return docs;
}

/**
 * Seeded edits that keep a programme valid: what a calibration might change (the cadence, some KPI
 * targets, competency evidence, one message dropped), and a few people (titles changed, mentees
 * added). `mentor diff` is benchmarked on a programme against itself with these edits. Changes the
 * documents in place; the decisions of a rollout name what the edits change.
 */
export function editProgramme(docs, seed) {
  const rnd = makeRandom(seed);
  const programme = docs[0].doc;
  programme.process.cadence.everyWeeks = programme.process.cadence.everyWeeks === 3 ? 2 : 3;
  const round = (x) => Math.round(x * 1000) / 1000;
  // Shares stay shares: +0.05 up to 1; other targets by a tenth.
  for (const kpi of programme.kpis) if (kpi.target !== undefined && rnd.chance(0.5)) kpi.target = kpi.target <= 1 ? Math.min(1, round(kpi.target + 0.05)) : round(kpi.target * 1.1);
  for (const c of programme.competencies) if (rnd.chance(0.1)) c.whyVacant = `${c.whyVacant ?? ''} Re-measured after the pilot.`.trim();
  programme.communications.pop();
  for (const d of programme.calibration?.decisions ?? []) d.changes = ['process.cadence', 'kpis', 'competencies', 'communications'];
  for (const { doc } of docs) {
    if (!Array.isArray(doc.mentees)) continue;
    const added = [];
    for (const mentee of doc.mentees) {
      if (rnd.chance(0.02)) mentee.title = `${mentee.title ?? 'Specialist'} (senior)`;
      if (rnd.chance(0.01)) {
        const copy = { ...mentee, id: `${mentee.id}-b` };
        delete copy.email; // e-mails are unique in a programme
        added.push(copy);
      }
    }
    doc.mentees.push(...added);
  }
  return docs;
}

/**
 * Generates a programme into `output` and returns { files, bytes, paths, documents } (documents: the
 * plain objects written, equal to what YAML.parse reads back).
 * Refuses a non-empty folder unless `force`, which replaces programme.yaml, people/ and records/ only.
 */
export function generateProgramme({ mentees, seed = 1, output, force = false, phase, pilot, edits }) {
  const out = resolve(output);
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!force) throw new Error(`${output} is not empty (use --force to replace a generated programme)`);
    for (const p of ['programme.yaml', 'people', 'records']) rmSync(join(out, p), { recursive: true, force: true });
  }
  let pilotLink;
  if (pilot) {
    let id = pilot.id;
    if (!id) {
      const target = resolve(out, pilot.path);
      const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'programme.yaml') : target;
      const m = /^\s+id:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8'));
      if (!m) throw new Error(`cannot read metadata.id from ${file}`);
      id = m[1];
    }
    pilotLink = { path: pilot.path, id };
  }
  const docs = buildProgramme({ mentees, seed, phase: phase ?? (pilot ? 'rollout' : 'pilot'), pilot: pilotLink });
  if (edits !== undefined) editProgramme(docs, edits);
  mkdirSync(join(out, 'people'), { recursive: true });
  mkdirSync(join(out, 'records'), { recursive: true });
  let bytes = 0;
  for (const d of docs) {
    const text = toYaml(d.doc, d.comment);
    writeFileSync(join(out, d.path), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: docs.length, bytes, paths: docs.map((d) => d.path), documents: docs.map((d) => d.doc) };
}

// ---------------------------------------------------------------- command line

function usage() {
  return 'usage: node scripts/gen-programme.mjs --mentees N --output DIR [--seed N] [--force] [--phase pilot|rollout] [--pilot PATH [--pilot-id ID]] [--edits SEED]';
}

function parseArgs(argv) {
  const o = { seed: 1, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    const int = (v) => {
      if (!/^\d+$/.test(v)) throw new Error(`${flag} must be a whole number, got ${v}`);
      return Number(v);
    };
    switch (flag) {
      case '--mentees': case '-n': o.mentees = int(value()); break;
      case '--output': case '-o': o.output = value(); break;
      case '--seed': o.seed = int(value()); break;
      case '--force': o.force = true; break;
      case '--phase': o.phase = value(); break;
      case '--pilot': o.pilotPath = value(); break;
      case '--pilot-id': o.pilotId = value(); break;
      case '--edits': o.edits = int(value()); break;
      case '--help': case '-h': o.help = true; break;
      default: throw new Error(`unknown option ${a}`);
    }
  }
  return o;
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`gen-programme: ${e.message}\n${usage()}`);
    process.exit(2);
  }
  if (o.help) {
    console.log(usage());
    return;
  }
  if (o.mentees === undefined || !o.output) {
    console.error(`gen-programme: --mentees and --output are required\n${usage()}`);
    process.exit(2);
  }
  if (o.phase && !['pilot', 'rollout'].includes(o.phase)) {
    console.error('gen-programme: --phase must be pilot or rollout');
    process.exit(2);
  }
  const t0 = performance.now();
  try {
    const r = generateProgramme({ mentees: o.mentees, seed: o.seed, output: o.output, force: o.force, phase: o.phase, pilot: o.pilotPath ? { path: o.pilotPath, id: o.pilotId } : undefined, edits: o.edits });
    const ms = performance.now() - t0;
    console.error(`gen-programme: ${o.mentees} mentees (seed ${o.seed}) -> ${o.output}: ${r.files} files, ${(r.bytes / 1048576).toFixed(2)} MB in ${(ms / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`gen-programme: ${e.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
