import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../../test/helpers/templates.js';
import type { Programme } from '../model/types.js';
import { daysBetween } from '../model/dates.js';
import { planScaffold } from './plan-scaffold.js';
import type { RawFile, Template } from './types.js';

// Whatever length, cadence and session length the answers set, every number the scaffold writes
// says the same: the period, `process`, the comment above `durationWeeks`, the README, and every
// message text that names the cadence or the session length. The words are read back with tables
// of this test's own, so a wrong number word or a wrong Polish plural fails too.

let schemas: RawFile[];
let templates: Map<string, Template>;
beforeAll(async () => {
  ({ templates, schemas } = await builtinTemplates());
});

const runs = Number(process.env['MENTOR_PROPERTY_RUNS'] ?? 25);
const english: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const polish: Record<string, number> = { dwa: 2, trzy: 3, cztery: 4, 'pięć': 5, 'sześć': 6, siedem: 7, osiem: 8, 'dziewięć': 9, 'dziesięć': 10, 'jedenaście': 11, 'dwanaście': 12 };
/** Polish noun forms after a number: 2–4 (but not 12–14) take the "few" form, 5 and more the "many" form. */
const polishForm = (n: number, one: string, few: string, many: string): string => (n === 1 ? one : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many);
const matches = (text: string, pattern: RegExp): RegExpExecArray[] => [...text.matchAll(pattern)];

describe('numbers the answers set, in every text', () => {
  for (const name of ['key-accounts', 'new-managers', 'expert-transfer']) {
    for (const locale of ['en', 'pl'] as const) {
      it(`${name} (${locale})`, () => {
        const template = templates.get(name)!;
        fc.assert(
          fc.property(fc.integer({ min: 12, max: 104 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 15, max: 480 }), (weeks, everyWeeks, minutes) => {
            const files = planScaffold(
              { id: 'p', name: 'P', organisation: 'O', locale, phase: 'pilot', start: '2027-01-04', weeks, cadence: { everyWeeks, minutes } },
              { name, frame: template.frames[locale]!, files: template.files },
              { schemas, toolVersion: '0.1.0' },
            );
            const programmeText = files.find((f) => f.path === 'programme.yaml')!.contents;
            const readme = files.find((f) => f.path === 'README.md')!.contents;
            const programme = parse(programmeText) as Programme;
            // Folded YAML texts break lines; read the words as one line (keys such as `minutes:` are not words).
            const all = `${programmeText}\n${readme}`.replace(/\n\s*#?\s*/g, ' ');

            expect(daysBetween(programme.metadata.period.start, programme.metadata.period.end) + 1).toBe(weeks * 7);
            expect(programme.process.cadence).toEqual({ everyWeeks, minutes });
            const date = (id: string) => programme.process.milestones.find((m) => m.id === id)!.date;
            const duration = Math.round(daysBetween(date('kick-off'), date('closing')) / 7);
            expect(programme.process.durationWeeks).toBe(duration);

            if (locale === 'en') {
              const cadence = matches(all, /\bevery (week|(\w+) weeks)\b/g);
              expect(cadence.length).toBeGreaterThanOrEqual(2);
              for (const m of cadence) expect(m[1] === 'week' ? 1 : english[m[2]!], m[0]).toBe(everyWeeks);
              const length = matches(all, /\b(\d+) (minutes?)\b(?!:)/g);
              expect(length.length).toBeGreaterThanOrEqual(2);
              for (const m of length) expect(Number(m[1]), m[0]).toBe(minutes);
              for (const m of matches(all, /\b(\d+) weeks?\b(?!:)/g)) expect(Number(m[1]), m[0]).toBe(weeks);
              expect(matches(all, /(\d+) of the programme's (\d+) weeks/g).map((m) => [Number(m[1]), Number(m[2])])).toEqual([[duration, weeks]]);
            } else {
              const cadence = matches(all, /\bco (tydzień|(\S+) (tygodnie|tygodni))(?=[\s,.;)])/g);
              expect(cadence.length).toBeGreaterThanOrEqual(2);
              for (const m of cadence) {
                const n = m[1] === 'tydzień' ? 1 : polish[m[2]!];
                expect(n, m[0]).toBe(everyWeeks);
                if (n !== 1) expect(m[3], m[0]).toBe(polishForm(n!, 'tydzień', 'tygodnie', 'tygodni'));
              }
              const length = matches(all, /\b(\d+) (minutę|minuty|minut)(?=[\s,.;)])/g);
              expect(length.length).toBeGreaterThanOrEqual(2);
              for (const m of length) {
                expect(Number(m[1]), m[0]).toBe(minutes);
                expect(m[2], m[0]).toBe(polishForm(minutes, 'minutę', 'minuty', 'minut'));
              }
              const lengthWords = matches(all, /trwa (\d+) (tydzień|tygodnie|tygodni)\b/g);
              expect(lengthWords.map((m) => [Number(m[1]), m[2]])).toEqual([[weeks, polishForm(weeks, 'tydzień', 'tygodnie', 'tygodni')]]);
              expect(matches(all, /(\d+) z (\d+) tygodni programu/g).map((m) => [Number(m[1]), Number(m[2])])).toEqual([[duration, weeks]]);
            }
          }),
          { numRuns: runs },
        );
      });
    }
  }
});
