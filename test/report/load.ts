import type { ProgrammeModel } from '../../src/core/model/model.js';
import { loadProgrammeAt } from '../../src/io/load-programme.js';

const cache = new Map<string, Promise<ProgrammeModel>>();

/** The model of a bundled example (loaded once per test file). */
export function exampleModel(name: string): Promise<ProgrammeModel> {
  let model = cache.get(name);
  if (!model) {
    model = loadProgrammeAt(`examples/${name}`, { cwd: process.cwd(), today: '2027-12-31', locale: 'en' }).then(({ model, diagnostics }) => {
      if (!model) throw new Error(`examples/${name} did not load: ${JSON.stringify(diagnostics.slice(0, 3))}`);
      return model;
    });
    cache.set(name, model);
  }
  return model;
}

/** Each example with a date inside its records (the pilot on its last day). */
export const examples = [
  { name: 'kam-pilot', asOf: '2026-06-30' },
  { name: 'kam-rollout', asOf: '2026-11-30' },
  { name: 'expert-transfer', asOf: '2026-11-30' },
] as const;
