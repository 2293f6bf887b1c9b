// The Salesforce platform resolves only `lwc`, `c/*`, `lightning/*`, `@salesforce/*` and relative imports in a
// Lightning web component. sfdx-lwc-jest resolves anything from node_modules, so a forbidden import would pass the
// unit tests and fail only at deploy time: this check catches it first.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LWC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../force-app/main/default/lwc');
const ALLOWED = [
  /^lwc$/,
  /^c\/[A-Za-z0-9_]+$/,
  /^lightning\/[A-Za-z0-9_]+$/,
  /^@salesforce\/[A-Za-z0-9_-]+\/.+$/,
  /^\.{1,2}\//,
];
// Static `import … from '…'`, `export … from '…'`, side-effect `import '…'` and dynamic `import('…')`.
const SPECIFIER =
  /(?:\bimport\s*(?:[\w$*{}\s,]+\s*from\s*)?|\bexport\s*[\w$*{}\s,]+\s*from\s*|\bimport\s*\(\s*)(['"])([^'"]+)\1/g;

/** Files that ship to the org: component JS, not tests or mocks. */
async function* componentFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== '__mocks__') yield* componentFiles(full);
    } else if (entry.name.endsWith('.js')) yield full;
  }
}

export async function findForbiddenImports(dir = LWC_DIR) {
  const found = [];
  for await (const file of componentFiles(dir)) {
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(SPECIFIER)) {
      const specifier = match[2];
      if (!ALLOWED.some((re) => re.test(specifier))) {
        const line = source.slice(0, match.index).split('\n').length;
        found.push(
          `${path.relative(process.cwd(), file)}:${line}: import of '${specifier}' — LWC allows only lwc, c/*, lightning/*, @salesforce/* and relative files`,
        );
      }
    }
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = await findForbiddenImports();
  if (found.length > 0) {
    console.error(found.join('\n'));
    process.exit(1);
  }
  console.log('✓ LWC imports: only lwc, c/*, lightning/*, @salesforce/* and relative files');
}
