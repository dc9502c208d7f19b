import { packageJson } from './io/package-files.js';

/** The package version, read once from package.json (kept out of the source so releases bump one place). */
export const version: string = packageJson().version ?? '0.0.0';

/** The package's npm name, as package.json says. */
export const packageName: string = packageJson().name ?? 'mentor-cli';
