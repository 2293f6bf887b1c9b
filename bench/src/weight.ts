// 4. Weight: what the agent's browser downloads for the sidebar (built JS + CSS, raw and gzip), against a minimal
// ZAF sidebar with React 18 and the same Garden packages, built with the same esbuild options in the same run;
// and the size of the core bundled for Salesforce (c/verificationCore).
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { appBundleOptions } from '@idverify/zendesk-app/app-bundle-options';
import { round } from './stats.js';

export interface Size {
  rawKb: number;
  gzipKb: number;
}

export interface WeightResult {
  zendeskApp: Size;
  baseline: Size;
  ratioGzip: number;
  ratioRaw: number;
  targetRatio: number;
  lwcCoreModule: Size;
}

const zendeskApp = fileURLToPath(new URL('../../apps/zendesk/', import.meta.url));
const lwcCore = fileURLToPath(
  new URL(
    '../../apps/salesforce/force-app/main/default/lwc/verificationCore/verificationCore.js',
    import.meta.url,
  ),
);

const kb = (bytes: number) => round(bytes / 1024, 1);
const size = (contents: Buffer[]): Size => ({
  rawKb: kb(contents.reduce((sum, c) => sum + c.length, 0)),
  gzipKb: kb(contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0)),
});

/** The app's built JS and CSS, as `pnpm --filter @idverify/zendesk-app build` left them in dist/app/assets. */
async function appAssets(): Promise<Buffer[]> {
  const dir = `${zendeskApp}dist/app/assets/`;
  const files = (await readdir(dir)).filter((f) => /\.(js|css)$/.test(f));
  if (!files.length) throw new Error(`No built app in ${dir}: run pnpm build first`);
  return Promise.all(files.map((f) => readFile(dir + f)));
}

export async function baselineAssets(): Promise<Buffer[]> {
  const result = await build({
    ...appBundleOptions,
    entryPoints: [fileURLToPath(new URL('../baseline/main.tsx', import.meta.url))],
    // The same React and Garden packages as the app: resolved from the app's own dependencies.
    nodePaths: [`${zendeskApp}node_modules`],
    write: false,
    outdir: '/out',
  });
  return result.outputFiles.filter((f) => /\.(js|css)$/.test(f.path)).map((f) => Buffer.from(f.contents));
}

export async function weight(): Promise<WeightResult> {
  const app = size(await appAssets());
  const baseline = size(await baselineAssets());
  await stat(lwcCore);
  return {
    zendeskApp: app,
    baseline,
    ratioGzip: round(app.gzipKb / baseline.gzipKb, 2),
    ratioRaw: round(app.rawKb / baseline.rawKb, 2),
    targetRatio: 1.3,
    lwcCoreModule: size([await readFile(lwcCore)]),
  };
}
