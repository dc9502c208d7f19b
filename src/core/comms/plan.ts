import type { CommsText, PurposeTemplate } from '../../messages/comms-text.js';
import { calendarForLocale, workingDayOnOrBefore } from '../calendar/index.js';
import { addDays } from '../model/dates.js';
import type { ProgrammeModel } from '../model/model.js';
import type { Communication } from '../model/types.js';
import { methodAnchors } from './anchors.js';
import { fillScope, fillText } from './fill.js';
import { occurrenceDates } from './occurrences.js';
import { buildDirectory, reachOf } from './people.js';
import { propose, stepTemplateParams } from './propose.js';
import { coverage, methodNeeds, stepIds, type DatedMessage } from './steps.js';
import { defaultTimeZone } from './time-zone.js';
import type { CommsPlan, PlanEntry, StepId } from './types.js';

export interface PlanOptions {
  /** The day the plan is made for (YYYY-MM-DD): views such as `--upcoming` count from it. */
  asOf: string;
  /** Default texts and wording, in the plan's language. */
  texts: CommsText;
  /**
   * Moves a proposed date onto a working day. Default: the last working day on or before it in the
   * programme's holiday calendar (`calendarForLocale`), so a proposal that prepares something
   * stays before it.
   */
  workingDay?: (date: string) => string;
}

/**
 * The earliest preparation module a mentor finished for this programme: preparation starts then at
 * the latest. Records older than four months before kick-off belong to an earlier programme (a
 * rollout keeps its pilot's mentors) and do not count.
 */
function firstPreparation(model: ProgrammeModel, kickOff: string): string | undefined {
  const since = addDays(kickOff, -120);
  let first: string | undefined;
  for (const mentor of model.mentors) {
    for (const r of mentor.preparation ?? []) if (r.completed >= since && (first === undefined || r.completed < first)) first = r.completed;
  }
  return first;
}

/**
 * Makes the dated communication plan of a programme: every occurrence of its own messages, and the
 * method's proposals for the steps it leaves uncovered, each with its recipients and its text filled
 * in the plan's language. Pure: the model and the date in, the plan out.
 */
export function planComms(model: ProgrammeModel, options: PlanOptions): CommsPlan {
  const { programme } = model;
  const { texts } = options;
  const directory = buildDirectory(model);
  const scope = fillScope(programme, directory, texts);
  const milestoneDates = new Map([...scope.milestones].map(([id, m]) => [id, m.date]));
  const period = programme.metadata.period;
  const roles = new Set(programme.roles.map((r) => r.id));

  const own: DatedMessage[] = (programme.communications ?? []).map((message) => ({ message, dates: occurrenceDates(message, milestoneDates, period.end) }));
  const anchors = methodAnchors(programme, (kickOff) => firstPreparation(model, kickOff));
  const needs = methodNeeds(anchors, roles, (programme.preparation?.modules ?? []).some((m) => m.required !== false));
  const covered = coverage(needs, own, anchors);
  const proposals = propose(covered.uncovered, covered, anchors, {
    texts,
    takenIds: new Set(own.map((m) => m.message.id)),
    workingDay: options.workingDay ?? ((date) => workingDayOnOrBefore(date, calendarForLocale(programme.metadata.locale, programme.metadata.timeZone))),
  });

  const entries: PlanEntry[] = [];
  const order = new Map<PlanEntry, number>();
  const add = (message: Communication, dates: string[], proposed: boolean, step: { step: StepId; milestone?: string } | undefined): void => {
    const reach = reachOf(message, directory);
    const fromPeople = directory.members.get(message.from) ?? [];
    const template = templateOf(message, step, texts, anchors, proposed);
    dates.forEach((date, i) => {
      const values = { date, ...(message.time !== undefined ? { time: message.time } : {}), from: message.from };
      const subject = fillText(template.subject, scope, values);
      const entry: PlanEntry = {
        id: message.id,
        occurrence: i + 1,
        occurrences: dates.length,
        proposed,
        ...(step ? { step: step.step, ...(step.milestone !== undefined ? { stepMilestone: step.milestone } : {}) } : {}),
        date,
        ...(message.time !== undefined ? { time: message.time, minutes: message.minutes ?? 60 } : {}),
        from: { role: message.from, people: fromPeople },
        to: { roles: message.to ?? [], people: message.toPeople ?? [] },
        recipients: reach.all,
        reach: reach.groups,
        channel: message.channel,
        purpose: message.purpose,
        subject,
        text: fillText(template.text, scope, { ...values, subject }),
        template: { subject: template.subject, text: template.text },
        source: template.source,
        message,
      };
      order.set(entry, order.size);
      entries.push(entry);
    });
  };
  for (const m of own) add(m.message, m.dates, false, covered.stepOf.get(m.message));
  for (const p of proposals) {
    const milestone = p.step === 'assessment-reminder' ? p.when.milestone : undefined;
    add(p, occurrenceDates(p, milestoneDates, period.end), true, { step: p.step!, ...(milestone !== undefined ? { milestone } : {}) });
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.time ?? '').localeCompare(b.time ?? '') || order.get(a)! - order.get(b)!);

  const people = new Map<string, NonNullable<ReturnType<typeof directory.people.get>>>();
  for (const e of entries) for (const id of [...e.from.people, ...e.recipients]) if (!people.has(id)) people.set(id, directory.people.get(id)!);
  return {
    programme: {
      id: programme.metadata.id,
      name: programme.metadata.name,
      organisation: programme.metadata.organisation,
      locale: programme.metadata.locale,
      timeZone: programme.metadata.timeZone ?? defaultTimeZone(programme.metadata.locale),
      revision: programme.metadata.revision ?? 0,
      period: { start: period.start, end: period.end },
    },
    asOf: options.asOf,
    roles: programme.roles.map((r) => ({ id: r.id, name: r.name })),
    people,
    entries,
    scope,
  };
}

/** The subject and text of a message: its own, else the default of its step, else of its purpose. */
function templateOf(
  message: Communication,
  step: { step: StepId; milestone?: string } | undefined,
  texts: CommsText,
  anchors: ReturnType<typeof methodAnchors>,
  proposed: boolean,
): { subject: string; text: string; source: PlanEntry['source'] } {
  const purpose = (): PurposeTemplate => {
    const template = texts.purposes({ lineManagers: anchors.lineManagers })[message.purpose];
    // Its text quotes the message's own subject: with none, the default subject would stand in the
    // text ("An update on X: X: information."), so the text without it is taken.
    return message.subject === undefined && template.untitled !== undefined ? { ...template, text: template.untitled } : template;
  };
  const fallback =
    message.subject !== undefined && message.text !== undefined
      ? undefined
      : step && stepIds.includes(step.step) && (step.step !== 'assessment-reminder' || step.milestone !== undefined)
        ? texts.steps[step.step](stepTemplateParams(anchors, step.milestone, step.step === 'assessment-reminder' ? message.to : undefined))
        : purpose();
  return {
    subject: message.subject ?? fallback!.subject,
    text: message.text ?? fallback!.text,
    // A proposal carries the method's default texts, written in as it would be adopted.
    source: { subject: message.subject !== undefined && !proposed ? 'programme' : 'default', text: message.text !== undefined && !proposed ? 'programme' : 'default' },
  };
}
