import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldsOf, flagOf, keyOrderOf, type SchemaSet } from './fields.js';

const schemas: SchemaSet = Object.fromEntries(
  readdirSync('schemas')
    .filter((n) => n.endsWith('.schema.json'))
    .map((n) => [n, JSON.parse(readFileSync(`schemas/${n}`, 'utf8')) as unknown]),
);

describe('fieldsOf', () => {
  it('reads the fields of a record kind from the records schema, in its order', () => {
    const session = fieldsOf(schemas, 'records.schema.json', 'sessions');
    expect(session.slice(0, 3).map((f) => [f.key, f.required, f.type.kind])).toEqual([
      ['pair', true, 'id'],
      ['date', true, 'date'],
      ['minutes', true, 'integer'],
    ]);
    expect(session.find((f) => f.key === 'minutes')!.type).toEqual({ kind: 'integer', min: 1, max: 600 });
    expect(session.find((f) => f.key === 'topic')).toMatchObject({ required: false, type: { kind: 'text' } });
    const assessment = fieldsOf(schemas, 'records.schema.json', 'assessments');
    // The fixed roles, or the id of a role the programme adds.
    expect(assessment.find((f) => f.key === 'assessor')!.type).toEqual({ kind: 'enum', values: ['mentor', 'line-manager', 'mentee', 'hr-owner', 'sponsor', 'external'], orId: true });
    expect(assessment.find((f) => f.key === 'level')!.type).toMatchObject({ kind: 'integer', min: 0, max: 20 });
  });

  it('follows references through the people body to the person kinds, with compact forms for nested values', () => {
    const mentee = fieldsOf(schemas, 'people.schema.json', 'mentees');
    expect(mentee.find((f) => f.key === 'lineManager')).toMatchObject({ flag: 'line-manager', type: { kind: 'id' } });
    expect(mentee.find((f) => f.key === 'competencies')!.type).toMatchObject({ kind: 'tuples', keys: ['competency', 'baseline', 'target'] });
    const mentor = fieldsOf(schemas, 'people.schema.json', 'mentors');
    expect(mentor.find((f) => f.key === 'levels')!.type).toEqual({ kind: 'map', value: { kind: 'integer', min: 0, max: 20 } });
    expect(mentor.find((f) => f.key === 'preparation')!.type).toMatchObject({ kind: 'tuples', keys: ['module', 'completed'] });
    const pair = fieldsOf(schemas, 'people.schema.json', 'pairs');
    expect(pair.find((f) => f.key === 'competencies')!.type).toEqual({ kind: 'list', of: { kind: 'id' } });
    expect(pair.every((f) => f.description !== '')).toBe(true);
  });

  it('gives no fields for a list the schema does not have, and the top-level key order', () => {
    expect(fieldsOf(schemas, 'records.schema.json', 'nothing')).toEqual([]);
    expect(keyOrderOf(schemas, 'records.schema.json')).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'programme', 'sessions', 'kpiValues']));
    expect(flagOf('kpiValues')).toBe('kpi-values');
  });
});
