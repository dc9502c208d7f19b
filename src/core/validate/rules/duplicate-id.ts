import { locate } from '../../locate.js';
import type { Finding } from '../../parse/parsed-file.js';
import type { Rule } from '../rule.js';

/**
 * Ids must be unique within each collection that other parts refer to. People are the exception
 * across lists: one id in `staff`, `mentors` and `mentees` is one person holding several roles.
 * The first definition wins everywhere else; this rule reports the later ones.
 */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  check(ctx) {
    const { programme } = ctx.model;
    const findings: Finding[] = [];
    const unique = <T extends object>(collection: string, items: readonly T[], key: (item: T) => string | number, field: string, person = false): void => {
      const first = new Map<string | number, T>();
      for (const item of items) {
        const id = key(item);
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, item);
          continue;
        }
        const at = ctx.at(item, field);
        const firstAt = ctx.at(earlier, field);
        findings.push(
          ctx.report(at, {
            id,
            collection,
            // A level, a competency of a plan, a module of a record: a value listed twice, not an id to rename.
            ...(field !== 'id' ? { key: field } : {}),
            first: locate(firstAt).start.line,
            // Always given: the wording step leaves it out where the finding is shown at its own file (word.ts).
            firstFile: firstAt.file.file,
            // The same name twice is one person listed twice (in two plants' files, say), not two people to rename apart.
            ...(person && samePerson(earlier, item) ? { samePerson: (item as { name: string }).name } : {}),
          }),
        );
      }
    };
    const byId = <T extends { id: string }>(collection: string, items: readonly T[] | undefined, person = false): void => unique(collection, items ?? [], (i) => i.id, 'id', person);

    byId('goals', programme.goals);
    byId('scales', programme.scales);
    for (const scale of programme.scales) unique(`scales[id=${scale.id}].levels`, scale.levels, (l) => l.level, 'level');
    byId('competencies', programme.competencies);
    byId('addressees.criteria', programme.addressees?.criteria);
    byId('roles', programme.roles);
    byId('roleMatrix', programme.roleMatrix);
    byId('process.milestones', programme.process.milestones);
    byId('preparation.modules', programme.preparation?.modules);
    byId('kpis', programme.kpis);
    byId('communications', programme.communications);
    byId('calibration.decisions', programme.calibration?.decisions);
    // One person may be staff, mentor and mentee at once (person-name-mismatch keeps them one person); within a list an id is unique.
    byId('staff', ctx.model.staff, true);
    byId('mentors', ctx.model.mentors, true);
    byId('mentees', ctx.model.mentees, true);
    byId('pairs', ctx.model.pairs);
    // A competency twice in one plan would have two baselines and targets, and only the first would count.
    for (const mentee of ctx.model.mentees) unique(`mentees[id=${mentee.id}].competencies`, mentee.competencies, (c) => c.competency, 'competency');
    for (const mentor of ctx.model.mentors) unique(`mentors[id=${mentor.id}].preparation`, mentor.preparation ?? [], (p) => p.module, 'module');
    return findings;
  },
};

/** Two people entries of one name (spaces and case aside). */
function samePerson(a: object, b: object): boolean {
  const name = (p: object): string | undefined => {
    const n = (p as { name?: unknown }).name;
    return typeof n === 'string' ? n.trim().replace(/\s+/g, ' ').toLowerCase() : undefined;
  };
  return name(a) !== undefined && name(a) === name(b);
}
