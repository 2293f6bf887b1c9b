// (6) LWC modules may import only what the platform resolves: lwc, c/*, lightning/*, @salesforce/* and
// relative files. sfdx-lwc-jest would resolve npm packages from node_modules and hide the error.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { project, rel, walk } from './paths.js';

export const name = 'LWC import allow-list';

const ALLOWED = [/^lwc$/, /^c\/[A-Za-z0-9_]+$/, /^lightning\/[A-Za-z0-9_]+$/, /^@salesforce\/.+/, /^\.{1,2}\//];

/** Module specifiers of static imports, re-exports and dynamic import() with a string literal. */
export function specifiers(source) {
  const found = [];
  const patterns = [
    /\bimport\s+(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:\*|\{[^}]*\})\s*(?:as\s+\w+\s+)?from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found;
}

export async function run() {
  const lwcDir = join(project.forceApp, 'main/default/lwc');
  if (!existsSync(lwcDir)) return { problems: [], summary: 'no lwc folder yet' };
  const files = walk(lwcDir).filter((f) => f.endsWith('.js') && !f.includes('__tests__') && !f.includes('__mocks__'));
  const problems = [];
  let imports = 0;
  for (const file of files) {
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      imports++;
      if (!ALLOWED.some((pattern) => pattern.test(specifier))) {
        problems.push(`${rel(file)}: import '${specifier}' is not resolvable on the platform`);
      }
    }
  }
  return { problems, summary: `${files.length} LWC modules, ${imports} imports` };
}
