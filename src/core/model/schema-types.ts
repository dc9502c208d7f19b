/* Generated from schemas/*.schema.json by scripts/gen-types.mjs: do not edit. */
// ---- programme.schema.json ----
/**
 * When a message goes out: either a fixed `date`, or a `milestone` with an `offsetDays` (negative = before it).
 */
export type When = {
  /**
   * A fixed date.
   */
  date?: string;
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  milestone?: string;
  /**
   * Days after the milestone (negative: before). Default 0.
   */
  offsetDays?: number;
} & {
  [k: string]: unknown;
};
/**
 * Last possible date of an occurrence: a fixed `date`, or a `milestone` with an `offsetDays`. Optional: absent means the end of the programme period.
 */
export type When1 = {
  /**
   * A fixed date.
   */
  date?: string;
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  milestone?: string;
  /**
   * Days after the milestone (negative: before). Default 0.
   */
  offsetDays?: number;
} & {
  [k: string]: unknown;
};

/**
 * One competency-based mentoring programme in one organisation: its frame (goals, scales, competencies, addressees), roles, process, mentor preparation, KPIs and communication plan. People and records may be kept inline or in files next to it.
 */
export interface MentorProgramme {
  /**
   * Optional JSON Schema reference for editors; ignored by mentor.
   */
  $schema?: string;
  /**
   * Version of the mentor file format this document is written in. Always `mentor/v1` for this version of the tool.
   */
  apiVersion: 'mentor/v1';
  /**
   * Document kind: `Programme` for the main programme file.
   */
  kind: 'Programme';
  metadata: Metadata;
  includes?: Includes;
  /**
   * Business goals the programme serves (step 1: macro goals first). Competencies point at them.
   *
   * @minItems 1
   */
  goals: [Goal, ...Goal[]];
  /**
   * Proficiency scales with ordered levels; a programme may use more than one.
   *
   * @minItems 1
   */
  scales: [Scale, ...Scale[]];
  /**
   * The vacant competencies of strategic or tactical weight the programme transfers.
   *
   * @minItems 1
   */
  competencies: [Competency, ...Competency[]];
  addressees?: Addressees;
  /**
   * The five roles (mentee, mentor, hr-owner, line-manager, sponsor) and who staffs them. The HR owner and the sponsor must name people.
   *
   * @minItems 1
   */
  roles: [Role, ...Role[]];
  /**
   * RACI over the process activities: who is Responsible, Accountable, Consulted and Informed.
   */
  roleMatrix?: RaciActivity[];
  process: Process;
  preparation?: Preparation;
  matching?: Matching;
  people?: PeopleBody;
  /**
   * Success measures, each on a Kirkpatrick level, with a target and a direction.
   */
  kpis: Kpi[];
  /**
   * The communication plan: dated messages from a role to roles, securing buy-in and keeping people informed.
   */
  communications?: Communication[];
  calibration?: Calibration;
}
/**
 * Who, what and when: identity of the programme, its phase and its period.
 */
export interface Metadata {
  /**
   * Programme identifier, referenced by people and records files (`programme:`).
   */
  id: string;
  /**
   * Programme name as people in the organisation know it.
   */
  name: string;
  /**
   * The client organisation (and unit) running the programme.
   */
  organisation: string;
  /**
   * `pilot` for a first, smaller run; `rollout` for the programme calibrated from a pilot; `cycle` for one run of a programme that repeats (a yearly cohort of a community or a university), calibrated from the run before it.
   */
  phase: 'pilot' | 'rollout' | 'cycle';
  /**
   * Language of the documents the tool produces for this programme: `pl` (Polish) or `en` (English).
   */
  locale: 'pl' | 'en';
  period: Period;
  /**
   * IANA time zone of the programme (e.g. `Europe/Warsaw`, `Europe/London`): timed communications (`time`) happen in it, and calendars (`mentor comms --format ics`) carry it. Optional: absent means `Europe/Warsaw` for `locale: pl` and `Europe/London` for `locale: en`; all-day entries do not depend on it.
   */
  timeZone?: string;
  /**
   * Revision of the published plan: raise it by one whenever you send out an updated calendar (`mentor comms --format ics`), and calendars that imported the old one replace its events (it becomes every event’s SEQUENCE). Optional: absent means 0.
   */
  revision?: number;
  pilot?: PilotLink;
  previous?: PreviousLink;
  /**
   * Consultancy or team that designed the programme (free text).
   */
  owner?: string;
  /**
   * A paragraph on the programme's purpose.
   */
  description?: string;
}
/**
 * First and last day of the programme; every dated item must fall inside it.
 */
export interface Period {
  /**
   * First day of the programme.
   */
  start: string;
  /**
   * Last day of the programme.
   */
  end: string;
}
/**
 * For a rollout: the pilot programme it was calibrated from.
 */
export interface PilotLink {
  /**
   * Path to the pilot's programme file or folder, relative to this file's folder (it may lie outside it, e.g. `../kam-pilot`).
   */
  path: string;
  /**
   * The pilot's `metadata.id`, checked against the file found at `path`.
   */
  id?: string;
}
/**
 * For a cycle: the previous cycle of the same programme, checked like `pilot` (found, `id` matching) so calibration decisions and a later diff can compare the two runs.
 */
export interface PreviousLink {
  /**
   * Path to the previous cycle's programme file or folder, relative to this file's folder (it may lie outside it, e.g. `../cohort-2025`).
   */
  path: string;
  /**
   * The previous cycle's `metadata.id`, checked against the file found at `path`.
   */
  id?: string;
}
/**
 * Files kept next to the programme file, so HR can keep people and monthly records apart and git history stays readable.
 */
export interface Includes {
  /**
   * People files or folders (documents of kind `People`).
   *
   * Items: A path relative to the programme file's folder, written with `/`. It must stay inside that folder (no `..`, no absolute paths). A path ending in `/` names a folder: every document of the matching kind in it is included.
   */
  people?: string[];
  /**
   * Records files or folders (documents of kind `Records`).
   *
   * Items: A path relative to the programme file's folder, written with `/`. It must stay inside that folder (no `..`, no absolute paths). A path ending in `/` names a folder: every document of the matching kind in it is included.
   */
  records?: string[];
}
/**
 * A business goal the programme serves.
 */
export interface Goal {
  /**
   * Goal identifier, referenced by competencies.
   */
  id: string;
  /**
   * The goal in one line.
   */
  name: string;
  /**
   * Why the goal matters and how the business measures it.
   */
  description?: string;
  /**
   * Person id of the executive who owns the goal.
   */
  sponsor?: string;
}
/**
 * An ordered proficiency scale.
 */
export interface Scale {
  /**
   * Scale identifier, referenced by competencies.
   */
  id: string;
  /**
   * Scale name.
   */
  name: string;
  /**
   * The levels from lowest to highest, each with a label and a behavioural descriptor.
   *
   * @minItems 2
   */
  levels: [ScaleLevel, ScaleLevel, ...ScaleLevel[]];
}
/**
 * One level of a proficiency scale.
 */
export interface ScaleLevel {
  /**
   * The level's number; levels must increase down the list.
   */
  level: number;
  /**
   * Short name of the level, e.g. `Novice` or `Ekspert`.
   */
  label: string;
  /**
   * Observable behaviour that shows someone is at this level.
   */
  descriptor?: string;
}
/**
 * A vacant competency the programme transfers through 1:1 mentoring.
 */
export interface Competency {
  /**
   * Competency identifier, referenced by people, pairs and records.
   */
  id: string;
  /**
   * Competency name.
   */
  name: string;
  /**
   * `strategic` or `tactical`: the weight that justifies transferring it.
   */
  importance: 'strategic' | 'tactical';
  /**
   * Id of the scale levels of this competency are measured on.
   */
  scale: string;
  /**
   * Id of the goal this competency serves.
   */
  goal: string;
  /**
   * The target level a new mentee gets in this competency when none is agreed yet: `mentor select --write` gives it to every qualified candidate whose level in the export is below it (and leaves the competency out of the plan of one already there). A level of the competency's scale.
   */
  defaultTarget?: number;
  /**
   * Evidence that the competency is scarce today, e.g. `2 of 14 account managers at level 4+`.
   */
  whyVacant?: string;
  /**
   * What the competency covers.
   */
  description?: string;
}
/**
 * Who the programme is for: eligibility criteria, rules and recruitment (step 1, after the goals).
 */
export interface Addressees {
  /**
   * Eligibility criteria a mentee must meet.
   *
   * @minItems 1
   */
  criteria: [Criterion, ...Criterion[]];
  /**
   * Rules of participation (commitments, confidentiality, leaving the programme).
   *
   * Items: Free text shown to people.
   */
  rules?: string[];
  recruitment: Recruitment;
  /**
   * Planned number of mentees.
   */
  size?: number;
  import?: ImportMapping;
}
/**
 * One eligibility criterion. mentor checks the parts written as data (`minGap`, `importance`, `minTenureMonths`, `titles`, `departments`, `maxPerDepartment`, `maxPerLineManager`, `exclude`, `excludeTitles`) against every mentee (rule `criterion-not-met`) and every candidate of an HR export (`mentor select`); a criterion given only in words is for people to check, and mentor says nothing about it. The parts of one criterion must all be met.
 */
export interface Criterion {
  /**
   * Criterion identifier.
   */
  id: string;
  /**
   * The criterion in words, e.g. `gap of at least 2 levels in a strategic competency`. Words are not checked: add the parts that can be written as data (`minGap`, `importance`, `minTenureMonths`, `titles`, `departments`, caps, exclusions).
   */
  description: string;
  /**
   * Minimum gap (target minus baseline) a mentee must have in at least one programme competency.
   */
  minGap?: number;
  /**
   * Restrict the gap criterion to competencies of this importance. Without `minGap` it asks for a gap of at least 1 level in such a competency.
   */
  importance?: 'strategic' | 'tactical';
  /**
   * Minimum time in the organisation, in whole months from the mentee's `hired` date to the programme's start. A mentee without `hired` cannot be checked and gets a warning.
   */
  minTenureMonths?: number;
  /**
   * Role family or title: the person's job title must contain one of these as whole words in a row, case ignored, so `Key Account Manager` also takes in `Senior Key Account Manager`. A Polish word also matches its feminine form, either way (`asystent` takes in `Asystentka`, `kierownik` `Kierowniczka`, `starszy specjalista` `Starsza specjalistka`), but never another word on the same root (`asystent` is not `asystentura`). A person without a title cannot be checked (a warning for a mentee, not qualified for a candidate).
   *
   * @minItems 1
   *
   * Items: Free text shown to people.
   */
  titles?: [string, ...string[]];
  /**
   * The person's department must be one of these (case and extra spaces ignored). A person without a department cannot be checked.
   *
   * @minItems 1
   *
   * Items: Free text shown to people.
   */
  departments?: [string, ...string[]];
  /**
   * At most this many mentees from one department. `mentor select` keeps the candidates who rank first (the largest gap in a strategic competency, then in any competency, then the order of the export) and reports the rest as over the cap; `validate` reports the mentees beyond the cap in the people files' order.
   */
  maxPerDepartment?: number;
  /**
   * At most this many mentees with the same line manager, so no team is emptied for the programme; ranked and reported like `maxPerDepartment`.
   */
  maxPerLineManager?: number;
  /**
   * Person ids who may not take part (on notice, in another programme this year, already trained): an exclusion list HR keeps as data.
   *
   * @minItems 1
   *
   * Items: Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  exclude?: [string, ...string[]];
  /**
   * Job titles that may not take part, matched like `titles` (whole words, case ignored, Polish feminine forms included), e.g. `Dyrektor` for directors (and `Dyrektorka`).
   *
   * @minItems 1
   *
   * Items: Free text shown to people.
   */
  excludeTitles?: [string, ...string[]];
}
/**
 * How mentees (and mentors) are recruited.
 */
export interface Recruitment {
  /**
   * `nomination` by line managers, `application` by candidates, or `mixed`.
   */
  method: 'nomination' | 'application' | 'mixed';
  /**
   * Free text shown to people.
   */
  description?: string;
  /**
   * Last day of recruitment.
   */
  closes?: string;
}
/**
 * How the columns of an HR export are read by `mentor select`: the header of each column, as written in the file. Fields not given here are found by their usual headers in English or Polish (`id`, `Imię i nazwisko`, `Dział`, `Przełożony`, `Data zatrudnienia`…), and a level column by the competency's id or name.
 */
export interface ImportMapping {
  /**
   * Free text shown to people.
   */
  id?: string;
  /**
   * Free text shown to people.
   */
  name?: string;
  /**
   * Free text shown to people.
   */
  firstName?: string;
  /**
   * Free text shown to people.
   */
  lastName?: string;
  /**
   * Free text shown to people.
   */
  title?: string;
  /**
   * Free text shown to people.
   */
  department?: string;
  /**
   * Free text shown to people.
   */
  lineManager?: string;
  /**
   * Free text shown to people.
   */
  hired?: string;
  /**
   * Free text shown to people.
   */
  tenureMonths?: string;
  /**
   * Competency id → the column with the person's current level in it (the baseline).
   */
  levels?: {
    /**
     * Free text shown to people.
     */
    [k: string]: string;
  };
}
/**
 * A role in the programme and the people who staff it.
 */
export interface Role {
  /**
   * Role identifier: `mentee`, `mentor`, `hr-owner`, `line-manager`, `sponsor` or a role of your own.
   */
  id: string;
  /**
   * Free text shown to people.
   */
  name: string;
  /**
   * What the role is responsible for.
   *
   * Items: Free text shown to people.
   */
  responsibilities?: string[];
  /**
   * Person ids (from `people.staff`, mentors or mentees) who hold the role; required for `hr-owner` and `sponsor`.
   *
   * Items: Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  staffedBy?: string[];
}
/**
 * One process activity in the RACI matrix.
 */
export interface RaciActivity {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Free text shown to people.
   */
  name: string;
  /**
   * Roles that do the work (R).
   *
   * @minItems 1
   *
   * Items: A role id. The method's five roles are `mentee`, `mentor`, `hr-owner`, `line-manager` and `sponsor`; programmes may add their own (e.g. `consultant`).
   */
  responsible: [string, ...string[]];
  /**
   * A role id. The method's five roles are `mentee`, `mentor`, `hr-owner`, `line-manager` and `sponsor`; programmes may add their own (e.g. `consultant`).
   */
  accountable: string;
  /**
   * Roles asked before (C).
   *
   * Items: A role id. The method's five roles are `mentee`, `mentor`, `hr-owner`, `line-manager` and `sponsor`; programmes may add their own (e.g. `consultant`).
   */
  consulted?: string[];
  /**
   * Roles told after (I).
   *
   * Items: A role id. The method's five roles are `mentee`, `mentor`, `hr-owner`, `line-manager` and `sponsor`; programmes may add their own (e.g. `consultant`).
   */
  informed?: string[];
}
/**
 * The mentoring process: milestones, session cadence and the planned 70:20:10 learning mix (step 2).
 */
export interface Process {
  /**
   * Planned length of the mentoring relationship in weeks.
   */
  durationWeeks?: number;
  /**
   * Dated milestones. A milestone with id `kick-off` marks the start that buy-in messages must precede.
   *
   * @minItems 1
   */
  milestones: [Milestone, ...Milestone[]];
  cadence: Cadence;
  learningMix: LearningMix;
}
/**
 * A dated point in the process.
 */
export interface Milestone {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Free text shown to people.
   */
  name: string;
  /**
   * When the milestone happens.
   */
  date: string;
}
/**
 * How often pairs meet and for how long.
 */
export interface Cadence {
  /**
   * A session every N weeks.
   */
  everyWeeks: number;
  /**
   * Planned length of a session in minutes.
   */
  minutes: number;
}
/**
 * Planned shares of learning, in percent: experience (on the job), social (from others), formal (courses). They should add to 100 and stay near 70:20:10.
 */
export interface LearningMix {
  /**
   * Percent of learning from on-the-job experience (the 70).
   */
  experience: number;
  /**
   * Percent of learning from others: sessions, feedback, shadowing (the 20).
   */
  social: number;
  /**
   * Percent of learning from formal courses and reading (the 10).
   */
  formal: number;
  /**
   * How many percentage points each share may stray from 70:20:10 before a warning. Default 10.
   */
  tolerance?: number;
}
/**
 * Mentor preparation (step 3): the modules mentors finish before their first pair starts.
 */
export interface Preparation {
  /**
   * Preparation modules.
   *
   * @minItems 1
   */
  modules: [PreparationModule, ...PreparationModule[]];
}
/**
 * One preparation module.
 */
export interface PreparationModule {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Free text shown to people.
   */
  name: string;
  /**
   * Length of the module in hours.
   */
  hours: number;
  /**
   * Whether a mentor must finish this module before mentoring. Default true.
   */
  required?: boolean;
}
/**
 * How `mentor match` proposes pairs: when they start and how the preferences are weighted. The hard constraints (mentor at or above the target, capacity, outside the reporting line, prepared, not oneself) are not configurable.
 */
export interface Matching {
  /**
   * The day proposed pairs start (their first session): mentors must be prepared by then, and their capacity is counted from then to the programme's end. Default: the `kick-off` milestone, else the programme's start.
   */
  start?: string;
  weights?: MatchingWeights;
}
/**
 * Points of the preferences, whole numbers from 0 (ignored) to 100.
 */
export interface MatchingWeights {
  /**
   * Points for each strategic competency a pair works on (strategic gaps before tactical). Default 6.
   */
  strategic?: number;
  /**
   * Points for each tactical competency a pair works on. Default 2.
   */
  tactical?: number;
  /**
   * Points for each level of gap (target − baseline) in the competencies a pair works on (larger gaps first). Default 2.
   */
  gapLevel?: number;
  /**
   * Points when the mentor works in another department than the mentee (a view from outside, no shared clients). Default 2.
   */
  otherDepartment?: number;
  /**
   * Points when the mentor was the mentee's mentor in the pilot or the previous cycle (continuity). Default 4.
   */
  pilotMentor?: number;
  /**
   * Points taken off for each mentee a mentor already has when one more is added (existing pairs included): the second mentee of a mentor costs this much, the third twice as much, so the load spreads. Default 1.
   */
  load?: number;
}
/**
 * People kept inline in the programme file (small programmes). Larger ones list people files under `includes.people`.
 */
export interface PeopleBody {
  /**
   * People who hold a role in the programme: HR owner, sponsor, line managers, consultants. Someone who also mentors or is mentored keeps the same id in `mentors` or `mentees`.
   */
  staff?: StaffMember[];
  /**
   * Mentors, with their own levels and capacity. A mentor may also be a mentee or staff, under the same id.
   */
  mentors?: Mentor[];
  /**
   * Mentees, with baseline and target per competency. A mentee may mentor others too (the same id in `mentors`), never themselves.
   */
  mentees?: Mentee[];
  /**
   * Mentor–mentee pairs and the competencies they work on.
   */
  pairs?: Pair[];
}
/**
 * A person who staffs a role in the programme (HR owner, sponsor, line manager…). The same id may also stand in `mentors` or `mentees`.
 */
export interface StaffMember {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Free text shown to people.
   */
  name: string;
  /**
   * E-mail address.
   */
  email?: string;
  /**
   * Free text shown to people.
   */
  title?: string;
  /**
   * Free text shown to people.
   */
  department?: string;
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  lineManager?: string;
}
/**
 * A mentor: an expert who transfers a competency 1:1.
 */
export interface Mentor {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Free text shown to people.
   */
  name: string;
  /**
   * E-mail address.
   */
  email?: string;
  /**
   * Free text shown to people.
   */
  title?: string;
  /**
   * Free text shown to people.
   */
  department?: string;
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  lineManager?: string;
  /**
   * How many mentees the mentor takes at once.
   */
  capacity: number;
  /**
   * The mentor's own level per competency id.
   */
  levels: {
    /**
     * A level on a proficiency scale (a whole number that must be one of the scale's levels).
     */
    [k: string]: number;
  };
  /**
   * Preparation modules the mentor has finished.
   */
  preparation?: PreparationRecord[];
}
/**
 * A preparation module a mentor finished.
 */
export interface PreparationRecord {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  module: string;
  /**
   * Date the module was completed.
   */
  completed: string;
}
/**
 * A mentee: drives their own development towards a target level in each competency.
 */
export interface Mentee {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Free text shown to people.
   */
  name: string;
  /**
   * E-mail address.
   */
  email?: string;
  /**
   * Free text shown to people.
   */
  title?: string;
  /**
   * Free text shown to people.
   */
  department?: string;
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  lineManager?: string;
  /**
   * Date the mentee joined the organisation, checked against a criterion's `minTenureMonths`.
   */
  hired?: string;
  /**
   * Baseline and target per competency.
   *
   * @minItems 1
   */
  competencies: [MenteeCompetency, ...MenteeCompetency[]];
}
/**
 * Where a mentee starts in one competency and where the process should take them.
 */
export interface MenteeCompetency {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  competency: string;
  /**
   * A level on a proficiency scale (a whole number that must be one of the scale's levels).
   */
  baseline: number;
  /**
   * A level on a proficiency scale (a whole number that must be one of the scale's levels).
   */
  target: number;
}
/**
 * A mentor–mentee pair.
 */
export interface Pair {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  mentor: string;
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  mentee: string;
  /**
   * Competency ids the pair works on.
   *
   * @minItems 1
   *
   * Items: Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  competencies: [string, ...string[]];
  /**
   * Date of the pair's first session.
   */
  start: string;
  /**
   * Date the pair ended early, if it did.
   */
  end?: string;
  /**
   * Why the pair ended: `completed` (goals reached early), `left-organisation` (the mentee left; counts against retention), `mismatch` (the pair did not work), `workload` (no time for it) or `other`. Only meaningful with `end`; a pair that ended without one (as in files written before this key) is reported as ended for a reason not given and does not count against retention.
   */
  endReason?: 'completed' | 'left-organisation' | 'mismatch' | 'workload' | 'other';
}
/**
 * A success measure. Built-in metrics are computed from the records; any other metric needs an external value source.
 */
export interface Kpi {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Free text shown to people.
   */
  name: string;
  /**
   * Kirkpatrick evaluation level: 1 reaction, 2 learning, 3 behaviour, 4 results.
   */
  level: 1 | 2 | 3 | 4;
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  metric: string;
  /**
   * The value that counts as success, in the metric's unit (shares are 0–1).
   */
  target?: number;
  /**
   * The value before the programme, when known.
   */
  baseline?: number;
  /**
   * Unit shown next to values, e.g. `%`, `PLN`, `pts`.
   */
  unit?: string;
  /**
   * `higher` if a higher value is better, `lower` if lower is better.
   */
  direction: 'higher' | 'lower';
  scope?: KpiScope;
  /**
   * Free text shown to people.
   */
  source?: string;
  /**
   * Interim targets, in date order within the programme's period. Before the end, a KPI whose value misses the checkpoint due (the latest one on or before the report's date) is at risk. Without checkpoints (as in files written before this key) a KPI is judged against its final target only.
   *
   * @minItems 1
   */
  checkpoints?: [KpiCheckpoint, ...KpiCheckpoint[]];
}
/**
 * What the KPI covers. Omitted means the whole programme.
 */
export interface KpiScope {
  /**
   * Competency ids the KPI is restricted to.
   *
   * Items: Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  competencies?: string[];
  /**
   * Departments the KPI is restricted to.
   *
   * Items: Free text shown to people.
   */
  departments?: string[];
}
/**
 * An interim target of a KPI: the value it should have reached by a date.
 */
export interface KpiCheckpoint {
  /**
   * The date the interim target is due.
   */
  date: string;
  /**
   * The value expected by that date, in the metric's unit (shares are 0–1).
   */
  target: number;
}
/**
 * One message in the communication plan. It goes to roles (`to`), to named people (`toPeople`), or both; at least one of them.
 */
export interface Communication {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  when: When;
  every?: Every;
  /**
   * Start time of a meeting or call, `HH:MM` in the programme time zone (`metadata.timeZone`). Optional: absent means an all-day entry.
   */
  time?: string;
  /**
   * Length of the meeting in minutes, with `time`. Optional: absent means 60 for a timed entry.
   */
  minutes?: number;
  /**
   * A role id. The method's five roles are `mentee`, `mentor`, `hr-owner`, `line-manager` and `sponsor`; programmes may add their own (e.g. `consultant`).
   */
  from: string;
  /**
   * Roles that receive the message: everyone who holds the role (for `line-manager`, also the line managers of the mentees). Required unless `toPeople` names the recipients.
   *
   * @minItems 1
   *
   * Items: A role id. The method's five roles are `mentee`, `mentor`, `hr-owner`, `line-manager` and `sponsor`; programmes may add their own (e.g. `consultant`).
   */
  to?: [string, ...string[]];
  /**
   * Person ids (staff, mentors or mentees) who receive the message, besides the roles in `to`. Optional: absent means the roles alone.
   *
   * @minItems 1
   *
   * Items: Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  toPeople?: [string, ...string[]];
  /**
   * How the message is delivered.
   */
  channel: 'email' | 'meeting' | 'intranet' | 'chat' | 'letter' | 'video' | 'phone' | 'other';
  /**
   * `buy-in` (secures commitment before kick-off), `information`, `reminder` or `celebration`.
   */
  purpose: 'buy-in' | 'information' | 'reminder' | 'celebration';
  /**
   * The step of the method this message covers, so `mentor comms` does not propose it again: `sponsor-announcement`, `candidate-invitation`, `mentor-preparation`, `pairing-announcement`, `kick-off`, `assessment-reminder` (for the milestone in `when`), `mid-point-check-in`, `closing`, `results-to-sponsor`. Optional: absent means mentor recognises the step from the roles, purpose and date.
   */
  step?:
    | 'sponsor-announcement'
    | 'candidate-invitation'
    | 'mentor-preparation'
    | 'pairing-announcement'
    | 'kick-off'
    | 'assessment-reminder'
    | 'mid-point-check-in'
    | 'closing'
    | 'results-to-sponsor';
  /**
   * Free text shown to people.
   */
  subject?: string;
  /**
   * Free text shown to people.
   */
  text?: string;
}
/**
 * Repeats the message every few weeks from its `when` date, e.g. a monthly reminder to line managers; each occurrence is its own entry in the plan and the calendar. Optional: absent means the message goes out once.
 */
export interface Every {
  /**
   * Weeks between occurrences (4 for roughly monthly).
   */
  weeks: number;
  until?: When1;
}
/**
 * For a rollout or a cycle: the decisions taken after the pilot or the previous cycle, keyed by what they change, so the calibration diff can show which missed KPIs have a decision.
 */
export interface Calibration {
  /**
   * Calibration decisions.
   */
  decisions?: Decision[];
}
/**
 * One calibration decision taken on the evidence of the pilot or the previous cycle.
 */
export interface Decision {
  /**
   * Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  id: string;
  /**
   * Free text shown to people.
   */
  summary: string;
  /**
   * Free text shown to people.
   */
  rationale?: string;
  /**
   * KPI ids of the pilot (for a rollout) or the previous cycle (for a cycle) that this decision responds to.
   *
   * Items: Identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Ids are text: quote ones that look like numbers (`"007"`).
   */
  kpis?: string[];
  /**
   * What the decision changes, as paths in the notation `mentor diff` prints: `process.cadence`, `competencies[id=propozycja-wartosci]`, `kpis[id=nps-uczestnikow].target` (list items by their id, or by `level`, `competency` or `module` where they have no id; people lists as `mentees[id=…]`). A path covers everything under it. `mentor validate` checks that each path exists in this programme (or, for something the rollout removed, in its pilot); `mentor diff` shows each change beside the decisions that name it, and flags changes no decision names.
   */
  changes?: string[];
  /**
   * When the decision was taken.
   */
  date?: string;
}

// ---- people.schema.json ----
/**
 * People who hold a role in the programme: HR owner, sponsor, line managers, consultants. Someone who also mentors or is mentored keeps the same id in `mentors` or `mentees`.
 */
export type Staff = StaffMember[];
/**
 * Mentors, with their own levels and capacity. A mentor may also be a mentee or staff, under the same id.
 */
export type Mentors = Mentor[];
/**
 * Mentees, with baseline and target per competency. A mentee may mentor others too (the same id in `mentors`), never themselves.
 */
export type Mentees = Mentee[];
/**
 * Mentor–mentee pairs and the competencies they work on.
 */
export type Pairs = Pair[];

/**
 * The people of a programme (staff, mentors, mentees) and the pairs they form, kept in their own file so HR can manage them apart from the programme frame. Ids are kept separate from names so reports can be pseudonymised. One person is one id: the same id may stand in `staff`, `mentors` and `mentees` at once (a line manager who also mentors, a senior engineer who mentors and is mentored), with the same name each time; within one list an id appears once.
 */
export interface MentorPeople {
  /**
   * Optional JSON Schema reference for editors; ignored by mentor.
   */
  $schema?: string;
  /**
   * Version of the mentor file format this document is written in. Always `mentor/v1` for this version of the tool.
   */
  apiVersion: 'mentor/v1';
  /**
   * Document kind: `People` for a people file.
   */
  kind: 'People';
  /**
   * Id of the programme (`metadata.id`) these people belong to.
   */
  programme: string;
  staff?: Staff;
  mentors?: Mentors;
  mentees?: Mentees;
  pairs?: Pairs;
}
/**
 * Monitoring data appended over time (step 4): sessions held, assessments against the scale, learning activities, survey answers and externally measured KPI values. Keep one file per month or per pair so git history stays readable.
 */
export interface MentorRecords {
  /**
   * Optional JSON Schema reference for editors; ignored by mentor.
   */
  $schema?: string;
  /**
   * Version of the mentor file format this document is written in. Always `mentor/v1` for this version of the tool.
   */
  apiVersion: 'mentor/v1';
  /**
   * Document kind: `Records` for a records file.
   */
  kind: 'Records';
  /**
   * Id of the programme (`metadata.id`) these records belong to.
   */
  programme: string;
  /**
   * Mentoring sessions held.
   */
  sessions?: Session[];
  /**
   * Assessments of a mentee's level in a competency.
   */
  assessments?: Assessment[];
  /**
   * Learning activities (70:20:10).
   */
  learning?: LearningActivity[];
  /**
   * Survey answers (reaction: satisfaction, NPS).
   */
  surveys?: SurveyAnswer[];
  /**
   * Externally measured KPI values.
   */
  kpiValues?: KpiValue[];
}
/**
 * One mentoring session.
 */
export interface Session {
  /**
   * Pair id.
   */
  pair: string;
  /**
   * Date of the session (for a cancelled or missed one: the date it was planned for).
   */
  date: string;
  /**
   * Length in minutes; required for a held session.
   */
  minutes?: number;
  /**
   * `held` (the default when omitted, so files written before this key mean held sessions), `cancelled` (called off beforehand) or `missed` (did not take place without notice). Session adherence counts held sessions only; the report lists cancelled and missed ones.
   */
  status?: 'held' | 'cancelled' | 'missed';
  /**
   * Why a session was cancelled or missed (no confidential content).
   */
  reason?: string;
  /**
   * What the session was about (no confidential content).
   */
  topic?: string;
}
/**
 * An assessment of a mentee in a competency.
 */
export interface Assessment {
  /**
   * Mentee id.
   */
  mentee: string;
  /**
   * Competency id.
   */
  competency: string;
  /**
   * Date of the assessment.
   */
  date: string;
  /**
   * Level assessed on the competency's scale.
   */
  level: number;
  /**
   * Role of the assessor: `mentor`, `line-manager`, `mentee` (self-assessment), `hr-owner`, `sponsor`, `external` (someone outside the programme) or a role of the programme's own (an id from its `roles`, e.g. `clinical-educator`). Apart from `external`, it must be a role the programme defines.
   */
  assessor: ('mentor' | 'line-manager' | 'mentee' | 'hr-owner' | 'sponsor' | 'external') | string;
}
/**
 * A learning activity of a mentee, classified by 70:20:10.
 */
export interface LearningActivity {
  /**
   * Mentee id.
   */
  mentee: string;
  /**
   * Date of the activity (or its end).
   */
  date: string;
  /**
   * `experience` (on the job, the 70), `social` (from others, the 20) or `formal` (courses, the 10).
   */
  type: 'experience' | 'social' | 'formal';
  /**
   * Hours spent.
   */
  hours: number;
  /**
   * Competency the activity develops.
   */
  competency?: string;
  /**
   * What the activity was.
   */
  description?: string;
}
/**
 * One respondent's answers to a survey.
 */
export interface SurveyAnswer {
  /**
   * Survey identifier, e.g. `mid-point` or `closing`.
   */
  survey: string;
  /**
   * Date of the answer.
   */
  date: string;
  /**
   * Person id of the respondent.
   */
  respondent: string;
  /**
   * Satisfaction on a 1–5 scale.
   */
  satisfaction?: number;
  /**
   * Likelihood to recommend, 0–10 (Net Promoter Score).
   */
  nps?: number;
  /**
   * Free comment.
   */
  comment?: string;
}
/**
 * A KPI value measured outside the tool.
 */
export interface KpiValue {
  /**
   * KPI id.
   */
  kpi: string;
  /**
   * Date the value was measured.
   */
  date: string;
  /**
   * The measured value, in the KPI's unit.
   */
  value: number;
  /**
   * Where the value came from.
   */
  note?: string;
}
