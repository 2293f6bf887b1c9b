import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/salesforce: the SFDX project root (holds sfdx-project.json). */
export const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const forceApp = join(projectDir, 'force-app');
export const checksDir = join(projectDir, 'apex-checks');

/** Every file under `dir` (recursive), skipping node_modules and dot folders. */
export function walk(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files.sort();
}

/** The project a run checks: apps/salesforce by default, a fixture project in the self-test. */
export const project = {
  dir: projectDir,
  get forceApp() {
    return join(this.dir, 'force-app');
  },
};

export const rel = (path) => relative(project.dir, path);
