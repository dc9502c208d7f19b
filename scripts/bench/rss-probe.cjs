// Preload for `mentor` benchmarks (node --require): on exit, appends this process's peak RSS in KiB
// (process.resourceUsage().maxRSS) as one line to the file named by MENTOR_BENCH_RSS_FILE. Appending
// keeps the numbers of child processes too; the harness takes the largest. Kept tiny on purpose:
// CommonJS, so `node -e 0` does not have to start the ESM loader for it.
/* global process, require */
'use strict';
const file = process.env.MENTOR_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('node:fs').appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // never disturb the measured process
    }
  });
}
