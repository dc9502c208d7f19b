import { assessorsOf, type CommsText, type MessageTemplate, type StepTemplateParams } from './comms-text.js';

// Built on first use: every command loads the catalogues, only `comms` formats dates and lists.
let longDates: Intl.DateTimeFormat | undefined;
let lists: Intl.ListFormat | undefined;
const plural = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;
/** The thanks of a celebration, line managers among them only in a programme that has them. */
const thanks = (lineManagers: boolean): string =>
  `Thank you to everyone who makes the programme work: mentees for their commitment${lineManagers ? ', mentors for their time and experience, line managers for their support' : ' and mentors for their time and experience'}.`;

const candidateInvitation = (p: StepTemplateParams): MessageTemplate => {
  const by = p.recruitmentCloses ? ` by ${p.recruitmentCloses}` : '';
  const intro = `Hello,\n\n{organisation} is starting {programme}, a mentoring programme in which experienced colleagues pass on, one to one, what they know about {competencies}.`;
  const journey = `You agree a development goal${p.lineManagers ? ' with your line manager' : ''}, meet your mentor {cadence} and drive your own development: most of the learning happens in your everyday work, with the sessions and short courses in support.`;
  const close = `The programme starts with a kick-off on ${p.kickOff}.\n\n{sender}`;
  // Without line managers nobody nominates: candidates apply.
  if (p.method === 'application' || !p.lineManagers) {
    return {
      subject: `Apply to {programme}${by}`,
      text: `${intro}\n\nIt is for colleagues who want to grow in these competencies and meet the programme's criteria. ${journey}\n\nTo apply, write a few lines on the competency you want to develop and why${by}; applications go to {sender}.${p.lineManagers ? ' Please talk to your line manager first: their support is part of the programme.' : ''}\n\n${close}`,
    };
  }
  if (p.method === 'nomination') {
    return {
      subject: '{programme}: how nominations work',
      text: `${intro}\n\nLine managers nominate participants against the programme's criteria${by ? `; nominations close on ${p.recruitmentCloses}` : ''}. If you would like to take part, tell your line manager now. ${journey}\n\n${close}`,
    };
  }
  return {
    subject: `Join {programme}: apply or ask to be nominated${by}`,
    text: `${intro}\n\nThere are two ways in: apply yourself, or be nominated by your line manager; either way you need to meet the programme's criteria. To apply, write a few lines on the competency you want to develop and why${by}; applications go to {sender}. ${journey}\n\n${close}`,
  };
};

/** `mentor comms` in English: default texts as a consultant would write them, and the command's wording. */
export const commsEn: CommsText = {
  steps: {
    'sponsor-announcement': (p) =>
      p.lineManagers
        ? {
            subject: '{programme}: what I ask of you as a line manager',
            text: `Dear colleagues,\n\n{organisation} is starting {programme}. Experienced colleagues will pass on, one to one, the know-how we cannot find in any procedure: {competencies}. It is an investment in the competencies our business goals depend on, not a perk.\n\nYou have a key part in it. Please put forward the people in your teams who meet the programme's criteria${p.recruitmentCloses ? ` before recruitment closes on ${p.recruitmentCloses}` : ''}, agree a development goal with each of them, and protect the time for their sessions ({cadence}). Most of the learning will happen in the assignments you give them day to day.\n\nThe programme runs from {start} to {end} and opens with a kick-off on ${p.kickOff}.\n\nThank you for your support,\n{sender}`,
          }
        : {
            subject: '{programme}: why we are starting it and what I ask of you',
            text: `Dear colleagues,\n\n{organisation} is starting {programme}. Experienced colleagues will pass on, one to one, the know-how we cannot find in any procedure: {competencies}. It is an investment in the competencies our business goals depend on, not a perk.\n\nI ask our most experienced people to give their time as mentors, and everyone who wants to grow in these competencies to apply${p.recruitmentCloses ? ` before recruitment closes on ${p.recruitmentCloses}` : ''}; the programme team will send the details. Most of the learning will happen in your everyday work, with sessions {cadence} in support.\n\nThe programme runs from {start} to {end} and opens with a kick-off on ${p.kickOff}.\n\nThank you,\n{sender}`,
          },
    'candidate-invitation': candidateInvitation,
    'mentor-preparation': (p) => ({
      subject: '{programme}: preparation for mentors',
      text: `Dear mentors,\n\nThank you for agreeing to share your experience in {programme}. Every mentor completes a short preparation before their first pair starts, so that every mentee gets support of the same quality. The modules: {preparation}.\n\nDates and bookings: {sender}. Please complete the modules before the pairs are announced on ${p.matching}.\n\nThank you,\n{sender}`,
    }),
    'pairing-announcement': (p) => ({
      subject: '{programme}: your mentoring pairs',
      text: `Hello,\n\nThe pairs for {programme} are set. Mentees, please contact your mentor this week and book your first session before the kick-off on ${p.kickOff}; after that you meet {cadence}. At the first session, agree how you will work together: goals, rhythm, confidentiality.\n\n${p.lineManagers ? 'Line managers, please make sure your team members can keep their session dates.\n\n' : ''}{sender}`,
    }),
    'kick-off': (p) => ({
      subject: 'Kick-off of {programme}',
      text: `The opening meeting of {programme} for mentees, mentors, ${p.lineManagers ? 'line managers ' : ''}and the programme team.\n\nAgenda:\n- why we are doing this: the business goals and the competencies we develop ({competencies});\n- how the programme works: roles, the rhythm of sessions ({cadence}), learning by 70:20:10, the dates that matter;\n- first agreements in the pairs: goals, contracting, confidentiality;\n- questions and answers.\n\nHost: {sender}`,
    }),
    'assessment-reminder': (p) => {
      const who = assessorsOf(p);
      const ask = who.onlySelf
        ? "please assess yourself on the programme's scale, in every competency you work on; {sender} collects the self-assessments. Assess what you have done at work rather than the effort, and add an example where you can."
        : "please assess each of your mentees on the programme's scale, in every competency they work on; {sender} collects the assessments. Assess what you have seen at work rather than the effort, and add an example where you can.";
      const self = who.self && !who.onlySelf ? '\n\nMentees assess themselves on the same scale; we discuss the self-assessments together with the other assessments.' : '';
      const separately = who.separately ? '\n\nMentors and line managers assess separately; we talk the differences through together.' : '';
      return {
        subject: `{milestone-name:${p.milestone}} on {milestone:${p.milestone}}: progress assessments due`,
        text: `Hello,\n\n{milestone-name:${p.milestone}} takes place on {milestone:${p.milestone}}. Before then, ${ask}${self}${separately}\n\nThank you,\n{sender}`,
      };
    },
    'mid-point-check-in': () => ({
      subject: '{programme}: half-way check-in with line managers',
      text: 'A short meeting with line managers half-way through {programme}:\n- how your team members are progressing: sessions held, assessments, development assignments;\n- what helps and what gets in the way, such as workload or session dates;\n- what you can do in the second half: stretching assignments, feedback, time for sessions.\n\nPlease bring your observations of each mentee in your team.\n\n{sender}',
    }),
    closing: (p) => ({
      subject: 'Closing of {programme}',
      text: `The closing meeting of {programme} on ${p.closing}.\n\nWe will look at what the pairs achieved against their goals, thank the mentors for their time and experience, and hear what participants would change in the next edition. Mentees, please bring one example of something you now do differently.\n\n{sender}`,
    }),
    'results-to-sponsor': (p) => ({
      subject: '{programme}: results and recommendations',
      text: `Presentation of the results of {programme} ({start} – {end}):\n- every KPI against its target, with the evidence behind it;\n- the mentees' progress from their baselines towards their targets;\n- sessions held against plan, and the real learning mix against 70:20:10;\n- what participants${p.lineManagers ? ' and line managers' : ''} said in the surveys;\n- recommendations for the next edition or the rollout, and the decisions we need from you.\n\n{sender}`,
    }),
  },
  purposes: (p) => ({
    'buy-in': {
      subject: '{programme}: why it matters and what we need from you',
      text: `Hello,\n\nFrom {start} to {end} we run {programme}. Its aim is to pass on, one to one, the competencies our business goals depend on: {competencies}. It works only when everyone plays their part: mentees drive their own development${p.lineManagers ? ', mentors share their experience, and line managers give development assignments and protect the time for sessions ({cadence})' : ' and mentors share their experience and keep the rhythm of sessions ({cadence})'}.\n\nWe count on your commitment. If you have questions, the programme team will be glad to help.\n\n{sender}`,
    },
    information: {
      subject: '{programme}: information',
      text: 'Hello,\n\nAn update on {programme}: {subject}.\n\nThe programme runs from {start} to {end}. If anything is unclear, please contact the programme team.\n\nBest regards,\n{sender}',
      untitled: 'Hello,\n\nAn update on {programme}.\n\nThe programme runs from {start} to {end}. If anything is unclear, please contact the programme team.\n\nBest regards,\n{sender}',
    },
    reminder: {
      subject: '{programme}: a reminder',
      text: 'Hello,\n\nA friendly reminder: {subject}.\n\nThank you for keeping {programme} on track. If something stands in the way, please let us know.\n\n{sender}',
      untitled: 'Hello,\n\nA friendly reminder from {programme}.\n\nThank you for keeping the programme on track. If something stands in the way, please let us know.\n\n{sender}',
    },
    celebration: {
      subject: '{programme}: thank you',
      text: `Hello,\n\nGood news from {programme}: {subject}.\n\n${thanks(p.lineManagers)}\n\n{sender}`,
      untitled: `Hello,\n\nGood news from {programme}.\n\n${thanks(p.lineManagers)}\n\n{sender}`,
    },
  }),
  longDate: (iso) => (longDates ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' })).format(new Date(`${iso}T00:00:00Z`)),
  list: (items) => (lists ??= new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })).format(items),
  cadence: (weeks, minutes) => `${weeks === 1 ? 'every week' : `every ${weeks} weeks`}, ${minutes} minutes each`,
  module: (name, hours) => `${name} (${hours} h)`,
  markers: { recipient: '[recipient’s name]', 'first-name': '[first name]', mentor: '[mentor’s name]', 'line-manager': '[line manager’s name]' },
  stepNames: {
    'sponsor-announcement': "sponsor's announcement",
    'candidate-invitation': 'invitation to candidates',
    'mentor-preparation': 'mentor preparation',
    'pairing-announcement': 'pairs announced',
    'kick-off': 'kick-off',
    'assessment-reminder': 'assessment reminder',
    'mid-point-check-in': 'mid-point check-in with line managers',
    closing: 'closing',
    'results-to-sponsor': 'results to the sponsor',
  },
  purposeNames: { 'buy-in': 'buy-in', information: 'information', reminder: 'reminder', celebration: 'celebration' },
  channelNames: { email: 'e-mail', meeting: 'meeting', intranet: 'intranet', chat: 'chat', letter: 'letter', video: 'video call', phone: 'phone', other: 'other' },
  labels: {
    date: 'Date',
    time: 'Time',
    from: 'From',
    to: 'To',
    channel: 'Channel',
    purpose: 'Purpose',
    subject: 'Subject',
    text: 'Text',
    step: 'Step of the method',
    recipients: 'Recipients',
    proposed: 'proposed',
    proposedNote: 'Proposed by the method: the programme does not cover this step yet (mentor comms --proposed-only writes it as YAML).',
    allDay: 'all day',
    occurrence: (n, of) => `${n} of ${of}`,
    people: (n) => plural(n, 'person', 'people'),
    nobody: 'nobody yet',
    besidesAbove: (n) => `, besides ${plural(n, 'person', 'people')} listed above`,
    allAbove: (who) => `${who}, listed above`,
    roleWith: (role, who) => `${role}: ${who}`,
  },
  out: {
    title: (programme) => `Communication plan: ${programme}`,
    period: (start, end) => `Programme period ${start} – ${end}`,
    asOf: (date) => `as of ${date}`,
    summary: (entries, proposed) => `${plural(entries, 'entry', 'entries')}${proposed > 0 ? `, ${proposed} proposed by the method` : ''}`,
    empty: 'No messages in this view.',
    textsHeading: 'Texts',
    yamlHeader: (programme, count) => [
      `Proposed by \`mentor comms --proposed-only\` for ${programme}: ${plural(count, 'message', 'messages')} the method expects`,
      'and the programme does not have yet. Review the texts, then paste the entries under `communications:`.',
    ],
    yamlNone: 'Nothing to propose: the programme covers every step of the method.',
  },
  errors: {
    unknownRole: (flag, role, known) => `${flag}: the programme has no role "${role}" (roles: ${known.join(', ')}).`,
    unknownPerson: (id) => `--person: nobody with id "${id}" in the programme's people.`,
    betweenOrder: (from, to) => `--between: ${from} comes after ${to}; give the earlier date first.`,
    betweenCount: '--between takes two dates, YYYY-MM-DD YYYY-MM-DD (put the programme path before --between).',
    yamlNeedsProposedOnly: '--format yaml writes proposals ready to paste into the programme: add --proposed-only.',
    mergeFormat: (format) => `--merge writes one row per recipient as csv or json, not ${format}.`,
  },
};
