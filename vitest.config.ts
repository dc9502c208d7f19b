import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI end-to-end tests spawn node processes; two cores here, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 30_000,
    // Set-up hooks generate programmes and spawn builds: on a busy 2-core runner they outlast the default 10 s.
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
  },
});
