import { describe, expect, it } from 'vitest';
import { programmeYaml } from '../../../test/helpers/bundle.js';
import { planOf } from '../../../test/helpers/comms.js';
import { mergeRows } from './merge.js';
import { applyView, viewProblems } from './view.js';

const plan = planOf(
  programmeYaml((d) => {
    d.people.mentees[0].email = 'eve@example.com';
    d.communications.push(
      { id: 'to-eve', when: { date: '2026-02-02' }, from: 'hr-owner', toPeople: ['e1'], channel: 'email', purpose: 'reminder', text: 'Dear {first-name}, from {sender}' },
      { id: 'lm-call', when: { date: '2026-02-04' }, from: 'line-manager', to: ['mentee'], channel: 'meeting', purpose: 'information', text: 'Your manager {sender}' },
    );
  }),
  { asOf: '2026-01-19' },
);
const ids = (view: Parameters<typeof applyView>[1]) => applyView(plan, view).entries.map((e) => e.id);

describe('views', () => {
  it('filters by recipient role (also through named people), sender role, person and dates', () => {
    // `to-eve` names Eve only, in `toPeople`: she is a mentee, so it reaches the role too.
    expect(ids({ to: 'mentee' })).toEqual(['candidate-invitation', 'buy-in', 'kick-off', 'to-eve', 'lm-call', 'closing']);
    expect(ids({ from: 'line-manager' })).toEqual(['lm-call']);
    expect(ids({ person: 'e1', between: ['2026-02-01', '2026-02-28'] })).toEqual(['to-eve', 'lm-call']);
    expect(ids({ upcoming: 14, proposedOnly: true })).toEqual(['kick-off']);
    expect(ids({ upcoming: 1 })).toEqual(['kick-off']);
  });

  it('refuses roles and people the programme lacks, and dates out of order', () => {
    const problems = viewProblems(plan, { to: 'line-mangaer', from: 'hr', person: 'zed', between: ['2026-03-01', '2026-02-01'] }, (id) => plan.people.has(id));
    expect(problems.map((p) => p.kind)).toEqual(['unknown-role', 'unknown-role', 'unknown-person', 'between-order']);
    expect(viewProblems(plan, { to: 'mentee', person: 'e1' }, (id) => plan.people.has(id))).toEqual([]);
  });
});

describe('mergeRows', () => {
  it('writes one row per recipient with personal placeholders filled, e-mail only where known', () => {
    const rows = mergeRows(applyView(plan, { between: ['2026-02-01', '2026-02-28'] }));
    expect(rows.map((r) => [r.message, r.recipient, r.role, r.email ?? '', r.body])).toEqual([
      ['to-eve', 'e1', 'mentee', 'eve@example.com', 'Dear Eve, from Hanna Reed'],
      ['lm-call', 'e1', 'mentee', 'eve@example.com', 'Your manager Lee Moss'],
    ]);
  });

  it('narrows rows to the recipients --to and --person name', () => {
    const buyIn = applyView(plan, { between: ['2026-01-12', '2026-01-12'] });
    expect(mergeRows(buyIn).map((r) => r.recipient)).toEqual(['lm1', 'm1', 'e1']);
    expect(mergeRows(buyIn, { to: 'line-manager' }).map((r) => [r.recipient, r.role, r.email])).toEqual([['lm1', 'line-manager', undefined]]);
    expect(mergeRows(buyIn, { person: 'm1' }).map((r) => r.recipient)).toEqual(['m1']);
  });
});
