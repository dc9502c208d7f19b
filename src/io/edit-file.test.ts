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

  it('never replaces a file that changed on disk since it was read, nor creates one that appeared', async () => {
    const dir = folder();
    const path = join(dir, 'r.yaml');
    writeFileSync(path, 'list:\n  - a\n');
    const file = await readEditable(path, 'r.yaml');
    writeFileSync(path, 'list:\n  - a\n  - saved in an editor\n');
    await expect(writeEdited(file, 'list:\n  - a\n  - b\n')).rejects.toMatchObject({ code: 'changed-on-disk' });
    expect(readFileSync(path, 'utf8')).toContain('saved in an editor');

    const fresh = await readEditable(join(dir, 'new.yaml'), 'new.yaml');
    expect(fresh.original).toBeUndefined();
    writeFileSync(join(dir, 'new.yaml'), 'someone else\n');
    await expect(writeEdited(fresh, 'mine\n')).rejects.toBeInstanceOf(IoError);
    expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toBe('someone else\n');
  });

  it('creates a file that does not exist yet, and refuses what is not a regular file', async () => {
    const dir = folder();
    const fresh = await readEditable(join(dir, 'records', '2026-04.yaml'), 'records/2026-04.yaml');
    await writeEdited(fresh, 'kind: Records\n');
    expect(existsSync(join(dir, 'records', '2026-04.yaml'))).toBe(true);
    await expect(readEditable(dir, 'dir')).rejects.toMatchObject({ code: 'cannot-read' });
  });
});
