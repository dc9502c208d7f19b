/**
 * Text that ends a sentence, with one full stop: a name that already ends in one (`sp. z o.o.`,
 * `Acme Inc.`) or in another closing mark keeps it instead of taking a second.
 */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text.trimEnd()) ? text.trimEnd() : `${text}.`;
}
