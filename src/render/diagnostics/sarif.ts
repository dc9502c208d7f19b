import { fileRuleIds, ruleIds, schemaRuleIds, suppressionRuleIds, type RuleId } from '../../core/diagnostics.js';
import type { SuppressedDiagnostic } from '../../core/suppress/apply.js';
import { defaultSeverity } from '../../core/word.js';
import { catalogue } from '../../messages/index.js';
import { artifactLocation } from './artifact-location.js';
import type { DiagnosticFormatter } from './formatter.js';
import { regionOf } from './region.js';

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where SARIF viewers link the tool name to. */
export const mentorInformationUri = 'https://www.npmjs.com/package/mentor-cli';

function category(id: RuleId): string {
  if ((fileRuleIds as readonly string[]).includes(id)) return 'file';
  if ((schemaRuleIds as readonly string[]).includes(id)) return 'schema';
  if ((suppressionRuleIds as readonly string[]).includes(id)) return 'suppression';
  return 'method';
}

/**
 * SARIF 2.1.0, one run, for GitHub code scanning (github/codeql-action/upload-sarif) and other
 * SARIF viewers. Rules list only the ids that occur, in catalogue order; their descriptions come
 * from the locale's catalogue. Regions are 1-based with an exclusive end column (SARIF's own
 * convention, and the one mentor's positions use), counted in UTF-16 code units as yaml counts them.
 */
export const sarif: DiagnosticFormatter = (diagnostics, ctx) => {
  const texts = catalogue(ctx.locale);
  const suppressed = ctx.suppressed ?? [];
  const used = new Set([...diagnostics, ...suppressed].map((d) => d.ruleId));
  const rules = ruleIds.filter((id) => used.has(id));
  // Ids outside the known list cannot occur with the RuleId type, but a stale cast should still
  // produce a valid log rather than a ruleIndex of -1.
  for (const id of used) if (!rules.includes(id)) rules.push(id);
  const index = new Map(rules.map((id, i) => [id, i]));

  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mentor',
            version: ctx.toolVersion,
            informationUri: mentorInformationUri,
            rules: rules.map((id) => ({
              id,
              shortDescription: { text: texts.rules[id]?.describe ?? id },
              defaultConfiguration: { level: defaultSeverity(id) },
              properties: { tags: [category(id)] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        // Suppressed findings stay in the log, marked as SARIF does (viewers show them as dismissed in source).
        results: [...diagnostics, ...suppressed].map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: index.get(d.ruleId)!,
          level: d.severity,
          message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file), region: regionOf(d) } }],
          ...(d.path || d.reason ? { properties: { ...(d.path ? { dataPath: d.path } : {}), ...(d.reason ? { reason: d.reason } : {}) } } : {}),
          ...('suppression' in d ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: (d as SuppressedDiagnostic).suppression.reason }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
