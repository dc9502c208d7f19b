import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/cli/spawn.js';
import { loadAddScope } from '../../io/add-scope.js';
import { menteePlan } from './add-dialog.js';

describe('menteePlan', () => {
  it('reads the competencies of a mentee\'s plan from the people file (what a new pair works on by default), none for an unknown id', async () => {
    const scope = await loadAddScope(join(repoRoot, 'examples/kam-pilot'), repoRoot);
    expect(menteePlan(scope, 'e-akaczmarek')).toEqual(['negocjacje-kam', 'rentownosc-kontraktu']);
    expect(menteePlan(scope, 'e-nobody')).toEqual([]);
  });
});
