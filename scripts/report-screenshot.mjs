#!/usr/bin/env node
// Regenerates docs/report-screenshot.png, the README's picture of the HTML report: the pilot's
// sponsor report as of its last day, rendered by the built CLI and photographed by Debian's
// Chromium through playwright-core (a dev dependency).   node scripts/report-screenshot.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'mentor-shot-'));
const html = join(dir, 'report.html');
execFileSync(process.execPath, [join(root, 'bin/mentor'), 'report', 'examples/kam-pilot', '--as-of', '2026-06-30', '--audience', 'sponsor', '-o', html], { cwd: root, stdio: 'inherit' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 1730 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(html).href);
await page.screenshot({ path: join(root, 'docs/report-screenshot.png'), clip: { x: 0, y: 0, width: 1000, height: 1730 } });
await browser.close();
rmSync(dir, { recursive: true, force: true });
console.log('wrote docs/report-screenshot.png');
