#!/usr/bin/env node
// `mentor match`'s optimiser at the scale of the issue: N mentees without a mentor and M mentors with
// capacities 1–4, random levels, departments and reporting lines (seeded). Prints the time of
// proposePairs alone (in-process, after the programme is loaded) and what it found.
// Usage: node scripts/bench/match-scale.mjs [mentees=2000] [mentors=500] [seed=1]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// dist/ is one bundle with no module per source file: the optimiser (pure core code) is bundled
// from the sources into a scratch folder, the same way the build compiles it.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const scratch = mkdtempSync(join(tmpdir(), 'mentor-match-scale-'));
await build({ absWorkingDir: root, entryPoints: ['src/core/match/match.ts'], outdir: scratch, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
const { proposePairs } = await import(pathToFileURL(join(scratch, 'match.js')).href);
rmSync(scratch, { recursive: true, force: true });

const [n = 2000, m = 500, seed = 1] = process.argv.slice(2).map(Number);
let state = seed >>> 0;
const rnd = (k) => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % k);
const competencies = Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, importance: i % 3 === 0 ? 'strategic' : 'tactical' }));
const mentors = Array.from({ length: m }, (_, i) => ({
  id: `m${i}`,
  name: `Mentor ${i}`,
  capacity: 1 + rnd(4),
  department: `D${rnd(20)}`,
  ...(i > 20 ? { lineManager: `m${rnd(20)}` } : {}),
  levels: Object.fromEntries(Array.from({ length: 6 }, () => [`c${rnd(40)}`, 3 + rnd(3)])),
  preparation: rnd(10) === 0 ? [] : [{ module: 'role', completed: '2026-01-05' }],
}));
const mentees = Array.from({ length: n }, (_, i) => ({
  id: `e${i}`,
  name: `Mentee ${i}`,
  department: `D${rnd(20)}`,
  lineManager: `m${rnd(m)}`,
  competencies: [...new Set(Array.from({ length: 1 + rnd(3) }, () => `c${rnd(40)}`))].map((c) => ({ competency: c, baseline: 1 + rnd(2), target: 3 + rnd(2) })),
}));
const model = {
  programme: { metadata: { id: 'scale', period: { start: '2026-01-05', end: '2026-12-18' } }, competencies, process: { milestones: [{ id: 'kick-off', date: '2026-01-19' }] }, preparation: { modules: [{ id: 'role' }] } },
  staff: [],
  mentors,
  mentees,
  pairs: [],
};
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const result = proposePairs(model);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const slots = mentors.reduce((s, x) => s + x.capacity, 0);
console.log(`proposePairs: ${n} mentees, ${m} mentors (${slots} places): ${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU; ${result.pairs.length} pairs, ${result.unmatched.length} without a mentor, score ${result.objective.score}`);
