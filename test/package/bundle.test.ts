// The built bundle (dist/, made by `npm run build` before the tests): every JavaScript file is
// ASCII-only, so Node decodes each on its one-byte fast path (scripts/ascii-only.mjs says why), and
// the escaping that makes it so leaves the program as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/ascii-only.mjs';
import { repoRoot } from '../cli/spawn.js';

describe('the bundle in dist/', () => {
  it('holds only ASCII in every JavaScript file', () => {
    const dist = join(repoRoot, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.c?js$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    const offending = files.filter((f) => /[\u0080-\uffff]/.test(readFileSync(join(dist, f), 'utf8')));
    expect(offending).toEqual([]);
  });
});

describe('asciiOnly', () => {
  // A module with what esbuild leaves unescaped (regular expressions, with and without `u`), a
  // template, and a character beyond the BMP: evaluated before and after, it gives the same answers.
  const source = [
    'const fold = (s) => s.toLowerCase().replace(/ł/g, "l");',
    'const unit = /^[a-ząćęłńóśźż.]*$/i;',
    'const emoji = /^\u{1F600}+$/u;',
    'const dash = /\\s*[–-]?\\s*pilota[żz]/i;',
    'export default [fold("Łódź ŁAD"), unit.test("Źdźbło"), unit.test("x1"), emoji.test("\u{1F600}\u{1F600}"), emoji.test("\u{1F600}a"), dash.test("Program – pilotaż"), `zażółć ${"gęślą"}`];',
  ].join('\n');
  const evaluate = async (code: string): Promise<unknown> => ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;

  it('escapes every character beyond ASCII', () => {
    expect(asciiOnly(source)).not.toMatch(/[\u0080-\uffff]/);
    expect(asciiOnly('/ł/')).toBe('/\\u0142/');
  });

  it('leaves what the program does unchanged', async () => {
    const before = await evaluate(source);
    expect(before).toEqual(['łódź ład'.replace(/ł/g, 'l'), true, false, true, false, true, 'zażółć gęślą']);
    expect(await evaluate(asciiOnly(source))).toEqual(before);
  });
});
