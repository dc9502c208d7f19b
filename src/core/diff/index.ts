/** `mentor diff`'s pure core: two programmes in, the calibration report as data out. */
export { diffProgrammes, type DiffOptions, type DiffSide } from './diff-programmes.js';
export { formatPath, formatSegment, parsePath, isPathSyntaxError, type PathSegment, type PathSyntaxError } from './path.js';
export { identityKeys } from './identity.js';
export { resolvePath, type PathRoot, type Resolution } from './resolve-path.js';
export * from './types.js';
export { normalise, shapeOf, type Shape } from './normalise.js';
export { pilotEvidence } from './evidence.js';
