import preset from '../../jest.preset.js';

// @salesforce/core's TestContext registers beforeEach/afterEach hooks and uses sinon: both work under jest.
export default { ...preset, testTimeout: 30_000, setupFiles: ['<rootDir>/jest.setup.js'] };
