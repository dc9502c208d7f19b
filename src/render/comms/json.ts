import type { CommsPlan, PlanEntry } from '../../core/comms/types.js';
import type { CommsRenderContext, CommsRenderer, MergeRenderer } from './renderer.js';
import { roleName } from './words.js';

/** Version of the JSON contract (docs/comms.md); raised on any incompatible change. */
export const commsFormatVersion = 1;

function header(plan: CommsPlan, ctx: CommsRenderContext, kind: 'comms-plan' | 'comms-merge'): Record<string, unknown> {
  const view = Object.fromEntries(Object.entries(ctx.view).filter(([, v]) => v !== undefined && v !== false));
  return { formatVersion: commsFormatVersion, kind, tool: { name: 'mentor', version: ctx.toolVersion }, programme: plan.programme, asOf: plan.asOf, view };
}

function entryJson(plan: CommsPlan, e: PlanEntry): Record<string, unknown> {
  const person = (id: string): { id: string; name: string; email?: string } => {
    const p = plan.people.get(id);
    return { id, name: p?.name ?? id, ...(p?.email !== undefined ? { email: p.email } : {}) };
  };
  return {
    id: e.id,
    occurrence: e.occurrence,
    occurrences: e.occurrences,
    proposed: e.proposed,
    ...(e.step !== undefined ? { step: e.step } : {}),
    ...(e.stepMilestone !== undefined ? { stepMilestone: e.stepMilestone } : {}),
    date: e.date,
    ...(e.time !== undefined ? { time: e.time, minutes: e.minutes } : {}),
    from: { role: e.from.role, roleName: roleName(plan, e.from.role), people: e.from.people.map((id) => ({ id, name: plan.people.get(id)?.name ?? id })) },
    to: {
      // People reached through each role; someone who holds two of them counts under the first.
      roles: e.to.roles.map((r) => ({ id: r, name: roleName(plan, r), count: e.reach.find((g) => g.role === r)?.people.length ?? 0 })),
      people: e.to.people,
    },
    recipientCount: e.recipients.length,
    recipients: e.recipients.map(person),
    channel: e.channel,
    purpose: e.purpose,
    subject: e.subject,
    text: e.text,
    source: e.source,
  };
}

/** The plan as JSON: the stable contract documented in docs/comms.md. */
export const commsJson: CommsRenderer = (plan, ctx) => {
  const proposed = plan.entries.filter((e) => e.proposed).length;
  const doc = {
    ...header(plan, ctx, 'comms-plan'),
    summary: { entries: plan.entries.length, proposed },
    roles: plan.roles,
    entries: plan.entries.map((e) => entryJson(plan, e)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};

/** Mail-merge rows as JSON: one message per recipient. */
export const mergeJson: MergeRenderer = (rows, plan, ctx) => `${JSON.stringify({ ...header(plan, ctx, 'comms-merge'), rows }, null, 2)}\n`;
