// Floor: read and YAML.parse every .yaml file under a folder, nothing else (run as a whole process).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
  return out;
}

let docs = 0;
for (const file of walk(process.argv[2] ?? '.')) {
  if (parse(readFileSync(file, 'utf8')) !== undefined) docs++;
}
if (process.env.MENTOR_BENCH_VERBOSE) console.error(`parsed ${docs} documents`);
