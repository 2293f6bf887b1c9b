// How the sidebar app is bundled: shared by the build and by the weight benchmark's baseline, so both are built
// the same way. tsconfigRaw: the typecheck tsconfig's `paths` only point TypeScript at the right @types/react and
// must not steer the bundler.
import { libphonenumberModern } from '@idverify/verification-core/esbuild';

/** @type {import('esbuild').BuildOptions} */
export const appBundleOptions = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
  logLevel: 'warning',
  plugins: [libphonenumberModern],
};
