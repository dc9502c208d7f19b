import { defaultSettings, type MethodSettings } from '../config.js';
import { suggestIdsForNames } from './name-suggestions.js';
import { suggestSharesForPercents } from './share-suggestions.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import { programmeLinks, type ProgrammeBundle, type Workspace } from '../model/bundle.js';
import { buildModel } from '../model/model.js';
import type { Finding, ParsedFile } from '../parse/parsed-file.js';
import type { ProgressListener } from '../progress.js';
import { word } from '../word.js';
import { localesByFile } from '../programme-locale.js';
import type { Locale } from '../../messages/index.js';
import { buildIndex, createContext } from './rule.js';
import { rules } from './rules/index.js';
import { checkDocument } from './document.js';
import { schemaFindings } from './schema.js';

/**
 * Findings listed per file. A hostile or generated file can hold hundreds of thousands of problems;
 * past this many, one more finding says how many were left out, so output and time stay bounded.
 */
export const maxFindingsPerFile = 1000;

export interface ValidateOptions {
  /** Today's date, YYYY-MM-DD: records after it are in the future. */
  today: string;
  locale?: Locale;
  /** Numbers some rules count against (`.mentor.yaml`); defaults for what is not given. */
  settings?: Partial<MethodSettings>;
  /**
   * Word each programme's findings in its own `metadata.locale` (and `locale` only for files with
   * no programme): for runs where the user named no language (LANG=C on a CI runner).
   */
  followProgrammeLocale?: boolean;
  /** Method rules not to run (`mentor add` leaves the ones that need the whole programme to `validate`). */
  skipRules?: ReadonlySet<string>;
  /** The findings are shown at flags or CSV rows, not at their file positions (`mentor add`): see `WordOptions`. */
  shownElsewhere?: boolean;
  /** Told the findings so far after each file is checked and each rule has run (a progress line on a terminal). */
  onProgress?: ProgressListener;
}

/** How a caller narrows or follows a rules run: rules to skip, and a listener for each rule's findings. */
export interface RuleRunHooks {
  skip?: ReadonlySet<string>;
  afterRule?: (found: readonly Finding[]) => void;
}

/** Runs the method rules on one bundle whose files all passed their schemas. */
export function checkRules(bundle: ProgrammeBundle, today: string, settings: Partial<MethodSettings> = {}, hooks: RuleRunHooks = {}): Finding[] {
  const model = buildModel(bundle);
  const index = buildIndex(model);
  const all: MethodSettings = { ...defaultSettings, ...settings };
  return rules
    .filter((rule) => !hooks.skip?.has(rule.id))
    .flatMap((rule) => {
      const found = rule.check(createContext(model, today, rule.id, index, all));
      hooks.afterRule?.(found);
      return found;
    });
}

/** What a validation found, and the programmes whose method rules could not run. */
export interface ValidationResult {
  diagnostics: Diagnostic[];
  /**
   * Programme files (as shown) whose method rules did not run because one of their files has YAML,
   * file or schema errors: more findings may appear once those are fixed.
   */
  rulesNotRun: string[];
}

/**
 * Validates a workspace: YAML problems, each file against its schema, then the method's rules for
 * every programme whose files are all schema-valid (rules on broken data would only add noise).
 */
export function validateWorkspace(workspace: Workspace, options: ValidateOptions): Diagnostic[] {
  return validateWorkspaceWithCoverage(workspace, options).diagnostics;
}

/** `validateWorkspace`, also saying which programmes' method rules could not run. */
export function validateWorkspaceWithCoverage(workspace: Workspace, options: ValidateOptions): ValidationResult {
  const rulesNotRun: string[] = [];
  // Loops rather than push(...many): a spread passes every finding as an argument, and a file with
  // tens of thousands of them overflows the call stack.
  const findings: Finding[] = [];
  const add = (more: readonly Finding[]): void => {
    for (const finding of more) findings.push(finding);
  };
  const { onProgress } = options;
  const tell = onProgress ? (): void => onProgress({ step: 'checking', findings: findings.length }) : undefined;
  add(workspace.findings);
  const schemaClean = new Map<ParsedFile, boolean>();
  // Schema findings past what a file can list are only counted (see capPerFile).
  const omitted = new Map<ParsedFile, number>();
  const checkFile = (file: ParsedFile): boolean => {
    const known = schemaClean.get(file);
    if (known !== undefined) return known;
    // A wrong apiVersion or kind is reported alone: the schema would only add noise about it.
    const documentFindings = checkDocument(file);
    const schema = documentFindings.length > 0 ? { findings: [], omitted: 0 } : schemaFindings(file, Math.max(0, maxFindingsPerFile + 1 - file.findings.length));
    if (schema.omitted > 0) omitted.set(file, schema.omitted);
    add(file.findings);
    add(documentFindings);
    add(schema.findings);
    const clean = file.data !== undefined && file.findings.length === 0 && documentFindings.length === 0 && schema.findings.length === 0;
    schemaClean.set(file, clean);
    tell?.();
    return clean;
  };
  for (const file of workspace.files) checkFile(file);
  // A programme whose included path is missing has lost its people or records: every reference to
  // them would be reported again as unknown (one typo in `includes`, dozens of findings), so its
  // method rules wait like those of a programme with schema errors.
  const missingIncludes = new Set<ParsedFile>();
  for (const finding of workspace.findings) if (finding.ruleId === 'include-not-found') missingIncludes.add(finding.at.file);
  for (const bundle of workspace.bundles) {
    const parts = [bundle.programme, ...bundle.people, ...bundle.records];
    // Every part is checked (no short-circuit), so included files outside the named paths are reported too.
    const clean = parts.map(checkFile).every(Boolean) && !missingIncludes.has(bundle.programme);
    if (!clean) {
      rulesNotRun.push(bundle.programme.file);
      continue;
    }
    // A pilot or previous cycle that does not pass its schema is left out: its own problems are
    // reported when it is validated; here we say why the checks against it are skipped.
    let checked = bundle;
    for (const { key, ruleId } of programmeLinks) {
      const linked = bundle[key];
      if (!linked || (linked.findings.length === 0 && checkDocument(linked).length === 0 && schemaFindings(linked, 1).findings.length === 0)) continue;
      const path = (bundle.programme.data as { metadata?: Record<string, { path?: string } | undefined> }).metadata?.[key]?.path ?? '';
      findings.push({ ruleId, params: { path, reason: 'invalid' }, at: { file: bundle.programme, path: ['metadata', key, 'path'] } });
      const { [key]: _left, ...rest } = checked;
      checked = rest;
    }
    // Rule findings join `findings` only when the bundle is done: the count in between adds them up.
    const before = findings.length;
    let fromRules = 0;
    const afterRule = onProgress
      ? (found: readonly Finding[]): void => {
          fromRules += found.length;
          onProgress({ step: 'checking', findings: before + fromRules });
        }
      : undefined;
    add(checkRules(checked, options.today, options.settings, { ...(options.skipRules ? { skip: options.skipRules } : {}), ...(afterRule ? { afterRule } : {}) }));
  }
  const fallback = options.locale ?? 'en';
  const locales = options.followProgrammeLocale ? localesByFile(workspace) : undefined;
  return { diagnostics: capPerFile(suggestSharesForPercents(suggestIdsForNames(findings, workspace.bundles), workspace.bundles), omitted).map((f) => word(f, locales?.get(f.at.file) ?? fallback, { shownElsewhere: options.shownElsewhere === true })).sort(compareDiagnostics), rulesNotRun };
}

/**
 * Keeps the first `maxFindingsPerFile` findings of each file (in the order they were found: YAML,
 * schema, then rules) and adds one that counts the rest. Capping before wording keeps the cost of
 * positions and messages bounded too.
 */
function capPerFile(findings: readonly Finding[], omitted: ReadonlyMap<ParsedFile, number>): Finding[] {
  const counts = new Map<ParsedFile, number>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const count = (counts.get(finding.at.file) ?? 0) + 1;
    counts.set(finding.at.file, count);
    if (count <= maxFindingsPerFile) kept.push(finding);
  }
  for (const [file, more] of omitted) counts.set(file, (counts.get(file) ?? 0) + more);
  for (const [file, count] of counts) {
    if (count <= maxFindingsPerFile) continue;
    kept.push({ ruleId: 'file-too-many-findings', params: { more: count - maxFindingsPerFile, limit: maxFindingsPerFile }, at: { file, path: [], position: { line: 1, column: 1 } } });
  }
  return kept;
}
