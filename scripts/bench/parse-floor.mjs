// Floor: read and parse every .yaml file under a folder, nothing else (run as a whole process).
// The second argument picks the parser: `yaml` (default, the floor) or `js-yaml` (the
// parser mentor's fast path uses for clean files, with the same YAML 1.2 core schema).
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { parse as yamlParse } from 'yaml';
import { yamlFiles } from './yaml-files.mjs';

const parse = process.argv[3] === 'js-yaml' ? (text) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) : yamlParse;
let docs = 0;
for (const file of yamlFiles(process.argv[2] ?? '.')) {
  if (parse(readFileSync(file, 'utf8')) !== undefined) docs++;
}
if (process.env.MENTOR_BENCH_VERBOSE) console.error(`parsed ${docs} documents`);
