#!/usr/bin/env node
// An independent, minimal checker of the method rules in docs/rules.md, used to prove that
// generated programmes are clean before (and independently of) `mentor validate`. It is NOT the
// product's validator: it reports rule ids only, and exists for the generator's tests.
//
//   node scripts/bench/check-rules.mjs DIR [--today YYYY-MM-DD]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const BUILT_IN_METRICS = new Set(['average-level-gain', 'gap-closed-share', 'target-reached-share', 'session-adherence', 'learning-mix-deviation', 'satisfaction', 'nps', 'retention']);

function yamlFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** Loads a programme folder (or file) and its includes: { programme, people: [docs], records: [docs], findings }. */
export function loadProgramme(path) {
  const findings = [];
  const file = statSync(path).isDirectory() ? join(path, 'programme.yaml') : path;
  const programme = parse(readFileSync(file, 'utf8'));
  const folder = dirname(file);
  const bundle = { programme, people: [], records: [], pilot: undefined, findings };
  for (const [list, kind] of [['people', 'People'], ['records', 'Records']]) {
    for (const entry of programme.includes?.[list] ?? []) {
      const target = resolve(folder, entry);
      const rel = relative(folder, target);
      if (rel.startsWith('..') || !existsSync(target)) {
        findings.push({ rule: 'include-not-found', where: entry });
        continue;
      }
      const files = statSync(target).isDirectory() ? yamlFiles(target) : [target];
      for (const f of files) {
        const data = parse(readFileSync(f, 'utf8'));
        if (data?.kind === kind) bundle[list].push({ file: relative(folder, f), data });
      }
    }
  }
  const pilot = programme.metadata?.pilot;
  if (pilot) {
    const target = resolve(folder, pilot.path);
    const pf = existsSync(target) && statSync(target).isDirectory() ? join(target, 'programme.yaml') : target;
    const pdata = existsSync(pf) ? parse(readFileSync(pf, 'utf8')) : undefined;
    if (pdata?.kind !== 'Programme' || (pilot.id !== undefined && pdata.metadata?.id !== pilot.id)) findings.push({ rule: 'pilot-not-found', where: pilot.path });
    else bundle.pilot = pdata;
  }
  return bundle;
}

/** Runs the rules on a loaded bundle; returns [{ rule, severity, where }]. */
export function checkRules(bundle, today) {
  const out = [...bundle.findings.map((f) => ({ severity: 'error', ...f }))];
  const err = (rule, where) => out.push({ rule, severity: 'error', where });
  const warn = (rule, where) => out.push({ rule, severity: 'warning', where });
  const P = bundle.programme;
  const pid = P.metadata.id;
  const staff = [...(P.people?.staff ?? [])];
  const mentors = [...(P.people?.mentors ?? [])];
  const mentees = [...(P.people?.mentees ?? [])];
  const pairs = [...(P.people?.pairs ?? [])];
  for (const { file, data } of bundle.people) {
    if (data.programme !== pid) err('programme-mismatch', file);
    staff.push(...(data.staff ?? []));
    mentors.push(...(data.mentors ?? []));
    mentees.push(...(data.mentees ?? []));
    pairs.push(...(data.pairs ?? []));
  }
  const sessions = [], assessments = [], learning = [], surveys = [], kpiValues = [];
  for (const { file, data } of bundle.records) {
    if (data.programme !== pid) err('programme-mismatch', file);
    sessions.push(...(data.sessions ?? []));
    assessments.push(...(data.assessments ?? []));
    learning.push(...(data.learning ?? []));
    surveys.push(...(data.surveys ?? []));
    kpiValues.push(...(data.kpiValues ?? []));
  }

  const index = (list, what) => {
    const m = new Map();
    for (const x of list) {
      if (m.has(x.id)) err('duplicate-id', `${what} ${x.id}`);
      m.set(x.id, x);
    }
    return m;
  };
  const goals = index(P.goals, 'goal');
  const scales = index(P.scales, 'scale');
  const comps = index(P.competencies, 'competency');
  const roles = index(P.roles, 'role');
  index(P.roleMatrix ?? [], 'activity');
  const milestones = index(P.process.milestones, 'milestone');
  const modules = index(P.preparation?.modules ?? [], 'module');
  const kpis = index(P.kpis, 'kpi');
  index(P.communications ?? [], 'communication');
  index(P.addressees?.criteria ?? [], 'criterion');
  index(P.calibration?.decisions ?? [], 'decision');
  const persons = index([...staff, ...mentors, ...mentees], 'person');
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const pairById = index(pairs, 'pair');

  const ref = (map, id, where) => {
    if (id !== undefined && !map.has(id)) err('unknown-reference', `${where} -> ${id}`);
  };
  const levelsOf = new Map();
  for (const s of P.scales) {
    const seen = new Set();
    let prev = -Infinity;
    for (const l of s.levels) {
      if (seen.has(l.level)) err('duplicate-id', `scale ${s.id} level ${l.level}`);
      if (l.level <= prev) err('scale-levels-not-increasing', s.id);
      seen.add(l.level);
      prev = l.level;
    }
    levelsOf.set(s.id, seen);
  }
  const onScale = (compId, level, where) => {
    const c = comps.get(compId);
    const ls = c && levelsOf.get(c.scale);
    if (ls && !ls.has(level)) err('level-outside-scale', where);
  };
  for (const c of P.competencies) {
    ref(scales, c.scale, `competency ${c.id}.scale`);
    ref(goals, c.goal, `competency ${c.id}.goal`);
  }
  for (const g of P.goals) ref(persons, g.sponsor, `goal ${g.id}.sponsor`);
  for (const r of P.roles) for (const p of r.staffedBy ?? []) ref(persons, p, `role ${r.id}.staffedBy`);
  for (const a of P.roleMatrix ?? []) for (const r of [...a.responsible, a.accountable, ...(a.consulted ?? []), ...(a.informed ?? [])]) ref(roles, r, `activity ${a.id}`);
  for (const id of ['hr-owner', 'sponsor']) if (!(roles.get(id)?.staffedBy?.length > 0)) err('role-unstaffed', id);

  const periodStart = P.metadata.period.start;
  const periodEnd = P.metadata.period.end;
  const inPeriod = (d, where) => {
    if (d !== undefined && (d < periodStart || d > periodEnd)) err('date-outside-period', `${where} ${d}`);
  };
  for (const m of P.process.milestones) inPeriod(m.date, `milestone ${m.id}`);
  const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
  const resolved = new Map();
  const daysBetween = (a, b) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
  // Recruitment and announcements may come up to half a year before the period, closing news up to a quarter after it.
  const mayFallOutside = (c, d) =>
    d < periodStart
      ? (['buy-in', 'information'].includes(c.purpose) || ['sponsor-announcement', 'candidate-invitation', 'mentor-preparation'].includes(c.step)) && daysBetween(d, periodStart) <= 183
      : (['information', 'celebration'].includes(c.purpose) || ['closing', 'results-to-sponsor'].includes(c.step)) && daysBetween(periodEnd, d) <= 92;
  for (const c of P.communications ?? []) {
    ref(roles, c.from, `communication ${c.id}.from`);
    for (const r of c.to ?? []) ref(roles, r, `communication ${c.id}.to`);
    let d = c.when.date;
    if (c.when.milestone !== undefined) {
      ref(milestones, c.when.milestone, `communication ${c.id}.when`);
      const m = milestones.get(c.when.milestone);
      if (m) d = addDays(m.date, c.when.offsetDays ?? 0);
    }
    if (d) {
      resolved.set(c.id, d);
      if (!mayFallOutside(c, d)) inPeriod(d, `communication ${c.id}`);
    }
  }
  // The first date of each message only: recurring ones (`every`) add later dates, never earlier.
  const kickOff = milestones.get('kick-off')?.date;
  for (const role of ['line-manager', 'mentor', 'mentee']) {
    const ok = (P.communications ?? []).some((c) => c.purpose === 'buy-in' && (c.to ?? []).includes(role) && kickOff && resolved.get(c.id) < kickOff);
    if (!ok && roles.has(role)) warn('buy-in-missing', role);
  }
  if (kickOff) {
    for (const role of roles.keys()) {
      if (role === 'hr-owner') continue;
      const told = (P.communications ?? []).some((c) => (c.from === role || (c.to ?? []).includes(role)) && resolved.get(c.id) < kickOff);
      if (!told) warn('role-not-informed', role);
    }
  }
  const closes = P.addressees?.recruitment?.closes ?? milestones.get('matching')?.date;
  if (closes && roles.has('line-manager') && !(P.communications ?? []).some((c) => (c.to ?? []).includes('line-manager') && resolved.get(c.id) < closes)) {
    warn('line-manager-after-recruitment', closes);
  }
  const mix = P.process.learningMix;
  if (mix.experience + mix.social + mix.formal !== 100) err('learning-mix-sum', '');
  const tol = mix.tolerance ?? 10;
  if (Math.abs(mix.experience - 70) > tol || Math.abs(mix.social - 20) > tol || Math.abs(mix.formal - 10) > tol) warn('learning-mix-deviation', '');
  for (const k of P.kpis) {
    if (k.target === undefined) err('kpi-missing-target', k.id);
    if (!BUILT_IN_METRICS.has(k.metric) && !k.source) err('kpi-uncomputable', k.id);
    for (const c of k.scope?.competencies ?? []) ref(comps, c, `kpi ${k.id}.scope`);
  }
  if (P.metadata.phase === 'rollout' && !P.metadata.pilot) warn('rollout-without-pilot', '');
  if (bundle.pilot) {
    const pk = new Set((bundle.pilot.kpis ?? []).map((k) => k.id));
    for (const d of P.calibration?.decisions ?? []) for (const k of d.kpis ?? []) if (!pk.has(k)) err('unknown-reference', `decision ${d.id} -> pilot kpi ${k}`);
  }

  // people
  const used = new Set();
  for (const m of mentees) {
    ref(persons, m.lineManager, `mentee ${m.id}.lineManager`);
    let gap = false;
    for (const c of m.competencies) {
      ref(comps, c.competency, `mentee ${m.id}.competencies`);
      onScale(c.competency, c.baseline, `mentee ${m.id} ${c.competency} baseline`);
      onScale(c.competency, c.target, `mentee ${m.id} ${c.competency} target`);
      if (c.target <= c.baseline) err('target-not-above-baseline', `${m.id} ${c.competency}`);
      else gap = true;
      used.add(c.competency);
    }
    if (!gap) err('mentee-without-gap', m.id);
  }
  for (const c of P.competencies) if (!used.has(c.id)) warn('competency-unused', c.id);
  for (const m of mentors) {
    ref(persons, m.lineManager, `mentor ${m.id}.lineManager`);
    for (const [c, l] of Object.entries(m.levels)) {
      ref(comps, c, `mentor ${m.id}.levels`);
      onScale(c, l, `mentor ${m.id} ${c}`);
    }
    for (const p of m.preparation ?? []) ref(modules, p.module, `mentor ${m.id}.preparation`);
  }
  const required = (P.preparation?.modules ?? []).filter((m) => m.required !== false).map((m) => m.id);
  const pairsOf = new Map();
  for (const p of pairs) {
    ref(mentorById, p.mentor, `pair ${p.id}.mentor`);
    ref(menteeById, p.mentee, `pair ${p.id}.mentee`);
    inPeriod(p.start, `pair ${p.id}.start`);
    inPeriod(p.end, `pair ${p.id}.end`);
    const mentor = mentorById.get(p.mentor);
    const mentee = menteeById.get(p.mentee);
    for (const c of p.competencies) {
      ref(comps, c, `pair ${p.id}.competencies`);
      const mc = mentee?.competencies.find((x) => x.competency === c);
      if (mentee && !mc) err('pair-competency-not-in-mentee', `${p.id} ${c}`);
      if (mentor && mc && !(mentor.levels[c] >= mc.target)) err('mentor-below-target', `${p.id} ${c}`);
    }
    if (mentee && mentee.lineManager === p.mentor) err('mentor-is-line-manager', p.id);
    if (mentor) {
      for (const mod of required) {
        const rec = (mentor.preparation ?? []).find((r) => r.module === mod);
        if (!rec || rec.completed >= p.start) err('pair-before-preparation', `${p.id} ${mod}`);
      }
      if (!pairsOf.has(p.mentor)) pairsOf.set(p.mentor, []);
      pairsOf.get(p.mentor).push(p);
    }
  }
  for (const [mid, ps] of pairsOf) {
    const cap = mentorById.get(mid).capacity;
    for (const p of ps) {
      const concurrent = ps.filter((q) => q.start <= p.start && !(q.end !== undefined && q.end < p.start)).length;
      if (concurrent > cap) {
        err('mentor-over-capacity', `${mid} at ${p.start}`);
        break;
      }
    }
  }

  // records
  const rec = (d, where) => {
    inPeriod(d, where);
    if (d > today) err('record-in-future', `${where} ${d}`);
  };
  for (const s of sessions) {
    ref(pairById, s.pair, 'session.pair');
    rec(s.date, `session ${s.pair}`);
  }
  for (const a of assessments) {
    ref(menteeById, a.mentee, 'assessment.mentee');
    ref(comps, a.competency, 'assessment.competency');
    onScale(a.competency, a.level, `assessment ${a.mentee} ${a.competency} ${a.date}`);
    rec(a.date, `assessment ${a.mentee}`);
  }
  for (const l of learning) {
    ref(menteeById, l.mentee, 'learning.mentee');
    ref(comps, l.competency, 'learning.competency');
    rec(l.date, `learning ${l.mentee}`);
  }
  for (const s of surveys) {
    ref(persons, s.respondent, 'survey.respondent');
    rec(s.date, `survey ${s.respondent}`);
  }
  for (const v of kpiValues) {
    ref(kpis, v.kpi, 'kpiValue.kpi');
    rec(v.date, `kpiValue ${v.kpi}`);
  }
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--today');
  const today = ti >= 0 ? args.splice(ti, 2)[1] : new Date().toISOString().slice(0, 10);
  const dir = args[0];
  if (!dir) {
    console.error('usage: node scripts/bench/check-rules.mjs DIR [--today YYYY-MM-DD]');
    process.exit(2);
  }
  const findings = checkRules(loadProgramme(dir), today);
  for (const f of findings.slice(0, 50)) console.log(`${f.severity} ${f.rule}: ${f.where}`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`${errors} errors, ${findings.length - errors} warnings`);
  process.exitCode = findings.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
