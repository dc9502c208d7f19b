import { describe, expect, it } from 'vitest';
import { baseProgrammeYaml, diagnosticsOf } from './bundle.js';

describe('the base programme used by rule tests', () => {
  it('is clean, so each rule test only sees the problem it introduces', () => {
    expect(diagnosticsOf(baseProgrammeYaml)).toEqual([]);
  });
});
