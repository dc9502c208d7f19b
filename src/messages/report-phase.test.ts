import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportEn } from './report-en.js';
import { reportPl } from './report-pl.js';

// Every phase the schema allows, read from the schema so a new phase cannot be left unworded.
const schema = JSON.parse(readFileSync(new URL('../../schemas/programme.schema.json', import.meta.url), 'utf8')) as { $defs: { Metadata: { properties: { phase: { enum: string[] } } } } };
const phases = schema.$defs.Metadata.properties.phase.enum;

describe('report: the programme phase in the header', () => {
  it('is worded in both languages for every phase, never shown as its code', () => {
    expect(phases).toContain('cycle');
    for (const phase of phases) {
      expect(reportEn.phase(phase)).not.toBe(phase);
      expect(reportPl.phase(phase)).not.toBe(phase);
    }
    expect(reportPl.phase('cycle')).toBe('Edycja');
  });
});
