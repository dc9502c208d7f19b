import { listRules } from '../../core/rules/rule-list.js';
import { catalogue } from '../../messages/index.js';
import { explainText } from '../../messages/explain.js';
import { loadRulesFormatter, type RulesFormat } from '../../render/rules/index.js';
import { decideColor } from '../env.js';
import type { CommandContext } from '../program.js';

export interface RulesFlags {
  format?: string;
}

/** `mentor rules`: every rule with its default severity and one line, in the chosen language. */
export async function rulesCommand(flags: RulesFlags, { io, locale, color }: CommandContext): Promise<number> {
  // commander has checked the value against rulesFormats.
  const format = (flags.format ?? 'table') as RulesFormat;
  const describe = catalogue(locale).rules;
  const rules = listRules().map((r) => ({ ...r, description: describe[r.id].describe }));
  const render = await loadRulesFormatter(format);
  io.stdout.write(render({ rules, text: await explainText(locale), color: format === 'table' && decideColor(color, io.env, io.stdout.isTTY) }));
  return 0;
}
