// Temporary aid (until `mentor validate` lands): schema-checks YAML files with the precompiled validators.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
const v = createRequire(import.meta.url)('../src/generated/validators.cjs');
let bad = 0;
for (const f of process.argv.slice(2)) {
  const data = parse(readFileSync(f, 'utf8'));
  const fn = v[data?.kind];
  if (!fn) { console.log(`${f}: unknown kind ${data?.kind}`); bad++; continue; }
  if (!fn(data)) { bad++; for (const e of fn.errors) console.log(`${f}: ${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`); }
  else console.log(`${f}: ok`);
}
process.exitCode = bad ? 1 : 0;
