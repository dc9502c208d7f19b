// Control characters other than tab and newline, C1 included. Output quotes keys and values from
// the user's YAML, and a double-quoted YAML string can hold "\e[2J": printed raw it would clear the
// terminal, or colour the output even with colour off.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text with every control character but tab and newline written as a visible `\uXXXX` escape. */
export const visible = (text: string): string =>
  text.replace(controlChars, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
