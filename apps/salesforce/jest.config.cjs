// Component tests with @salesforce/sfdx-lwc-jest (run by `sfdx-lwc-jest`, which picks up this file).
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app'],
  // helpers and data live beside the tests in __tests__/; only *.test.js are suites
  testMatch: ['**/__tests__/**/*.test.js'],
  setupFiles: ['<rootDir>/jest/setup-webcrypto.cjs'],
  testTimeout: 15000,
};
