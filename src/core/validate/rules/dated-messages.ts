import { occurrenceDates } from '../../comms/occurrences.js';
import type { Communication } from '../../model/types.js';
import type { RuleContext } from '../rule.js';

export interface DatedMessage {
  message: Communication;
  /** Every date the message goes out on (one, or each occurrence of a recurring message). */
  dates: string[];
}

const cache = new WeakMap<object, DatedMessage[]>();

/** The programme's messages with their dates, worked out once per model for all the comms rules. */
export function datedMessages(ctx: RuleContext): DatedMessage[] {
  const { programme } = ctx.model;
  let dated = cache.get(ctx.model);
  if (!dated) {
    dated = (programme.communications ?? []).map((message) => ({ message, dates: occurrenceDates(message, ctx.index.milestones, programme.metadata.period.end) }));
    cache.set(ctx.model, dated);
  }
  return dated;
}

/** The key under `when` that decides a message's date: its fixed date, its offset, or its milestone. */
export function whenKey(message: Communication): 'date' | 'offsetDays' | 'milestone' {
  const { when } = message;
  return when.date !== undefined ? 'date' : when.offsetDays !== undefined ? 'offsetDays' : 'milestone';
}

/** The roles a message goes to (none when it names only people). */
export function toRoles(message: Communication): readonly string[] {
  return message.to ?? [];
}
