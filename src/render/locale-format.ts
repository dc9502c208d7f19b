import type { Locale } from '../messages/index.js';

/** Plural forms by `Intl.PluralRules` category; Polish needs one, few and many (1 sesja, 2 sesje, 5 sesji). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** Numbers, shares, dates and plurals written the way a reader of `locale` expects. */
export interface LocaleFormat {
  locale: Locale;
  /** `12 345,68` in Polish, `12,345.68` in English; at most `digits` decimals (default 1). */
  number(value: number, digits?: number): string;
  /** A share 0…1 as a percentage: `71,1%` in Polish, `71.1%` in English. */
  percent(share: number, digits?: number): string;
  /** A `YYYY-MM-DD` date: `30.06.2026` in Polish, `30 Jun 2026` in English. */
  date(iso: string): string;
  /** `count` followed by the right form: `plural(5, {one: 'sesja', few: 'sesje', many: 'sesji', other: 'sesji'})` → `5 sesji`. */
  plural(count: number, forms: PluralForms): string;
  /** Only the form, without the number. */
  pluralForm(count: number, forms: PluralForms): string;
}

const tags: Record<Locale, string> = { en: 'en-GB', pl: 'pl-PL' };
const cache = new Map<string, LocaleFormat>();

/** The formatter for a locale (cached: Intl objects are costly to build in a loop). */
export function localeFormat(locale: Locale): LocaleFormat {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = tags[locale];
  const numbers = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let f = numbers.get(digits);
    if (!f) numbers.set(digits, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits })));
    return f;
  };
  const percentFormat = (digits: number): Intl.NumberFormat => {
    let f = percents.get(digits);
    if (!f) percents.set(digits, (f = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits })));
    return f;
  };
  // UTC on both sides: a `YYYY-MM-DD` date is a calendar day, never shifted by the machine's zone.
  // Built on first use: a date formatter loads ICU's calendar data (tens of milliseconds), and most
  // runs that need a plural never write a date.
  let dates: Intl.DateTimeFormat | undefined;
  const dateFormat = (): Intl.DateTimeFormat =>
    (dates ??= new Intl.DateTimeFormat(tag, locale === 'pl' ? { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' } : { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }));
  let rules: Intl.PluralRules | undefined;
  const pluralForm = (count: number, forms: PluralForms): string => {
    const category = (rules ??= new Intl.PluralRules(tag)).select(count);
    return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
  };
  const format: LocaleFormat = {
    locale,
    number: (value, digits = 1) => numberFormat(digits).format(value),
    percent: (share, digits = 1) => percentFormat(digits).format(share),
    date: (iso) => dateFormat().format(new Date(`${iso}T00:00:00Z`)),
    plural: (count, forms) => `${numberFormat(1).format(count)} ${pluralForm(count, forms)}`,
    pluralForm,
  };
  cache.set(locale, format);
  return format;
}
