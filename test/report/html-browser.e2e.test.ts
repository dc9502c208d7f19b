import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentor, repoRoot } from '../cli/spawn.js';

/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core (never a browser
 * download). Each example's page must load with no console error and no request beyond the file
 * itself, draw every chart at a non-zero size, and print to an A4 PDF. Screenshots and PDFs land in
 * test-output/report/ (gitignored). CI installs Chromium (.ci/run), so there this test never skips.
 */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
const out = join(repoRoot, 'test-output/report');
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const pages = [
  { name: 'kam-pilot', args: ['examples/kam-pilot', '--as-of', '2026-06-30'] },
  { name: 'kam-rollout', args: ['examples/kam-rollout', '--as-of', '2026-11-30'] },
  { name: 'expert-transfer', args: ['examples/expert-transfer', '--as-of', '2026-11-30'] },
  { name: 'kam-pilot-sponsor', args: ['examples/kam-pilot', '--as-of', '2026-06-30', '--audience', 'sponsor'] },
  { name: 'expert-transfer-mentee', args: ['examples/expert-transfer', '--as-of', '2026-11-30', '--audience', 'mentee', '--person', 'me-02', '--pseudonymise'] },
];

if (!available && process.env['CI']) throw new Error(`Chromium not found at ${executablePath}: CI must install it (apt-get install chromium; see .ci/run).`);

describe.skipIf(!available)(`HTML report in Chromium (${available ? executablePath : `not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    browser = await chromium.launch({ executablePath, args: flags });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages)('$name: charts drawn, no console error, no request out, prints to A4', async ({ name, args }) => {
    const file = join(out, `${name}.html`);
    const r = mentor(['report', ...args, '-o', file, '--force']);
    expect(r.code, r.stderr).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (q) => requests.push(q.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });

    const charts = await page.locator('svg.chart').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const marks = svg.querySelectorAll('circle, rect, polyline, line').length;
        return { width: box.width, height: box.height, marks, title: svg.querySelector('title')?.textContent ?? '' };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const c of charts) {
      expect(c.width, c.title).toBeGreaterThan(100);
      expect(c.height, c.title).toBeGreaterThan(20);
      expect(c.marks, c.title).toBeGreaterThan(2);
    }
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);

    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = join(out, `${name}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 is 595.3 × 841.9 points (Chromium rounds to whole CSS pixels); every page must be A4.
    const sizes = [...bytes.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes.length).toBeGreaterThan(0);
    for (const [w, h] of sizes) expect([Math.abs(w! - 595.3) < 2, Math.abs(h! - 841.9) < 2], `${w} × ${h}`).toEqual([true, true]);
    expect(statSync(join(out, `${name}.png`)).size).toBeGreaterThan(10_000);
    await page.close();
  }, 120_000);
});
