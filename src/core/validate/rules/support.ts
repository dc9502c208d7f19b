import type { ProgrammeModel } from '../../model/model.js';
import type { PersonList } from '../../model/people.js';
import type { Assessment, LearningActivity, Mentee, Mentor, StaffMember } from '../../model/types.js';

/** Formats values the way messages name ids and keys: `a`, `b`, `c` (the catalogues' own helper). */
export { list as ticks } from '../../../messages/catalogue.js';

/** What a dated record is, as `date-outside-period` names it (the catalogues translate these codes). */
export type RecordKind = 'session' | 'assessment' | 'learning' | 'survey' | 'kpi-value';

export interface DatedRecord {
  object: object;
  kind: RecordKind;
  /** The id that names the record in a message: its pair, mentee, survey or KPI. */
  name: string;
  date: string;
}

/** Every record of the monitoring files with its date, in file order. */
export function* datedRecords(model: ProgrammeModel): Generator<DatedRecord> {
  for (const s of model.sessions) yield { object: s, kind: 'session', name: s.pair, date: s.date };
  for (const a of model.assessments) yield { object: a, kind: 'assessment', name: a.mentee, date: a.date };
  for (const l of model.learning) yield { object: l, kind: 'learning', name: l.mentee, date: l.date };
  for (const s of model.surveys) yield { object: s, kind: 'survey', name: s.survey, date: s.date };
  for (const k of model.kpiValues) yield { object: k, kind: 'kpi-value', name: k.kpi, date: k.date };
}

/** What a record about one mentee's development is: an assessment or a learning activity. */
export type MenteeRecordKind = 'assessment' | 'learning';

/** Calls `each` for every assessment, then every learning activity, in file order (no allocation per record). */
export function forEachMenteeRecord(model: ProgrammeModel, each: (record: Assessment | LearningActivity, kind: MenteeRecordKind) => void): void {
  for (const record of model.assessments) each(record, 'assessment');
  for (const record of model.learning) each(record, 'learning');
}

/** The people lists in the order findings about one person entered twice read them: staff, mentors, mentees. */
export function personLists(model: ProgrammeModel): [PersonList, readonly (StaffMember | Mentor | Mentee)[]][] {
  return [
    ['staff', model.staff],
    ['mentors', model.mentors],
    ['mentees', model.mentees],
  ];
}
