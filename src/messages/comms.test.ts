import { describe, expect, it } from 'vitest';
import { commsEn } from './comms-en.js';
import { commsPl } from './comms-pl.js';
import { stepIds } from '../core/comms/steps.js';
import { placeholderNames, scanPlaceholders } from '../core/comms/placeholders.js';

describe('comms wording', () => {
  it('agrees Polish numbers with their nouns and participles', () => {
    expect(commsPl.out.summary(23, 4)).toBe('23 pozycje, w tym 4 propozycje wynikające z metody');
    expect(commsPl.out.summary(21, 1)).toBe('21 pozycji, w tym 1 propozycja wynikająca z metody');
    expect(commsPl.out.summary(1, 0)).toBe('1 pozycja');
    expect(commsPl.out.summary(15, 12)).toBe('15 pozycji, w tym 12 propozycji wynikających z metody');
    expect([1, 2, 5, 22, 112].map(commsPl.labels.people)).toEqual(['1 osoba', '2 osoby', '5 osób', '22 osoby', '112 osób']);
    expect([1, 2, 3, 5].map((w) => commsPl.cadence(w, 60))).toEqual(['co tydzień po 60 minut', 'co 2 tygodnie po 60 minut', 'co 3 tygodnie po 60 minut', 'co 5 tygodni po 60 minut']);
    expect(commsEn.out.summary(1, 1)).toBe('1 entry, 1 proposed by the method');
    expect(commsEn.cadence(1, 45)).toBe('every week, 45 minutes each');
  });

  it('writes dates and lists in full, the way a letter does', () => {
    expect(commsPl.longDate('2026-01-27')).toBe('27 stycznia 2026');
    expect(commsEn.longDate('2026-01-27')).toBe('27 January 2026');
    expect(commsPl.list(['a', 'b', 'c'])).toBe('a, b i c');
    expect(commsEn.list(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('uses only known placeholders in every default text, in both languages', () => {
    const params = { method: 'mixed' as const, lineManagers: true, kickOff: '{milestone:kick-off}', matching: '{milestone:matching}', closing: '{milestone:closing}', recruitmentCloses: '{recruitment-closes}', milestone: 'closing' };
    for (const texts of [commsEn, commsPl]) {
      const all = [...stepIds.flatMap((s) => Object.values(texts.steps[s](params))), ...Object.values(texts.purposes(params)).flatMap((t) => [t.subject, t.text])];
      for (const method of ['nomination', 'application'] as const) all.push(...Object.values(texts.steps['candidate-invitation']({ ...params, method })));
      for (const text of all) {
        expect(text.length).toBeGreaterThan(10);
        for (const t of scanPlaceholders(text)) expect(placeholderNames, text).toContain(t.name);
      }
    }
  });

  it('speaks of line managers only in a programme that has them', () => {
    const params = { method: 'nomination' as const, lineManagers: false, kickOff: '{start}', matching: '{start}', closing: '{end}', milestone: 'closing' };
    for (const [texts, word] of [[commsEn, /line manager/i], [commsPl, /przełoż(on|eni)|kierownik/i]] as const) {
      for (const step of stepIds.filter((s) => s !== 'mid-point-check-in')) {
        const { subject, text } = texts.steps[step](params);
        expect(`${subject}\n${text}`, step).not.toMatch(word);
      }
      for (const [purpose, { subject, text }] of Object.entries(texts.purposes(params))) expect(`${subject}\n${text}`, purpose).not.toMatch(word);
      expect(texts.purposes({ lineManagers: true })['buy-in'].text).toMatch(word);
      // Nobody nominates without line managers: candidates are asked to apply.
      expect(texts.steps['candidate-invitation'](params).subject).toBe(texts.steps['candidate-invitation']({ ...params, method: 'application' }).subject);
      expect(Object.values(texts.steps['sponsor-announcement']({ ...params, lineManagers: true })).join('\n')).toMatch(word);
    }
  });
});
