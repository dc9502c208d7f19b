import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The benchmark generator (scripts/gen-programme.mjs): deterministic for a seed, and every file it
// writes passes the precompiled schema validators. Timings are not tested here.

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'gen-programme.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'mentor-gen-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const validators = createRequire(import.meta.url)(join(root, 'src', 'generated', 'validators.cjs')) as Record<string, Validator>;

function generate(name: string, mentees: number, seed: number): string {
  const out = join(scratch, name);
  execFileSync(process.execPath, [script, '--mentees', String(mentees), '--output', out, '--seed', String(seed)], { stdio: 'pipe' });
  return out;
}

/** Every file under a folder, as relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p).split('\\').join('/'), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

describe('gen-programme', () => {
  let a = '';
  let b = '';
  let c = '';
  beforeAll(() => {
    a = generate('a', 100, 7);
    b = generate('b', 100, 7);
    c = generate('c', 100, 8);
  });

  it('writes the split layout of a real programme', () => {
    const files = [...snapshot(a).keys()];
    expect(files).toContain('programme.yaml');
    expect(files).toEqual(expect.arrayContaining(['people/staff.yaml', 'people/mentors.yaml', 'people/mentees-001.yaml', 'people/pairs.yaml']));
    expect(files.filter((f) => /^records\/2025-\d\d\.yaml$/.test(f))).toHaveLength(12);
  });

  it('gives byte-identical files for the same seed', () => {
    const sa = snapshot(a);
    const sb = snapshot(b);
    expect([...sb.keys()]).toEqual([...sa.keys()]);
    for (const [file, bytes] of sa) expect(Buffer.compare(bytes, sb.get(file)!), file).toBe(0);
  });

  it('gives different files for a different seed', () => {
    const sa = snapshot(a);
    const sc = snapshot(c);
    const differing = [...sa].filter(([file, bytes]) => !sc.has(file) || Buffer.compare(bytes, sc.get(file)!) !== 0);
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.map(([f]) => f)).toContain('people/mentees-001.yaml');
  });

  it('writes only documents that pass the precompiled schema validators', () => {
    const files = snapshot(a);
    expect(files.size).toBeGreaterThan(10);
    for (const [file, bytes] of files) {
      const data = parse(bytes.toString('utf8')) as { kind?: string };
      const validate = validators[data.kind ?? ''];
      expect(validate, `${file}: kind ${data.kind}`).toBeTypeOf('function');
      const ok = validate!(data);
      expect(ok ? [] : validate!.errors, file).toEqual([]);
    }
  });

  it('breaks none of the method rules (independent checker)', async () => {
    const { loadProgramme, checkRules } = (await import(join(root, 'scripts', 'bench', 'check-rules.mjs'))) as {
      loadProgramme: (dir: string) => unknown;
      checkRules: (bundle: unknown, today: string) => { rule: string; where: string }[];
    };
    expect(checkRules(loadProgramme(a), '2026-11-27')).toEqual([]);
    expect(checkRules(loadProgramme(generate('tiny', 3, 1)), '2026-11-27')).toEqual([]);
  });

  it('splits mentees into files of 1,000 and keeps mentors at one per four mentees', () => {
    const dir = generate('split', 2001, 3);
    const people = readdirSync(join(dir, 'people')).sort();
    expect(people.filter((f) => f.startsWith('mentees-'))).toEqual(['mentees-001.yaml', 'mentees-002.yaml', 'mentees-003.yaml']);
    const count = (file: string, re: RegExp): number => (readFileSync(join(dir, 'people', file), 'utf8').match(re) ?? []).length;
    expect(people.filter((f) => f.startsWith('mentees-')).reduce((n, f) => n + count(f, /^ {2}- id: me-/gm), 0)).toBe(2001);
    expect(count('mentors.yaml', /^ {2}- id: mt-/gm)).toBe(501);
    expect(count('pairs.yaml', /^ {2}- id: pr-/gm)).toBe(2001);
  });
});
