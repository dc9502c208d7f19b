import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../src/core/add/fields.js';
import { addKindNames, kindInfo } from '../src/core/add/kinds.js';
import { schemaSet } from '../src/io/schema-set.js';
import { helpPl } from '../src/messages/help-pl.js';
import { keyDifferences, prosePlaces, unusedKeys } from './catalogue-lint.js';

// Every user-facing string lives in a catalogue pair (src/messages/X-en.ts and X-pl.ts, or en.ts and
// pl.ts): the two agree key for key, every key is used by some code, and the code that talks to the
// user (src/cli, src/render, src/io) writes no prose of its own. The lint is in test/catalogue-lint.ts;
// the planted examples at the end show each check failing.

const messages = 'src/messages';
const catalogueFile = /^(?:(.+)-)?(en|pl)\.ts$/;

/** Every catalogue pair: the objects exported under the same name but for `En`/`Pl` (or `en`/`pl`). */
async function cataloguePairs(): Promise<{ name: string; en: unknown; pl: unknown }[]> {
  const files = readdirSync(messages).filter((f) => catalogueFile.test(f) && !f.endsWith('.test.ts'));
  const pairs: { name: string; en: unknown; pl: unknown }[] = [];
  for (const file of files.filter((f) => catalogueFile.exec(f)![2] === 'en')) {
    const base = catalogueFile.exec(file)![1];
    const plFile = base ? `${base}-pl.ts` : 'pl.ts';
    expect(files, `${file} has a Polish twin`).toContain(plFile);
    const en = (await import(`../${messages}/${file}`)) as Record<string, unknown>;
    const pl = (await import(`../${messages}/${plFile}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(en)) {
      const twin = name === 'en' ? 'pl' : name.replace(/En$/, 'Pl');
      // An export without a twin (help-en's `optionsEn`) is part of one that has one.
      if (twin !== name && twin in pl && typeof value === 'object') pairs.push({ name: `${file}: ${name}`, en: value, pl: pl[twin] });
    }
  }
  return pairs;
}

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

const isCatalogue = (file: string): boolean => file.startsWith(messages) && catalogueFile.test(file.slice(messages.length + 1));
/** Code that uses catalogues: all of src/ but the catalogue files; those count only where one uses another's words. */
const code = sources('src').filter((s) => !isCatalogue(s.file)).map((s) => s.text).join('\n');
const catalogueCode = sources(messages).filter((s) => isCatalogue(s.file)).map((s) => s.text).join('\n');

/**
 * Keys the code reaches by building their names, so no search finds them: each with where.
 * Keep it short; a key here must be explained.
 */
const builtKeys: readonly string[] = [
  // The key names of @inquirer/prompts' key hints ("navigate", "submit"): src/io/prompts.ts looks up
  // the names the library passes to its keysHelpTip.
  'ui.selectKeys.navigate',
  'ui.checkboxKeys.navigate',
  'ui.checkboxKeys.submit',
  // JSON Schema `format` names from schemas/*.json, looked up by the schema message of a value of that format.
  'types.relative-path',
  'types.time-zone',
];

/**
 * Text in user-facing places that is not prose for a person: format names, file syntax, shell lines.
 * Each entry is `file: text` and says why it stays outside the catalogues.
 */
const allowed: readonly string[] = [];

describe('the message catalogues', () => {
  it('every catalogue pair has the same keys in English and Polish', async () => {
    const pairs = await cataloguePairs();
    expect(pairs.length).toBeGreaterThanOrEqual(15);
    expect(pairs.flatMap((p) => keyDifferences(p.en, p.pl, ['en', 'pl']).map((d) => `${p.name}: ${d}`))).toEqual([]);
  });

  it('every key of every catalogue is used by some code', async () => {
    const unused = (await cataloguePairs()).flatMap((p) => unusedKeys(p.en, code, catalogueCode).map((k) => `${p.name}: ${k}`));
    expect(unused.filter((u) => !builtKeys.some((b) => u.endsWith(`: ${b}`) || u.endsWith(`.${b}`)))).toEqual([]);
  });

  it('no prose reaches the user from src/cli, src/render or src/io outside the catalogues', () => {
    const found = ['src/cli', 'src/render', 'src/io'].flatMap((dir) => sources(dir)).flatMap((s) => prosePlaces(s.file, s.text));
    expect(found.map((p) => `${p.file}: ${p.text}`).filter((p) => !allowed.includes(p))).toEqual([]);
  });

  it('the Polish help describes every field flag of every kind of mentor add', () => {
    const missing = addKindNames.flatMap((kind) => {
      const info = kindInfo(kind);
      return fieldsOf(schemaSet(), info.schema, info.list)
        .filter((f) => f.type.kind !== 'other')
        .filter((f) => helpPl.addField.describe(kind, f.key, '\u0000') === '\u0000')
        .map((f) => `${kind}.${f.key}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('the catalogue checks can fail (planted examples)', () => {
  it('finds a key missing on either side', () => {
    const en = { ui: { saved: 'Saved.', failed: (f: string) => `Could not save ${f}.` }, title: 'Report' };
    const pl = { ui: { saved: 'Zapisano.' }, title: 'Raport', extra: 'Nadmiar' };
    expect(keyDifferences(en, pl, ['en', 'pl'])).toEqual(['ui.failed: only in en', 'extra: only in pl']);
  });

  it('finds a key no code uses', () => {
    const catalogue = { ui: { saved: 'Saved.', forgotten: 'Nobody says this.' }, kinds: { 'kpi-value': 'a KPI value' } };
    const code = "io.stderr.write(text.ui.saved); const kind = 'kpi-value';";
    expect(unusedKeys(catalogue, code)).toEqual(['ui.forgotten']);
  });

  it('finds prose written in a help text, an option, a write to stderr and a usage error, and nothing in catalogue calls', () => {
    const source = [
      "program.command('x').description('check the files now');",
      "const o = new Option('--fast', 'skip the slow checks');",
      "io.stderr.write(`mentor: could not read ${path}\\n`);",
      "throw new UsageError(`--today takes a date, not ${value}`);",
      "const spec = { flags: '--deep', help: 'look deeper' };",
      // Catalogue calls, flags, format names and file syntax are not prose:
      "program.command('y').description(text.commands.y.description);",
      "io.stderr.write(`mentor: ${text.parse.date('--today', value)}\\n`);",
      "new Option('-f, --format <format>', help);",
      "io.stdout.write(JSON.stringify(report, null, 2) + '\\n');",
    ].join('\n');
    expect(prosePlaces('planted.ts', source).map((p) => `${p.line}: ${p.text}`)).toEqual([
      '1: check the files now',
      '2: skip the slow checks',
      '3: mentor: could not read ',
      '4: --today takes a date, not ',
      '5: look deeper',
    ]);
  });
});
