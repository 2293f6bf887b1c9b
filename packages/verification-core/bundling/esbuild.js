// For hosts that bundle the core for a browser (the Zendesk sidebar, the Salesforce LWC module).
//
// libphonenumber-js's exported `es6` build is Babel output for old browsers, with a copy of the class helpers in
// every module. The package also ships `es6-modern`, the same modules built for current browsers, but does not export
// it; this plugin sends the `es6` imports there. About 15 kB raw, 2.5 kB gzip off the sidebar. Should a release
// drop `es6-modern`, the build fails on the missing file instead of falling back.
import path from 'node:path';

/** @type {import('esbuild').Plugin} */
export const libphonenumberModern = {
  name: 'libphonenumber-modern',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/es6\// }, ({ path: request, importer }) => {
      if (!/[\\/]libphonenumber-js[\\/]/.test(importer)) return undefined;
      const modern = path.resolve(path.dirname(importer), request.replace(/^\.\.\/es6\//, '../es6-modern/'));
      // The package declares `"sideEffects": false`; esbuild applies that only to paths it resolved itself.
      return { path: modern, sideEffects: false };
    });
  },
};
