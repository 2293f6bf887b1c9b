// Bundles @idverify/verification-core (only the exports the component uses, and what they need) into the LWC service module
// `c/verificationCore`. The Salesforce platform resolves no npm imports and its LWC compiler rejects class
// private methods and static blocks, so the output is one ES2020 file with every dependency inlined.
//
//   node scripts/bundle-core.mjs            write force-app/main/default/lwc/verificationCore/*
//   node scripts/bundle-core.mjs --out DIR  write the same two files into DIR (used by the "bundle is current" check)
import { libphonenumberModern } from '@idverify/verification-core/esbuild';
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MODULE_DIR = path.join(PACKAGE_DIR, 'force-app/main/default/lwc/verificationCore');
export const JS_FILE = 'verificationCore.js';
export const META_FILE = 'verificationCore.js-meta.xml';
export const API_VERSION = '66.0';
/** Salesforce's limit for one component JS file. */
export const MAX_BYTES = 1_000_000;

const require = createRequire(import.meta.url);

/**
 * What the Salesforce side uses of the core's public API (the component, and the harness's fake Case page). Only
 * these are bundled, with what they need: no Node transport, no private_key_jwt signing. A name missing here shows
 * up as an undefined import in the component's jest tests.
 */
export const LWC_API = [
  'VerificationError',
  'auditRecord',
  'checkChallengeLimit',
  'createVerifier',
  'eidLabel',
  'eids',
  'errorMessage',
  'formatDate',
  'formatDateTime',
  'formatDuration',
  'formatTime',
  'maskNationalId',
  'matchIdentity',
  'parseIdentifier',
  'prefillIdentifier',
  'resolveLocale',
  'suggestEid',
  't',
];

async function coreVersion() {
  const entry = require.resolve('@idverify/verification-core');
  let dir = path.dirname(entry);
  while (dir !== path.dirname(dir)) {
    try {
      const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === '@idverify/verification-core') return { entry, version: pkg.version };
    } catch {
      // keep walking up
    }
    dir = path.dirname(dir);
  }
  throw new Error('cannot find the package.json of @idverify/verification-core');
}

/** Returns the two generated files as strings; writes nothing. */
export async function bundleCore() {
  const { version } = await coreVersion();
  const banner = [
    '/*',
    ` * GENERATED FILE - DO NOT EDIT. Bundled from packages/verification-core (@idverify/verification-core ${version})`,
    ' * and its dependencies by apps/salesforce/scripts/bundle-core.mjs (esbuild, ES2020, one ES module).',
    ' * Regenerate with `pnpm --filter @idverify/salesforce-app bundle:core`; `pnpm test` fails when it is stale.',
    ' */',
  ].join('\n');
  const result = await build({
    stdin: {
      contents: `export { ${LWC_API.join(', ')} } from '@idverify/verification-core';\n`,
      resolveDir: PACKAGE_DIR,
      sourcefile: 'verificationCore.entry.js',
      loader: 'js',
    },
    absWorkingDir: PACKAGE_DIR, // keeps the path comments esbuild writes stable across machines
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: false,
    treeShaking: true,
    charset: 'ascii',
    legalComments: 'inline',
    banner: { js: banner },
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [libphonenumberModern],
  });
  const [output] = result.outputFiles;
  const js = output.text;
  const unbundled = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.filter((i) => i.external),
  );
  if (unbundled.length > 0) {
    throw new Error(
      `the bundle still imports ${unbundled.map((i) => i.path).join(', ')}; LWC cannot resolve npm imports`,
    );
  }
  if (Buffer.byteLength(js) >= MAX_BYTES)
    throw new Error(`the bundle is ${Buffer.byteLength(js)} bytes; Salesforce allows < ${MAX_BYTES}`);
  const meta = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">',
    `    <apiVersion>${API_VERSION}</apiVersion>`,
    '    <isExposed>false</isExposed>',
    `    <description>Generated from @idverify/verification-core ${version}: the verification protocol, identifiers, matching and strings.</description>`,
    '</LightningComponentBundle>',
    '',
  ].join('\n');
  return { version, files: { [JS_FILE]: js, [META_FILE]: meta } };
}

export async function writeBundle(dir = MODULE_DIR) {
  const { version, files } = await bundleCore();
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return { version, dir, bytes: Buffer.byteLength(files[JS_FILE]) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const dir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : MODULE_DIR;
  const { version, bytes } = await writeBundle(dir);
  console.log(
    `verificationCore: @idverify/verification-core ${version} → ${path.relative(PACKAGE_DIR, dir)}/${JS_FILE} (${bytes} bytes)`,
  );
}
