/** One `# mentor-disable…` comment, as written. */
export interface Directive {
  kind: 'next-line' | 'file';
  /** Rule ids it names (comma-separated in the comment). */
  ruleIds: string[];
  /** The text after ` -- `, trimmed; empty when there is none. */
  reason: string;
  /** 1-based line of the comment, and the column of its `#`. */
  line: number;
  column: number;
  /** For `next-line`: the line it applies to (the next one holding YAML); undefined at the end of the file. */
  target?: number;
  /** For `file`: false when it stands below the first YAML line, where it does not count. */
  atTop: boolean;
}

// A whole-line comment only: a `#` inside a value is text, and a directive shares no line with YAML.
const directive = /^(\s*)#\s*mentor-disable(-next-line)?(?=\s|$)(.*)$/;
const content = (line: string): boolean => line.trim() !== '' && !line.trim().startsWith('#') && line.trim() !== '---';

/**
 * Finds the suppression comments of a file: `# mentor-disable-next-line RULE-ID[, RULE-ID] -- reason`
 * for the next line holding YAML (comments and blank lines between are passed over, so directives
 * may stack), and `# mentor-disable RULE-ID -- reason` above the first YAML line for the whole file.
 */
export function findDirectives(text: string): Directive[] {
  const lines = text.split(/\r?\n/);
  const out: Directive[] = [];
  let seenContent = false;
  lines.forEach((line, i) => {
    const m = directive.exec(line);
    if (!m) {
      if (content(line)) seenContent = true;
      return;
    }
    const [, indent = '', nextLine, rest = ''] = m;
    const split = rest.indexOf('--');
    const ids = split === -1 ? rest : rest.slice(0, split);
    const reason = split === -1 ? '' : rest.slice(split + 2).trim();
    let target: number | undefined;
    if (nextLine) {
      for (let j = i + 1; j < lines.length; j++) {
        if (content(lines[j]!)) {
          target = j + 1;
          break;
        }
      }
    }
    out.push({
      kind: nextLine ? 'next-line' : 'file',
      ruleIds: ids.split(/[\s,]+/).filter((id) => id !== ''),
      reason,
      line: i + 1,
      column: indent.length + 1,
      ...(target !== undefined ? { target } : {}),
      atTop: !seenContent,
    });
  });
  return out;
}
