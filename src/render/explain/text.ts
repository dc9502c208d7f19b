import { Chalk } from 'chalk';
import type { RuleInfo } from '../../core/rules/rule-list.js';
import type { RuleExample } from '../../messages/explain-examples.js';
import type { ExplainText } from '../../messages/explain.js';

export interface ExplainModel {
  rule: RuleInfo;
  /** The rule's one line from the rules catalogue. */
  description: string;
  example: RuleExample;
  text: ExplainText;
  color: boolean;
}

const indent = (text: string, by: string): string =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? '' : `${by}${line}`))
    .join('\n');

/** `mentor explain RULE-ID` for people: what, why, a failing and a passing snippet, how to fix. */
export function explainRule({ rule, description, example, text, color }: ExplainModel): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const words = text.rules[rule.id];
  const snippet = (which: 'failing' | 'passing'): string[] => {
    const heading = which === 'failing' ? c.red(text.headings.failing) : c.green(text.headings.passing);
    return [
      `${c.bold(heading)} – ${text.placement(example.file, example.as)}`,
      '',
      indent(example[which], '    '),
      ...(which === 'failing' && example.saved ? ['', `  ${c.dim(text.saved[example.saved])}`] : []),
      ...(which === 'failing' && example.alsoReported ? ['', `  ${text.alsoReported(example.alsoReported.map((id) => `\`${id}\``).join(', '))}`] : []),
      '',
    ];
  };
  return [
    c.bold(rule.id),
    c.dim(text.meta(text.groups[rule.group], text.severity(rule.severity), rule.configurable)),
    '',
    description,
    '',
    c.bold(text.headings.checks),
    indent(words.checks, '  '),
    '',
    c.bold(text.headings.why),
    indent(words.why, '  '),
    '',
    ...snippet('failing'),
    ...snippet('passing'),
    c.bold(text.headings.fix),
    indent(words.fix, '  '),
    '',
  ].join('\n');
}
