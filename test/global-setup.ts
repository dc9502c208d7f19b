import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Tests import the precompiled validators from src/generated; generate them if a fresh clone lacks them. */
export default function setup(): void {
  if (!existsSync('src/generated/validators.cjs')) execFileSync(process.execPath, ['scripts/gen-validators.mjs'], { stdio: 'inherit' });
}
