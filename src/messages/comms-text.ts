import type { Channel, Purpose, RecruitmentMethod, StepId } from '../core/comms/types.js';

/** A message as the method writes it by default: subject and text, with placeholders. */
export interface MessageTemplate {
  subject: string;
  text: string;
}

/** A purpose's default. Where its `text` quotes the message's own `{subject}`, `untitled` is the text for a message with no subject either. */
export interface PurposeTemplate extends MessageTemplate {
  untitled?: string;
}

/**
 * What a step's default text may refer to. Dates are given as placeholders (`{milestone:kick-off}`,
 * or `{start}` when the programme has no such milestone), so the text stays right when dates move.
 */
export interface StepTemplateParams {
  method: RecruitmentMethod;
  kickOff: string;
  matching: string;
  closing: string;
  /** `{recruitment-closes}` when the programme has the date, else undefined (the text does without it). */
  recruitmentCloses?: string;
  /** For `assessment-reminder`: the milestone it prepares. */
  milestone?: string;
  /**
   * For `assessment-reminder`: the roles it goes to (those who assess). `mentee` among them means
   * self-assessment; the line about assessing separately needs mentors and line managers both.
   * Undefined: mentors, and line managers when the programme has them.
   */
  assessors?: readonly string[];
  /**
   * Whether the programme has line managers (a `line-manager` role). Without them the sponsor
   * announces the programme to candidates and mentors, and no text mentions line managers.
   */
  lineManagers: boolean;
}

/** Labels of the columns and fields every comms format shares. */
export interface CommsLabels {
  date: string;
  time: string;
  from: string;
  to: string;
  channel: string;
  purpose: string;
  subject: string;
  text: string;
  step: string;
  recipients: string;
  /** The marker on proposed entries. */
  proposed: string;
  /** Where a proposal comes from, for the calendar and the Markdown. */
  proposedNote: string;
  allDay: string;
  occurrence: (n: number, of: number) => string;
  /** `3 people` / `3 osoby`. */
  people: (n: number) => string;
  nobody: string;
  /** Appended to a role's people (its own punctuation first): `n` more of its holders are listed under a role above. */
  besidesAbove: (n: number) => string;
  /** A role all of whose holders are listed under a role above: their names, or their count. */
  allAbove: (who: string) => string;
  /** A role with its people: `Sponsor: Piotr Dąbrowski`, or the count when there are many. */
  roleWith: (role: string, who: string) => string;
}

/** Every user-facing string of `mentor comms`, in one locale. */
export interface CommsText {
  /** Default texts of the method's steps, written as a consultant writes them, with placeholders. */
  steps: Record<StepId, (p: StepTemplateParams) => MessageTemplate>;
  /**
   * Default texts by purpose, for a programme's own message that has no text and covers no step;
   * like the steps' texts, they mention line managers only in a programme that has them.
   */
  purposes: (p: Pick<StepTemplateParams, 'lineManagers'>) => Record<Purpose, PurposeTemplate>;
  /** `27 stycznia 2026` / `27 January 2026`: dates inside message texts. */
  longDate: (iso: string) => string;
  /** `a, b i c` / `a, b and c`. */
  list: (items: readonly string[]) => string;
  /** `co 2 tygodnie po 60 minut` / `every 2 weeks, 60 minutes each`. */
  cadence: (everyWeeks: number, minutes: number) => string;
  /** A preparation module in a list: `Rola mentora (4 h)`. */
  module: (name: string, hours: number) => string;
  /** What a personal placeholder shows in the shared plan, before the mail merge fills it. */
  markers: Record<'recipient' | 'first-name' | 'mentor' | 'line-manager', string>;
  stepNames: Record<StepId, string>;
  purposeNames: Record<Purpose, string>;
  channelNames: Record<Channel, string>;
  labels: CommsLabels;
  /** Headings and lines of the human formats. */
  out: {
    title: (programme: string) => string;
    period: (start: string, end: string) => string;
    asOf: (date: string) => string;
    summary: (entries: number, proposed: number) => string;
    empty: string;
    textsHeading: string;
    /** Comment lines at the top of `--proposed-only` YAML. */
    yamlHeader: (programme: string, count: number) => string[];
    yamlNone: string;
  };
  /** Usage errors of `mentor comms` (exit 2). */
  errors: {
    unknownRole: (flag: string, role: string, known: readonly string[]) => string;
    unknownPerson: (id: string) => string;
    betweenOrder: (from: string, to: string) => string;
    betweenCount: string;
    yamlNeedsProposedOnly: string;
    mergeFormat: (format: string) => string;
  };
}

/**
 * Who an assessment reminder speaks to, for its default text: mentees assessing themselves (`self`),
 * only themselves (`onlySelf`), and mentors beside line managers (`separately`, who then compare).
 */
export function assessorsOf(p: StepTemplateParams): { self: boolean; onlySelf: boolean; separately: boolean } {
  const who = p.assessors;
  if (who === undefined) return { self: false, onlySelf: false, separately: p.lineManagers };
  const self = who.includes('mentee');
  return { self, onlySelf: self && who.length === 1, separately: who.includes('mentor') && who.includes('line-manager') };
}
