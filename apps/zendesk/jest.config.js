import preset from '../../jest.preset.js';
// Unit and component tests. Component tests opt into jsdom with a `@jest-environment jsdom` docblock.
// Garden's CommonJS builds require react-merge-refs, which ships only ESM (.mjs): compile that one to CommonJS.
export default {
  ...preset,
  setupFiles: ['<rootDir>/jest.setup.js'],
  transform: {
    ...preset.transform,
    'react-merge-refs.+\\.mjs$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/)?react-merge-refs)'],
};
