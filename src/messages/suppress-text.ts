import type { RuleText } from './catalogue.js';
import type { SuppressionRuleId } from '../core/diagnostics.js';

/** Inline suppressions: the findings about the comments, and the words around suppressed findings. */
export interface SuppressText {
  rules: Record<SuppressionRuleId, RuleText>;
  /** Added to the summary line: "· 2 suppressed". */
  suppressed: (count: number) => string;
}
