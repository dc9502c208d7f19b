import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/model.js';
import { catalogue } from '../../messages/index.js';
import { bundleOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { fillScope, fillText } from './fill.js';
import { buildDirectory } from './people.js';

const model = buildModel(
  bundleOf({
    programme: programmeYaml((d) => {
      d.addressees = { criteria: [{ id: 'gap', description: 'A gap' }], recruitment: { method: 'nomination', closes: '2025-12-19' } };
      d.competencies.push({ id: 'planning', name: 'Account planning', importance: 'tactical', scale: 's5', goal: 'g1' });
      d.people.mentees[0].competencies.push({ competency: 'planning', baseline: 2, target: 3 });
    }),
  }),
);
const directory = buildDirectory(model);
const scope = (locale: 'en' | 'pl') => fillScope(model.programme, directory, catalogue(locale).comms);

describe('fillText', () => {
  it('fills the programme’s data in English', () => {
    const text =
      '{programme} of {organisation}: {competencies}, {cadence}; kick-off {milestone:kick-off} ({milestone-name:kick-off}); {start}–{end}; recruitment {recruitment-closes}; from {sender} ({sender-role}), HR {role:hr-owner}; {preparation}; on {date} at {time}: {subject}';
    expect(fillText(text, scope('en'), { date: '2026-01-12', time: '09:00', from: 'sponsor', subject: 'Hello' })).toBe(
      "Demo programme of Demo Ltd: Negotiation and Account planning, every 2 weeks, 60 minutes each; kick-off 19 January 2026 (Kick-off); 5 January 2026–30 June 2026; recruitment 19 December 2025; from Sam Price (Sponsor), HR Hanna Reed; The mentor's role (4 h); on 12 January 2026 at 09:00: Hello",
    );
  });

  it('writes dates, lists and the cadence the Polish way', () => {
    expect(fillText('{competencies}, {cadence}, {milestone:kick-off}', scope('pl'), { date: '2026-01-12', from: 'sponsor' })).toBe(
      'Negotiation i Account planning, co 2 tygodnie po 60 minut, 19 stycznia 2026',
    );
  });

  it('shows personal placeholders as markers in the plan, and fills them for one recipient', () => {
    const template = 'Dear {first-name} ({recipient}), your mentor {mentor}, your manager {line-manager}.';
    expect(fillText(template, scope('pl'), { date: '2026-01-12', from: 'hr-owner' })).toBe(
      'Dear [imię] ([imię i nazwisko odbiorcy]), your mentor [imię i nazwisko mentora], your manager [imię i nazwisko przełożonego].',
    );
    expect(fillText(template, scope('en'), { date: '2026-01-12', from: 'hr-owner', recipient: 'e1' })).toBe('Dear Eve (Eve Mentee), your mentor Maria Mentor, your manager Lee Moss.');
    // A line manager has no mentor of their own here: the marker stays, nothing is made up.
    expect(fillText('{mentor}', scope('en'), { date: '2026-01-12', from: 'hr-owner', recipient: 'lm1' })).toBe('[mentor’s name]');
  });

  it('signs a line manager’s or mentor’s message with the recipient’s own one', () => {
    const values = { date: '2026-01-12', from: 'line-manager' };
    expect(fillText('{sender}', scope('en'), values)).toBe('Line manager');
    expect(fillText('{sender}', scope('en'), { ...values, recipient: 'e1' })).toBe('Lee Moss');
    expect(fillText('{sender}', scope('en'), { ...values, from: 'mentor', recipient: 'e1' })).toBe('Maria Mentor');
  });

  it('puts no second full stop after a value that ends its own sentence', () => {
    const values = { date: '2026-01-12', from: 'hr-owner' };
    expect(fillText('A friendly reminder: {subject}.', scope('en'), { ...values, subject: 'Have you booked your first session?' })).toBe('A friendly reminder: Have you booked your first session?');
    expect(fillText('Przypominamy: {subject}. Dziękujemy.', scope('pl'), { ...values, subject: 'Ankieta do 5 maja.' })).toBe('Przypominamy: Ankieta do 5 maja. Dziękujemy.');
    expect(fillText('Przypominamy: {subject}.', scope('pl'), { ...values, subject: 'Ankieta' })).toBe('Przypominamy: Ankieta.');
    // Only a value filled in: a placeholder left as written keeps its full stop.
    expect(fillText('{programe}.', scope('en'), values)).toBe('{programe}.');
  });

  it('leaves what it cannot fill as written', () => {
    expect(fillText('{programe} {milestone:nowhere} {programme:x} {milestone} {time} { }', scope('en'), { date: '2026-01-12', from: 'sponsor' })).toBe(
      '{programe} {milestone:nowhere} {programme:x} {milestone} {time} { }',
    );
  });
});
