import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/model.js';
import { catalogue } from '../../messages/index.js';
import { bundleOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { planOf } from '../../../test/helpers/comms.js';
import { addDays } from '../model/dates.js';
import { planComms } from './plan.js';

const silent = programmeYaml((d) => {
  delete d.communications;
});

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('planComms', () => {
  it('proposes every step of the method for a programme that says nothing, dated from its anchors', () => {
    const plan = planOf(silent);
    expect(plan.entries.every((e) => e.proposed)).toBe(true);
    expect(plan.entries.map((e) => [e.date, e.id, e.from.role, e.to.roles.join(','), e.channel, e.purpose])).toEqual([
      // No recruitment date: it closes two weeks before matching, itself a week before kick-off (2026-01-19).
      ['2025-12-01', 'sponsor-announcement', 'sponsor', 'line-manager', 'email', 'buy-in'],
      ['2025-12-08', 'candidate-invitation', 'hr-owner', 'mentee', 'intranet', 'buy-in'],
      // Two weeks before the first preparation module a mentor finished (2026-01-12).
      ['2025-12-29', 'mentor-preparation', 'hr-owner', 'mentor', 'email', 'buy-in'],
      ['2026-01-12', 'pairing-announcement', 'hr-owner', 'mentee,mentor,line-manager', 'email', 'information'],
      ['2026-01-19', 'kick-off', 'sponsor', 'mentee,mentor,line-manager,hr-owner', 'meeting', 'information'],
      // Half-way between kick-off and closing, plus a week.
      ['2026-04-15', 'mid-point-check-in', 'hr-owner', 'line-manager', 'meeting', 'information'],
      ['2026-06-19', 'assessment-reminder-closing', 'hr-owner', 'mentor,line-manager', 'email', 'reminder'],
      ['2026-06-26', 'closing', 'sponsor', 'mentee,mentor,line-manager,hr-owner', 'meeting', 'celebration'],
      ['2026-07-10', 'results-to-sponsor', 'hr-owner', 'sponsor', 'meeting', 'information'],
    ]);
    // Whole weeks from their anchors: each proposal falls on its anchor's weekday (kick-off is a Monday).
    expect(weekday(plan.entries[0]!.date)).toBe(weekday('2026-01-19'));
    // Proposals are written as the programme would hold them, relative to milestones where they can be.
    expect(plan.entries.find((e) => e.id === 'kick-off')!.message).toMatchObject({ step: 'kick-off', when: { milestone: 'kick-off' } });
    expect(plan.entries.find((e) => e.id === 'sponsor-announcement')!.message.when).toEqual({ milestone: 'kick-off', offsetDays: -49 });
    expect(plan.entries.find((e) => e.id === 'mentor-preparation')!.message.when).toEqual({ date: '2025-12-29' });
  });

  it('fills the default texts: no placeholder is left in a proposal, in either language', () => {
    for (const locale of ['en', 'pl'] as const) {
      const plan = planOf(silent, { locale });
      for (const e of plan.entries) {
        expect(`${e.subject} ${e.text}`, `${locale} ${e.id}`).not.toMatch(/\{[a-z-]+(:[^}]*)?\}/);
        expect(e.source).toEqual({ subject: 'default', text: 'default' });
      }
      const invitation = plan.entries.find((e) => e.step === 'sponsor-announcement')!;
      expect(invitation.text).toContain('Sam Price');
      expect(invitation.text).toContain(locale === 'pl' ? '19 stycznia 2026' : '19 January 2026');
      // The templates keep their placeholders, so adopted proposals follow the programme's data.
      expect(invitation.template.text).toContain('{milestone:kick-off}');
    }
  });

  it('proposes nothing for a step a message names in `step`, however it is dated', () => {
    const yaml = programmeYaml((d) => {
      d.communications = [{ id: 'go', step: 'kick-off', when: { milestone: 'kick-off', offsetDays: -2 }, from: 'hr-owner', to: ['mentor'], channel: 'email', purpose: 'information' }];
    });
    const plan = planOf(yaml);
    expect(plan.entries.filter((e) => e.step === 'kick-off').map((e) => [e.id, e.proposed])).toEqual([['go', false]]);
  });

  it('recognises a step from roles, date and purpose, together over several messages', () => {
    const yaml = programmeYaml((d) => {
      d.communications = [
        { id: 'closing-mentees', when: { milestone: 'closing' }, from: 'sponsor', to: ['mentee'], channel: 'meeting', purpose: 'celebration' },
        { id: 'closing-mentors', when: { milestone: 'closing', offsetDays: 1 }, from: 'sponsor', to: ['mentor'], channel: 'email', purpose: 'celebration' },
        { id: 'too-early', when: { milestone: 'closing', offsetDays: -30 }, from: 'sponsor', to: ['mentee', 'mentor', 'line-manager'], channel: 'email', purpose: 'reminder' },
      ];
    });
    const plan = planOf(yaml);
    expect(plan.entries.some((e) => e.proposed && e.step === 'closing')).toBe(false);
    // Recognising a step only silences its proposal: the message's own label and texts stay its own.
    expect(plan.entries.find((e) => e.id === 'closing-mentees')!.step).toBeUndefined();
    // A reminder a month before closing is outside the assessment window (three weeks): still proposed.
    expect(plan.entries.some((e) => e.proposed && e.step === 'assessment-reminder')).toBe(true);
  });

  it('gives a message without text the default of its purpose, with its subject in it, and of its step when it names one', () => {
    const yaml = programmeYaml((d) => {
      d.communications[0].subject = 'Why we mentor';
      d.communications.push({ id: 'pairs', step: 'pairing-announcement', when: { milestone: 'kick-off', offsetDays: -3 }, from: 'hr-owner', to: ['mentee', 'mentor'], channel: 'email', purpose: 'information' });
    });
    const plan = planOf(yaml);
    const buyIn = plan.entries.find((e) => e.id === 'buy-in')!;
    expect(buyIn.subject).toBe('Why we mentor');
    expect(buyIn.text).toContain('Hello,\n\nFrom 5 January 2026 to 30 June 2026 we run Demo programme');
    expect(buyIn.source).toEqual({ subject: 'programme', text: 'default' });
    expect(plan.entries.find((e) => e.id === 'pairs')!.subject).toBe('Demo programme: your mentoring pairs');
  });

  it('gives a message with neither subject nor text the text of its purpose without the default subject quoted in it', () => {
    const yaml = programmeYaml((d) => {
      for (const purpose of ['information', 'reminder', 'celebration']) {
        d.communications.push({ id: `bare-${purpose}`, when: { date: '2026-03-10' }, from: 'hr-owner', to: ['mentee'], channel: 'email', purpose });
      }
    });
    const plan = planOf(yaml);
    const texts = ['information', 'reminder', 'celebration'].map((purpose) => plan.entries.find((e) => e.id === `bare-${purpose}`)!.text);
    expect(texts[0]).toContain('Hello,\n\nAn update on Demo programme.\n');
    expect(texts[1]).toContain('Hello,\n\nA friendly reminder from Demo programme.\n');
    expect(texts[2]).toContain('Hello,\n\nGood news from Demo programme.\n');
    for (const text of texts) expect(text.split('Demo programme').length - 1).toBe(1);
  });

  it('makes each occurrence of a recurring message its own entry, in date and time order', () => {
    const yaml = programmeYaml((d) => {
      d.communications.push(
        { id: 'monthly', when: { milestone: 'kick-off', offsetDays: 28 }, every: { weeks: 4, until: { milestone: 'kick-off', offsetDays: 90 } }, from: 'hr-owner', to: ['line-manager'], channel: 'email', purpose: 'information', subject: 'Update {date}' },
        { id: 'call', when: { date: '2026-02-16' }, time: '09:30', minutes: 45, from: 'hr-owner', to: ['line-manager'], channel: 'phone', purpose: 'information' },
      );
    });
    const monthly = planOf(yaml).entries.filter((e) => e.id === 'monthly' || e.id === 'call');
    expect(monthly.map((e) => [e.id, e.occurrence, e.occurrences, e.date, e.time ?? '', e.subject])).toEqual([
      ['monthly', 1, 3, '2026-02-16', '', 'Update 16 February 2026'],
      ['call', 1, 1, '2026-02-16', '09:30', 'Demo programme: information'],
      ['monthly', 2, 3, '2026-03-16', '', 'Update 16 March 2026'],
      ['monthly', 3, 3, '2026-04-13', '', 'Update 13 April 2026'],
    ]);
    expect(monthly[1]!.minutes).toBe(45);
  });

  it('speaks only to roles the programme defines, and lets the HR owner speak where there is no sponsor', () => {
    const yaml = programmeYaml((d) => {
      delete d.communications;
      d.roles = d.roles.filter((r: { id: string }) => r.id !== 'sponsor' && r.id !== 'line-manager');
    });
    const plan = planOf(yaml);
    expect(plan.entries.map((e) => e.step)).not.toContain('results-to-sponsor');
    expect(plan.entries.map((e) => e.step)).not.toContain('sponsor-announcement');
    expect(plan.entries.find((e) => e.step === 'kick-off')).toMatchObject({ from: { role: 'hr-owner' }, to: { roles: ['mentee', 'mentor'] } });
  });

  it('reminds of assessments those the RACI makes assess (mentee self-assessment too), else mentors and line managers', () => {
    const withRaci = (responsible: string[], accountable: string, id = 'assess-progress') =>
      programmeYaml((d) => {
        delete d.communications;
        d.roleMatrix = [
          { id: 'kalibracja-ocen', name: 'Calibrating the assessments', responsible: ['sponsor'], accountable: 'sponsor' },
          { id, name: 'Assess progress', responsible, accountable },
        ];
      });
    const reminder = (yaml: string, locale: 'en' | 'pl' = 'en') => planOf(yaml, { locale }).entries.find((e) => e.step === 'assessment-reminder')!;
    // Mentors only: no reminder to line managers, and no line about them assessing separately.
    const mentors = reminder(withRaci(['mentor'], 'hr-owner'));
    expect(mentors.to.roles).toEqual(['mentor']);
    expect(mentors.text).not.toContain('line managers');
    // Self-assessment beside the mentor, the accountable line manager reminded too; the sender (HR) never reminds itself.
    const self = reminder(withRaci(['mentee', 'mentor', 'hr-owner'], 'line-manager', 'ocena-postepow'));
    expect(self.to.roles).toEqual(['mentee', 'mentor', 'line-manager']);
    expect(self.text).toContain('Mentees assess themselves on the same scale');
    expect(self.text).toContain('Mentors and line managers assess separately');
    expect(reminder(withRaci(['mentee', 'mentor'], 'line-manager'), 'pl').text).toContain('Mentee oceniają też sami siebie na tej samej skali');
    // Only self-assessment: the text asks the mentee to assess themselves.
    const only = reminder(withRaci(['mentee'], 'hr-owner'));
    expect(only.to.roles).toEqual(['mentee']);
    expect(only.text).toContain('please assess yourself');
    expect(reminder(withRaci(['mentee'], 'hr-owner'), 'pl').text).toContain('prosimy każdego mentee o samoocenę');
    // Only the HR owner assesses: nobody to remind. No assessing activity in the RACI: today's rule.
    expect(planOf(withRaci(['hr-owner'], 'hr-owner')).entries.some((e) => e.step === 'assessment-reminder')).toBe(false);
    expect(reminder(silent).to.roles).toEqual(['mentor', 'line-manager']);
  });

  it('moves a proposed invitation after the sponsor’s own announcement', () => {
    const yaml = programmeYaml((d) => {
      d.addressees = { criteria: [{ id: 'gap', description: 'A gap' }], recruitment: { method: 'application', closes: '2025-12-19' } };
      d.communications.push({ id: 'letter', step: 'sponsor-announcement', when: { date: '2025-12-01' }, from: 'sponsor', to: ['line-manager'], channel: 'letter', purpose: 'buy-in' });
    });
    const invitation = planOf(yaml).entries.find((e) => e.step === 'candidate-invitation')!;
    expect(invitation.date).toBe('2025-12-08');
    expect(invitation.subject).toBe('Apply to Demo programme by 19 December 2025');
  });

  it('lets a calendar move proposals onto working days, keeping them relative to their milestone', () => {
    const model = buildModel(bundleOf({ programme: silent }));
    const workingDay = (date: string): string => (date === '2026-06-26' ? addDays(date, -1) : date);
    const plan = planComms(model, { asOf: '2026-01-01', texts: catalogue('en').comms, workingDay });
    expect(plan.entries.find((e) => e.id === 'closing')).toMatchObject({ date: '2026-06-25', message: { when: { milestone: 'closing', offsetDays: -1 } } });
  });

  it('moves a proposal off a public holiday of the programme’s country, to the working day before', () => {
    const yaml = programmeYaml((d) => {
      d.metadata.locale = 'pl';
      d.metadata.period.end = '2026-12-31';
      d.process.milestones[1].date = '2026-10-28'; // closing on a Wednesday: results would be due on 11 November
    });
    const results = planOf(yaml).entries.find((e) => e.id === 'results-to-sponsor')!;
    expect(results).toMatchObject({ date: '2026-11-10', message: { when: { milestone: 'closing', offsetDays: 13 } } });
    // In English programmes only New Year's Day and Christmas count: 11 November stays.
    expect(planOf(yaml.replace('locale: pl', 'locale: en')).entries.find((e) => e.id === 'results-to-sponsor')!.date).toBe('2026-11-11');
  });

  it('resolves recipients and the people of the sending role', () => {
    const plan = planOf(programmeYaml());
    const buyIn = plan.entries.find((e) => e.id === 'buy-in')!;
    expect(buyIn.from).toEqual({ role: 'sponsor', people: ['sp1'] });
    expect(buyIn.recipients).toEqual(['lm1', 'm1', 'e1']);
    expect(plan.people.get('e1')).toMatchObject({ name: 'Eve Mentee', roles: ['mentee'] });
    expect(plan.programme).toMatchObject({ timeZone: 'Europe/London', revision: 0, locale: 'en' });
  });
});
