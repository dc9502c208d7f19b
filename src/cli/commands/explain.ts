import type { RuleId } from '../../core/diagnostics.js';
import { listRules, nearestRuleIds } from '../../core/rules/rule-list.js';
import { UsageError } from '../../errors.js';
import { catalogue } from '../../messages/index.js';
import { explainText } from '../../messages/explain.js';
import { ruleExamples } from '../../messages/explain-examples.js';
import { explainRule } from '../../render/explain/text.js';
import { decideColor } from '../env.js';
import type { CommandContext } from '../program.js';

/** `mentor explain RULE-ID`: what a rule checks, why, a failing and a passing snippet, how to fix. */
export async function explainCommand(id: string, { io, locale, color }: CommandContext): Promise<number> {
  const text = await explainText(locale);
  // `mentor/duplicate-id`, the spelling some tools use for a namespaced id, means the same rule.
  const wanted = id.trim().toLowerCase().replace(/^mentor\//, '');
  const rule = listRules().find((r) => r.id === wanted);
  if (!rule) throw new UsageError(text.unknownRule(id, nearestRuleIds(wanted)), text.unknownRuleHint);
  const ruleId: RuleId = rule.id;
  io.stdout.write(
    explainRule({
      rule,
      description: catalogue(locale).rules[ruleId].describe,
      example: ruleExamples[ruleId],
      text,
      color: decideColor(color, io.env, io.stdout.isTTY),
    }),
  );
  return 0;
}
