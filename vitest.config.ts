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
    // Used only by `npm run coverage` (vitest --coverage): the Node side's share. scripts/coverage/report.ts merges it with
    // what the E2E pages ran in Chromium, which vitest cannot see, and prints the table.
    coverage: {
      provider: 'v8',
      include: ['renderer/src/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
      exclude: ['**/*.d.ts', 'tests/**'],
      reporter: [['json', { file: 'coverage-final.json' }]],
      reportsDirectory: 'coverage/node',
      // A failing test should still leave numbers behind; the command fails anyway.
      reportOnFailure: true,
    },
  },
});
