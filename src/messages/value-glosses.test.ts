import { describe, expect, it } from 'vitest';
import { valueByGloss } from './value-glosses.js';

describe('the allowed value a typed word glosses', () => {
  const status = '`held`, `cancelled`, `missed`';
  const type = '`experience`, `social`, `formal`';
  it('finds it in either language, case and Polish letters aside', () => {
    expect(valueByGloss('odbyta', status)).toBe('held');
    expect(valueByGloss('Odbyła się', status)).toBe('held');
    expect(valueByGloss('nieodbyta', status)).toBe('missed');
    expect(valueByGloss('called off', status)).toBe('cancelled');
    expect(valueByGloss('doświadczenie', type)).toBe('experience');
    expect(valueByGloss('DOSWIADCZENIE', type)).toBe('experience');
    expect(valueByGloss('szkolenia', type)).toBe('formal');
  });
  it('finds nothing for a word that glosses no allowed value', () => {
    expect(valueByGloss('odbyta', type)).toBeUndefined();
    expect(valueByGloss('xyz', status)).toBeUndefined();
    expect(valueByGloss('', status)).toBeUndefined();
  });
});
