import type { RuleId, Severity } from '../core/diagnostics.js';
import type { RuleExample } from './explain-examples.js';

/** What `mentor explain` says about one rule, beyond its one line in the rules catalogue. */
export interface RuleExplanation {
  /** What the rule checks, precisely enough to predict when it fires. */
  checks: string;
  /** Why it matters: in the method, or for reading the file at all. */
  why: string;
  /** How to fix a finding. */
  fix: string;
}

/** `mentor rules` and `mentor explain`: one pair of catalogues, loaded only by those commands. */
export interface ExplainText {
  rules: Record<RuleId, RuleExplanation>;
  /** Names of the rule groups, as `mentor rules` heads them. */
  groups: Record<'file' | 'schema' | 'method' | 'suppression', string>;
  severity: (severity: Severity) => string;
  /** Column heads of `mentor rules`. */
  columns: { id: string; severity: string; description: string };
  /** The line under `mentor rules`: how to read more, and which rules a config may change. */
  rulesFooter: string;
  headings: { checks: string; why: string; failing: string; passing: string; fix: string };
  /** Line 2 of `mentor explain`: group, default severity, and whether `.mentor.yaml` may change it. */
  meta: (group: string, severity: string, configurable: boolean) => string;
  /** Where a snippet goes: a few keys of a file, or the whole file. */
  placement: (file: string, as: RuleExample['as']) => string;
  saved: Record<NonNullable<RuleExample['saved']>, string>;
  /** Under the failing snippet, when it cannot help setting off other rules too. */
  alsoReported: (ids: string) => string;
  /** `mentor explain` with an id no rule has. */
  unknownRule: (id: string, nearest: readonly string[]) => string;
  unknownRuleHint: string;
}
