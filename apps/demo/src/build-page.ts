// Bundles the demo page's script (the core, running in the browser) into dist/public.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

const out = new URL('../dist/public/', import.meta.url);
await mkdir(out, { recursive: true });
await build({
  entryPoints: [new URL('../src/public/demo-page.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  outfile: new URL('demo.js', out).pathname,
  logLevel: 'warning',
});
await copyFile(new URL('../src/public/demo.css', import.meta.url), new URL('demo.css', out));
