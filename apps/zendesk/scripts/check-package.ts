// `pnpm check`: the offline package check on the built app folder and the upload zip (see src/check).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(dist + 'app/manifest.json')) {
  console.error('dist/app is missing: run `pnpm build` first');
  process.exit(1);
}
// The compiled check (tsc output of src/check), so this script runs on plain Node without a loader.
const compiled = (path: string) => import(new URL(`../dist/node/check/${path}`, import.meta.url).href);
const { checkPackage } = (await compiled(
  'package-check.js',
)) as typeof import('../src/check/package-check.ts');
const { readPackageDirectory, readPackageZip } = (await compiled(
  'package-files.js',
)) as typeof import('../src/check/package-files.ts');
const zips = readdirSync(dist).filter((f) => f.endsWith('.zip'));
const targets = [
  { label: 'dist/app', read: () => readPackageDirectory(dist + 'app') },
  ...zips.map((zip) => ({ label: `dist/${zip}`, read: () => readPackageZip(dist + zip) })),
];
let failed = false;
for (const target of targets) {
  const result = checkPackage(await target.read());
  for (const issue of [...result.errors, ...result.warnings]) {
    console.log(
      `${target.label}: ${issue.severity} ${issue.code}${issue.file ? ` [${issue.file}]` : ''}: ${issue.message}`,
    );
  }
  console.log(`${target.label}: ${result.errors.length} errors, ${result.warnings.length} warnings`);
  if (result.errors.length) failed = true;
}
if (!zips.length) {
  console.error('no upload zip in dist/');
  failed = true;
}
process.exit(failed ? 1 : 0);
