import preset from '../../jest.preset.js';
export default { ...preset, testTimeout: 60000, testMatch: ['<rootDir>/src/**/*.test.ts'] };
