import type { Reach } from './people.js';
import type { Communication, When } from '../model/types.js';
import type { FillScope } from './fill.js';

/** A step of the method's communication flow (`step` in a message). */
export type StepId = NonNullable<Communication['step']>;
export type Purpose = Communication['purpose'];
export type Channel = Communication['channel'];
export type RecruitmentMethod = 'nomination' | 'application' | 'mixed';

/** One person who can send or receive messages. */
export interface PlanPerson {
  id: string;
  name: string;
  /** Only when the people file has one: mentor never invents addresses. */
  email?: string;
  /** Roles the person holds: staffed roles, `mentor`, `mentee`, and `line-manager` for mentees' line managers. */
  roles: string[];
}

/** One dated message of the plan: one occurrence of a programme message, or one proposal. */
export interface PlanEntry {
  /** The message id (for a proposal: the id it would get in the programme). */
  id: string;
  /** 1 for a one-off message; 1, 2, 3… for the occurrences of a recurring one. */
  occurrence: number;
  /** How many occurrences the message has in all. */
  occurrences: number;
  /** True when the method proposes the entry because the programme leaves the step uncovered. */
  proposed: boolean;
  /** The step of the method the entry covers (written in `step`, or recognised), if any. */
  step?: StepId;
  /** For `assessment-reminder`: the milestone it prepares. */
  stepMilestone?: string;
  date: string;
  /** `HH:MM` in the programme time zone; absent for an all-day entry. */
  time?: string;
  /** Length of a timed entry in minutes. */
  minutes?: number;
  from: { role: string; people: string[] };
  /** The addressees as written: roles and named people. */
  to: { roles: string[]; people: string[] };
  /** Everyone who receives the entry, resolved from roles and named people, each once. */
  recipients: readonly string[];
  /** The recipients by the role in `to` they are reached through (first role wins), then the named people. */
  reach: Reach['groups'];
  channel: Channel;
  purpose: Purpose;
  /** Subject and text with the programme's data filled in (personal placeholders shown as markers). */
  subject: string;
  text: string;
  /** The templates before filling, for mail merge. */
  template: { subject: string; text: string };
  /** Whether the subject and text come from the programme or are the method's defaults. */
  source: { subject: 'programme' | 'default'; text: 'programme' | 'default' };
  /** The message as the programme holds it, or as the proposal would be written into it. */
  message: Communication;
}

/** The dated communication plan of one programme. */
export interface CommsPlan {
  programme: {
    id: string;
    name: string;
    organisation: string;
    locale: 'pl' | 'en';
    timeZone: string;
    revision: number;
    period: { start: string; end: string };
  };
  asOf: string;
  roles: { id: string; name: string }[];
  /** Everyone who sends or receives an entry, by id. */
  people: ReadonlyMap<string, PlanPerson>;
  /** Sorted by date, then time (all-day first), then the programme's order. */
  entries: PlanEntry[];
  /** What the texts were filled from, so a mail merge can fill personal placeholders per recipient. */
  scope: FillScope;
}

/** A date the plan counts from, and how a proposal writes it down. */
export interface Anchor {
  date: string;
  /** `{ milestone, offsetDays }` when the date comes from a milestone, else a fixed `{ date }`. */
  when: When;
}
