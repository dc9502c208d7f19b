import type { DiffRenderer } from './shared.js';

/** Version of the JSON contract documented in docs/diff.md; bumped on any incompatible change. */
export const diffFormatVersion = 1;

/**
 * The calibration report as JSON (docs/diff.md): stable key order, values as the files hold them
 * (ids, ISO dates, numbers), one entry per change with its section, id, path, kind, old, new and
 * decisions, and the pilot's evidence per KPI.
 */
export const json: DiffRenderer = (diff, ctx) => {
  const out = {
    formatVersion: diffFormatVersion,
    tool: { name: 'mentor', version: ctx.toolVersion },
    mode: diff.mode,
    audience: diff.audience,
    old: diff.old,
    new: diff.new,
    ...(diff.asOf !== undefined ? { asOf: diff.asOf } : {}),
    summary: { ...diff.summary, unexplained: diff.flags.length },
    evidence: diff.evidence ?? null,
    flags: diff.flags,
    changes: diff.changes.map((c) => ({
      section: c.section,
      id: c.id ?? null,
      path: c.path,
      ...(c.oldPath !== undefined ? { oldPath: c.oldPath } : {}),
      kind: c.kind,
      old: c.kind === 'added' ? null : (c.old ?? null),
      new: c.kind === 'removed' ? null : (c.new ?? null),
      ...(c.similarity !== undefined ? { similarity: c.similarity } : {}),
      ...(c.shift ? { shift: c.shift } : {}),
      ...(c.position ? { position: c.position } : {}),
      decisions: c.decisions,
    })),
    people: diff.people,
    records: diff.records,
    decisions: diff.decisions,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
