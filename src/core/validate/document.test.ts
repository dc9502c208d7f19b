import { describe, expect, it } from 'vitest';
import { parsed, peopleYaml, recordsYaml } from '../../../test/helpers/bundle.js';
import { word } from '../word.js';
import { checkDocument, checkIncludedFile, looksLikeMentorDocument, skipReason } from './document.js';

const records = { entry: 'records/', list: 'records' as const, expected: 'Records' as const };
const worded = (file: ReturnType<typeof parsed>) => checkDocument(file).map((f) => word(f, 'en'));

describe('looksLikeMentorDocument', () => {
  it('takes apiVersion mentor/… or a kind that is (nearly) a mentor kind', () => {
    expect(looksLikeMentorDocument(parsed('a.yaml', 'apiVersion: mentor/v7\nkind: Whatever\n'))).toBe(true);
    expect(looksLikeMentorDocument(parsed('a.yaml', 'kind: Record\nsessions: []\n'))).toBe(true);
    expect(looksLikeMentorDocument(parsed('a.yaml', 'kind: people\n'))).toBe(true);
  });

  it('leaves other tools’ YAML alone', () => {
    expect(looksLikeMentorDocument(parsed('a.yaml', 'apiVersion: apps/v1\nkind: Deployment\n'))).toBe(false);
    expect(looksLikeMentorDocument(parsed('a.yaml', 'on: push\njobs: {}\n'))).toBe(false);
    expect(looksLikeMentorDocument(parsed('a.yaml', '- a\n- b\n'))).toBe(false);
  });
});

describe('checkDocument', () => {
  it('reports another format version alone, at its value', () => {
    const [d, ...rest] = worded(parsed('a.yaml', 'apiVersion: mentor/v2\nkind: Records\nprogramme: demo\nbogus: 1\n'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'api-version-unsupported', start: { line: 1, column: 13 } });
    expect(d!.message).toBe('This file is written for `mentor/v2`; this version of mentor reads `mentor/v1`.');
  });

  it('asks for apiVersion when a file has a mentor kind without one', () => {
    const [d] = worded(parsed('a.yaml', 'kind: People\nprogramme: demo\n'));
    expect(d).toMatchObject({ ruleId: 'api-version-unsupported', start: { line: 1, column: 1 } });
    expect(d!.message).toBe('This file has `kind: People` but no `apiVersion`.');
    expect(d!.hint).toBe('Add `apiVersion: mentor/v1` as the first line.');
  });

  it('suggests the kind a misspelt or miscased kind meant', () => {
    const [record] = worded(parsed('a.yaml', 'apiVersion: mentor/v1\nkind: Record\nprogramme: demo\n'));
    expect(record).toMatchObject({ ruleId: 'kind-unknown', start: { line: 2, column: 7 } });
    expect(record!.hint).toBe('Did you mean `Records`? A mentor document is of kind `Programme`, `People` or `Records`.');
    const [lower] = checkDocument(parsed('a.yaml', 'apiVersion: mentor/v1\nkind: people\n')).map((f) => word(f, 'pl'));
    expect(lower!.message).toBe('Nieznany rodzaj dokumentu `people`.');
    expect(lower!.hint).toBe('Czy chodziło o `People`? Dokument mentor jest rodzaju `Programme`, `People` albo `Records`.');
  });

  it('reports a mentor document without a kind at its first key', () => {
    const [d] = worded(parsed('a.yaml', 'apiVersion: mentor/v1\nprogramme: demo\n'));
    expect(d).toMatchObject({ ruleId: 'kind-unknown', message: 'This mentor document has no `kind`.', start: { line: 1, column: 1 } });
  });

  it('has nothing to say about a good document or a file that is not meant as one', () => {
    expect(checkDocument(parsed('a.yaml', recordsYaml('')))).toEqual([]);
    expect(checkDocument(parsed('a.yaml', 'apiVersion: apps/v1\nkind: Deployment\n'))).toEqual([]);
  });
});

describe('checkIncludedFile', () => {
  it('takes documents of the expected kind, unreadable files and files with their own document finding', () => {
    expect(checkIncludedFile(parsed('r.yaml', recordsYaml('')), records)).toBeUndefined();
    expect(checkIncludedFile(parsed('r.yaml', 'a: [\n'), records)).toBeUndefined();
    expect(checkIncludedFile(parsed('r.yaml', 'apiVersion: mentor/v1\nkind: Record\n'), records)).toBeUndefined();
  });

  it('reports a file that is not a mentor document, at its first key', () => {
    const file = parsed('r.yaml', '# exported\nsessions:\n  - { pair: para-99, date: 2026-07-06, minutes: 60 }\n');
    const d = word(checkIncludedFile(file, records)!, 'en');
    expect(d).toMatchObject({ ruleId: 'include-wrong-kind', start: { line: 2, column: 1 } });
    expect(d.message).toBe('The programme includes `records/` as `Records`, but this file is not a mentor document.');
    expect(d.hint).toBe('Start it with `apiVersion: mentor/v1` and `kind: Records`, or move it out of `records/`.');
  });

  it('reports a document of another kind at its kind, naming the list it belongs in', () => {
    const d = word(checkIncludedFile(parsed('r.yaml', peopleYaml('')), records)!, 'pl');
    expect(d).toMatchObject({ ruleId: 'include-wrong-kind', start: { line: 2, column: 7 } });
    expect(d.message).toBe('Program dołącza `records/` jako `Records`, ale ten plik jest dokumentem `People`.');
    expect(d.hint).toBe('Dopisz go raczej do `includes.people` albo przenieś poza `records/`.');
  });
});

describe('skipReason', () => {
  it('says why a scanned file was passed over', () => {
    expect(skipReason(parsed('a.yaml', 'apiVersion: apps/v1\nkind: Deployment\n'))).toEqual({ reason: 'other-api-version', apiVersion: 'apps/v1' });
    expect(skipReason(parsed('a.yaml', 'on: push\n'))).toEqual({ reason: 'no-api-version' });
    expect(skipReason(parsed('a.yaml', '- a\n'))).toEqual({ reason: 'not-a-mapping' });
  });
});
