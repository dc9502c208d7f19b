import { isKnownTimeZone } from '../../comms/time-zone.js';
import { nearest } from '../../text/nearest.js';
import type { Rule } from '../rule.js';

/** `metadata.timeZone` names a time zone the tool knows (IANA names such as `Europe/Warsaw`). */
export const timeZoneUnknown: Rule = {
  id: 'time-zone-unknown',
  check(ctx) {
    const { metadata } = ctx.model.programme;
    const zone = metadata.timeZone;
    if (zone === undefined || isKnownTimeZone(zone)) return [];
    const suggestion = nearest(zone, Intl.supportedValuesOf('timeZone'));
    return [ctx.report(ctx.at(metadata, 'timeZone'), { zone, ...(suggestion !== undefined ? { suggestion } : {}) })];
  },
};
