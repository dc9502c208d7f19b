import { describe, expect, it } from 'vitest';
import type { Metadata } from '../core/model/schema-types.js';
import { diffEn } from './diff-en.js';
import { diffPl } from './diff-pl.js';
import { initEn } from './init-en.js';
import { initPl } from './init-pl.js';
import { reportEn } from './report-en.js';
import { reportPl } from './report-pl.js';

// Every phase the schema allows (a `Record` over the type: a phase added there fails to compile here).
const allPhases: Record<Metadata['phase'], true> = { pilot: true, rollout: true, cycle: true };
const phases = Object.keys(allPhases);

describe('phases in words', () => {
  it('names every phase in the report, the diff and the init dialogue, in both languages, never as its key', () => {
    for (const phase of phases) {
      for (const label of [reportEn.phase(phase), reportPl.phase(phase), diffPl.phases[phase], initEn.choices.phase[phase as 'pilot'], initPl.choices.phase[phase as 'pilot']]) {
        expect(label, phase).toBeTruthy();
      }
      expect(reportEn.phase(phase)).not.toBe(phase);
      expect(reportPl.phase(phase)).not.toBe(phase);
      expect(diffEn.phases[phase]).toBe(phase);
      expect(diffPl.phases[phase]).not.toBe(phase);
    }
    expect([reportPl.phase('cycle'), diffPl.phases['cycle']]).toEqual(['Edycja', 'edycja']);
  });
});
