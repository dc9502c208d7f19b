import type { DataPath } from '../../diagnostics.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/** Every level (baseline, target, a mentor's own, an assessment, a competency's default target) must be one of its competency's scale levels. */
export const levelOutsideScale: Rule = {
  id: 'level-outside-scale',
  check(ctx) {
    const { index } = ctx;
    const findings: Finding[] = [];
    const levelList = new Map<string, string>();
    const check = (competency: string, level: number, owner: object, ...sub: DataPath): void => {
      const c = index.competencies.get(competency);
      // An unknown competency or scale is unknown-reference's finding; there is no scale to check against.
      if (!c || !index.scales.has(c.scale)) return;
      const levels = index.levelsOf.get(competency);
      if (!levels || levels.has(level)) return;
      // Each level with its label, as HR knows them from the scale („3 Samodzielny”).
      let list = levelList.get(competency);
      if (list === undefined) {
        const labels = new Map(index.scales.get(c.scale)!.levels.map((l) => [l.level, l.label]));
        list = [...levels]
          .sort((a, b) => a - b)
          .map((n) => (labels.get(n) ? `${n} ${labels.get(n)}` : String(n)))
          .join(' · ');
        levelList.set(competency, list);
      }
      findings.push(ctx.report(ctx.at(owner, ...sub), { level, scale: c.scale, competency, levels: list }));
    };
    for (const mentee of ctx.model.mentees) {
      for (const c of mentee.competencies) {
        check(c.competency, c.baseline, c, 'baseline');
        check(c.competency, c.target, c, 'target');
      }
    }
    for (const mentor of ctx.model.mentors) {
      for (const [competency, level] of Object.entries(mentor.levels)) check(competency, level, mentor, 'levels', competency);
    }
    for (const a of ctx.model.assessments) check(a.competency, a.level, a, 'level');
    for (const c of ctx.model.programme.competencies) if (c.defaultTarget !== undefined) check(c.id, c.defaultTarget, c, 'defaultTarget');
    return findings;
  },
};
