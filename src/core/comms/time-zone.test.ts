import { describe, expect, it } from 'vitest';
import { isKnownTimeZone } from './time-zone.js';

/** The answer of the formatter alone, the check `isKnownTimeZone` had before its fast path. */
function formatterKnows(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

describe('isKnownTimeZone', () => {
  it('knows canonical zones, aliases and other spellings ICU accepts', () => {
    for (const zone of ['Europe/Warsaw', 'Europe/London', 'America/New_York', 'UTC', 'Etc/GMT+2', 'Europe/Kiev', 'europe/warsaw']) {
      expect(isKnownTimeZone(zone), zone).toBe(true);
    }
  });

  it('refuses names ICU does not know', () => {
    for (const zone of ['Mars/Olympus_Mons', 'Europe/Londn', '', 'Warsaw', '+01:00x']) {
      expect(isKnownTimeZone(zone), zone).toBe(false);
    }
  });

  it('answers as Intl.DateTimeFormat does, for every zone ICU lists and variants of them', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(100);
    for (const zone of zones) {
      for (const variant of [zone, zone.toLowerCase(), `${zone}x`]) expect(isKnownTimeZone(variant), variant).toBe(formatterKnows(variant));
    }
  });
});
