import type { CommsText } from '../../messages/comms-text.js';
import type { Programme } from '../model/types.js';
import type { Directory } from './people.js';
import { placeholderPattern, takesArgument } from './placeholders.js';

/** What placeholders are filled from: the programme's data, worded in the plan's language. */
export interface FillScope {
  texts: Pick<CommsText, 'longDate' | 'list' | 'cadence' | 'module' | 'markers'>;
  programme: Programme;
  directory: Directory;
  milestones: ReadonlyMap<string, { name: string; date: string }>;
  roleNames: ReadonlyMap<string, string>;
  /** Worded once per plan: `{competencies}`, `{cadence}`, `{preparation}`. */
  competencies: string;
  cadence: string;
  preparation?: string;
}

/** What one entry adds: its own date, time, sender and subject, and the recipient for a mail merge. */
export interface FillValues {
  date: string;
  time?: string;
  /** Role id of the sender. */
  from: string;
  /** The filled subject, for `{subject}` in a text. */
  subject?: string;
  /** Person id, when filling for one recipient. */
  recipient?: string;
}

/** Builds what a plan's texts are filled from. */
export function fillScope(programme: Programme, directory: Directory, texts: FillScope['texts']): FillScope {
  const milestones = new Map<string, { name: string; date: string }>();
  for (const m of programme.process.milestones) if (!milestones.has(m.id)) milestones.set(m.id, m);
  const roleNames = new Map<string, string>();
  for (const r of programme.roles) if (!roleNames.has(r.id)) roleNames.set(r.id, r.name);
  // Optional modules (supervision during the programme) are not part of what mentors finish first.
  const modules = (programme.preparation?.modules ?? []).filter((m) => m.required !== false);
  return {
    texts,
    programme,
    directory,
    milestones,
    roleNames,
    competencies: texts.list(programme.competencies.map((c) => c.name)),
    cadence: texts.cadence(programme.process.cadence.everyWeeks, programme.process.cadence.minutes),
    ...(modules.length > 0 ? { preparation: texts.list(modules.map((m) => texts.module(m.name, m.hours))) } : {}),
  };
}

// Roles held by many people, each in a relation of their own to a mentee: in the shared plan the
// sender is the role; in a mail merge to a mentee, it is that mentee's own line manager or mentor.
const relationRoles = new Set(['mentee', 'mentor', 'line-manager']);

/** Names of the people holding a role, or the role's name when nobody (or a whole population) holds it. */
export function roleText(scope: FillScope, role: string): string {
  const members = relationRoles.has(role) ? [] : (scope.directory.members.get(role) ?? []);
  if (members.length === 0) return scope.roleNames.get(role) ?? role;
  return scope.texts.list(members.map((id) => scope.directory.people.get(id)?.name ?? id));
}

function names(scope: FillScope, ids: readonly string[] | undefined): string | undefined {
  if (!ids || ids.length === 0) return undefined;
  return scope.texts.list(ids.map((id) => scope.directory.people.get(id)?.name ?? id));
}

/** The sender as a recipient sees them: their own line manager or mentor when that is the sending role. */
function senderFor(scope: FillScope, from: string, recipient: string | undefined): string {
  if (recipient !== undefined) {
    if (from === 'line-manager') {
      const manager = scope.directory.lineManagerOf.get(recipient);
      if (manager !== undefined) return scope.directory.people.get(manager)?.name ?? manager;
    }
    if (from === 'mentor') {
      const mentors = names(scope, scope.directory.mentorsOf.get(recipient));
      if (mentors !== undefined) return mentors;
    }
  }
  return roleText(scope, from);
}

/**
 * Fills a text's placeholders. Personal ones take the recipient's data when `values.recipient` is
 * given, and show as a marker otherwise. A placeholder that cannot be filled (unknown, or without a
 * value) stays as written: `mentor validate` reports it with its position (unknown-placeholder).
 */
export function fillText(template: string, scope: FillScope, values: FillValues): string {
  if (!template.includes('{')) return template;
  const { texts, programme } = scope;
  const person = values.recipient === undefined ? undefined : scope.directory.people.get(values.recipient);
  return template.replace(placeholderWithStop, (whole, name: string, argument: string | undefined, stop: string) => {
    const value = ((): string | undefined => {
      switch (name) {
        case 'programme':
          return programme.metadata.name;
        case 'organisation':
          return programme.metadata.organisation;
        case 'sender':
          return senderFor(scope, values.from, values.recipient);
        case 'sender-role':
          return scope.roleNames.get(values.from) ?? values.from;
        case 'role':
          return argument !== undefined && scope.roleNames.has(argument) ? roleText(scope, argument) : undefined;
        case 'milestone': {
          const m = argument === undefined ? undefined : scope.milestones.get(argument);
          return m ? texts.longDate(m.date) : undefined;
        }
        case 'milestone-name':
          return argument === undefined ? undefined : scope.milestones.get(argument)?.name;
        case 'date':
          return texts.longDate(values.date);
        case 'time':
          return values.time;
        case 'start':
          return texts.longDate(programme.metadata.period.start);
        case 'end':
          return texts.longDate(programme.metadata.period.end);
        case 'recruitment-closes': {
          const closes = programme.addressees?.recruitment.closes;
          return closes === undefined ? undefined : texts.longDate(closes);
        }
        case 'competencies':
          return scope.competencies;
        case 'cadence':
          return scope.cadence;
        case 'preparation':
          return scope.preparation;
        case 'subject':
          return values.subject;
        case 'recipient':
          return person ? person.name : texts.markers.recipient;
        case 'first-name':
          return person ? (person.name.split(/\s+/)[0] ?? person.name) : texts.markers['first-name'];
        case 'mentor':
          return (person ? names(scope, scope.directory.mentorsOf.get(person.id)) : undefined) ?? texts.markers.mentor;
        case 'line-manager': {
          const manager = person ? scope.directory.lineManagerOf.get(person.id) : undefined;
          return (manager !== undefined ? scope.directory.people.get(manager)?.name : undefined) ?? texts.markers['line-manager'];
        }
        default:
          return undefined;
      }
    })();
    // An argument on a placeholder that takes none, or a missing one, leaves the text as written.
    if (value === undefined || (argument !== undefined) !== takesArgument(name)) return whole;
    // A value that ends its own sentence (a subject written as a question) takes no second full stop.
    return /[.!?…]$/.test(value) ? value : value + stop;
  });
}

/** A placeholder and the full stop after it, if any (see `fillText`). */
const placeholderWithStop = new RegExp(`${placeholderPattern.source}(\\.?)`, 'g');
