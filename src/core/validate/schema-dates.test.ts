import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsed, recordsYaml } from '../../../test/helpers/bundle.js';
import { word } from '../word.js';
import { checkSchema } from './schema.js';

const datePattern = new RegExp((JSON.parse(readFileSync('schemas/common.schema.json', 'utf8')) as { $defs: { Date: { pattern: string } } }).$defs.Date.pattern, 'u');

/** The Gregorian calendar, written out independently of the schema's regular expression. */
function exists(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= lengths[month - 1]!;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('the Date pattern of the schemas', () => {
  it('accepts exactly the days the calendar has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        expect(datePattern.test(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(exists(year, month, day));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the leap-year exceptions at the turn of a century', () => {
    expect(['2024-02-29', '2000-02-29', '2400-02-29'].filter((d) => datePattern.test(d))).toHaveLength(3);
    expect(['2026-02-29', '1900-02-29', '2100-02-29', '2026-02-30', '2026-09-31', '2026-04-31'].filter((d) => datePattern.test(d))).toEqual([]);
  });
});

describe('a date the calendar does not have', () => {
  const file = parsed('records.yaml', recordsYaml('sessions:\n  - { pair: p1, date: 2026-02-30, minutes: 60 }\n  - { pair: p1, date: 2026-13-01, minutes: 60 }\n  - { pair: p1, date: 2026-14-45, minutes: 60 }\n'));
  const [day, month, neither, ...rest] = checkSchema(file).map((f) => ({ en: word(f, 'en'), pl: word(f, 'pl') }));

  it('is a schema-format finding at the value, naming the month length', () => {
    expect(rest).toEqual([]);
    expect(day!.en).toMatchObject({ ruleId: 'schema-format', path: 'sessions[0].date', start: { line: 5, column: 23 } });
    expect(day!.en.message).toBe('`date` in `sessions[0]` must be a date that exists in the calendar, not `2026-02-30`.');
    expect(day!.en.hint).toBe('2026-02 has 28 days.');
    expect(day!.pl.message).toBe('`date` w `sessions[0]` musi być datą, która istnieje w kalendarzu, a nie `2026-02-30`.');
    expect(day!.pl.hint).toBe('Miesiąc 2026-02 ma 28 dni.');
  });

  it('offers day and month swapped when the month does not exist and the swap is a day, else says the month is 01–12', () => {
    expect(month!.en.message).toBe('`date` in `sessions[1]` must be a date that exists in the calendar, not `2026-13-01`.');
    expect(month!.en.hint).toBe('Did you mean `2026-01-13`?');
    expect(month!.pl.hint).toBe('Czy chodziło o `2026-01-13`?');
    expect(neither!.en.hint).toBe('There is no month 14: write the month as 01–12, in YYYY-MM-DD order.');
    expect(neither!.pl.hint).toBe('Nie ma miesiąca 14: zapisz miesiąc jako 01–12, w kolejności RRRR-MM-DD.');
  });
});

describe('a date written another common way', () => {
  const file = parsed('records.yaml', recordsYaml('sessions:\n  - { pair: p1, date: 02.03.2026, minutes: 60 }\n  - { pair: p1, date: 2026.3.9, minutes: 60 }\n  - { pair: p1, date: 31.02.2026, minutes: 60 }\n'));
  const [dotted, yearFirst, impossible, ...rest] = checkSchema(file).map((f) => ({ en: word(f, 'en'), pl: word(f, 'pl') }));

  it('is shown back as YYYY-MM-DD when it is a day of the calendar', () => {
    expect(rest).toEqual([]);
    expect(dotted!.en.message).toBe('`date` in `sessions[0]` must be a date written YYYY-MM-DD, not `02.03.2026`.');
    expect(dotted!.en.hint).toBe('Did you mean `2026-03-02`?');
    expect(dotted!.pl.hint).toBe('Czy chodziło o `2026-03-02`?');
    expect(yearFirst!.en.hint).toBe('Did you mean `2026-03-09`?');
  });

  it('says the month has no such day when it is written another way and is no day at all', () => {
    expect(impossible!.en.message).toBe('`date` in `sessions[2]` must be a date that exists in the calendar, not `31.02.2026`.');
    expect(impossible!.en.hint).toBe('2026-02 has 28 days.');
    expect(impossible!.pl.hint).toBe('Miesiąc 2026-02 ma 28 dni.');
  });

  it('reads year-first dates without leading zeros', () => {
    const [short, ...more] = checkSchema(parsed('records.yaml', recordsYaml('sessions:\n  - { pair: p1, date: 2026-3-16, minutes: 60 }\n'))).map((f) => word(f, 'en'));
    expect(more).toEqual([]);
    expect(short!.hint).toBe('Did you mean `2026-03-16`?');
  });
});

describe('a number written the way people write it', () => {
  it('suggests the number meant: a duration in minutes, a decimal comma in hours', () => {
    const file = parsed('records.yaml', recordsYaml('sessions:\n  - { pair: p1, date: 2026-02-02, minutes: 1h }\nlearning:\n  - mentee: e1\n    date: 2026-02-03\n    type: formal\n    hours: 1,5\n'));
    const [minutes, hours, ...rest] = checkSchema(file).map((f) => ({ en: word(f, 'en'), pl: word(f, 'pl') }));
    expect(rest).toEqual([]);
    expect(minutes!.en).toMatchObject({ ruleId: 'schema-type', path: 'sessions[0].minutes', hint: 'Did you mean 60?' });
    expect(hours!.en).toMatchObject({ ruleId: 'schema-type', path: 'learning[0].hours', hint: 'Did you mean 1.5?' });
    expect(hours!.pl.hint).toBe('Czy chodziło o 1.5?');
  });

  it('explains a decimal comma inside braces, which YAML reads as a number and a key', () => {
    const file = parsed('records.yaml', recordsYaml('learning:\n  - { mentee: e1, date: 2026-02-03, type: formal, hours: 1,5 }\n'));
    const [found, ...rest] = checkSchema(file).map((f) => ({ en: word(f, 'en'), pl: word(f, 'pl') }));
    expect(rest).toEqual([]);
    expect(found!.en).toMatchObject({ ruleId: 'schema-unknown-key', path: 'learning[0].5' });
    expect(found!.en.hint).toBe('Inside `{ … }` a comma separates entries, so a decimal comma (`…,5`) turns the fraction into a key: write a decimal point (`….5`).');
    expect(found!.pl.hint).toBe('W nawiasach `{ … }` przecinek oddziela pola, więc przecinek dziesiętny (`…,5`) zamienia część ułamkową w klucz: zapisz ułamek z kropką (`….5`).');
  });

  it('explains a comma in text inside braces, which cuts the text and makes its end a key', () => {
    const file = parsed('records.yaml', recordsYaml('sessions:\n  - { pair: p1, date: 2026-02-03, minutes: 60, topic: Plan kontroli, ryzyka i terminy }\n'));
    const [found, ...rest] = checkSchema(file).map((f) => ({ en: word(f, 'en'), pl: word(f, 'pl') }));
    expect(rest).toEqual([]);
    expect(found!.en).toMatchObject({ ruleId: 'schema-unknown-key', path: 'sessions[0].ryzyka i terminy' });
    expect(found!.en.hint).toBe('Inside `{ … }` a comma separates entries, so the words after a comma became a key of their own: put the whole value of `topic` in quotes (`topic: "…, ryzyka i terminy"`).');
    expect(found!.pl.hint).toBe('W nawiasach `{ … }` przecinek oddziela pola, więc słowa po przecinku stały się osobnym kluczem: ujmij całą wartość `topic` w cudzysłów (`topic: "…, ryzyka i terminy"`).');
  });

  it('takes one word after a comma in text for the end of the text, not a key', () => {
    const file = parsed('records.yaml', recordsYaml('kpiValues:\n  - { kpi: scrap-rate, date: 2026-09-30, value: 4.1, note: MES scrap report, September }\n'));
    const [found, ...rest] = checkSchema(file).map((f) => word(f, 'en'));
    expect(rest).toEqual([]);
    expect(found!).toMatchObject({ ruleId: 'schema-unknown-key', path: 'kpiValues[0].September' });
    expect(found!.hint).toBe('Inside `{ … }` a comma separates entries, so the words after a comma became a key of their own: put the whole value of `note` in quotes (`note: "…, September"`).');
    // After an id, a bare word is a key left without its value.
    const bare = parsed('records.yaml', recordsYaml('sessions:\n  - { pair: p1, date: 2026-02-03, status: cancelled, reason: Audit, held }\n'));
    expect(checkSchema(bare).map((f) => word(f, 'en').hint)).toEqual(['Allowed keys: `pair`, `date`, `minutes`, `status`, `reason`, `topic`.']);
  });

  it('still suggests the key meant for a misspelt key without a value', () => {
    const file = parsed('records.yaml', recordsYaml('sessions:\n  - { pair: p1, date: 2026-02-03, minutes: 60, topik }\n'));
    const [found] = checkSchema(file).map((f) => word(f, 'en'));
    expect(found!.hint).toMatch(/^Did you mean `topic`\?/);
  });
});

describe('a date written by hand another way', () => {
  it('is shown back as YYYY-MM-DD: a slashed date that reads one way, a month by its name', () => {
    const file = parsed('records.yaml', recordsYaml('sessions:\n  - { pair: p1, date: 28/12/2026, minutes: 60 }\n  - { pair: p1, date: 28 grudnia 2026, minutes: 60 }\n  - { pair: p1, date: 05/06/2026, minutes: 60 }\n  - { pair: p1, date: 31 lutego 2026, minutes: 60 }\n'));
    const hints = checkSchema(file).map((f) => word(f, 'pl').hint);
    expect(hints).toEqual(['Czy chodziło o `2026-12-28`?', 'Czy chodziło o `2026-12-28`?', 'Na przykład: `2026-02-02`.', 'Miesiąc 2026-02 ma 28 dni.']);
  });
});
