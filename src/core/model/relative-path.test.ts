import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRelativePath, relativePathPattern } from './relative-path.js';

describe('isRelativePath', () => {
  it('is the pattern of RelativePath in the schema', () => {
    const common = JSON.parse(readFileSync(new URL('../../../schemas/common.schema.json', import.meta.url), 'utf8')) as { $defs: Record<string, { pattern: string }> };
    expect(new RegExp(common.$defs['RelativePath']!.pattern).source).toBe(relativePathPattern.source);
  });

  it('takes relative paths written with / and refuses the rest', () => {
    expect(['people.yaml', 'records/', 'people/mentees 2026.yaml', 'a..b.yaml'].filter(isRelativePath)).toHaveLength(4);
    expect(['records\\', 'people\\mentees.yaml', '../people.yaml', 'records/../../x', '/etc/passwd', 'C:/people.yaml', '..'].filter(isRelativePath)).toEqual([]);
  });
});
