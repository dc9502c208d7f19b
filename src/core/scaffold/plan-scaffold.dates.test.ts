import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../../test/helpers/templates.js';
import { calendarForLocale, dayOff } from '../calendar/index.js';
import type { Programme } from '../model/types.js';
import { addDays, resolveWhen } from '../model/dates.js';
import { checkScaffold } from './check-scaffold.js';
import { planScaffold } from './plan-scaffold.js';
import { resolveDate } from './dates.js';
import type { RawFile, Template } from './types.js';

// Default dates of every built-in template, for any first day and length: milestones and messages
// on working days of the programme's calendar, in the method's order, and a programme that
// validates clean.

let schemas: RawFile[];
let templates: Map<string, Template>;
beforeAll(async () => {
  ({ templates, schemas } = await builtinTemplates());
});

const runs = Number(process.env['MENTOR_PROPERTY_RUNS'] ?? 25);
const firstDay = fc.integer({ min: 0, max: 5 * 365 }).map((n) => addDays('2026-01-01', n));

describe('scaffold dates', () => {
  for (const name of ['key-accounts', 'new-managers', 'expert-transfer']) {
    for (const locale of ['en', 'pl'] as const) {
      it(`${name} (${locale}): working days, the method's order, a clean programme`, () => {
        const template = templates.get(name)!;
        const frame = template.frames[locale]!;
        fc.assert(
          fc.property(firstDay, fc.integer({ min: 12, max: 104 }), (start, weeks) => {
            const files = planScaffold({ id: 'p', name: 'P', organisation: 'O', locale, phase: 'pilot', start, weeks }, { name, frame, files: template.files }, { schemas, toolVersion: '0.1.0' });
            const programme = parse(files[0]!.contents) as Programme;
            const milestones = new Map(programme.process.milestones.map((m) => [m.id, m.date]));
            const calendar = calendarForLocale(locale);
            const dated = [
              ...programme.process.milestones.map((m) => ({ what: `milestone ${m.id}`, date: m.date })),
              ...(programme.communications ?? []).map((c) => ({ what: `message ${c.id}`, date: resolveWhen(c.when, milestones)! })),
              { what: 'recruitment closes', date: programme.addressees!.recruitment.closes! },
            ];
            for (const d of dated) expect(dayOff(d.date, calendar), `${d.what} on ${d.date}`).toBeUndefined();

            // The method's order: buy-in, then recruitment closes, then matching, then kick-off.
            const buyIn = (programme.communications ?? []).filter((c) => c.purpose === 'buy-in').map((c) => resolveWhen(c.when, milestones)!);
            const closes = programme.addressees!.recruitment.closes!;
            for (const date of buyIn) expect(date < closes, `buy-in ${date} before recruitment closes ${closes}`).toBe(true);
            expect(closes < milestones.get('matching')!).toBe(true);
            expect(milestones.get('matching')! < milestones.get('kick-off')!).toBe(true);

            // And the frame's own order: what the template meant for an earlier day still comes first.
            const period = programme.metadata.period;
            const meant = new Map(frame.process.milestones.map((m) => [m.id, resolveDate(m.date, period)]));
            const order = frame.process.milestones.map((m) => ({ meant: meant.get(m.id)!, placed: milestones.get(m.id)! }));
            for (const a of order) for (const b of order) if (a.meant < b.meant) expect(a.placed < b.placed).toBe(true);

            // Clean apart from the placeholders (`whyVacant` evidence, people) the consultant fills in later.
            expect(checkScaffold(files, { folder: '/tmp/p', shown: 'p', today: '2026-01-01', locale }).filter((d) => d.ruleId !== 'placeholder-unfilled')).toEqual([]);
          }),
          { numRuns: runs },
        );
      });
    }
  }

  it('keeps recruitment, matching and kick-off in the method\'s order when the answers bring the kick-off forward past the template\'s matching', () => {
    const template = templates.get('key-accounts')!;
    for (const locale of ['en', 'pl'] as const) {
      fc.assert(
        fc.property(firstDay, fc.integer({ min: 5, max: 9 }), (start, days) => {
          const answers = { id: 'p', name: 'P', organisation: 'O', locale, phase: 'pilot' as const, start, weeks: 26, milestones: [{ id: 'kick-off', date: addDays(start, days) }] };
          const files = planScaffold(answers, { name: 'key-accounts', frame: template.frames[locale]!, files: template.files }, { schemas, toolVersion: '0.1.0' });
          const programme = parse(files[0]!.contents) as Programme;
          const milestones = new Map(programme.process.milestones.map((m) => [m.id, m.date]));
          const closes = programme.addressees!.recruitment.closes!;
          expect(closes < milestones.get('matching')!, `recruitment closes ${closes}, matching ${milestones.get('matching')}`).toBe(true);
          expect(milestones.get('matching')! < milestones.get('kick-off')!, `matching ${milestones.get('matching')}, kick-off ${milestones.get('kick-off')}`).toBe(true);
          // The client's day stands when it is a working day: the template's days around it give way
          // (unless the days before it are too few working days for what must come first: Christmas, a long weekend).
          const calendar = calendarForLocale(locale);
          const before = Array.from({ length: days }, (_, i) => addDays(start, i)).filter((d) => dayOff(d, calendar) === undefined).length;
          if (dayOff(addDays(start, days), calendar) === undefined && before >= 5) expect(milestones.get('kick-off')).toBe(addDays(start, days));
        }),
        { numRuns: runs },
      );
    }
  });
});
