import type {
  Addressees,
  Cadence,
  Communication,
  Competency,
  Criterion,
  Goal,
  Kpi,
  LearningMix,
  Mentee,
  Mentor,
  Preparation,
  PreparationModule,
  RaciActivity,
  Recruitment,
  Role,
  Scale,
  StaffMember,
} from '../model/schema-types.js';
import type { Locale } from '../../messages/index.js';
import type { RelativeDate } from './dates.js';

export type Phase = 'pilot' | 'rollout' | 'cycle';
export type RecruitmentMethod = Recruitment['method'];
export type Importance = Competency['importance'];

/** A file to write, relative to the programme folder, with `/` separators. */
export interface PlannedFile {
  path: string;
  contents: string;
}

/** A file read as text, named by its path relative to where it was found. */
export type RawFile = PlannedFile;

/** A milestone whose date is relative to the period (`start+14`, `mid`, `end-7`). */
export interface FrameMilestone {
  id: string;
  name: string;
  date: RelativeDate;
  /** The answers dated it: the day the template meant, for a template's milestone the answers moved, else true for one they added. */
  dated?: { templateDate?: RelativeDate };
}

export type FrameWhen = { date: RelativeDate } | { milestone: string; offsetDays?: number };

export interface FrameCommunication extends Omit<Communication, 'when' | 'every'> {
  when: FrameWhen;
  /** A recurring message: its `until` is relative to the period like `when`. */
  every?: { weeks: number; until?: FrameWhen };
}

/**
 * The frame of a programme without its dates and people: what a template holds for one locale,
 * and what `--from` copies out of a pilot. Dates are relative to the period, so one frame fits any
 * start and length.
 */
export interface Frame {
  goals: Goal[];
  scales: Scale[];
  competencies: Competency[];
  addressees?: Omit<Addressees, 'recruitment'> & { recruitment: Omit<Recruitment, 'closes'> & { closes?: RelativeDate } };
  roles: Role[];
  roleMatrix?: RaciActivity[];
  process: {
    milestones: FrameMilestone[];
    cadence: Cadence;
    learningMix: LearningMix;
  };
  preparation?: Preparation;
  kpis: Kpi[];
  communications?: FrameCommunication[];
}

/** What `template.yaml` says about a template, besides its frames. */
export interface TemplateMeta {
  title: Partial<Record<Locale, string>>;
  description: Partial<Record<Locale, string>>;
  defaults: {
    /** Programme length in weeks. */
    weeks: number;
    /** Default programme name per locale; `{year}` is replaced by the start year. */
    name: Partial<Record<Locale, string>>;
    /** Default `metadata.description` per locale. */
    description?: Partial<Record<Locale, string>>;
  };
}

/** A template as loaded from disk: metadata, one frame per locale it supports, and its real files. */
export interface Template {
  /** Name to show and to pass to `--template` (the folder name). */
  name: string;
  /** Where it was read from, for messages. */
  source: string;
  meta: TemplateMeta;
  frames: Partial<Record<Locale, Frame>>;
  /** Real files copied into the programme folder (`_gitignore` → `.gitignore`, `README.<locale>.md` → `README.md`…). */
  files: RawFile[];
}

/** A goal the user adds to the template's. */
export interface GoalInput {
  id?: string;
  /** The id was made from the name (by the dialogue), so it is listed with the ids made before writing. */
  made?: boolean;
  name: string;
  description?: string;
  /** Where the answer was given (`goals[2]` in an answers file), for messages; the dialogue leaves it out. */
  at?: string;
}

/** A competency the user adds to the template's. */
export interface CompetencyInput {
  id?: string;
  /** The id was made from the name (by the dialogue), so it is listed with the ids made before writing. */
  made?: boolean;
  name: string;
  importance: Importance;
  /** Goal id; may be left out only while a single goal is kept. */
  goal?: string;
  whyVacant?: string;
  description?: string;
  /** The target level a new mentee gets (`mentor select` measures a candidate's gap to it). */
  defaultTarget?: number;
  /** Where the answer was given (`competencies[1]` in an answers file), for messages. */
  at?: string;
}

export type MentorInput = Omit<Mentor, 'id' | 'capacity' | 'levels'> & { id?: string; capacity?: number; levels?: Record<string, number> };
export type MenteeInput = Omit<Mentee, 'id'> & { id?: string };

/** A person named in a brief: the HR owner, the sponsor, a line manager. The id is made from the name when missing. */
export interface PersonInput {
  id?: string;
  name: string;
  title?: string;
  department?: string;
  email?: string;
}

/** A proficiency scale the user defines: levels in order, each with a label (and a descriptor). */
export interface ScaleInput {
  id?: string;
  name: string;
  levels: { level: number; label: string; descriptor?: string }[];
  at?: string;
}

/** An eligibility criterion of the user's own: in words, with the checks `mentor select` can apply. */
export type CriterionInput = Omit<Criterion, 'id'> & { id?: string; at?: string };

/** A mentor preparation module of the user's own (step 3). */
export type ModuleInput = Omit<PreparationModule, 'id'> & { id?: string; at?: string };

/** A KPI of the user's own; `metric` defaults to an id made from the name, `direction` to `higher`. */
export type KpiInput = Omit<Kpi, 'id' | 'metric' | 'direction' | 'scope' | 'checkpoints'> & {
  id?: string;
  metric?: string;
  direction?: Kpi['direction'];
  /** Competency ids the KPI is restricted to. */
  competencies?: string[];
  at?: string;
};

/**
 * A message of the user's own. `date` is a day (`2027-01-04`) or a day relative to the period
 * (`start-14`); otherwise `milestone` with `offsetDays`. `toPeople` may name staff by name.
 */
export type CommunicationInput = Omit<Communication, 'id' | 'when' | 'every'> & {
  id?: string;
  date?: string;
  milestone?: string;
  offsetDays?: number;
  at?: string;
};

/** A milestone the user dates: one of the template's by id (moved, renamed), or a new one. */
export interface MilestoneInput {
  id?: string;
  name?: string;
  /** A day (`2027-01-25`) or a day relative to the period (`start+14`, `mid`, `end-7`); may be left out only to rename one of the template's. */
  date?: string;
  at?: string;
}

/** What the user says about a role: its name and responsibilities (the role texts). */
export interface RoleInput {
  name?: string;
  responsibilities?: string[];
  /** The people who hold the role (a role of the programme's own that messages go to): staff, by name or as persons. */
  people?: PersonInput[];
}

/** An id made from a name typed by the user, to show before anything is written. */
export interface MadeId {
  section: 'goal' | 'competency' | 'scale' | 'criterion' | 'module' | 'kpi' | 'communication' | 'milestone' | 'staff' | 'mentor' | 'mentee' | 'pair';
  id: string;
  name: string;
}

/** A pair given in the answers: mentor and mentee by id or by name; competencies default to the mentee's, the start to the kick-off. */
export interface PairInput {
  id?: string;
  mentor: string;
  mentee: string;
  competencies?: string[];
  start?: string;
}

/**
 * Every answer `mentor init` needs, after flags, the answers file, prompts and defaults were
 * merged. Optional selections mean "all of the template's".
 */
export interface ScaffoldAnswers {
  id: string;
  name: string;
  organisation: string;
  locale: Locale;
  phase: Phase;
  start: string;
  weeks: number;
  description?: string;
  goals?: string[];
  customGoals?: GoalInput[];
  competencies?: string[];
  customCompetencies?: CompetencyInput[];
  criteria?: string[];
  recruitment?: RecruitmentMethod;
  size?: number;
  /** The HR process owner (a name, or a person with title and department); a marked placeholder when missing. */
  hrOwner?: string | PersonInput;
  /** The sponsor (a name, or a person with title and department); a marked placeholder when missing. */
  sponsor?: string | PersonInput;
  /** The mentees' line managers (department heads); a marked placeholder when none is given. */
  lineManagers?: PersonInput[];
  cadence?: Partial<Cadence>;
  learningMix?: { experience: number; social: number; formal: number };
  kpis?: string[];
  customKpis?: KpiInput[];
  /** The scale of every competency: a scale of the template's by id, or the user's own. */
  scale?: string | ScaleInput;
  customCriteria?: CriterionInput[];
  /** Preparation modules of the template's to keep (all when undefined). */
  preparation?: string[];
  customModules?: ModuleInput[];
  /** Messages of the template's to keep (all when undefined). */
  communications?: string[];
  customCommunications?: CommunicationInput[];
  milestones?: MilestoneInput[];
  /** Role names and responsibilities by role id; an id the frame lacks adds a role. */
  roles?: Record<string, RoleInput>;
  mentors?: MentorInput[];
  mentees?: MenteeInput[];
  pairs?: PairInput[];
  /** The day the mentors given finish every required preparation module (the workshop), for those whose `preparation` is not given. */
  mentorsPrepared?: string;
}

/** Where the frame comes from: a template, or a pilot that a rollout is calibrated from. */
export interface ScaffoldSource {
  /** Template name, or the pilot's path as given. */
  name: string;
  frame: Frame;
  /** Real files (README, .gitignore, workflow), before placeholders are filled in. */
  files: RawFile[];
  /** Staff to keep (a rollout keeps its pilot's HR owner, sponsor and line managers). */
  staff?: StaffMember[];
  /** For a rollout: the pilot link, its path relative to the new folder. */
  pilot?: { path: string; id: string };
  /** For a cycle: the link to the cycle before it, its path relative to the new folder. */
  previous?: { path: string; id: string };
}

export interface ScaffoldContext {
  /** The tool's schema files, copied to `.mentor/schemas/` so the editor modeline resolves offline. */
  schemas: RawFile[];
  /** The tool's version. */
  toolVersion: string;
  /** Where the CI workflow installs mentor from (an npm install spec); undefined when no source is known. */
  toolSource?: string;
}
