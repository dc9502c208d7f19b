import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/model.js';
import { bundleOf, programmeYaml } from '../../../test/helpers/bundle.js';
import { englishPseudonymLabels, pseudonyms } from './pseudonyms.js';
import { indexRecords } from './record-index.js';

const index = (id = 'demo') => indexRecords(buildModel(bundleOf({ programme: programmeYaml((d) => void (d.metadata.id = id)) })));

describe('pseudonyms', () => {
  it('a readable code after the role word, the same on every call and build', () => {
    const a = pseudonyms(index(), englishPseudonymLabels).person('e1');
    expect(a.name).toMatch(/^Mentee [0-9A-HJKMNP-TV-Z]{6}$/);
    expect(a.name).toBe(`Mentee ${a.id}`);
    expect(pseudonyms(index(), englishPseudonymLabels).person('e1')).toEqual(a);
    expect(pseudonyms(index(), englishPseudonymLabels).person('m1').name).toMatch(/^Mentor /);
    expect(pseudonyms(index(), englishPseudonymLabels).pair('p1').name).toMatch(/^Pair /);
  });
  it('differ between people, between programmes, and with a secret key', () => {
    const names = pseudonyms(index(), englishPseudonymLabels);
    expect(names.person('e1').id).not.toBe(names.person('m1').id);
    expect(pseudonyms(index('other'), englishPseudonymLabels).person('e1').id).not.toBe(names.person('e1').id);
    expect(pseudonyms(index(), englishPseudonymLabels, 's3cret').person('e1').id).not.toBe(names.person('e1').id);
  });
});
