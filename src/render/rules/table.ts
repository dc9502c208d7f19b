import { Chalk } from 'chalk';
import { terminalTable } from '../table.js';
import type { RulesFormatter } from './formatter.js';

/** `mentor rules` for people: one table per group, the default severity coloured like validate's. */
export const rulesTable: RulesFormatter = ({ rules, text, color }) => {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const group of ['file', 'schema', 'method', 'suppression'] as const) {
    const inGroup = rules.filter((r) => r.group === group);
    if (inGroup.length === 0) continue;
    out.push(chalk.bold(text.groups[group]));
    out.push(
      terminalTable(
        {
          head: [text.columns.id, text.columns.severity, text.columns.description],
          rows: inGroup.map((r) => [r.id, (r.severity === 'error' ? chalk.red : chalk.yellow)(text.severity(r.severity)), r.description]),
        },
        { maxWidth: 120 },
      ),
      '',
    );
  }
  out.push(text.rulesFooter, '');
  return out.join('\n');
};
