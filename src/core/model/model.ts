import type { DataPath } from '../diagnostics.js';
import type { Location, ParsedFile } from '../parse/parsed-file.js';
import type { ProgrammeBundle } from './bundle.js';
import type {
  Assessment,
  KpiValue,
  LearningActivity,
  Mentee,
  Mentor,
  Pair,
  PeopleDocument,
  Programme,
  RecordsDocument,
  Session,
  StaffMember,
  SurveyAnswer,
} from './types.js';

/** A schema-valid programme with its people and records merged, and where every object came from. */
export interface ProgrammeModel {
  file: ParsedFile;
  programme: Programme;
  staff: StaffMember[];
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: Pair[];
  sessions: Session[];
  assessments: Assessment[];
  learning: LearningActivity[];
  surveys: SurveyAnswer[];
  kpiValues: KpiValue[];
  peopleFiles: { file: ParsedFile; data: PeopleDocument }[];
  recordsFiles: { file: ParsedFile; data: RecordsDocument }[];
  /** The pilot programme, when it was found and passes its schema. */
  pilot?: { file: ParsedFile; programme: Programme };
  /** The previous cycle, when it was found and passes its schema. */
  previous?: { file: ParsedFile; programme: Programme };
  /**
   * Where each object (map or list) of every document sits: its file and data path. Built on first
   * use: only findings need positions, and walking every record of a large programme costs more than
   * validating it.
   */
  readonly origins: WeakMap<object, Location>;
}

function register(origins: WeakMap<object, Location>, file: ParsedFile, value: unknown, path: DataPath): void {
  if (value === null || typeof value !== 'object') return;
  origins.set(value, { file, path });
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') register(origins, file, item, [...path, i]);
    }
  } else {
    for (const [key, child] of Object.entries(value)) {
      if (child !== null && typeof child === 'object') register(origins, file, child, [...path, key]);
    }
  }
}

// One model per bundle: validation builds it for the rules, and a document command (report, comms)
// asks for it again; registering every object's origin is the costly part at 10,000 mentees.
const built = new WeakMap<ProgrammeBundle, ProgrammeModel>();

/** Builds the model of a bundle whose files all passed their schemas (the caller checks that); once per bundle. */
export function buildModel(bundle: ProgrammeBundle): ProgrammeModel {
  let model = built.get(bundle);
  if (!model) built.set(bundle, (model = makeModel(bundle)));
  return model;
}

function makeModel(bundle: ProgrammeBundle): ProgrammeModel {
  const programme = bundle.programme.data as Programme;
  const peopleFiles = bundle.people.map((file) => ({ file, data: file.data as PeopleDocument }));
  const recordsFiles = bundle.records.map((file) => ({ file, data: file.data as RecordsDocument }));
  let origins: WeakMap<object, Location> | undefined;
  const registerAll = (): WeakMap<object, Location> => {
    const map = new WeakMap<object, Location>();
    register(map, bundle.programme, programme, []);
    for (const { file, data } of [...peopleFiles, ...recordsFiles]) register(map, file, data, []);
    return map;
  };

  const bodies = [programme.people ?? {}, ...peopleFiles.map((p) => p.data)];
  const model: ProgrammeModel = {
    file: bundle.programme,
    programme,
    staff: bodies.flatMap((b) => b.staff ?? []),
    mentors: bodies.flatMap((b) => b.mentors ?? []),
    mentees: bodies.flatMap((b) => b.mentees ?? []),
    pairs: bodies.flatMap((b) => b.pairs ?? []),
    sessions: recordsFiles.flatMap((r) => r.data.sessions ?? []),
    assessments: recordsFiles.flatMap((r) => r.data.assessments ?? []),
    learning: recordsFiles.flatMap((r) => r.data.learning ?? []),
    surveys: recordsFiles.flatMap((r) => r.data.surveys ?? []),
    kpiValues: recordsFiles.flatMap((r) => r.data.kpiValues ?? []),
    peopleFiles,
    recordsFiles,
    get origins() {
      return (origins ??= registerAll());
    },
  };
  if (bundle.pilot?.kind === 'Programme' && bundle.pilot.data) {
    model.pilot = { file: bundle.pilot, programme: bundle.pilot.data as Programme };
  }
  if (bundle.previous?.kind === 'Programme' && bundle.previous.data) {
    model.previous = { file: bundle.previous, programme: bundle.previous.data as Programme };
  }
  return model;
}

/** The location of an object of the model, extended by a sub-path (e.g. `at(mentee, 'competencies', 0)`). */
export function locationOf(model: ProgrammeModel, object: object, ...sub: DataPath): Location {
  const origin = model.origins.get(object);
  if (!origin) return { file: model.file, path: [] };
  return { file: origin.file, path: [...origin.path, ...sub] };
}
