import { buildModel } from '../../src/core/model/model.js';
import { planComms } from '../../src/core/comms/plan.js';
import type { CommsPlan } from '../../src/core/comms/types.js';
import { catalogue } from '../../src/messages/index.js';
import { bundleOf, type BundleFiles } from './bundle.js';

/** The communication plan of an inline programme (see `baseProgrammeYaml`), as `mentor comms` makes it. */
export function planOf(files: BundleFiles | string, options: { asOf?: string; locale?: 'en' | 'pl' } = {}): CommsPlan {
  const model = buildModel(bundleOf(typeof files === 'string' ? { programme: files } : files));
  return planComms(model, { asOf: options.asOf ?? '2026-01-01', texts: catalogue(options.locale ?? model.programme.metadata.locale).comms });
}
