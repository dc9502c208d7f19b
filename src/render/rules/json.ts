import type { RulesFormatter } from './formatter.js';

/** Version of `mentor rules --format json`; bumped only on breaking changes (docs/output.md). */
export const rulesFormatVersion = 1;

export const rulesJson: RulesFormatter = ({ rules }) =>
  `${JSON.stringify(
    {
      formatVersion: rulesFormatVersion,
      rules: rules.map((r) => ({ id: r.id, group: r.group, severity: r.severity, configurable: r.configurable, description: r.description })),
    },
    null,
    2,
  )}\n`;
