/**
 * The programme's time zone when `metadata.timeZone` is absent: Poland's for Polish programmes,
 * and London's for English ones, matching the British dates and spelling of the English texts.
 * A programme elsewhere sets `metadata.timeZone`; all-day entries never depend on it.
 */
export function defaultTimeZone(locale: 'pl' | 'en'): string {
  return locale === 'pl' ? 'Europe/Warsaw' : 'Europe/London';
}

let canonicalZones: ReadonlySet<string> | undefined;

/** True for a time zone this Node.js knows (its ICU data), such as `Europe/Warsaw` or `UTC`. */
export function isKnownTimeZone(zone: string): boolean {
  // Fast path: the canonical IANA names ICU lists. Building an Intl.DateTimeFormat loads ICU's
  // date patterns, which cost a small `validate` about a tenth of its CPU time (issue 13); the
  // formatter still decides everything the list does not hold (aliases such as `UTC`, other cases).
  canonicalZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (canonicalZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
