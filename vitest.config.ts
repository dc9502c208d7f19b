import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI end-to-end tests spawn node processes; two cores here, so keep the pool small.
    maxWorkers: 2,
    // Generous: e2e tests spawn the CLI on a busy runner; hangs are caught by the spawns' own kill timeouts.
    testTimeout: 90_000,
    // Set-up hooks generate programmes and spawn builds: on a busy 2-core runner they outlast the default 10 s.
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
  },
});
