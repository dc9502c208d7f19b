import type { ToolSourceGap } from '../core/scaffold/tool-source.js';
import type { AnswerExpectation } from '../core/scaffold/answers.js';
import type { ScaffoldCounts } from '../core/scaffold/plan-scaffold.js';
import type { MadeId } from '../core/scaffold/types.js';
/** Sections of a generated programme file that carry an explanatory comment. */
export type ProgrammeSection =
  | 'metadata'
  | 'includes'
  | 'goals'
  | 'scales'
  | 'competencies'
  | 'addressees'
  | 'roles'
  | 'roleMatrix'
  | 'process'
  | 'preparation'
  | 'kpis'
  | 'communications'
  | 'calibration';

export type MethodRole = 'mentee' | 'mentor' | 'hr-owner' | 'line-manager' | 'sponsor';

/** Texts written into the generated files, in the programme's locale. */
export interface InitFileText {
  /** Lines under the modeline of programme.yaml. */
  /** `basis`: what the frame was copied from (a template, the pilot of a rollout, the cycle before). */
  programmeHeader: (p: { name: string; organisation: string; source: string; basis: 'template' | 'pilot' | 'previous' }) => string;
  sections: Record<ProgrammeSection, string>;
  /** `placeholders`: whether the people file still holds a "(fill in: …)" person, which the second line asks to replace. */
  peopleHeader: (p: { name: string; placeholders?: boolean }) => string;
  staff: string;
  mentors: string;
  mentees: string;
  pairs: (p: { matching?: string }) => string;
  /** Introduces the commented-out sample mentor and mentee in a people file that has none yet. */
  sampleHeading: string;
  /** Names used in that sample. */
  sampleNames: { mentor: string; mentee: string };
  /** The header of a month's records file; `folder` holds the month files, relative to the programme file (`records`). */
  recordsHeader: (p: { name: string; month: string; folder: string }) => string;
  /** A commented-out sample of each kind of record, shown at the end of the first records file. */
  recordsSample: string;
  placeholders: {
    organisation: string;
    hrOwner: string;
    sponsor: string;
    lineManager: string;
  };
  /** Role names used when a template or pilot lacks one of the method's five roles. */
  roleNames: Record<MethodRole, string>;
  /** Default `name` of a rollout scaffolded from a pilot. */
  rolloutName: (pilotName: string) => string;
  /** Default `name` of a cycle scaffolded from the cycle before it. */
  cycleName: (previousName: string) => string;
  /** How often pairs meet, completing "a session …" (`{{cadence}}` in templates): "every week", "every three weeks". */
  cadence: (everyWeeks: number) => string;
  /** How long a session lasts (`{{sessionLength}}`): "90 minutes". */
  sessionLength: (minutes: number) => string;
  /** How long the programme runs (`{{length}}`): "24 weeks". */
  programmeLength: (weeks: number) => string;
  /** The comment above `process.durationWeeks`: the span the pairs meet in, within the programme's weeks. */
  durationNote: (p: { kickOff: string; closing: string; durationWeeks: number; weeks: number }) => string;
  /** In the README: how CI installs mentor, and how to install it the same way (or that no source is set yet). */
  toolSourceNote: (spec: string | undefined) => string;
  /**
   * In the README, under "Before the programme starts": what the answers left to fill in (people still
   * placeholders, no mentors or mentees, placeholders or missing KPI baselines in the frame), one
   * Markdown bullet each; when nothing is left, a line saying so.
   */
  beforeStart: (p: { staffPlaceholders: boolean; noPeople: boolean; framePlaceholders: boolean }) => string;
  /** `addressees.recruitment.description` written when the answers change the template's recruitment method. */
  recruitment: Record<'nomination' | 'application' | 'mixed', string>;
}

/** The prompts' own words: yes/no and the key hints under a list. */
export interface PromptUiText {
  yes: string;
  no: string;
  /** Answers read as yes and as no, lower case. */
  yesAnswers: readonly string[];
  noAnswers: readonly string[];
  /** The hint after a yes/no question, the default in capitals: `Y/n` (shown in parentheses). */
  yesNoHint: (defaultYes: boolean) => string;
  yesNoInvalid: string;
  /** What a key does under a single-choice list (inquirer's action names: navigate, select). */
  selectKeys: Record<string, string>;
  /** What a key does under a multiple-choice list (navigate, select, all, invert, submit). */
  checkboxKeys: Record<string, string>;
  /** Names of keys that are words (`space`). */
  keyNames: Record<string, string>;
}

/** Every user-facing string of `mentor init`, in one locale. */
export interface InitText {
  file: InitFileText;
  ui: PromptUiText;
  /** Headings printed as the dialogue moves through the method's steps. */
  steps: { start: string; frame: string; addressees: string; roles: string; process: string; preparation: string; kpis: string; people: string };
  prompts: {
    dir: string;
    template: string;
    locale: string;
    phase: string;
    from: string;
    /** For a cycle: the cycle before it, which may be left empty (a first cycle). */
    previous: string;
    name: string;
    organisation: string;
    goals: string;
    addGoal: string;
    competencies: string;
    addCompetency: string;
    importance: (competency: string) => string;
    goalOf: (competency: string) => string;
    /** The scale question, and a scale's choice: its name and levels. */
    scaleChoice: string;
    scale: (name: string, levels: string) => string;
    scaleName: string;
    scaleLevels: string;
    whyVacant: (competency: string) => string;
    addCriterion: string;
    criterionGap: string;
    criterionImportance: string;
    criterionTenure: string;
    lineManager: string;
    department: (person: string) => string;
    hasLineManagers: string;
    editRoles: string;
    roleResponsibilities: (role: string) => string;
    milestone: string;
    milestoneName: string;
    milestoneDate: (milestone: string) => string;
    communications: string;
    addMessage: string;
    messageFrom: (subject: string) => string;
    messageTo: (subject: string) => string;
    messageChannel: (subject: string) => string;
    messagePurpose: (subject: string) => string;
    messageWhen: (subject: string) => string;
    messageText: (subject: string) => string;
    preparation: string;
    addModule: string;
    moduleHours: (module: string) => string;
    addKpi: string;
    kpiLevel: (kpi: string) => string;
    kpiMetric: (kpi: string) => string;
    kpiBaseline: (kpi: string) => string;
    kpiTarget: (kpi: string) => string;
    kpiUnit: (kpi: string) => string;
    kpiDirection: (kpi: string) => string;
    kpiSource: (kpi: string) => string;
    lineManagerOf: (person: string) => string;
    pairMentor: string;
    pairMentee: (mentor: string) => string;
    mentorsPrepared: string;
    criteria: string;
    recruitment: string;
    size: string;
    hrOwner: string;
    sponsor: string;
    start: string;
    weeks: string;
    cadenceWeeks: string;
    sessionMinutes: string;
    mix: string;
    kpis: string;
    addPeople: string;
    menteeName: string;
    mentorName: string;
    baseline: (competency: string) => string;
    target: (competency: string) => string;
    mentorLevel: (competency: string) => string;
    capacity: string;
    notInPlan: string;
    write: (files: number, dir: string) => string;
  };
  choices: {
    phase: Record<'pilot' | 'rollout' | 'cycle', string>;
    locale: Record<'en' | 'pl', string>;
    recruitment: Record<'nomination' | 'application' | 'mixed', string>;
    importance: Record<'strategic' | 'tactical', string>;
    ownScale: string;
    anyImportance: string;
    done: string;
    newMilestone: string;
    noLineManager: string;
    channel: Record<'email' | 'meeting' | 'intranet' | 'chat' | 'letter' | 'video' | 'phone' | 'other', string>;
    purpose: Record<'buy-in' | 'information' | 'reminder' | 'celebration', string>;
    kirkpatrick: Record<1 | 2 | 3 | 4, string>;
    externalMetric: string;
    direction: Record<'higher' | 'lower', string>;
  };
  invalid: {
    required: string;
    date: string;
    wholeNumber: (min: number, max: number) => string;
    mix: string;
    mixDeviation: (tolerance: number) => string;
    pickOne: string;
    notEmptyFolder: string;
    levels: string;
    number: string;
    when: (milestones: string[]) => string;
    optionalWhole: (min: number, max: number) => string;
  };
  errors: {
    missing: (items: string[]) => string;
    missingHint: (example: string) => string;
    unknownTemplate: (name: string, known: string[]) => string;
    templateHint: string;
    templateInvalid: (source: string, detail: string) => string;
    templateLocale: (name: string, locale: string, available: string[]) => string;
    notEmpty: (dir: string, entries: string[]) => string;
    wouldOverwrite: (files: string[]) => string;
    forceHint: string;
    fromWithTemplate: string;
    rolloutNeedsFrom: string;
    pilotBroken: (path: string) => string;
    /** `--from` names a rollout; `pilot` is the path of its own pilot, when it names one. */
    fromRollout: (path: string, pilot: string | undefined) => string;
    answersFile: (file: string, detail: string) => string;
    answersUnknown: (keys: { key: string; suggestion?: string }[], known: string[]) => string;
    /** What a value in an answers file should have been. */
    expected: (e: AnswerExpectation) => string;
    /** An id a selection names that the template lacks: `key` is where it was given (`preparation[1]`, `--kpis`). */
    unknownId: (key: string, id: string, suggestion: string | undefined, known: string[]) => string;
    noneLeft: (what: string) => string;
    unknownGoal: (key: string, id: string, known: string[]) => string;
    goalMissing: (key: string, name: string, known: string[]) => string;
    goalNotKept: (key: string, competency: string, goal: string) => string;
    idTaken: (key: string, id: string, made: boolean, by: 'template' | 'answers') => string;
    unknownCompetency: (key: string, id: string, known: string[]) => string;
    kpiEmptied: (key: string, kpi: string, competencies: string[]) => string;
    unknownMilestone: (key: string, id: string, known: string[]) => string;
    unknownRole: (key: string, id: string, known: string[]) => string;
    milestoneNeedsDate: (key: string, known: string[]) => string;
    badValue: (key: string, detail: string) => string;
  };
  out: {
    templatesHeading: string;
    templateLocales: (locales: string[]) => string;
    defaultTemplate: string;
    dryRun: (dir: string) => string;
    created: (dir: string, files: number) => string;
    checkedClean: string;
    checkedProblems: (errors: number, warnings: number) => string;
    /** A clean check with `(fill in: …)` placeholders left, which `mentor validate` keeps warning about. */
    checkedPlaceholders: (count: number) => string;
    next: (p: { dir: string; cd: boolean; inGit: boolean; placeholders: boolean; noPeople: boolean; copiedFrom?: string; unprepared: boolean; toolSourceGap?: ToolSourceGap }) => string[];
    /** Where the CI workflow installs mentor from, and why that source. */
    toolSource: (spec: string, origin: 'flag' | 'env' | 'install' | 'clone' | 'published') => string;
    nextHeading: string;
    cancelled: string;
    forced: (files: string[]) => string;
    /** A warning: the pilot `--from` names ends after today. */
    pilotRunning: (path: string, end: string) => string;
    /** A cycle scaffolded from a cycle (or any run) that has not ended. */
    previousRunning: (path: string, end: string) => string;
    /** What the programme about to be written holds, in one sentence (counts from the plan; a scale named when there is one). */
    summary: (counts: ScaffoldCounts, scale: { name: string; levels: string } | undefined) => string;
    /** The heading above the ids made from names, and what each section is called in that list. */
    madeIdsHeading: string;
    madeIdSection: Record<MadeId['section'], string>;
    /** Template items that go with the goals left out, which no answer named. */
    leftOut: (p: { competencies: { id: string; goal: string }[]; kpis: { id: string }[] }) => string;
  };
}
