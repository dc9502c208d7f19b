#!/usr/bin/env python3
"""An independent hand computation of the bundled examples' KPIs (not run by the tests).

It reads the YAML with PyYAML and applies the definitions of docs/report.md in the plainest way,
sharing no code with mentor. The literal numbers in test/report/kpis-examples.test.ts come from
its output:  python3 test/report/hand/kpis.py examples/expert-transfer 2026-11-30
"""
import collections, datetime as dt, glob, sys
import yaml

root, as_of = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
D = lambda x: x if isinstance(x, dt.date) else dt.date.fromisoformat(x)
prog = yaml.safe_load(open(f'{root}/programme.yaml'))
people = collections.defaultdict(list)
for f in sorted(glob.glob(f'{root}/people*.yaml') + glob.glob(f'{root}/people/*.yaml')):
    for k in ('staff', 'mentors', 'mentees', 'pairs'):
        people[k] += yaml.safe_load(open(f)).get(k) or []
rec = collections.defaultdict(list)
for f in sorted(glob.glob(f'{root}/records/*.yaml')):
    for k, v in (yaml.safe_load(open(f)) or {}).items():
        if isinstance(v, list): rec[k] += v
start, end = D(prog['metadata']['period']['start']), D(prog['metadata']['period']['end'])
every = prog['process']['cadence']['everyWeeks']
inside = lambda r: start <= D(r['date']) <= end and D(r['date']) <= as_of

def latest(mentee, comp):
    found = None
    for a in rec['assessments']:
        if inside(a) and a['mentee'] == mentee and a['competency'] == comp:
            if found is None or D(a['date']) >= D(found['date']): found = a
    return found

for kpi in prog['kpis']:
    scope = kpi.get('scope') or {}
    deps, comps = scope.get('departments'), scope.get('competencies')
    mentees = [m for m in people['mentees'] if (not deps or m.get('department') in deps)
               and (not comps or any(c['competency'] in comps for c in m['competencies']))]
    ids = {m['id'] for m in mentees}
    pairs = [p for p in people['pairs'] if p['mentee'] in ids and (not comps or set(p['competencies']) & set(comps))]
    metric, value, basis = kpi['metric'], None, ''
    if metric in ('gap-closed-share', 'target-reached-share', 'average-level-gain'):
        entries = [(m, c) for m in mentees for c in m['competencies'] if (not comps or c['competency'] in comps) and c['target'] > c['baseline']]
        lv = [(c, latest(m['id'], c['competency'])) for m, c in entries]
        levels = [(c, a['level'] if a else c['baseline']) for c, a in lv]
        if any(a for _, a in lv):
            if metric == 'gap-closed-share': value = sum(min(1, max(0, (l - c['baseline']) / (c['target'] - c['baseline']))) for c, l in levels) / len(levels)
            if metric == 'target-reached-share':
                n = sum(1 for c, l in levels if l >= c['target']); value = n / len(levels); basis = f'{n}/{len(levels)}'
            if metric == 'average-level-gain': value = sum(l - c['baseline'] for c, l in levels) / len(levels); basis = f'sum {sum(l - c["baseline"] for c, l in levels)} / {len(levels)}'
    elif metric == 'session-adherence':
        planned = held = 0
        for p in pairs:
            last = min(as_of, end, D(p['end']) if p.get('end') else end)
            planned += 0 if D(p['start']) > last else (last - D(p['start'])).days // (7 * every) + 1
            held += sum(1 for s in rec['sessions'] if s['pair'] == p['id'] and s.get('status', 'held') == 'held' and inside(s) and D(s['date']) <= last)
        value = held / planned if planned else None; basis = f'{held}/{planned}'
    elif metric == 'learning-mix-deviation':
        h = collections.Counter()
        for l in rec['learning']:
            if inside(l) and l['mentee'] in ids and (not comps or l.get('competency') in comps): h[l['type']] += l['hours']
        tot = sum(h.values()); mix = prog['process']['learningMix']
        value = max(abs(h[t] / tot * 100 - mix[t]) for t in ('experience', 'social', 'formal')) if tot else None; basis = f'{dict(h)} of {tot}'
    elif metric in ('satisfaction', 'nps'):
        restricted = deps or comps
        who = ids | {p['mentor'] for p in pairs}
        vals = [s[metric] for s in rec['surveys'] if inside(s) and metric in s and (not restricted or s['respondent'] in who)]
        if vals:
            if metric == 'satisfaction': value = sum(vals) / len(vals); basis = f'sum {sum(vals)} / {len(vals)}'
            else:
                pro, det = sum(v >= 9 for v in vals), sum(v <= 6 for v in vals); value = (pro - det) / len(vals) * 100; basis = f'({pro} - {det}) / {len(vals)}'
    elif metric == 'retention':
        left = {p['mentee'] for p in people['pairs'] if p.get('endReason') == 'left-organisation' and p.get('end') and D(p['end']) <= as_of}
        value = (len(mentees) - len(ids & left)) / len(mentees); basis = f'{len(mentees) - len(ids & left)}/{len(mentees)}'
    else:
        vals = sorted((D(v['date']), i, v['value']) for i, v in enumerate(rec['kpiValues']) if v['kpi'] == kpi['id'] and inside(v))
        value = vals[-1][2] if vals else None; basis = f'{vals[-1][0]}' if vals else ''
    target, higher = kpi.get('target'), kpi['direction'] == 'higher'
    good = lambda v, t: v >= t - 1e-9 if higher else v <= t + 1e-9
    due = [c for c in sorted(kpi.get('checkpoints') or [], key=lambda c: D(c['date'])) if D(c['date']) <= as_of]
    if value is None: status = 'no-data'
    elif target is None: status = 'no-target'
    elif good(value, target): status = 'met'
    elif as_of >= end: status = 'missed'
    elif due and not good(value, due[-1]['target']): status = 'at-risk'
    else: status = 'open'
    print(f"{kpi['id']:32} {metric:26} {value!s:22} {status:8} {basis}")
