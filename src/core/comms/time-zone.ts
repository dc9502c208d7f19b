/**
 * The programme's time zone when `metadata.timeZone` is absent: Poland's for Polish programmes,
 * and London's for English ones, matching the British dates and spelling of the English texts.
 * A programme elsewhere sets `metadata.timeZone`; all-day entries never depend on it.
 */
export function defaultTimeZone(locale: 'pl' | 'en'): string {
  return locale === 'pl' ? 'Europe/Warsaw' : 'Europe/London';
}

/** True for a time zone this Node.js knows (its ICU data), such as `Europe/Warsaw` or `UTC`. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
