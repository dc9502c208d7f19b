import { describe, expect, it } from 'vitest';
import type { LevelOnDate } from './levels.js';
import { progressStatus } from './progress.js';

const level = (latest: number, assessed = true, baseline = 1, target = 5): LevelOnDate =>
  ({ latest, assessedOn: assessed ? '2026-03-01' : null, reached: latest >= target, plan: { competency: 'c', baseline, target } }) as LevelOnDate;

describe('progressStatus', () => {
  it('reached at or above the target, whatever the time', () => {
    expect(progressStatus(level(5), 0.1)).toBe('reached');
  });
  it('not assessed before any assessment', () => {
    expect(progressStatus(level(1, false), 0.9)).toBe('not-assessed');
  });
  it('against the straight line from baseline to target: on track at or above, at risk within one level, behind further', () => {
    // Gap 4 levels, half the time gone: level 3 expected.
    expect(progressStatus(level(3), 0.5)).toBe('on-track');
    expect(progressStatus(level(2), 0.5)).toBe('at-risk');
    expect(progressStatus(level(1), 0.5)).toBe('behind');
  });
  it('behind once the planned period is over without the target', () => {
    expect(progressStatus(level(4), 1)).toBe('behind');
  });
});
