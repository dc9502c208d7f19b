import { describe, expect, it } from 'vitest';
import { mapColumns } from './columns.js';
import type { FieldSpec } from './fields.js';

const field = (key: string): FieldSpec => ({ key, flag: key, required: false, description: '', type: { kind: 'text' } });
const fields = ['survey', 'date', 'respondent', 'satisfaction', 'nps', 'comment', 'lineManager'].map(field);

describe('mapColumns', () => {
  it('names fields in any spelling and skips what it is told to', () => {
    const { columns, problems } = mapColumns(['Timestamp', 'Respondent', 'NPS', 'Line manager', ''], fields, ['timestamp']);
    expect(problems).toEqual([]);
    expect(columns.map((c) => c?.key)).toEqual([undefined, 'respondent', 'nps', 'lineManager', undefined]);
  });
  it('names fields by their other names too, accents and notes in brackets aside; a key wins over another field\'s name', () => {
    const names = { date: ['Data'], satisfaction: ['Zadowolenie (1–5)'], comment: ['Uwagi', 'Survey'], lineManager: ['Przełożony'] };
    const { columns, problems } = mapColumns(['DATA', 'zadowolenie', 'Satisfaction (1-5)', 'przelozony', 'Survey'], fields, [], names);
    expect(problems).toEqual([{ kind: 'duplicate', column: 'Satisfaction (1-5)', index: 3 }]);
    expect(columns.map((c) => c?.key)).toEqual(['date', 'satisfaction', undefined, 'lineManager', 'survey']);
  });
  it('names unknown and repeated columns with their position and a likely field', () => {
    expect(mapColumns(['Date', 'Satisfation', 'date'], fields).problems).toEqual([
      { kind: 'unknown', column: 'Satisfation', index: 2, suggestion: 'satisfaction' },
      { kind: 'duplicate', column: 'date', index: 3 },
    ]);
  });
});
