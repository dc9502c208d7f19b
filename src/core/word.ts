import type { Diagnostic, RuleId, Severity } from './diagnostics.js';
import { identityPath, locate, sourceLine } from './locate.js';
import type { Finding, Params } from './parse/parsed-file.js';
import { catalogue, type Locale } from '../messages/index.js';

/** Default severity of each rule; everything not listed is an error. */
export const warningRules: ReadonlySet<RuleId> = new Set<RuleId>([
  'competency-unused',
  'learning-mix-deviation',
  'kpi-baseline-meets-target',
  'buy-in-missing',
  'role-not-informed',
  'line-manager-after-recruitment',
  'invitation-before-sponsor',
  'message-after-milestone',
  'role-overloaded',
  'rollout-without-pilot',
  'date-not-working-day',
  'placeholder-unfilled',
  'person-email-duplicate',
  'person-name-duplicate',
  'pair-duplicate',
  'kpi-value-ignored',
  'suppression-unused',
]);

export function defaultSeverity(ruleId: RuleId): Severity {
  return warningRules.has(ruleId) ? 'warning' : 'error';
}

// Parameters that hold vocabulary codes (type and format names) rather than user data.
const vocabularyParams = ['expected', 'actual', 'format'];

/**
 * Longest parameter quoted into a message. Keys and values come from the user's file, and a key
 * can be megabytes long: the message names it by its start, and the code frame shows where it is.
 */
const maxParamLength = 500;
const shorten = (value: string | number): string | number => (typeof value === 'string' && value.length > maxParamLength ? `${value.slice(0, maxParamLength)}…` : value);

export interface WordOptions {
  /**
   * The finding is shown somewhere other than its own file's position (`mentor add` shows it at a
   * flag or a CSV row), so a line it names (`firstFile`, where an id was first used) is named with
   * its file even when that is the finding's own file.
   */
  shownElsewhere?: boolean;
}

/** Words a finding in the chosen locale and resolves its position: the last step before rendering. */
export function word(finding: Finding, locale: Locale, options: WordOptions = {}): Diagnostic {
  const texts = catalogue(locale);
  const params: Params = {};
  for (const [name, value] of Object.entries(finding.params)) params[name] = shorten(value);
  // Shown at its own file, the file of a line in that same file goes without saying.
  if (!options.shownElsewhere && params['firstFile'] === finding.at.file.file) delete params['firstFile'];
  if (finding.ruleId.startsWith('schema-')) {
    for (const name of vocabularyParams) {
      const value = params[name];
      if (typeof value !== 'string') continue;
      // A value of several types (`string,number`) is named as alternatives.
      const parts = value.split(',');
      if (parts.every((part) => part in texts.types)) params[name] = parts.map((part) => texts.types[part]!).join(texts.types['or']!);
    }
    if (typeof params['description'] === 'string') params['description'] = texts.schemaDescription(params['description']);
    if (params['owner'] === '') params['owner'] = texts.types['document']!;
    else if (typeof params['owner'] === 'string') params['owner'] = `\`${params['owner']}\``;
  }
  const rule = texts.rules[finding.ruleId];
  const span = locate(finding.at);
  const hint = rule.hint?.(params);
  const excerpt = sourceLine(finding.at.file, span.start.line);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity ?? defaultSeverity(finding.ruleId),
    ...(typeof finding.params['reason'] === 'string' ? { reason: finding.params['reason'] } : {}),
    message: rule.message(params),
    ...(hint ? { hint } : {}),
    file: finding.at.file.file,
    start: span.start,
    ...(span.end ? { end: span.end } : {}),
    path: identityPath(finding.at.file.data, finding.at.path),
    ...(excerpt !== undefined ? { excerpt } : {}),
  };
}
