/**
 * Placeholders in a message's `subject` and `text`: `{name}` or `{name:argument}`, filled from the
 * programme when the plan is made. There is no escape: a brace that does not open a `{name}` or
 * `{name:argument}` is text like any other, so `a {b c}` and `{ }` stay as written.
 */

/** What a placeholder's argument must name. */
export type PlaceholderArgument = 'none' | 'milestone' | 'role';

export interface PlaceholderSpec {
  argument: PlaceholderArgument;
  /** Filled per recipient (mail merge); in the shared plan it shows as a marker. */
  personal?: true;
}

/** Every placeholder mentor fills; docs/comms.md explains each one. */
export const placeholders = {
  programme: { argument: 'none' },
  organisation: { argument: 'none' },
  sender: { argument: 'none' },
  'sender-role': { argument: 'none' },
  role: { argument: 'role' },
  milestone: { argument: 'milestone' },
  'milestone-name': { argument: 'milestone' },
  date: { argument: 'none' },
  time: { argument: 'none' },
  start: { argument: 'none' },
  end: { argument: 'none' },
  'recruitment-closes': { argument: 'none' },
  competencies: { argument: 'none' },
  cadence: { argument: 'none' },
  preparation: { argument: 'none' },
  subject: { argument: 'none' },
  recipient: { argument: 'none', personal: true },
  'first-name': { argument: 'none', personal: true },
  mentor: { argument: 'none', personal: true },
  'line-manager': { argument: 'none', personal: true },
} as const satisfies Record<string, PlaceholderSpec>;

export type PlaceholderName = keyof typeof placeholders;
export const placeholderNames = Object.keys(placeholders) as PlaceholderName[];

/** One `{…}` found in a text; offsets are into the text, `end` exclusive. */
export interface PlaceholderToken {
  name: string;
  argument?: string;
  start: number;
  end: number;
  /** Written `{{name}}`, the way other mail-merge tools spell placeholders. */
  doubled?: true;
}

/** `{name}` or `{name:argument}`; global, so use it with `matchAll` or `replace` only. */
export const placeholderPattern = /\{([A-Za-z][A-Za-z0-9_-]*)(?::([^{}\s]*))?\}/g;

/** Every placeholder-shaped `{…}` in a text, known or not, in order. */
export function scanPlaceholders(text: string): PlaceholderToken[] {
  const found: PlaceholderToken[] = [];
  for (const m of text.matchAll(placeholderPattern)) {
    const end = m.index + m[0].length;
    const doubled = text[m.index - 1] === '{' && text[end] === '}';
    found.push({ name: m[1]!, ...(m[2] !== undefined ? { argument: m[2] } : {}), start: m.index, end, ...(doubled ? { doubled: true as const } : {}) });
  }
  return found;
}

/** True when the text holds a placeholder filled per recipient. */
export function isPersonal(text: string): boolean {
  return scanPlaceholders(text).some((t) => (placeholders as Record<string, PlaceholderSpec>)[t.name]?.personal === true);
}

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(placeholders, name);
}

/** True for a known placeholder that takes an argument (`{milestone:kick-off}`). */
export function takesArgument(name: string): boolean {
  return isPlaceholderName(name) && (placeholders[name] as PlaceholderSpec).argument !== 'none';
}

/** Why a placeholder cannot be filled; `undefined` when it can. */
export type PlaceholderProblem =
  | { reason: 'double-braces' }
  | { reason: 'unknown-name' }
  | { reason: 'argument-missing'; expects: 'milestone' | 'role' }
  | { reason: 'argument-unexpected' }
  | { reason: 'unknown-milestone' | 'unknown-role'; argument: string }
  | { reason: 'no-value' };

/** What a placeholder may refer to in one programme and message. */
export interface PlaceholderScope {
  milestones: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  roles: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  hasRecruitmentClose: boolean;
  hasTime: boolean;
  hasPreparation: boolean;
  /** Whether anyone has a line manager: a `line-manager` role, or a person with a `lineManager`. */
  hasLineManagers: boolean;
  /** Which field holds the text: `{subject}` can only be used in the text. */
  field: 'subject' | 'text';
}

/** Checks one placeholder against the programme: the name, its argument, and that a value exists. */
export function placeholderProblem(t: PlaceholderToken, scope: PlaceholderScope): PlaceholderProblem | undefined {
  // `{{name}}` would be filled inside a pair of braces left in the text: say so even for a known name.
  if (t.doubled && isPlaceholderName(t.name)) return { reason: 'double-braces' };
  if (!isPlaceholderName(t.name)) return { reason: 'unknown-name' };
  const { argument } = placeholders[t.name] as PlaceholderSpec;
  if (argument === 'none') {
    if (t.argument !== undefined) return { reason: 'argument-unexpected' };
  } else {
    if (t.argument === undefined || t.argument === '') return { reason: 'argument-missing', expects: argument };
    const known = argument === 'milestone' ? scope.milestones : scope.roles;
    if (!known.has(t.argument)) return { reason: argument === 'milestone' ? 'unknown-milestone' : 'unknown-role', argument: t.argument };
  }
  if (t.name === 'recruitment-closes' && !scope.hasRecruitmentClose) return { reason: 'no-value' };
  if (t.name === 'time' && !scope.hasTime) return { reason: 'no-value' };
  if (t.name === 'preparation' && !scope.hasPreparation) return { reason: 'no-value' };
  // A community or a university has no line managers: `{line-manager}` would stay a marker in every letter.
  if (t.name === 'line-manager' && !scope.hasLineManagers) return { reason: 'no-value' };
  if (t.name === 'subject' && scope.field === 'subject') return { reason: 'no-value' };
  return undefined;
}
