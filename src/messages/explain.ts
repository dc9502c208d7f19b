import type { Locale } from './catalogue.js';
import type { ExplainText } from './explain-text.js';

export type { ExplainText, RuleExplanation } from './explain-text.js';

/**
 * The texts of `mentor rules` and `mentor explain`, loaded only by those two commands: sixty
 * explanations in two languages are not worth reading on every `mentor validate`.
 */
export async function explainText(locale: Locale): Promise<ExplainText> {
  return locale === 'pl' ? (await import('./explain-pl.js')).explainPl : (await import('./explain-en.js')).explainEn;
}
