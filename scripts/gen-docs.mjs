// Generates docs/format.md from the schema descriptions: the schemas are the one source of truth,
// and test/drift.test.ts fails when this page is stale.
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (name) => JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
const schemas = { common: load('common'), programme: load('programme'), people: load('people'), records: load('records') };

function resolveRef(ref, current) {
  const [file, pointer] = ref.split('#');
  const schemaName = file ? file.replace('.schema.json', '') : current;
  let node = schemas[schemaName];
  for (const part of (pointer ?? '').split('/').filter(Boolean)) node = node[part];
  return { node, schemaName, name: (pointer ?? '').split('/').pop() };
}

const anchor = (schemaName, name) => `${schemaName}-${name}`.toLowerCase();

function typeOf(prop, current) {
  if (prop.$ref) {
    const { node, schemaName, name } = resolveRef(prop.$ref, current);
    // A definition that only names another (`RoleId` is an `Id`) reads as what it names.
    if (node.$ref && !node.properties) return typeOf(node, schemaName);
    if (schemaName === 'common' || node.type !== 'object') return typeOf({ ...node, $ref: undefined }, schemaName) + (schemaName === 'common' ? ` (${name})` : '');
    return `[${name}](#${anchor(schemaName, name)})`;
  }
  if (prop.const !== undefined) return `\`${JSON.stringify(prop.const)}\``;
  if (prop.enum) return prop.enum.map((v) => `\`${v}\``).join(' \\| ');
  // Alternatives of plain values (a fixed value or a role id of the programme's own) read as one list.
  if (prop.anyOf && !prop.type) return prop.anyOf.map((branch) => typeOf(branch, current)).join(' \\| ');
  if (prop.type === 'array') return `list of ${typeOf(prop.items ?? {}, current)}`;
  if (prop.type === 'object' && prop.additionalProperties && typeof prop.additionalProperties === 'object') return `map of id → ${typeOf(prop.additionalProperties, current)}`;
  if (prop.type === 'integer') return 'whole number';
  if (prop.type === 'string') return 'text';
  return prop.type ?? 'object';
}

function describe(prop, current) {
  let text = prop.description;
  if (!text && prop.$ref) text = resolveRef(prop.$ref, current).node.description;
  const extra = [];
  if (prop.minimum !== undefined) extra.push(`min ${prop.minimum}`);
  if (prop.exclusiveMinimum !== undefined) extra.push(`more than ${prop.exclusiveMinimum}`);
  if (prop.maximum !== undefined) extra.push(`max ${prop.maximum}`);
  if (prop.default !== undefined) extra.push(`default ${JSON.stringify(prop.default)}`);
  return `${(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

function table(node, current) {
  const required = new Set(node.required ?? []);
  const rows = Object.entries(node.properties ?? {}).map(
    ([key, prop]) => `| \`${key}\` | ${required.has(key) ? 'yes' : ''} | ${typeOf(prop, current)} | ${describe(prop, current)} |`,
  );
  return ['| key | required | type | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function renderFormatDoc() {
  const out = [
    '<!-- Generated from schemas/*.schema.json by scripts/gen-docs.mjs: do not edit. -->',
    '# mentor file format (mentor/v1)',
    '',
    'A programme is a folder of YAML documents. Every document starts with `apiVersion: mentor/v1` and a `kind`:',
    '',
    '- **Programme** (`programme.yaml`): the frame, roles, process, preparation, KPIs and communications.',
    '- **People**: staff, mentors, mentees and pairs (may also sit inline under `people:` in the programme).',
    '- **Records**: monitoring data appended over time, one file per month or per pair.',
    '',
    'The JSON Schemas in `schemas/` are the contract; editors use them through a modeline such as',
    '`# yaml-language-server: $schema=../schemas/programme.schema.json`. Ids are text: quote ids that look',
    'like numbers (`"007"`). Dates are written `YYYY-MM-DD`.',
    '',
    '## Common values',
    '',
    '| name | description |',
    '| --- | --- |',
    ...Object.entries(schemas.common.$defs).map(([name, def]) => `| ${name} | ${describe(def, 'common')} |`),
  ];
  for (const [schemaName, title] of [['programme', 'Programme'], ['people', 'People'], ['records', 'Records']]) {
    const schema = schemas[schemaName];
    out.push('', `## ${title}`, '', schema.description, '', `Schema: \`schemas/${schemaName}.schema.json\` (\`${schema.$id}\`)`, '', table(schema, schemaName));
    for (const [name, def] of Object.entries(schema.$defs ?? {})) {
      if (def.type !== 'object' || !def.properties) continue;
      out.push('', `### <a id="${anchor(schemaName, name)}"></a>${name}`, '', def.description ?? '', '', table(def, schemaName));
    }
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(root, 'docs/format.md');
  const text = renderFormatDoc();
  if (process.argv.includes('--check')) {
    // Drift check for tests and CI: the committed file must equal what the schemas generate.
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== text) {
      console.error(`docs/format.md is stale: run \`npm run generate\` and commit the result.`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  }
}
