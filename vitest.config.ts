// One runner for every suite: unit (Node), browser E2E (Chromium via playwright-core) and the Electron shell checks.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default: too soon for a browser step on a busy 2-core machine.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
