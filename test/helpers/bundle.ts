import { parse, stringify } from 'yaml';
import type { ProgrammeBundle } from '../../src/core/model/bundle.js';
import { parseSource } from '../../src/core/parse/parse-source.js';
import type { ParsedFile } from '../../src/core/parse/parsed-file.js';
import { checkRules } from '../../src/core/validate/index.js';
import { word } from '../../src/core/word.js';
import type { Diagnostic, RuleId } from '../../src/core/diagnostics.js';
import { checkSchema } from '../../src/core/validate/schema.js';

/** Parses YAML text as if read from `file`. */
export function parsed(file: string, text: string): ParsedFile {
  return parseSource(file, new TextEncoder().encode(text));
}

/**
 * A small, valid programme (inline people, no records) that every rule test starts from and then
 * breaks in one place. Keep it clean: test/helpers/bundle.test.ts checks it yields no findings.
 */
export const baseProgrammeYaml = `apiVersion: mentor/v1
kind: Programme
metadata:
  id: demo
  name: Demo programme
  organisation: Demo Ltd
  phase: pilot
  locale: en
  period: { start: 2026-01-05, end: 2026-06-30 }
goals:
  - id: g1
    name: Keep key accounts
scales:
  - id: s5
    name: Five levels
    levels:
      - { level: 1, label: Novice }
      - { level: 2, label: Beginner }
      - { level: 3, label: Competent }
      - { level: 4, label: Proficient }
      - { level: 5, label: Expert }
competencies:
  - { id: negotiation, name: Negotiation, importance: strategic, scale: s5, goal: g1 }
roles:
  - { id: mentee, name: Mentee }
  - { id: mentor, name: Mentor }
  - { id: line-manager, name: Line manager }
  - { id: hr-owner, name: HR owner, staffedBy: [hr1] }
  - { id: sponsor, name: Sponsor, staffedBy: [sp1] }
process:
  milestones:
    - { id: kick-off, name: Kick-off, date: 2026-01-19 }
    - { id: closing, name: Closing, date: 2026-06-26 }
  cadence: { everyWeeks: 2, minutes: 60 }
  learningMix: { experience: 70, social: 20, formal: 10, tolerance: 10 }
preparation:
  modules:
    - { id: role, name: The mentor's role, hours: 4 }
kpis:
  - { id: k1, name: Gap closed, level: 2, metric: gap-closed-share, target: 0.6, direction: higher }
communications:
  - id: buy-in
    when: { milestone: kick-off, offsetDays: -7 }
    from: sponsor
    to: [line-manager, mentor, mentee]
    channel: email
    purpose: buy-in
people:
  staff:
    - { id: hr1, name: Hanna Reed }
    - { id: sp1, name: Sam Price }
    - { id: lm1, name: Lee Moss }
  mentors:
    - id: m1
      name: Maria Mentor
      capacity: 2
      lineManager: sp1
      levels: { negotiation: 5 }
      preparation: [{ module: role, completed: 2026-01-12 }]
  mentees:
    - id: e1
      name: Eve Mentee
      lineManager: lm1
      competencies: [{ competency: negotiation, baseline: 2, target: 4 }]
  pairs:
    - { id: p1, mentor: m1, mentee: e1, competencies: [negotiation], start: 2026-01-26 }
`;

/** Returns the base programme with `edit` applied to its plain data (re-serialised, so positions shift). */
export function programmeYaml(edit: (data: Record<string, any>) => void = () => {}): string {
  const data = parse(baseProgrammeYaml) as Record<string, any>;
  edit(data);
  return stringify(data);
}

export interface BundleFiles {
  programme: string;
  people?: Record<string, string>;
  records?: Record<string, string>;
  pilot?: string;
  previous?: string;
}

/** Builds a bundle from YAML texts, as the I/O layer would from files. */
export function bundleOf(files: BundleFiles): ProgrammeBundle {
  const bundle: ProgrammeBundle = {
    programme: parsed('programme.yaml', files.programme),
    people: Object.entries(files.people ?? {}).map(([name, text]) => parsed(name, text)),
    records: Object.entries(files.records ?? {}).map(([name, text]) => parsed(name, text)),
  };
  if (files.pilot) bundle.pilot = parsed('pilot/programme.yaml', files.pilot);
  if (files.previous) bundle.previous = parsed('previous/programme.yaml', files.previous);
  for (const file of [bundle.programme, ...bundle.people, ...bundle.records]) {
    const problems = [...file.findings, ...checkSchema(file)];
    if (problems.length > 0) throw new Error(`${file.file} is not schema-valid: ${JSON.stringify(problems.map((p) => [p.ruleId, p.params]))}`);
  }
  return bundle;
}

/**
 * Runs every method rule on the bundle and returns the worded diagnostics of one rule (or all).
 * Every finding is also worded in Polish, and a message that shows a missing parameter fails the test.
 */
export function diagnosticsOf(files: BundleFiles | string, ruleId?: RuleId, today = '2026-11-27'): Diagnostic[] {
  const bundle = bundleOf(typeof files === 'string' ? { programme: files } : files);
  return checkRules(bundle, today)
    .filter((f) => ruleId === undefined || f.ruleId === ruleId)
    .map((f) => {
      for (const locale of ['en', 'pl'] as const) {
        const { message, hint } = word(f, locale);
        if (/undefined|NaN|\[object /.test(`${message} ${hint ?? ''}`)) throw new Error(`${f.ruleId} (${locale}) shows a missing parameter: ${message} / ${hint}`);
      }
      return word(f, 'en');
    });
}

/** The source text from a diagnostic's start to the end of its line, to check what it points at. */
export function textAt(text: string, d: Pick<Diagnostic, 'start'> | undefined): string {
  if (!d) throw new Error('no diagnostic');
  const line = text.split(/\r?\n/)[d.start.line - 1];
  if (line === undefined) throw new Error(`line ${d.start.line} is past the end of the text`);
  return line.slice(d.start.column - 1);
}

/** A People document for the base programme (`demo`), with the given body appended. */
export function peopleYaml(body: string, programme = 'demo'): string {
  return `apiVersion: mentor/v1\nkind: People\nprogramme: ${programme}\n${body}`;
}

/** A Records document for the base programme (`demo`), with the given body appended. */
export function recordsYaml(body: string, programme = 'demo'): string {
  return `apiVersion: mentor/v1\nkind: Records\nprogramme: ${programme}\n${body}`;
}
