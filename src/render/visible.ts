// Control characters other than tab and newline, C1 included. Messages quote keys and values from
// the user's YAML, and a double-quoted YAML string can hold "\e[2J": printed raw it would clear the
// terminal, or colour the output even with colour off.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// File names may not break a line either: a name holding a newline would print as two lines, the
// second of which could pass for a finding or a command (`::error …` on a GitHub runner).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharsInName = /[\u0000-\u001F\u007F-\u009F]/g;

const escape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Text with control characters written as `\u001B` escapes; tabs and line breaks stay. */
export function visible(text: string): string {
  return text.replace(controlChars, escape);
}

// For formats with their own escape for line breaks (GitHub workflow commands: %0D, %0A).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharsButBreaks = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Text with control characters escaped except tab, LF and CR, which the caller escapes its own way. */
export function visibleButBreaks(text: string): string {
  return text.replace(controlCharsButBreaks, escape);
}

/** A file name with every control character escaped, line breaks and tabs included. */
export function visibleName(name: string): string {
  return name.replace(controlCharsInName, escape);
}
