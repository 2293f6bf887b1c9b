// (1) Apex syntax: prettier-plugin-apex parses every class and trigger; --check also keeps them formatted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { checksDir, project, rel, walk } from './paths.js';

export const name = 'apex syntax (prettier-plugin-apex)';

export async function run() {
  const files = walk(project.forceApp).filter((f) => /\.(cls|trigger)$/.test(f));
  const options = JSON.parse(readFileSync(join(checksDir, '.prettierrc.json'), 'utf8'));
  const problems = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    try {
      const formatted = await prettier.check(source, {
        ...options,
        plugins: [await import('prettier-plugin-apex')],
        filepath: file,
      });
      if (!formatted) problems.push(`${rel(file)}: not formatted (run pnpm --filter @idverify/salesforce-apex-checks format)`);
    } catch (error) {
      problems.push(`${rel(file)}: ${String(error.message ?? error).split('\n')[0]}`);
    }
  }
  return { problems, summary: `${files.length} Apex files parsed` };
}
