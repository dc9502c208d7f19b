import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('time-zone-unknown', () => {
  it('reports a time zone Intl does not know, with the nearest known one', () => {
    const yaml = programmeYaml((d) => {
      d.metadata.timeZone = 'Europe/Warsow';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'time-zone-unknown');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', path: 'metadata.timeZone', hint: 'Did you mean `Europe/Warsaw`?' });
    expect(textAt(yaml, d)).toBe('Europe/Warsow');
  });

  it('accepts IANA zones and an absent one', () => {
    for (const zone of ['Europe/Warsaw', 'Europe/London', 'America/New_York', 'UTC']) {
      expect(diagnosticsOf(programmeYaml((d) => void (d.metadata.timeZone = zone)), 'time-zone-unknown')).toEqual([]);
    }
    expect(diagnosticsOf(baseProgrammeYaml, 'time-zone-unknown')).toEqual([]);
  });
});
