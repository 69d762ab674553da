import { defineConfig } from 'vitest/config';

// End-to-end: the real renderer in Debian's Chromium, driven by playwright-core, against the loopback host.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
