// (2) Apex semantics offline: the apex-ls checker shipped (as a jar) inside @salesforce/code-analyzer-pmd-engine.
// Knows the platform types and methods (e.g. Auth.JWTUtil, Crypto) and the project's own objects and fields.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { project } from './paths.js';

export const name = 'apex semantics (apex-ls CheckForIssues)';

export function javaLibDir() {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@salesforce/code-analyzer-pmd-engine/package.json')), 'dist/java-lib');
}

export async function run() {
  const result = spawnSync(
    'java',
    ['-cp', `${javaLibDir()}/*`, 'io.github.apexdevtools.apexls.CheckForIssues', '-n', '-d', 'warnings', '-w', project.dir],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (result.error) return { problems: [`could not run java: ${result.error.message}`], summary: '' };
  const output = `${result.stdout}${result.stderr}`.trim();
  const problems = result.status === 0 ? [] : output.split('\n').filter(Boolean);
  if (result.status !== 0 && problems.length === 0) problems.push(`apex-ls exited with ${result.status}`);
  return { problems, summary: 'classes, objects and fields resolved' };
}
