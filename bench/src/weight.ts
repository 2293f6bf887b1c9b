// 4. Weight: what the agent's browser downloads for the sidebar (built JS + CSS, raw and gzip), against a minimal
// ZAF sidebar with React 18 and the same Garden packages, built with the same esbuild options in the same run;
// and the size of the core bundled for Salesforce (c/verificationCore).
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { appBundleOptions } from '@idverify/zendesk-app/app-bundle-options';
import { round } from './stats.js';

export interface Size {
  rawKb: number;
  gzipKb: number;
}

/** What a part of the sidebar costs: the gzip kB the built app loses when that part's modules are left out. */
export interface PartCost {
  part: string;
  gzipKb: number;
}

export interface WeightResult {
  zendeskApp: Size;
  /** Where the app's weight above the baseline goes (marginal costs: they overlap a little, gzip is not additive). */
  zendeskAppParts: PartCost[];
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

// The parts of the sidebar that the baseline does not have. The core's own code is the whole core (everything
// behind its entry point) less its libraries and strings; the app's own code is the whole app less the baseline
// and the core.
const CORE = /[\\/]verification-core[\\/]dist[\\/]index\.js$/;
const PARTS: Record<string, RegExp> = {
  'jose (ID-token signatures)': /[\\/]node_modules[\\/]jose[\\/]/,
  'libphonenumber-js and its European metadata': /[\\/]libphonenumber-js[\\/]|[\\/]phone-metadata\.js$/,
  'strings in en, da, sv, nb': /[\\/]verification-core[\\/]dist[\\/]i18n[\\/](en|da|sv|nb)\.js$/,
};

/** The app built in memory as the build does, with the modules matching `leaveOut` emptied: gzip bytes. */
async function appGzipWithout(leaveOut?: RegExp): Promise<number> {
  const empty: Plugin = {
    name: 'leave-out',
    setup(build) {
      if (leaveOut)
        build.onLoad({ filter: leaveOut }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
  const result = await build({
    ...appBundleOptions,
    entryPoints: [`${zendeskApp}src/app/main.tsx`],
    plugins: [...(appBundleOptions.plugins ?? []), empty],
    logLevel: 'error',
    write: false,
    outdir: '/out',
  });
  return result.outputFiles.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0);
}

async function appParts(baseline: Size): Promise<PartCost[]> {
  const whole = await appGzipWithout();
  const cost = async (part: RegExp) => whole - (await appGzipWithout(part));
  const core = await cost(CORE);
  const parts: PartCost[] = [];
  let libraries = 0;
  for (const [part, pattern] of Object.entries(PARTS)) {
    const bytes = await cost(pattern);
    libraries += bytes;
    parts.push({ part, gzipKb: kb(bytes) });
  }
  parts.push({
    part: "the core's own code (CIBA, token checks, identifiers, matching, audit)",
    gzipKb: kb(core - libraries),
  });
  parts.push({
    part: "the sidebar's own code (views, ZAF glue)",
    gzipKb: round(kb(whole) - baseline.gzipKb - kb(core), 1),
  });
  return parts;
}

export async function weight(): Promise<WeightResult> {
  const app = size(await appAssets());
  const baseline = size(await baselineAssets());
  await stat(lwcCore);
  return {
    zendeskApp: app,
    zendeskAppParts: await appParts(baseline),
    baseline,
    ratioGzip: round(app.gzipKb / baseline.gzipKb, 2),
    ratioRaw: round(app.rawKb / baseline.rawKb, 2),
    targetRatio: 1.3,
    lwcCoreModule: size([await readFile(lwcCore)]),
  };
}
