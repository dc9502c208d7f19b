/** A 1-based position in a source file, as yaml's `LineCounter.linePos` returns it. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** Problems found while reading a file, before any schema: the YAML layer and the bytes under it. */
export const fileRuleIds = [
  'file-empty',
  'file-binary',
  'file-encoding',
  'file-too-large',
  'file-not-regular',
  'file-unreadable',
  'file-link-outside',
  'file-too-many-findings',
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-tab-indent',
  'yaml-alias-limit',
  'yaml-circular-alias',
  'yaml-too-deep',
  'yaml-unknown-tag',
  'yaml-multiple-documents',
  'not-a-mentor-document',
  'api-version-unsupported',
  'kind-unknown',
] as const;

/** Schema findings, one id per kind of mismatch so tests and configs need not parse English. */
export const schemaRuleIds = [
  'schema-unknown-key',
  'schema-required',
  'schema-type',
  'schema-enum',
  'schema-format',
  'schema-range',
  'schema-size',
  'schema-one-of',
] as const;

/** The method's own rules, run once the schema passes. */
export const methodRuleIds = [
  'duplicate-id',
  'unknown-reference',
  'include-not-found',
  'include-wrong-kind',
  'pilot-not-found',
  'previous-not-found',
  'programme-mismatch',
  'level-outside-scale',
  'scale-levels-not-increasing',
  'target-not-above-baseline',
  'mentee-without-gap',
  'criterion-not-met',
  'competency-unused',
  'pair-competency-not-in-mentee',
  'mentor-below-target',
  'mentor-over-capacity',
  'mentor-is-line-manager',
  'reporting-line-cycle',
  'person-name-mismatch',
  'person-email-duplicate',
  'person-name-duplicate',
  'pair-self-mentoring',
  'pair-duplicate',
  'pair-before-preparation',
  'role-unstaffed',
  'learning-mix-sum',
  'learning-mix-deviation',
  'kpi-missing-target',
  'kpi-uncomputable',
  'kpi-baseline-meets-target',
  'kpi-value-out-of-range',
  'kpi-checkpoint-outside-period',
  'kpi-checkpoints-unordered',
  'kpi-value-ignored',
  'pair-end-reason-without-end',
  'buy-in-missing',
  'kick-off-missing',
  'role-not-informed',
  'line-manager-after-recruitment',
  'invitation-before-sponsor',
  'message-after-milestone',
  'role-overloaded',
  'unknown-placeholder',
  'time-zone-unknown',
  'date-outside-period',
  'date-not-working-day',
  'record-in-future',
  'session-outside-pair',
  'session-duplicate',
  'record-competency-not-in-plan',
  'record-after-mentee-left',
  'rollout-without-pilot',
  'decision-path-unknown',
  'placeholder-unfilled',
] as const;

/** Findings about `# mentor-disable…` comments themselves; they cannot be suppressed or configured. */
export const suppressionRuleIds = ['suppression-missing-reason', 'suppression-invalid', 'suppression-unused'] as const;

export type FileRuleId = (typeof fileRuleIds)[number];
export type SchemaRuleId = (typeof schemaRuleIds)[number];
export type MethodRuleId = (typeof methodRuleIds)[number];
export type SuppressionRuleId = (typeof suppressionRuleIds)[number];
export type RuleId = FileRuleId | SchemaRuleId | MethodRuleId | SuppressionRuleId;

export const ruleIds: readonly RuleId[] = [...fileRuleIds, ...schemaRuleIds, ...methodRuleIds, ...suppressionRuleIds];

/** A data path inside one document: keys and array indexes, as ajv and yaml's `getIn` use them. */
export type DataPath = (string | number)[];

/** One finding, ready to render. Positions are 1-based and point at the offending value. */
export interface Diagnostic {
  ruleId: RuleId;
  severity: Severity;
  /** Which variant of the rule, for rules that have several (`yaml-syntax`: `colon-in-value`, …); stable like `ruleId`. */
  reason?: string;
  message: string;
  hint?: string;
  /** Path of the file as the user named it (relative to the working folder when under it). */
  file: string;
  start: Position;
  end?: Position;
  /** Data path with identity keys where items have ids, e.g. `mentees[id=e-anowak].competencies[0].target`. */
  path: string;
  /** The source line `start` points into, for code frames (absent for binary or unreadable files). */
  excerpt?: string;
}

export type Message = { message: string; hint?: string };

/** Sorts by file, then line, then column, then rule id: the order every formatter prints. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export interface Summary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  /** Findings silenced by `# mentor-disable…` comments (not counted in errors or warnings); set by `mentor validate`. */
  suppressed?: number;
}

export function summarise(diagnostics: readonly Diagnostic[], fileCount: number): Summary {
  let errors = 0;
  let warnings = 0;
  const withProblems = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
    withProblems.add(d.file);
  }
  return { files: fileCount, filesWithProblems: withProblems.size, errors, warnings };
}
