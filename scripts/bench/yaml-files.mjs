// Every .yaml/.yml file under a folder, sorted, skipping dot-folders: the set both floors read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function yamlFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
  return out;
}
