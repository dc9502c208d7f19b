import type {
  Addressees,
  Cadence,
  Communication,
  Competency,
  Goal,
  Kpi,
  LearningMix,
  Mentee,
  Mentor,
  Preparation,
  RaciActivity,
  Recruitment,
  Role,
  Scale,
  StaffMember,
} from '../model/schema-types.js';
import type { Locale } from '../../messages/index.js';
import type { RelativeDate } from './dates.js';

export type Phase = 'pilot' | 'rollout';
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
  name: string;
  description?: string;
  /** Where the answer was given (`goals[2]` in an answers file), for messages; the dialogue leaves it out. */
  at?: string;
}

/** A competency the user adds to the template's. */
export interface CompetencyInput {
  id?: string;
  name: string;
  importance: Importance;
  /** Goal id; may be left out only while a single goal is kept. */
  goal?: string;
  whyVacant?: string;
  description?: string;
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
}

export interface ScaffoldContext {
  /** The tool's schema files, copied to `.mentor/schemas/` so the editor modeline resolves offline. */
  schemas: RawFile[];
  /** The tool's version. */
  toolVersion: string;
  /** Where the CI workflow installs mentor from (an npm install spec); undefined when no source is known. */
  toolSource?: string;
}
