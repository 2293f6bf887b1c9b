// Node-side suites: the stand-in Apex controller against dev-idp (harness/**), and the browser tests (e2e/**)
// that drive the lwc-compiled harness in headless Chromium. Both need `pnpm run build` (turbo does it first).
import preset from '../../jest.preset.js';

export default {
  ...preset,
  testMatch: ['<rootDir>/harness/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts'],
  testTimeout: 60000,
  // One Chromium and one dev-idp at a time on a 2-core CI machine.
  maxWorkers: 1,
};
