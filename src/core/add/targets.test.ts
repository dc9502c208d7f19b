import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { recordsMonthOf, newRecordsFile, peopleTarget, recordsTarget } from './targets.js';

describe('where an addition goes', () => {
  it('a record: the month\'s file in the included records folder, or an included file of that name', () => {
    expect(recordsTarget({ includes: { records: ['records/'] } }, '2026-03', 'sessions')).toEqual({ file: 'records/2026-03.yaml', path: ['sessions'], include: 'records/' });
    expect(recordsTarget({ includes: { records: ['./data/monitoring/'] } }, '2026-03', 'sessions')).toEqual({ file: 'data/monitoring/2026-03.yaml', path: ['sessions'], include: './data/monitoring/' });
    expect(recordsTarget({ includes: { records: ['records'] } }, '2026-03', 'sessions')).toEqual({ file: 'records/2026-03.yaml', path: ['sessions'], include: 'records' });
    expect(recordsTarget({ includes: { records: ['old/2026-03.yaml', 'records/'] } }, '2026-03', 'surveys')).toEqual({ file: 'old/2026-03.yaml', path: ['surveys'], include: 'old/2026-03.yaml' });
    expect(recordsTarget({ includes: { people: ['people.yaml'] } }, '2026-03', 'sessions')).toEqual({ kind: 'no-records-folder' });
    // No folder: the programme keeps records its own way, in one file or a file a year.
    expect(recordsTarget({ includes: { records: ['./records.yaml'] } }, '2026-03', 'sessions')).toEqual({ file: 'records.yaml', path: ['sessions'], include: './records.yaml' });
    expect(recordsTarget({ includes: { records: ['data/2025.yaml', 'data/2026.yaml', 'data/notes.yaml'] } }, '2026-03', 'sessions')).toEqual({ file: 'data/2026.yaml', path: ['sessions'], include: 'data/2026.yaml' });
    expect(recordsTarget({ includes: { records: ['data/2025.yaml', 'data/2026.yaml'] } }, '2027-01', 'sessions')).toEqual({ file: 'data/2026.yaml', path: ['sessions'], include: 'data/2026.yaml' });
    expect(recordsMonthOf('2026-03-31', '2027-01-05')).toBe('2026-03');
    expect(recordsMonthOf('31.03.2026', '2027-01-05')).toBe('2027-01');
  });
  it('a person: the last people file holding that list, else the first, else the programme\'s inline people', () => {
    const files = [
      { file: 'people/staff.yaml', data: { staff: [] } },
      { file: 'people/mentees-1.yaml', data: { mentees: [{}] } },
      { file: 'people/mentees-2.yaml', data: { mentees: [{}] } },
    ];
    const programme = { file: 'programme.yaml', data: {} };
    expect(peopleTarget(programme, files, 'mentees')).toEqual({ file: 'people/mentees-2.yaml', path: ['mentees'] });
    expect(peopleTarget(programme, files, 'pairs')).toEqual({ file: 'people/staff.yaml', path: ['pairs'] });
    expect(peopleTarget({ file: 'programme.yaml', data: { people: { staff: [] } } }, [], 'mentors')).toEqual({ file: 'programme.yaml', path: ['people', 'mentors'] });
    expect(peopleTarget(programme, [], 'mentors')).toEqual({ kind: 'no-people-file' });
  });
  it('a new month\'s records file: modeline, header, the three keys', () => {
    const text = newRecordsFile({ modeline: 'yaml-language-server: $schema=../.mentor/schemas/records.schema.json', header: 'Records of X, 2026-04.\nOne file per month.', programme: '007' });
    expect(text.split('\n').slice(0, 3)).toEqual(['# yaml-language-server: $schema=../.mentor/schemas/records.schema.json', '# Records of X, 2026-04.', '# One file per month.']);
    expect(parse(text)).toEqual({ apiVersion: 'mentor/v1', kind: 'Records', programme: '007' });
  });
});
