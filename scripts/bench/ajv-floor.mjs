// Floor: ajv validation alone. Loads the already-parsed documents of a programme folder (from a JSON
// cache written by the bench, or by parsing the YAML when there is none; neither is timed), then
// times one cold validation pass of every document with the precompiled validators
// (src/generated/validators.cjs, written by the build). Prints one JSON line:
//   {"coldMs":…, "warmMs":…, "docs":…, "invalid":…, "validators":"…"}
//   node scripts/bench/ajv-floor.mjs DIR [CACHE.json]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yamlFiles } from './yaml-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const candidates = ['src/generated/validators.cjs'].map((p) => join(root, p));
const validatorsPath = candidates.find((p) => existsSync(p));
if (!validatorsPath) {
  console.log(JSON.stringify({ error: 'no precompiled validators (run node scripts/gen-validators.mjs)' }));
  process.exit(0);
}


const [dir, cache] = process.argv.slice(2);
let docs;
if (cache && existsSync(cache)) docs = JSON.parse(readFileSync(cache, 'utf8'));
else {
  const { parse } = await import('yaml');
  docs = yamlFiles(dir).map((f) => parse(readFileSync(f, 'utf8')));
}
const validators = createRequire(import.meta.url)(validatorsPath);

function pass() {
  let invalid = 0;
  for (const d of docs) if (!validators[d.kind](d)) invalid++;
  return invalid;
}
let t = performance.now();
const invalid = pass();
const coldMs = performance.now() - t;
let warmMs = Infinity;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  pass();
  warmMs = Math.min(warmMs, performance.now() - t);
}
console.log(JSON.stringify({ coldMs, warmMs, docs: docs.length, invalid, validators: validatorsPath.slice(root.length + 1) }));
