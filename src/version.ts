import { createRequire } from 'node:module';

/** The package version, read once from package.json (kept out of the source so releases bump one place). */
export const version: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
