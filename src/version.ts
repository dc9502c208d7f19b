import { createRequire } from 'node:module';

const manifest = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/** The package version, read once from package.json (kept out of the source so releases bump one place). */
export const version: string = manifest.version;

/** The package's npm name, as package.json says. */
export const packageName: string = manifest.name;
