// Generates src/core/model/schema-types.ts from schemas/*.schema.json: the schemas are the one
// source of truth, and test/drift.test.ts fails when this output is stale.
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const banner = '/* Generated from schemas/*.schema.json by scripts/gen-types.mjs: do not edit. */';

/** Builds the TypeScript source for every kind; exported for the drift test. */
export async function renderTypes() {
  const parts = [banner];
  for (const name of ['programme', 'people', 'records']) {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
    const ts = await compile(schema, schema.title.replace(/^mentor /, ''), {
      cwd: join(root, 'schemas'),
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: true,
      style: { singleQuote: true, printWidth: 110 },
      $refOptions: {
        resolve: {
          // Map the schemas' $id URLs onto the local files, so generation never touches the network.
          mentor: {
            order: 1,
            canRead: /^https:\/\/mentor-cli\.dev\/schemas\/v1\//,
            read: (file) => readFileSync(join(root, 'schemas', file.url.split('/').pop()), 'utf8'),
          },
          http: false,
        },
      },
    });
    parts.push(`// ---- ${name}.schema.json ----\n${ts}`);
  }
  return dedupe(parts.join('\n'));
}

// Each compile() declares the shared definitions again; keep the first declaration of each name.
function dedupe(source) {
  const seen = new Set();
  const blocks = source.split(/\n(?=\/\*\*\n|export )/);
  const out = [];
  let pendingDoc = null;
  for (const block of blocks) {
    if (block.startsWith('/**') && !/\*\/\nexport /.test(block)) { pendingDoc = block; continue; }
    const m = /export (?:interface|type) (\w+)/.exec(block);
    if (m) {
      if (seen.has(m[1])) { pendingDoc = null; continue; }
      seen.add(m[1]);
    }
    if (pendingDoc) { out.push(pendingDoc); pendingDoc = null; }
    out.push(block);
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(root, 'src/core/model/schema-types.ts');
  const text = await renderTypes();
  if (process.argv.includes('--check')) {
    // Drift check for tests and CI: the committed file must equal what the schemas generate.
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== text) {
      console.error(`src/core/model/schema-types.ts is stale: run \`npm run generate\` and commit the result.`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  }
}
