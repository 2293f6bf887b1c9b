// "The bundle is current": rebuild c/verificationCore in memory and compare it byte for byte with the committed
// files, then prove the platform can take it: compile it with the LWC compiler (which rejects class private
// methods and static blocks), check its size limit and that it imports nothing.
import { transformSync } from 'lwc/compiler';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { JS_FILE, MAX_BYTES, MODULE_DIR, PACKAGE_DIR, bundleCore } from './bundle-core.mjs';

const problems = [];
const { version, files } = await bundleCore();

for (const [name, expected] of Object.entries(files)) {
  const file = path.join(MODULE_DIR, name);
  const committed = await readFile(file).catch(() => null);
  if (!committed) problems.push(`${path.relative(PACKAGE_DIR, file)} is missing`);
  else if (!committed.equals(Buffer.from(expected))) {
    problems.push(
      `${path.relative(PACKAGE_DIR, file)} is stale: it differs from a fresh bundle of verification-core ${version}`,
    );
  }
}

const js = files[JS_FILE];
const bytes = Buffer.byteLength(js);
if (bytes >= MAX_BYTES)
  problems.push(`${JS_FILE} is ${bytes} bytes; one LWC JS file must stay below ${MAX_BYTES}`);
if (/^\s*import\s/m.test(js))
  problems.push(`${JS_FILE} contains an import statement; everything must be inlined`);

try {
  transformSync(js, JS_FILE, { namespace: 'c', name: 'verificationCore' });
} catch (error) {
  problems.push(
    `the LWC compiler rejects ${JS_FILE}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  console.error('Run `pnpm --filter @idverify/salesforce-app bundle:core` and commit the result.');
  process.exit(1);
}
console.log(
  `✓ c/verificationCore is current (verification-core ${version}, ${bytes} bytes) and compiles with the LWC compiler`,
);
