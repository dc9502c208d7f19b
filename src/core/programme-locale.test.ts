import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, parsed } from '../../test/helpers/bundle.js';
import type { Workspace } from './model/bundle.js';
import { localesByFile, programmeLocale, sharedLocale } from './programme-locale.js';
import { validateWorkspace } from './validate/index.js';

const polish = baseProgrammeYaml.replace('locale: en', 'locale: pl');
const records = (programme: string, extra = ''): string => `apiVersion: mentor/v1\nkind: Records\nprogramme: ${programme}\nsessions:\n  - { pair: p1, date: 2026-02-02, minutes: 60 }${extra}\n`;

describe('programmeLocale', () => {
  it('reads metadata.locale of a programme, and nothing from other kinds', () => {
    expect(programmeLocale(parsed('p.yaml', polish))).toBe('pl');
    expect(programmeLocale(parsed('p.yaml', baseProgrammeYaml))).toBe('en');
    expect(programmeLocale(parsed('r.yaml', records('demo')))).toBeUndefined();
  });

  it('reads it from the text of a programme whose YAML is broken', () => {
    const broken = parsed('p.yaml', polish.replace('name: Demo programme', 'name: Demo: programme'));
    expect(broken.data).toBeUndefined();
    expect(programmeLocale(broken)).toBe('pl');
    expect(programmeLocale(parsed('r.yaml', `${records('demo')}  locale: pl\n  x: [\n`))).toBeUndefined();
  });
});

describe('messages in the programme’s own language', () => {
  const workspaceOf = (programmeText: string, recordsText: string): Workspace => {
    const programme = parsed('p.yaml', programmeText);
    const recordFile = parsed('records/2026-02.yaml', recordsText);
    return { files: [programme, recordFile], bundles: [{ programme, people: [], records: [recordFile] }], findings: [] };
  };

  it('word the findings of a Polish programme and its records in Polish when asked to follow it', () => {
    const workspace = workspaceOf(polish, records('demo', '\n  - { pair: p1, date: 2026-02-03, minutes: 60, topic: Plan: x }'));
    expect(localesByFile(workspace).size).toBe(2);
    expect(sharedLocale(workspace)).toBe('pl');
    const followed = validateWorkspace(workspace, { today: '2026-06-01', locale: 'en', followProgrammeLocale: true });
    expect(followed.map((d) => d.message)).toEqual(['Wewnątrz `{ … }` lub `[ … ]` dwukropek ze spacją rozpoczyna kolejny klucz.']);
    const named = validateWorkspace(workspace, { today: '2026-06-01', locale: 'en' });
    expect(named.map((d) => d.message)).toEqual(['Inside `{ … }` or `[ … ]`, a colon followed by a space starts another key.']);
  });

  it('word a stray file in a Polish programme\'s folder (no header) in Polish, not in the fallback', () => {
    const programme = parsed('prog/programme.yaml', polish);
    const stray = parsed('prog/records/2026-02.yaml', 'sessions: []\n');
    const elsewhere = parsed('other/notes.yaml', 'sessions: []\n');
    const found = parsed('prog/records/2026-03.yaml', 'sessions: []\n');
    const finding = { ruleId: 'include-wrong-kind' as const, params: { entry: 'records/', expected: 'Records', reason: 'not-mentor' }, at: { file: found, path: [] } };
    const workspace: Workspace = { files: [programme, stray, elsewhere], bundles: [{ programme, people: [], records: [] }], findings: [finding] };
    const locales = localesByFile(workspace);
    expect(locales.get(stray)).toBe('pl');
    // Known only through the loader's finding about it.
    expect(locales.get(found)).toBe('pl');
    expect(locales.has(elsewhere)).toBe(false);
  });

  it('share no language between an English and a Polish programme', () => {
    const english = workspaceOf(baseProgrammeYaml, records('demo'));
    const both: Workspace = { files: [...english.files, ...workspaceOf(polish, records('demo')).files], bundles: [...english.bundles, ...workspaceOf(polish, records('demo')).bundles], findings: [] };
    expect(sharedLocale(both)).toBeUndefined();
    expect(sharedLocale({ files: [], bundles: [], findings: [] })).toBeUndefined();
  });
});
