// One jest set-up for every TypeScript package: native ESM, TypeScript through swc, `.js` specifiers mapped to sources.
import { createRequire } from 'node:module';

// libphonenumber-js's ESM build imports its metadata JSON without an import attribute, which jest's ESM loader
// warns about on every import; its CommonJS build (same code and metadata) is loaded without the noise.
const fromCore = createRequire(new URL('./packages/verification-core/package.json', import.meta.url));
const phoneMetadata = fromCore.resolve('libphonenumber-js/mobile');

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^libphonenumber-js/mobile$': phoneMetadata },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
};
