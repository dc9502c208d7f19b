// ESM twin of rss-probe.cjs for `node --import`; the bench uses the CommonJS one (--require), which
// skips initialising the ESM loader before `node -e 0`. Both append peak RSS (KiB) to
// MENTOR_BENCH_RSS_FILE on exit.
import { appendFileSync } from 'node:fs';

const file = process.env.MENTOR_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // never disturb the measured process
    }
  });
}
