// `pnpm build`: the Zendesk app package (dist/app + the upload zip), the harness (dist/node, dist/harness-public)
// and the package check on the result.
//
//   dist/app/                 what Zendesk gets: manifest.json, translations/, assets/ (index.html, app.js, logos)
//   dist/<name>-<version>.zip dist/app zipped with manifest.json at the root (what zcli apps:package would upload)
//   dist/node/                tsc output of src/harness and src/check (Node: `@idverify/zendesk-app/harness`)
//   dist/harness-public/      the harness page's host.js and the ZAF SDK bundled from the npm package
//
// IDVERIFY_ZENDESK_DOMAINS=a.example,b.example adds broker hosts to the manifest's domainWhitelist.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  createWriteStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import yazl from 'yazl';
import { appBundleOptions } from './app-bundle-options.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const app = join(dist, 'app');
const require = createRequire(import.meta.url);
const ZAF_SDK_CDN = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(app, 'assets'), { recursive: true });
mkdirSync(join(app, 'translations'), { recursive: true });

// 1. Node side: harness server and package check.
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.node.json')],
  { stdio: 'inherit' },
);

// 2. The app: one IIFE bundle, React in production mode.
const shared: esbuild.BuildOptions = appBundleOptions;
await esbuild.build({
  ...shared,
  entryPoints: [join(root, 'src/app/main.tsx')],
  outfile: join(app, 'assets/app.js'),
});
const html = readFileSync(join(root, 'src/app/index.html'), 'utf8').replace('%ZAF_SDK%', ZAF_SDK_CDN);
writeFileSync(join(app, 'assets/index.html'), html);
for (const logo of ['logo.png', 'logo-small.png'])
  copyFileSync(join(root, 'assets', logo), join(app, 'assets', logo));

// 3. Manifest and translations.
const manifest = JSON.parse(readFileSync(join(root, 'src/manifest/manifest.json'), 'utf8')) as {
  version: string;
  domainWhitelist: string[];
};
const extraDomains = (process.env.IDVERIFY_ZENDESK_DOMAINS ?? '')
  .split(',')
  .map((d) => d.trim())
  .filter(Boolean);
manifest.domainWhitelist = [...new Set([...manifest.domainWhitelist, ...extraDomains])];
writeFileSync(join(app, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const file of readdirSync(join(root, 'src/manifest/translations'))) {
  copyFileSync(join(root, 'src/manifest/translations', file), join(app, 'translations', file));
}

// 4. The harness page's scripts.
await esbuild.build({
  ...shared,
  entryPoints: [join(root, 'src/harness-host/host.ts')],
  outfile: join(dist, 'harness-public/host.js'),
});
const sdkEntry = join(dirname(require.resolve('zendesk_app_framework_sdk/package.json')), 'lib/index.js');
await esbuild.build({
  ...shared,
  entryPoints: [sdkEntry],
  outfile: join(dist, 'harness-public/zaf_sdk.js'),
  globalName: 'ZAFClient',
});

// 5. The upload zip: files at the root, fixed timestamps so the same sources give the same zip.
const zipName = `idverify-zendesk-app-${manifest.version}.zip`;
await new Promise<void>((resolve, reject) => {
  const zip = new yazl.ZipFile();
  const mtime = new Date('2026-01-01T00:00:00Z');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  for (const file of walk(app).sort())
    zip.addFile(file, relative(app, file).split('\\').join('/'), { mtime, mode: 0o100644 });
  zip.outputStream
    .pipe(createWriteStream(join(dist, zipName)))
    .on('close', resolve)
    .on('error', reject);
  zip.end();
});

// 6. The package check (the rules Zendesk applies on upload) on what we just built.
const { checkPackage } = (await import(
  new URL('../dist/node/check/package-check.js', import.meta.url).href
)) as typeof import('../src/check/package-check.ts');
const { readPackageZip } = (await import(
  new URL('../dist/node/check/package-files.js', import.meta.url).href
)) as typeof import('../src/check/package-files.ts');
const result = checkPackage(await readPackageZip(join(dist, zipName)));
for (const issue of result.errors)
  console.error(`package check: error ${issue.code} [${issue.file ?? ''}] ${issue.message}`);
console.log(
  `built dist/app and dist/${zipName}: package check ${result.errors.length} errors, ${result.warnings.length} warnings (pnpm check lists them)`,
);
if (result.errors.length) process.exit(1);
