import type { DataPath } from '../../diagnostics.js';
import type { EntityKind } from '../../entities.js';
import { identityPath } from '../../locate.js';
import type { Finding, Location } from '../../parse/parsed-file.js';
import { nearest } from '../../text/nearest.js';
import type { Rule } from '../rule.js';
import { roleNamed } from '../name-suggestions.js';
import { personIdFromName } from '../../scaffold/slug.js';
import { ticks } from './support.js';

type Ids = ReadonlySet<string> | ReadonlyMap<string, unknown>;
// What a reference points at: a code the catalogues word (and Polish declines), never an English noun.
type RefKind = EntityKind;
/** The people lists of a people file: where an id of the wrong kind of person is defined. */
type PersonList = 'mentors' | 'mentees' | 'staff';

// A typo suggestion costs a scan of the candidates; past this many findings in one run the hint is
// dropped, so a file full of broken references (thousands of unknown people) stays linear.
const maxSuggestions = 100;
// Short lists are shown whole when no candidate is close enough to suggest.
const maxKnown = 8;

/** Every id a programme refers to must be defined: in the programme, its people files or, for calibration, its pilot. */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  check(ctx) {
    const { model, index } = ctx;
    const { programme } = model;
    const findings: Finding[] = [];
    let suggestions = 0;

    const check = (ids: Ids, refKind: RefKind, id: string | undefined, owner: object, ...sub: DataPath): void => {
      if (id === undefined || ids.has(id)) return;
      const at = ctx.at(owner, ...sub);
      report(ids, refKind, id, at);
    };
    // A mentor where a mentee belongs (or the other way round) is defined, only in another list:
    // the finding says which, rather than that no such person exists.
    const listOf = (id: string): PersonList | undefined => (index.mentors.has(id) ? 'mentors' : index.mentees.has(id) ? 'mentees' : index.people.has(id) ? 'staff' : undefined);
    // A pair's id where its mentee belongs (`--mentee p-01`), or a person's where a pair belongs
    // (`--pair ana`): the hint names the one meant, rather than an id that merely looks alike.
    // Made on first use, once: a file of thousands of broken references stays linear.
    let byPerson: Map<string, string[]> | undefined;
    const pairsOf = (id: string): string[] => {
      if (!byPerson) {
        byPerson = new Map();
        for (const pair of model.pairs) for (const person of new Set([pair.mentor, pair.mentee])) if (typeof person === 'string') byPerson.set(person, [...(byPerson.get(person) ?? []), pair.id]);
      }
      return byPerson.get(id) ?? [];
    };
    const meant = (refKind: RefKind, id: string): { pairMentee?: string; pairMentor?: string; person?: PersonList; inPairs?: string[] } => {
      if (refKind === 'mentee' && !listOf(id)) {
        const mentee = index.pairs.get(id)?.mentee;
        return typeof mentee === 'string' && index.mentees.has(mentee) ? { pairMentee: mentee } : {};
      }
      // A pair's id where a person belongs (a survey's `respondent: p-01`): either of its two may be
      // meant, so the hint names both and leaves the choice to the user.
      if (refKind === 'person' && !listOf(id)) {
        const pair = index.pairs.get(id);
        const mentee = pair?.mentee;
        const mentor = pair?.mentor;
        return typeof mentee === 'string' && typeof mentor === 'string' && index.mentees.has(mentee) && index.mentors.has(mentor) ? { pairMentee: mentee, pairMentor: mentor } : {};
      }
      const person = refKind === 'pair' ? listOf(id) : undefined;
      const inPairs = person ? pairsOf(id) : [];
      return person && inPairs.length > 0 ? { person, inPairs } : {};
    };
    // An id made from a person's name where the programme numbers its people (`priya-shah` for Priya
    // Shah, who is `mentee-01`): the one person of the list meant who has that name.
    let byName: Map<string, string[]> | undefined;
    const personNamed = (refKind: RefKind, id: string, ids: Ids): string | undefined => {
      if (refKind !== 'mentor' && refKind !== 'mentee' && refKind !== 'person') return undefined;
      if (!byName) {
        byName = new Map();
        for (const person of index.persons.values()) {
          const made = personIdFromName(person.name, '');
          if (made !== '' && made !== person.id) byName.set(made, [...(byName.get(made) ?? []), person.id]);
        }
      }
      const named = (byName.get(id) ?? []).filter((person) => ids.has(person));
      return named.length === 1 ? named[0] : undefined;
    };
    const report = (ids: Ids, refKind: RefKind, id: string, at: Location, swapped = false): void => {
      const listedIn = refKind === 'mentor' || refKind === 'mentee' ? listOf(id) : undefined;
      const { pairMentee, pairMentor, person, inPairs } = meant(refKind, id);
      const close = suggestions < maxSuggestions ? nearest(id, ids.keys()) : undefined;
      // A person in several pairs: which one the record is for is the user's to say, not the nearest id's.
      const suggestion = pairMentor ? undefined : pairMentee ?? (inPairs ? (inPairs.length === 1 ? inPairs[0] : undefined) : (close ?? (refKind === 'role' ? roleNamed(programme.roles, id) : personNamed(refKind, id, ids))));
      suggestions++;
      // `kick-off` is the id the method looks for (rule kick-off-missing): when a milestone is close
      // to it (`kickoff`), the milestone is what to rename, not the references to it.
      const rename = refKind === 'milestone' && id === 'kick-off' && suggestion !== undefined;
      findings.push(
        ctx.report(at, {
          field: identityPath(at.file.data, at.path),
          refKind,
          id,
          ...(listedIn ? { listedIn } : {}),
          ...(pairMentor && pairMentee ? { pairOf: id, pairMentee, pairMentor } : pairMentee ? { pairOf: id } : {}),
          ...(person && inPairs ? { person, inPairs: ticks(inPairs) } : {}),
          ...(swapped ? { swapped: 'mentor-mentee' } : {}),
          ...(rename ? { renameMilestone: suggestion } : suggestion !== undefined ? { suggestion } : ids.size > 0 && ids.size <= maxKnown ? { known: ticks(ids.keys()) } : {}),
        }),
      );
    };
    const each = (ids: Ids, refKind: RefKind, list: readonly string[] | undefined, owner: object, key: string): void => {
      list?.forEach((id, i) => check(ids, refKind, id, owner, key, i));
    };
    const { people, roles } = index;

    // The frame.
    for (const goal of programme.goals) check(people, 'person', goal.sponsor, goal, 'sponsor');
    for (const c of programme.competencies) {
      check(index.scales, 'scale', c.scale, c, 'scale');
      check(index.goals, 'goal', c.goal, c, 'goal');
    }
    // The columns of an HR export are mapped to competencies by id (`mentor select`).
    const levelColumns = programme.addressees?.import?.levels;
    if (levelColumns) {
      for (const competency of Object.keys(levelColumns)) {
        if (!index.competencies.has(competency)) report(index.competencies, 'competency', competency, { ...ctx.at(levelColumns, competency), target: 'key' });
      }
    }
    for (const role of programme.roles) each(people, 'person', role.staffedBy, role, 'staffedBy');
    for (const activity of programme.roleMatrix ?? []) {
      each(roles, 'role', activity.responsible, activity, 'responsible');
      check(roles, 'role', activity.accountable, activity, 'accountable');
      each(roles, 'role', activity.consulted, activity, 'consulted');
      each(roles, 'role', activity.informed, activity, 'informed');
    }
    for (const kpi of programme.kpis) if (kpi.scope) each(index.competencies, 'competency', kpi.scope.competencies, kpi.scope, 'competencies');
    for (const message of programme.communications ?? []) {
      check(roles, 'role', message.from, message, 'from');
      each(roles, 'role', message.to, message, 'to');
      each(people, 'person', message.toPeople, message, 'toPeople');
      check(index.milestones, 'milestone', message.when.milestone, message.when, 'milestone');
      if (message.every?.until) check(index.milestones, 'milestone', message.every.until.milestone, message.every.until, 'milestone');
    }
    // Decisions answer the KPIs of the pilot or the previous cycle, so they can only be checked when that run was loaded.
    if (index.predecessorKpis) {
      const kpis = index.predecessorKpis;
      for (const decision of programme.calibration?.decisions ?? []) each(kpis, 'KPI', decision.kpis, decision, 'kpis');
    }

    // People and pairs.
    const { modules } = index;
    for (const mentor of model.mentors) {
      check(people, 'person', mentor.lineManager, mentor, 'lineManager');
      for (const competency of Object.keys(mentor.levels)) {
        if (!index.competencies.has(competency)) report(index.competencies, 'competency', competency, { ...ctx.at(mentor, 'levels', competency), target: 'key' });
      }
      for (const record of mentor.preparation ?? []) check(modules, 'module', record.module, record, 'module');
    }
    for (const mentee of model.mentees) {
      check(people, 'person', mentee.lineManager, mentee, 'lineManager');
      for (const c of mentee.competencies) check(index.competencies, 'competency', c.competency, c, 'competency');
    }
    for (const pair of model.pairs) {
      // A hurried copy puts the mentee first: both ids exist, each in the other's list.
      const swapped = !index.mentors.has(pair.mentor) && !index.mentees.has(pair.mentee) && index.mentees.has(pair.mentor) && index.mentors.has(pair.mentee);
      if (swapped) {
        report(index.mentors, 'mentor', pair.mentor, ctx.at(pair, 'mentor'), true);
        report(index.mentees, 'mentee', pair.mentee, ctx.at(pair, 'mentee'), true);
      } else {
        check(index.mentors, 'mentor', pair.mentor, pair, 'mentor');
        check(index.mentees, 'mentee', pair.mentee, pair, 'mentee');
      }
      each(index.competencies, 'competency', pair.competencies, pair, 'competencies');
    }

    // Records.
    const { kpis } = index;
    for (const s of model.sessions) check(index.pairs, 'pair', s.pair, s, 'pair');
    // An assessor names a role, the method's or one the programme adds; `external` is someone
    // outside the programme, so it needs none, and is among what a near miss may have meant.
    const assessors = model.assessments.length > 0 ? new Set([...roles.keys(), 'external']) : roles;
    for (const a of model.assessments) {
      check(index.mentees, 'mentee', a.mentee, a, 'mentee');
      check(assessors, 'role', a.assessor, a, 'assessor');
      check(index.competencies, 'competency', a.competency, a, 'competency');
    }
    for (const l of model.learning) {
      check(index.mentees, 'mentee', l.mentee, l, 'mentee');
      check(index.competencies, 'competency', l.competency, l, 'competency');
    }
    for (const s of model.surveys) check(people, 'person', s.respondent, s, 'respondent');
    for (const v of model.kpiValues) check(kpis, 'KPI', v.kpi, v, 'kpi');
    return findings;
  },
};
