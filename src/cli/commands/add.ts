import { dirname, resolve } from 'node:path';
import { itemOf, lineSpans, newFindings, placedField, type PlacedItem } from '../../core/add/attribute.js';
import { mapColumns } from '../../core/add/columns.js';
import { fieldsOf, keyOrderOf, type FieldSpec } from '../../core/add/fields.js';
import { defaultDate } from '../../core/add/default-date.js';
import { kindInfo, newPersonId, type AddKind } from '../../core/add/kinds.js';
import { buildRecord, misshapenItems, syntaxOf } from '../../core/add/read-value.js';
import { checkAddition, type ChangedFile } from '../../core/add/check-addition.js';
import { itemId, listIndexes, listItems } from '../../core/add/stand-in.js';
import { recordsMonthOf, newRecordsFile, peopleTarget, recordsTarget, type Target } from '../../core/add/targets.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { YamlEditError, type EditPath } from '../../core/edit/yaml-edit.js';
import { programmeLocale } from '../../core/programme-locale.js';
import { textOfView } from '../../core/text/byte-view.js';
import { nearest } from '../../core/text/nearest.js';
import { cancelledExitCode, UsageError } from '../../errors.js';
import { loadAddScope, recordsModeline, type AddScope } from '../../io/add-scope.js';
import { localToday } from '../../io/clock.js';
import { planEdits, readEditable, writeEdited, type EditableFile } from '../../io/edit-file.js';
import { createPrompts, isPromptCancel, type Prompts } from '../../io/prompts.js';
import { TableError } from '../../core/table/types.js';
import { schemaSet } from '../../io/schema-set.js';
import { catalogue, locales, type Locale } from '../../messages/index.js';
import type { AddText } from '../../messages/add-text.js';
import { renderAddFindings, type PlacedFinding } from '../../render/add/findings.js';
import { decideColor, interactiveTerminal, type CliIo } from '../env.js';
import { startProgress } from '../progress.js';
import type { CommandContext } from '../program.js';
import { addReservedKeys } from '../options.js';
import { applyTeamConfig, configFor } from '../programme-input.js';
import { askMissing, menteeNamed, menteePlan } from './add-dialog.js';
import { exampleCommand } from './add-example.js';

export interface AddFlags {
  programme?: string;
  from?: string;
  ignoreColumns?: string[];
  today?: string;
  dryRun?: boolean;
  strict?: boolean;
  interactive?: boolean;
  config?: string | false;
  /** Field values, by the field's key (commander camel-cases `--line-manager` into `lineManager`). */
  [field: string]: unknown;
}

/** Test seams: the prompts and the clock. */
export interface AddDeps {
  prompts?: (io: CliIo) => Promise<Prompts>;
  today?: () => string;
}

/** One thing to add, before it becomes a record: the texts of its fields and where they came from. */
export interface AddInput {
  texts: Record<string, string>;
  /** The CSV line of the row (undefined for flags and prompts). */
  row?: number;
  /** The CSV header of each field's column. */
  columns?: Map<string, string>;
  /** The fields the user gave (by flag, column or prompt), before defaults fill in the rest. */
  supplied?: ReadonlySet<string>;
}

/** The fields of a kind, read from the shipped schemas. */
export function addFields(kind: AddKind): FieldSpec[] {
  const info = kindInfo(kind);
  return fieldsOf(schemaSet(), info.schema, info.list);
}

/** Interactive only in a terminal (stdin and stdout), outside CI, unless told not to ask, and never with --from. */
function canPrompt(flags: AddFlags, io: CliIo): boolean {
  return flags.interactive !== false && flags.from === undefined && interactiveTerminal(io);
}

const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

/** The ids of a people list, wherever the programme keeps people (inline, files parsed whole, files read as text). */
function idsOf(scope: AddScope, list: string): string[] {
  const bodies = [(scope.bundle.programme.data as { people?: unknown } | undefined)?.people, ...scope.bundle.people.map((p) => p.data)];
  const parsed = bodies.flatMap((b) => (b && typeof b === 'object' && Array.isArray((b as Record<string, unknown>)[list]) ? ((b as Record<string, unknown[]>)[list] as Record<string, unknown>[]) : []));
  const scanned = scope.peopleTexts.flatMap((p) => (listItems(p.text) ?? []).filter((i) => i.list === list).map((i) => itemId(p.text, i)));
  return [...parsed.map((i) => i['id']), ...scanned].filter((id): id is string => typeof id === 'string');
}

/**
 * `mentor add <kind>`: appends a record or a person to the file it belongs in (the month's records
 * file, the people file holding that list), editing the YAML text so comments, order and style stay
 * as they were; checks the programme with the addition first and writes nothing if the addition
 * would make it invalid.
 */
export async function addCommand(kind: AddKind, flags: AddFlags, ctx: CommandContext, deps: AddDeps = {}): Promise<number> {
  const { io } = ctx;
  const info = kindInfo(kind);
  const fields = addFields(kind);
  const today = flags.today ?? (deps.today ?? localToday)();
  const out = (line = ''): void => void io.stdout.write(`${line}\n`);
  // On a terminal, a long read shows a progress line, erased before the dialogue or any output.
  const progress = await startProgress(io, ctx.locale);
  const scope = await loadAddScope(flags.programme ?? '.', io.cwd, progress?.report).finally(() => progress?.done());
  // With no language named (LANG=C on a CI runner), the addition is told in the programme's own language.
  const locale = ctx.localeNamed ? ctx.locale : (programmeLocale(scope.bundle.programme) ?? ctx.locale);
  const text = catalogue(locale).add;
  const programme = scope.bundle.programme.data as Record<string, unknown> | undefined;
  // A programme file that is not YAML (a duplicate key, a tab) has no includes to read: say that,
  // rather than that it includes no records folder or people file.
  if (programme === undefined) throw new UsageError(text.errors.programmeUnreadable(scope.show(scope.programmeFile)));

  // 1. What to add: rows of a CSV file, or the flags (and, in a terminal, answers to what they lack).
  const given: Record<string, string> = {};
  for (const field of fields) {
    const value = asText(flags[field.key]);
    if (value !== undefined && !addReservedKeys.includes(field.key)) given[field.key] = value;
  }
  let inputs: AddInput[];
  if (flags.from !== undefined) {
    inputs = await csvInputs(flags.from, fields, given, flags.ignoreColumns ?? [], io, locale);
  } else inputs = [{ texts: { ...given } }];

  // 2. Defaults: the date is today's (a pair's, before the programme begins, its kick-off); a person or pair without an id gets the next in the list's pattern.
  const existing = info.idPrefix ? idsOf(scope, info.list) : [];
  const taken = new Set(info.document === 'People' ? ['staff', 'mentors', 'mentees', 'pairs'].flatMap((list) => idsOf(scope, list)) : []);
  let mentees: string[] | undefined;
  const menteeIds = (): string[] => (mentees ??= idsOf(scope, 'mentees'));
  let prompts: Prompts | undefined;
  try {
    if (canPrompt(flags, io) && missingOf(fields, inputs[0]!.texts, info).length > 0) {
      prompts = await (deps.prompts ?? ((cli: CliIo) => createPrompts({ stdin: cli.stdin, stdout: cli.stdout }, { ui: catalogue(locale).init.ui, color: decideColor(flags.color as boolean | undefined, cli.env, cli.stdout.isTTY) })))(io);
      inputs[0]!.texts = await askMissing({ prompts, text, fields, given: inputs[0]!.texts, kind, scope, today });
    }
    for (const input of inputs) {
      input.supplied = new Set(Object.keys(input.texts).filter((key) => (input.texts[key] ?? '').trim() !== ''));
      if (info.dateField && !input.texts[info.dateField]) input.texts[info.dateField] = defaultDate(kind, programme, today);
      // A pair works on its mentee's plan unless told otherwise, as in `mentor init`.
      if (info.planField && !input.texts[info.planField]?.trim() && input.texts['mentee']) {
        const plan = menteePlan(scope, input.texts['mentee']);
        if (plan.length > 0) input.texts[info.planField] = plan.join(',');
        else if (!menteeIds().includes(input.texts['mentee'])) {
          // No plan because no such mentee: say that (with the id meant), not that --competencies is missing.
          const id = input.texts['mentee'];
          io.stderr.write(`${text.errors.unknownMentee(id, input.row)}\n${text.errors.unknownMenteeHint(nearest(id, menteeIds()) ?? menteeNamed(scope, id))}\n`);
          return 1;
        }
      }
      if (info.idPrefix && fields.some((f) => f.key === 'id') && !input.texts['id']) {
        const id = newPersonId(existing, info.idPrefix, input.texts['name'], taken);
        input.texts['id'] = id;
        existing.push(id);
        taken.add(id);
      }
    }
    const missing = inputs.map((input) => ({ input, fields: missingOf(fields, input.texts, info) })).filter((m) => m.fields.length > 0);
    if (missing.length > 0) {
      if (flags.from !== undefined) {
        // Each empty cell is named by its column's title in the file (`Czas trwania (min)`), a field the file has no column for by its key.
        throw new UsageError(text.errors.missingInRows(missing.map((m) => ({ row: m.input.row ?? 0, columns: m.fields.map((f) => m.input.columns?.get(f.key) ?? f.key) }))));
      }
      const example = exampleCommand(kind, fields.filter((f) => f.key !== info.dateField), inputs[0]!.texts, programme, today);
      throw new UsageError(
        text.errors.missing(
          kind,
          missing[0]!.fields.map((f) => ({ flag: f.flag, label: text.labels[f.key] ?? f.description })),
        ),
        text.errors.missingHint(example),
      );
    }
    // An item with a part too many or too few is refused with its form, before its parts are read as keys.
    const misshapen = inputs.flatMap((input) =>
      fields.flatMap((f) => misshapenItems(input.texts[f.key] ?? '', f.type).map((item) => ({ where: input.row !== undefined ? text.where.row(input.row, input.columns?.get(f.key) ?? f.key) : text.where.flag(f.flag), item, syntax: syntaxOf(f.type) }))),
    );
    if (misshapen.length > 0) throw new UsageError(text.errors.misshapen(misshapen));
    const records = inputs.map((input) => buildRecord(fields, input.texts));

    // 3. Where each goes, and the new text of every file touched.
    const planned = await planFiles(kind, records, scope, programme, today, text, locale);

    // 4. The programme with the addition, checked like `mentor validate` would.
    const config = await configFor(flags.config, io, locale);
    // Only what the addition touches is read and checked (src/core/add/check-addition.ts says what that is).
    // Its findings are shown at the flags and rows given (placeFindings), so a line a hint names is named with its file.
    const changed: ChangedFile[] = planned.map((p) => {
      const before = p.created ? undefined : p.editable.text;
      const first = before === undefined ? 0 : (listIndexes(before)?.find((l) => l.list === info.list)?.starts.length ?? 0);
      return { shown: p.editable.shown, absolutePath: scope.absolute(p.file), document: p.file === scope.programmeFile ? 'Programme' : info.document, before, after: p.text, ...(p.editable.view ? { view: true } : {}), ...(p.appended && before !== undefined ? { appended: p.appended } : {}), list: info.list, added: Array.from({ length: p.count }, (_, k) => first + k), addedText: p.added, ...(p.include !== undefined ? { include: p.include } : {}) };
    });
    const texts = (values: unknown[]): string[] => values.filter((v): v is string => typeof v === 'string' && v !== '');
    const seeds = texts(records.flatMap((r) => [info.owner ? r[info.owner] : undefined, r['id']]));
    const references = texts(records.flatMap((r) => fields.filter((f) => f.type.kind === 'id' && f.key !== 'id').map((f) => r[f.key])));
    const known = texts(records.flatMap((r) => [r['name'], r['email']]));
    const result = checkAddition({ bundle: scope.bundle, findings: scope.findings, people: scope.peopleTexts }, changed, { seeds, references, known }, { today, locale, shownElsewhere: true, ...(config?.settings ? { settings: config.settings } : {}) });
    const configured = (diagnostics: Diagnostic[]): Diagnostic[] => applyTeamConfig(diagnostics, config, io.cwd);
    const after = configured(result.after);
    let caused = after;
    let before: Diagnostic[] = [];
    if (after.length > 0) {
      before = configured(result.before());
      caused = newFindings(after, before);
    }
    const color = decideColor(flags.color as boolean | undefined, io.env, io.stderr.isTTY);
    const command = `mentor validate ${flags.programme ?? '.'}`;
    // What keeps a file read from being checked (or, for a records file without its header, from counting at all: an entry added to it would be lost); only that is shown.
    const blocking = before.filter((d) => d.severity === 'error' && /^(yaml-|schema-|file-|include-wrong-kind$)/.test(d.ruleId));
    if (blocking.length > 0) {
      io.stderr.write(renderAddFindings(blocking.map((d) => ({ diagnostic: d, where: text.where.file(d.file, d.start.line, d.start.column) })), { color, locale }));
      io.stderr.write(`${text.errors.cannotCheck(command)}\n`);
      return 1;
    }
    const placed = placeFindings(caused, planned, inputs, info.list, fields, text);
    const errors = caused.filter((d) => d.severity === 'error').length;
    const refuse = errors > 0 || (flags.strict === true && caused.length > 0);
    if (refuse) {
      io.stderr.write(`${text.out.refused(errors === 0)}\n`);
      io.stderr.write(renderAddFindings(placed, { color, locale }));
      return 1;
    }

    // 5. Show, confirm in a terminal, write.
    const describe = (p: PlannedFile): string => text.counted[kind](p.count);
    if (flags.dryRun) {
      for (const p of planned) {
        out(text.out.wouldAdd(describe(p), scope.show(p.file), p.created));
        out(addedLines(p));
      }
    } else {
      if (prompts) {
        for (const p of planned) out(addedLines(p));
        const what = planned.map(describe).join(', ');
        if (!(await prompts.confirm({ message: text.prompts.confirm(what, planned.map((p) => scope.show(p.file)).join(', ')), default: true }))) {
          io.stderr.write(`${text.out.cancelled}\n`);
          return 0;
        }
      }
      for (const p of planned) await writeEdited(p.editable, p.text, p.appended);
      for (const p of planned) {
        out(text.out.added(describe(p), scope.show(p.file), p.created));
        if (!prompts && p.count <= 3) out(addedLines(p));
      }
    }
    if (placed.length > 0) {
      io.stderr.write(`${text.out.warnings(placed.length, flags.dryRun === true)}\n`);
      io.stderr.write(renderAddFindings(placed, { color, locale }));
    }
    if (before.length > 0) {
      const errorsBefore = before.filter((d) => d.severity === 'error').length;
      io.stderr.write(`${text.out.preexisting(errorsBefore, before.length - errorsBefore, command)}\n`);
    }
    return 0;
  } catch (error) {
    if (isPromptCancel(error)) {
      io.stderr.write(`\n${text.out.cancelled}\n`);
      return cancelledExitCode;
    }
    throw error;
  }
}

/** Required fields an input has no text for (the date and an id are filled in later, so they never are). */
function missingOf(fields: readonly FieldSpec[], texts: Record<string, string>, info: { dateField?: string; idPrefix?: string }): FieldSpec[] {
  const given = (key: string | undefined): boolean => key !== undefined && (texts[key] ?? '').trim() !== '';
  return fields.filter((f) => f.required && !given(f.key) && !given(f.unlessSet) && f.key !== info.dateField && !(info.idPrefix && f.key === 'id'));
}

/**
 * Reads `--from FILE.csv`: its header names the fields, each row is one addition; flags fill columns
 * the file lacks. The file is read by the reader `mentor select` uses for HR exports (src/io/read-table.ts):
 * UTF-8, Windows-1250 or UTF-16, any of `,` `;` tab, or an XLSX workbook.
 */
async function csvInputs(path: string, fields: readonly FieldSpec[], given: Record<string, string>, ignore: readonly string[], io: CliIo, locale: Locale): Promise<AddInput[]> {
  const text = catalogue(locale).add;
  let table;
  try {
    // The table reader (CSV parser, XLSX through exceljs) loads only for --from.
    const { readTable } = await import('../../io/read-table.js');
    // One column is a list (an id a row, the rest given as flags).
    table = await readTable(resolve(io.cwd, path), path, { minColumns: 1 });
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    // A broken row is told in add's words (row and column); what makes the file no table at all, in select's.
    const problem = error.code === 'bad-quotes' ? 'quote' : error.code === 'ragged-row' ? 'row-length' : undefined;
    if (problem && error.at.line !== undefined) throw new UsageError(text.errors.csv(path, error.at.line, error.at.column === undefined ? undefined : String(error.at.column), problem, ''));
    // An empty file is told in add's words: select's speak of the people an HR export lists.
    if (error.code === 'empty') throw new UsageError(text.errors.csvBlank(path), text.errors.csvNotATable);
    const select = catalogue(locale).select;
    const hint = error.code === 'not-a-table' ? text.errors.csvNotATable : select.tableHint(error.code);
    throw new UsageError(select.tableError([path, error.at.line, error.at.column].filter((p) => p !== undefined).join(':'), error.code, error.params), hint);
  }
  // A column may be titled in either language: by a field's label (`Data`) or a usual name (`Minuty`).
  const names: Record<string, string[]> = {};
  for (const l of locales) {
    const { labels, columnNames } = catalogue(l).add;
    for (const f of fields) names[f.key] = [...(names[f.key] ?? []), ...(labels[f.key] ? [labels[f.key]!] : []), ...(columnNames[f.key] ?? [])];
  }
  const { columns, problems } = mapColumns(table.headers, fields, ignore.flatMap((i) => i.split(',')), names);
  if (problems.length > 0) throw new UsageError(text.errors.csvColumns(path, problems, fields.map((f) => ({ key: f.key, ...(text.labels[f.key] ? { label: text.labels[f.key] } : {}) }))), text.errors.csvColumnsHint);
  if (table.rows.length === 0) throw new UsageError(text.errors.csvEmpty(path));
  return table.rows.map((row) => {
    const texts: Record<string, string> = { ...given };
    const named = new Map<string, string>();
    row.cells.forEach((cell, i) => {
      const field = columns[i];
      if (!field) return;
      named.set(field.key, table.headers[i]!);
      if (cell.trim() !== '') texts[field.key] = cell.trim();
    });
    return { texts, row: row.line, columns: named };
  });
}

/** A file an addition goes into: as read, its new text, and where each added item landed in it. */
interface PlannedFile {
  file: string;
  /** The `includes.records` entry a records file comes under (see `Target.include`). */
  include?: string;
  editable: EditableFile;
  created: boolean;
  text: string;
  count: number;
  /** Line spans of the added items, in the order of the inputs they came from. */
  items: { input: number; from: number; to: number }[];
  /** The new text of the added items, for the user to see. */
  added: string;
  /** The new text put in at one line start of the text as read, when that is all that changed (see `EditResult.appended`). */
  appended?: { at: number; text: string };
}

function addedLines(p: PlannedFile): string {
  return p.added.replace(/\n$/, '');
}

async function planFiles(kind: AddKind, records: Record<string, unknown>[], scope: AddScope, programme: Record<string, unknown> | undefined, today: string, text: AddText, locale: Locale): Promise<PlannedFile[]> {
  const info = kindInfo(kind);
  const schemas = schemaSet();
  const groups = new Map<string, { target: Target; inputs: number[] }>();
  records.forEach((record, i) => {
    let target;
    if (info.document === 'Records') target = recordsTarget(programme, recordsMonthOf(record[info.dateField!], today), info.list);
    else
      target = peopleTarget(
        { file: scope.programmeFile, data: programme },
        scope.bundle.people.map((p) => ({ file: scope.inside(p.absolutePath), data: p.data })),
        info.list,
      );
    if ('kind' in target) throw new UsageError(target.kind === 'no-records-folder' ? text.errors.noRecordsFolder(scope.show(scope.programmeFile)) : text.errors.noPeopleFile(scope.show(scope.programmeFile)));
    const key = `${target.file}\u0000${target.path.join('.')}`;
    const group = groups.get(key) ?? { target, inputs: [] };
    group.inputs.push(i);
    groups.set(key, group);
  });

  const byFile = new Map<string, PlannedFile>();
  const fileText = catalogue(locale).init.file;
  const metadata = (programme?.['metadata'] ?? {}) as { id?: string; name?: string; locale?: string };
  const ownText = metadata.locale === 'pl' || metadata.locale === 'en' ? catalogue(metadata.locale).init.file : fileText;
  for (const { target, inputs } of groups.values()) {
    let planned = byFile.get(target.file);
    if (!planned) {
      // As bytes: one session into a 5 MB records file decodes and encodes only itself (src/core/text/byte-view.ts).
      const editable = await readEditable(scope.absolute(target.file), scope.show(target.file), { view: true });
      const created = editable.original === undefined;
      if (created && info.document === 'Records') {
        const month = target.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
        const modeline = await recordsModeline(dirname(scope.absolute(target.file)), scope.folder);
        editable.text = newRecordsFile({ ...(modeline ? { modeline } : {}), header: ownText.recordsHeader({ name: metadata.name ?? metadata.id ?? '', month, folder: target.file.includes('/') ? target.file.replace(/\/[^/]*$/, '') : '.' }), programme: metadata.id ?? '' });
      }
      planned = { file: target.file, editable, created, text: editable.text, count: 0, items: [], added: '', ...(target.include !== undefined ? { include: target.include } : {}) };
      byFile.set(target.file, planned);
    }
    const documentOrder = keyOrderOf(schemas, info.schema);
    const bodyOrder = keyOrderOf(schemas, 'people.schema.json').filter((k) => ['staff', 'mentors', 'mentees', 'pairs'].includes(k));
    let result;
    try {
      result = planEdits({ ...planned.editable, text: planned.text }, [{ op: 'append', path: target.path, values: inputs.map((i) => records[i]) }], {
        keyOrder: (path: EditPath) => (path.length === 0 ? documentOrder : path.length === 1 && path[0] === 'people' ? bodyOrder : undefined),
        // A new list is written as the file's other lists are; a records file with none follows its samples (flow).
        newListStyle: (_path, othersFlow) => (othersFlow !== undefined ? { flow: othersFlow } : info.document === 'Records' ? { flow: true } : undefined),
      });
    } catch (error) {
      if (error instanceof YamlEditError) throw new UsageError(text.errors.edit(scope.show(target.file), error.code, error.message.replace(/^[^:]*:\s*/, '')));
      throw error;
    }
    const spans = result.lines ?? lineSpans(result.text, result.items);
    planned.items.push(...inputs.map((input, k) => ({ input, ...spans[k]! })));
    // The new items' text, from the inserted text when there is one (the new text of a large file is then never read).
    const appended = result.appended;
    const added = result.items.map((r) => (appended ? appended.text.slice(r.start - appended.at, r.end - appended.at) : result.text.slice(r.start, r.end))).join('');
    planned.added += planned.editable.view ? textOfView(added) : added;
    // One edit says what changed; after a second edit of the same file, only the text does.
    if (planned.count === 0 && appended) planned.appended = { at: appended.at, text: appended.text };
    else delete planned.appended;
    planned.text = result.text;
    planned.count += inputs.length;
  }
  return [...byFile.values()];
}

/** Each finding with where the user put the value it is about: a flag, a CSV row and column, or a file position. */
function placeFindings(findings: readonly Diagnostic[], planned: readonly PlannedFile[], inputs: readonly AddInput[], list: string, fields: readonly FieldSpec[], text: AddText): PlacedFinding[] {
  const items: (PlacedItem & { input: number })[] = planned.flatMap((p) => p.items.map((i) => ({ file: p.editable.shown, from: i.from, to: i.to, input: i.input })));
  return findings.map((d) => {
    const at = itemOf(d, items);
    if (at === undefined) return { diagnostic: d, where: text.where.file(d.file, d.start.line, d.start.column) };
    const input = inputs[items[at]!.input]!;
    const key = placedField(d, list, (k) => input.supplied?.has(k) ?? true);
    const field = fields.find((f) => f.key === key);
    if (input.row !== undefined) return { diagnostic: d, where: text.where.row(input.row, key ? (input.columns?.get(key) ?? (field ? `--${field.flag}` : key)) : undefined) };
    return { diagnostic: d, where: field ? text.where.flag(field.flag) : text.where.file(d.file, d.start.line, d.start.column) };
  });
}
