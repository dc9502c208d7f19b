// Floor: read and parse every .yaml file under a folder, nothing else (run as a whole process).
// The second argument picks the parser: `yaml` (default, the floor) or `js-yaml` (the
// parser mentor's fast path uses for clean files, with the same YAML 1.2 core schema).
// Only the chosen parser is loaded: the floor should not pay for loading the other one.
import { readFileSync } from 'node:fs';
import { yamlFiles } from './yaml-files.mjs';

const parse =
  process.argv[3] === 'js-yaml'
    ? ((jsYaml) => (text) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }))((await import('js-yaml')).default)
    : (await import('yaml')).parse;
let docs = 0;
for (const file of yamlFiles(process.argv[2] ?? '.')) {
  if (parse(readFileSync(file, 'utf8')) !== undefined) docs++;
}
if (process.env.MENTOR_BENCH_VERBOSE) console.error(`parsed ${docs} documents`);
