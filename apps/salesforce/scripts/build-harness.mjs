// Builds the harness page: the real force-app LWC (idVerification + the bundled core) and the fake Case page,
// compiled with the open-source LWC compiler and the npm build of the Lightning base components, into
// dist/harness/. `@salesforce/apex/*` and `@salesforce/i18n/lang` — which only the platform provides — are
// replaced by harness modules (a fetch to the stand-in Apex controller; ?lang=).
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LWC_DIR = path.join(PACKAGE_DIR, 'force-app/main/default/lwc');
const CLIENT_DIR = path.join(PACKAGE_DIR, 'harness/client');
const OUT_DIR = path.join(PACKAGE_DIR, 'dist/harness');
const SLDS_CSS = path.join(
  PACKAGE_DIR,
  'node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css',
);
const APEX_PREFIX = '@salesforce/apex/IdVerificationController.';
const APEX_METHODS = ['getContext', 'send', 'recordOutcome'];

/** The platform-only imports of the component, served by harness modules. */
function salesforcePlatform() {
  return {
    name: 'salesforce-platform-stand-ins',
    resolveId(source) {
      if (source.startsWith(APEX_PREFIX) && APEX_METHODS.includes(source.slice(APEX_PREFIX.length)))
        return `\0apex:${source.slice(APEX_PREFIX.length)}`;
      if (source.startsWith('@salesforce/apex/')) this.error(`the harness has no stand-in for ${source}`);
      if (source === '@salesforce/i18n/lang') return path.join(CLIENT_DIR, 'lang.js');
      return null;
    },
    load(id) {
      if (!id.startsWith('\0apex:')) return null;
      const method = id.slice('\0apex:'.length);
      const apex = JSON.stringify(path.join(CLIENT_DIR, 'apex.js'));
      return `import { callApex } from ${apex};\nexport default function ${method}(params) { return callApex(${JSON.stringify(method)}, params); }\n`;
    },
  };
}

/** `c/<name>` for every component folder in force-app (the SFDX layout has no namespace folder). */
async function forceAppModules() {
  const entries = await readdir(LWC_DIR, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => ({ name: `c/${entry.name}`, path: path.join(LWC_DIR, entry.name, `${entry.name}.js`) }));
}

export async function buildHarness() {
  const started = Date.now();
  await rm(OUT_DIR, { recursive: true, force: true });
  const bundle = await rollup({
    input: path.join(CLIENT_DIR, 'main.js'),
    plugins: [
      salesforcePlatform(),
      lwc({
        rootDir: CLIENT_DIR,
        // lightning-combobox attaches ElementInternals; the platform's synthetic shadow supports that, OSS needs the flag.
        enableSyntheticElementInternals: true,
        modules: [
          ...(await forceAppModules()),
          { dir: path.join(CLIENT_DIR, 'modules') },
          { npm: 'lightning-base-components' },
        ],
      }),
      replace({
        preventAssignment: true,
        values: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.env.SSR': 'false' },
      }),
    ],
    onwarn(warning, warn) {
      // The base components' own templates draw LWC compiler warnings (LWC1137 duplicate slots, LWC1057): not ours.
      if (warning.id?.includes('/node_modules/') || warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
  await bundle.write({
    dir: path.join(OUT_DIR, 'assets'),
    format: 'esm',
    entryFileNames: 'harness.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  await bundle.close();
  await mkdir(path.join(OUT_DIR, 'assets/slds'), { recursive: true });
  await cp(SLDS_CSS, path.join(OUT_DIR, 'assets/slds/salesforce-lightning-design-system.min.css'));
  await cp(path.join(CLIENT_DIR, 'harness.css'), path.join(OUT_DIR, 'assets/harness.css'));
  await cp(path.join(CLIENT_DIR, 'index.html'), path.join(OUT_DIR, 'index.html'));
  return { outDir: OUT_DIR, ms: Date.now() - started };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outDir, ms } = await buildHarness();
  console.log(`Salesforce harness → ${path.relative(PACKAGE_DIR, outDir)} (${(ms / 1000).toFixed(1)} s)`);
}
