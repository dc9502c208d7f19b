import { mkdtempSync, readFileSync, statSync, chmodSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IoError } from '../errors.js';
import { planEdits, readEditable, writeEdited } from './edit-file.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'mentor-edit-'));

describe('editing a file on disk', () => {
  it('writes the edited text, keeping a byte-order mark and the file\'s permissions', async () => {
    const path = join(folder(), 'r.yaml');
    writeFileSync(path, '\uFEFFlist:\n  - a\n');
    chmodSync(path, 0o640);
    const file = await readEditable(path, 'r.yaml');
    expect(file.text).toBe('list:\n  - a\n');
    await writeEdited(file, planEdits(file, [{ op: 'append', path: ['list'], values: ['b'] }]).text);
    expect(readFileSync(path, 'utf8')).toBe('\uFEFFlist:\n  - a\n  - b\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('refuses to edit a file that is not UTF-8 (decoding it would replace its characters), naming where it breaks', async () => {
    const path = join(folder(), 'r.yaml');
    // "sessions:" then a topic in Windows-1250: 0xB3 is "ł".
    const bytes = Buffer.from('sessions:\n  - { pair: p1, topic: "Wst\u0119p" }\n  - { pair: p2, topic: "x" }\n'.replace('\u0119', '\u00b3'), 'latin1');
    writeFileSync(path, bytes);
    for (const options of [{}, { view: true }]) {
      await expect(readEditable(path, 'r.yaml', options)).rejects.toMatchObject({ code: 'not-utf8', path: 'r.yaml', reason: '2:28' });
    }
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('never replaces a file that changed on disk since it was read, nor creates one that appeared', async () => {
    const dir = folder();
    const path = join(dir, 'r.yaml');
    writeFileSync(path, 'list:\n  - a\n');
    const file = await readEditable(path, 'r.yaml');
    writeFileSync(path, 'list:\n  - a\n  - saved in an editor\n');
    await expect(writeEdited(file, 'list:\n  - a\n  - b\n')).rejects.toMatchObject({ code: 'changed-on-disk' });
    expect(readFileSync(path, 'utf8')).toContain('saved in an editor');
    // A change that keeps the size (one byte, deep in a large file), or cuts the file short, is noticed too.
    const big = `list:\n${'  - item\n'.repeat(100000)}`;
    for (const changed of [`${big.slice(0, 700000)}X${big.slice(700001)}`, big.slice(0, 600000)]) {
      writeFileSync(path, big);
      const read = await readEditable(path, 'r.yaml', { view: true });
      writeFileSync(path, changed);
      await expect(writeEdited(read, `${big}  - b\n`)).rejects.toMatchObject({ code: 'changed-on-disk' });
      expect(readFileSync(path, 'utf8')).toBe(changed);
    }

    const fresh = await readEditable(join(dir, 'new.yaml'), 'new.yaml');
    expect(fresh.original).toBeUndefined();
    writeFileSync(join(dir, 'new.yaml'), 'someone else\n');
    await expect(writeEdited(fresh, 'mine\n')).rejects.toBeInstanceOf(IoError);
    expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toBe('someone else\n');
  });

  it('edits a large file as bytes, writing exactly the old bytes and the new ones (BOM, CRLF, letters beyond ASCII)', async () => {
    const path = join(folder(), 'r.yaml');
    const item = (i: number): string => `  - pair: pr-${i}\r\n    topic: Zażółć gęślą jaźń ${i}\r\n`;
    const body = `# Łódź\r\nsessions:\r\n${Array.from({ length: 6000 }, (_, i) => item(i)).join('')}surveys: []\r\n`;
    writeFileSync(path, `\uFEFF${body}`);
    const file = await readEditable(path, 'r.yaml', { view: true });
    expect(file.view).toBe(true);
    const edit = planEdits(file, [{ op: 'append', path: ['sessions'], values: [{ pair: 'pr-x', topic: 'Śląsk' }] }]);
    const text = await readEditable(path, 'r.yaml');
    expect(text.view).toBeUndefined();
    const expected = planEdits(text, [{ op: 'append', path: ['sessions'], values: [{ pair: 'pr-x', topic: 'Śląsk' }] }]);
    expect(expected.text).toContain('  - pair: pr-x\r\n    topic: Śląsk\r\nsurveys: []');
    expect(Buffer.from(edit.text, 'latin1').toString('utf8')).toBe(expected.text);
    const [r] = edit.items;
    expect(Buffer.from(edit.text.slice(r!.start, r!.end), 'latin1').toString('utf8')).toBe('  - pair: pr-x\r\n    topic: Śląsk\r\n');
    await writeEdited(file, edit.text);
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${expected.text}`);
    // Written as the old bytes around the new ones; an edit that also removed text (`surveys: []`
    // becomes a list with an item) is written whole. Either way the file is the edited text.
    for (const values of [[{ pair: 'pr-y', topic: 'Żuraw' }], [{ pair: 'pr-z' }, { pair: 'pr-ź', topic: 'ą\r\nę' }]]) {
      for (const list of ['sessions', 'surveys']) {
        const now = await readEditable(path, 'r.yaml', { view: true });
        const viewEdit = planEdits(now, [{ op: 'append', path: [list], values }]);
        const textEdit = planEdits(await readEditable(path, 'r.yaml'), [{ op: 'append', path: [list], values }]);
        if (list === 'sessions') expect(viewEdit.appended).toBeDefined();
        await writeEdited(now, viewEdit.text, viewEdit.appended);
        expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${textEdit.text}`);
      }
    }
  });

  it('creates a file that does not exist yet, and refuses what is not a regular file', async () => {
    const dir = folder();
    const fresh = await readEditable(join(dir, 'records', '2026-04.yaml'), 'records/2026-04.yaml');
    await writeEdited(fresh, 'kind: Records\n');
    expect(existsSync(join(dir, 'records', '2026-04.yaml'))).toBe(true);
    await expect(readEditable(dir, 'dir')).rejects.toMatchObject({ code: 'cannot-read' });
  });
});
