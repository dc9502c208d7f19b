import { describe, expect, it } from 'vitest';
import { ruleIds } from '../diagnostics.js';
import { listRules, nearestRuleIds } from './rule-list.js';

describe('listRules', () => {
  it('lists every rule once, method rules alone configurable', () => {
    const rules = listRules();
    expect(rules.map((r) => r.id)).toEqual([...ruleIds]);
    expect(rules.filter((r) => r.configurable).every((r) => r.group === 'method')).toBe(true);
    expect(rules.find((r) => r.id === 'competency-unused')).toMatchObject({ severity: 'warning', group: 'method' });
    expect(rules.find((r) => r.id === 'schema-type')).toMatchObject({ severity: 'error', configurable: false });
  });
});

describe('nearestRuleIds', () => {
  it('suggests the rule a typo meant, and rules containing a word', () => {
    expect(nearestRuleIds('mentor-over-capcity')[0]).toBe('mentor-over-capacity');
    expect(nearestRuleIds('capacity')).toEqual(['mentor-over-capacity']);
    expect(nearestRuleIds('session')).toEqual(['session-outside-pair', 'session-duplicate']);
  });

  it('suggests nothing for a word unlike any rule', () => {
    expect(nearestRuleIds('xylophone')).toEqual([]);
  });
});
