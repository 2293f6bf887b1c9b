import preset from '../../jest.preset.js';
// Browser tests: headless Debian chromium driven by playwright-core against dev-idp + the Zendesk harness.
export default { ...preset, testMatch: ['<rootDir>/e2e/**/*.test.ts'], testTimeout: 90_000, maxWorkers: 1 };
