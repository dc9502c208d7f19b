import { localeFormat } from '../render/locale-format.js';

/**
 * The Polish form of a noun after a whole number, through the shared `Intl.PluralRules` helper:
 * 1 sesja, 2 sesje, 5 sesji, 22 sesje, 25 sesji.
 */
export function plural(n: number, one: string, few: string, many: string): string {
  return localeFormat('pl').pluralForm(n, { one, few, many, other: many });
}
