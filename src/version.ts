import { packageVersion } from './io/package-files.js';

/** The package version, read once from package.json (kept out of the source so releases bump one place). */
export const version: string = packageVersion();
