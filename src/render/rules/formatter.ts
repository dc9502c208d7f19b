import type { RuleInfo } from '../../core/rules/rule-list.js';
import type { ExplainText } from '../../messages/explain.js';

/** Everything a `mentor rules` format needs: the rules, with their one line in the chosen language. */
export interface RulesModel {
  rules: readonly (RuleInfo & { description: string })[];
  text: ExplainText;
  color: boolean;
}

export type RulesFormatter = (model: RulesModel) => string;
