import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf, programmeYaml, textAt } from '../../../../test/helpers/bundle.js';

describe('date-not-working-day', () => {
  it('warns about a milestone on a Sunday, at its date, naming the working days on either side', () => {
    const yaml = programmeYaml((d) => {
      d.process.milestones[1].date = '2026-06-28';
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'date-not-working-day');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', path: 'process.milestones[id=closing].date' });
    expect(textAt(yaml, d)).toBe('2026-06-28');
    expect(d!.message).toBe('Milestone `closing` (2026-06-28) falls on a Sunday.');
    expect(d!.hint).toBe('Move it to a working day: Friday 2026-06-26 or Monday 2026-06-29.');
  });

  it('warns about a meeting on a holiday of the programme locale, pointing at the offset that puts it there', () => {
    // Kick-off on Monday 2026-01-19; 13 days before is Tuesday 6 January, Epiphany in Poland.
    const yaml = programmeYaml((d) => {
      d.metadata.locale = 'pl';
      d.communications[0].channel = 'meeting';
      d.communications[0].when.offsetDays = -13;
    });
    const [d, ...rest] = diagnosticsOf(yaml, 'date-not-working-day');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: 'communications[id=buy-in].when.offsetDays' });
    expect(textAt(yaml, d)).toBe('-13');
    expect(d!.message).toBe('Meeting `buy-in` (2026-01-06) falls on a public holiday: Epiphany.');
    expect(d!.hint).toBe('Move it to a working day: Monday 2026-01-05 or Wednesday 2026-01-07.');
    // The same day is a working day in an English programme, whose locale names no country.
    const en = programmeYaml((x) => {
      x.communications[0].channel = 'meeting';
      x.communications[0].when.offsetDays = -13;
    });
    expect(diagnosticsOf(en, 'date-not-working-day')).toEqual([]);
  });

  it('leaves messages that are not meetings alone, whatever the day', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].when = { date: '2026-01-10' };
    });
    expect(diagnosticsOf(yaml, 'date-not-working-day')).toEqual([]);
  });

  it('takes Christmas Day off in English programmes too', () => {
    const yaml = programmeYaml((d) => {
      d.metadata.period.end = '2026-12-31';
      d.process.milestones[1].date = '2026-12-25';
    });
    const [d] = diagnosticsOf(yaml, 'date-not-working-day');
    expect(d!.message).toBe('Milestone `closing` (2026-12-25) falls on a public holiday: Christmas Day.');
  });

  it('takes the bank holidays of England and Wales off in a programme in the Europe/London time zone', () => {
    const yaml = programmeYaml((d) => {
      d.metadata.timeZone = 'Europe/London';
      d.metadata.period.end = '2026-12-31';
      d.process.milestones[1].date = '2026-12-25';
      d.process.milestones.push({ id: 'mid-point-review', name: 'Mid-point', date: '2026-08-31' });
    });
    const found = diagnosticsOf(yaml, 'date-not-working-day');
    expect(found.map((d) => d.message)).toEqual([
      'Milestone `closing` (2026-12-25) falls on a public holiday: Christmas Day.',
      'Milestone `mid-point-review` (2026-08-31) falls on a public holiday: the summer bank holiday.',
    ]);
    // Boxing Day falls on a Saturday in 2026: Monday the 28th is its substitute, no working day.
    expect(found[0]!.hint).toBe('Move it to a working day: Thursday 2026-12-24 or Tuesday 2026-12-29.');
    // Without the time zone an English programme names no country: only New Year's and Christmas Day.
    expect(diagnosticsOf(yaml.replace('timeZone: Europe/London', 'timeZone: Europe/Dublin'), 'date-not-working-day')).toHaveLength(1);
  });

  it('finds nothing in the base programme, whose dates are all working days', () => {
    expect(diagnosticsOf(baseProgrammeYaml, 'date-not-working-day')).toEqual([]);
  });
});
