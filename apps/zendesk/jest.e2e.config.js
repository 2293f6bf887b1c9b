import preset from '../../jest.preset.js';
// Browser tests: headless Debian chromium driven by playwright-core against dev-idp + the Zendesk harness.
export default {
  ...preset,
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  setupFiles: ['<rootDir>/e2e/setup-dispose.cjs'],
  testTimeout: 90_000,
  maxWorkers: 1,
};
