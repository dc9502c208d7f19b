import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleIds, type RuleId } from '../../src/core/diagnostics.js';
import { exampleFolder, ruleExamples, type RuleExample } from '../../src/messages/explain-examples.js';
import { validate } from '../../src/index.js';

// Every rule's failing snippet must set off that rule (and only it, bar the few a snippet cannot
// avoid, named in `alsoReported`); every passing snippet must validate clean. The snippets are
// laid into a real folder and run through the library's `validate`, as `mentor validate` would.

const today = '2026-04-15';
const root = await mkdtemp(join(tmpdir(), 'mentor-explain-'));
afterAll(() => rm(root, { recursive: true, force: true }));

type Data = Record<string, unknown>;
const isMap = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Mappings merge key by key; anything else (lists included) is replaced, as RuleExample says. */
function merge(base: unknown, excerpt: unknown): unknown {
  if (!isMap(base) || !isMap(excerpt)) return excerpt;
  const out: Data = { ...base };
  for (const [key, value] of Object.entries(excerpt)) out[key] = merge(base[key], value);
  return out;
}

const windows1250: Record<string, number> = { Ł: 0xa3, ł: 0xb3, ó: 0xf3, ź: 0x9f, ż: 0xbf, ą: 0xb9, ę: 0xea, ś: 0x9c, ć: 0xe6, ń: 0xf1 };

function bytesOf(text: string, saved: RuleExample['saved']): Uint8Array {
  switch (saved) {
    case undefined:
      return new TextEncoder().encode(text);
    case 'utf-16le':
      return Buffer.from(`\ufeff${text}`, 'utf16le');
    case 'windows-1250':
      return Uint8Array.from([...text].map((c) => windows1250[c] ?? c.charCodeAt(0)));
    case 'deep-nesting':
      return new TextEncoder().encode(text.replace('[[[[…]]]]', `${'['.repeat(120)}${']'.repeat(120)}`));
    case 'many-findings': {
      const lines = text.trimEnd().split('\n');
      return new TextEncoder().encode(`${[...lines, ...Array<string>(1100).fill(lines.at(-1)!)].join('\n')}\n`);
    }
    case 'named-pipe':
    case 'link-outside':
    case 'link-loop':
      // Laid out by `place`: the bytes are what the link's target or nothing would hold.
      return new TextEncoder().encode(text);
    case 'over-16-mb': {
      const line = `  # ${'-'.repeat(95)}\n`;
      return new TextEncoder().encode(text + line.repeat(Math.ceil((17 * 1024 * 1024) / line.length)));
    }
  }
}

let count = 0;
async function run(example: RuleExample, which: 'failing' | 'passing'): Promise<RuleId[]> {
  const dir = join(root, String(count++));
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(exampleFolder)) files[name] = new TextEncoder().encode(text);
  const snippet = example[which];
  const text = example.as === 'file' ? snippet : stringify(merge(parse(exampleFolder[example.file]!), parse(snippet)));
  files[example.file] = bytesOf(text, which === 'failing' ? example.saved : undefined);
  const saved = which === 'failing' ? example.saved : undefined;
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    if (name === example.file && saved === 'named-pipe') execFileSync('mkfifo', [join(dir, name)]);
    else if (name === example.file && saved === 'link-loop') await symlink(basename(name), join(dir, name));
    else if (name === example.file && saved === 'link-outside') {
      await writeFile(`${dir}-outside.yaml`, bytes);
      await symlink(`${dir}-outside.yaml`, join(dir, name));
    } else await writeFile(join(dir, name), bytes);
  }
  const diagnostics = await validate(example.paths ?? ['.'], { cwd: dir, today });
  return [...new Set(diagnostics.map((d) => d.ruleId))].sort();
}

describe('the folder the snippets are laid into', () => {
  it('validates clean', async () => {
    expect(await run({ file: 'programme.yaml', as: 'excerpt', failing: '', passing: 'metadata: {}\n' }, 'passing')).toEqual([]);
  });
});

describe('mentor explain snippets', () => {
  it('cover every rule', () => {
    expect(Object.keys(ruleExamples).sort()).toEqual([...ruleIds].sort());
  });

  for (const id of ruleIds) {
    const example = ruleExamples[id];
    it(`${id}: the failing snippet sets off ${id}, the passing one nothing`, async () => {
      expect(await run(example, 'failing')).toEqual([id, ...(example.alsoReported ?? [])].sort());
      expect(await run(example, 'passing')).toEqual([]);
    });
  }
});
