import type { SuppressText } from './suppress-text.js';

const reasonWords: Record<string, (id: string, suggestion?: string) => string> = {
  'no-rule': () => 'This `mentor-disable` comment names no rule.',
  'unknown-rule': (id, suggestion) => `\`${id}\` is not a rule${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`,
  'not-suppressible': (id) => `\`${id}\` cannot be suppressed: YAML and schema findings mean the file does not say what it seems to.`,
  'not-at-top': () => '`mentor-disable` counts only above the first line of YAML; this one is further down.',
};

export const suppressEn: SuppressText = {
  rules: {
    'suppression-missing-reason': {
      message: (p) => `Suppressing \`${p.rules}\` needs a reason after \` -- \`.`,
      hint: (p) => `Write why, so the next reader knows: \`# ${p.directive} ${p.rules} -- agreed with HR on 2026-03-02\`.`,
      describe: 'A `# mentor-disable…` comment without a reason after ` -- `.',
    },
    'suppression-invalid': {
      message: (p) => (reasonWords[String(p.reason)] ?? reasonWords['no-rule']!)(String(p.rule ?? ''), typeof p.suggestion === 'string' ? p.suggestion : undefined),
      hint: (p) =>
        p.reason === 'not-at-top'
          ? 'Move it above `apiVersion`, or use `# mentor-disable-next-line` above the line the finding points at.'
          : p.reason === 'not-suppressible'
            ? 'Fix the file instead; only the method\'s rules (see `mentor rules`) can be suppressed.'
            : 'Name a rule id as `mentor rules` lists them.',
      describe: 'A `# mentor-disable…` comment naming no rule, an unknown rule, a rule that cannot be suppressed, or a file-wide one below the first line of YAML.',
    },
    'suppression-unused': {
      message: (p) => `This comment suppresses \`${p.rule}\`, but there is no such finding ${p.kind === 'file' ? 'in this file' : 'on the next line'}.`,
      hint: () => 'Delete the comment: the problem it silenced is gone (or it stands above the wrong line).',
      describe: 'A `# mentor-disable…` comment that suppresses nothing.',
    },
  },
  suppressed: (count) => `${count} suppressed`,
};
