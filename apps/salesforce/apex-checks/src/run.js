// Runs every offline check of the Salesforce project (../force-app) and fails on any problem.
//   node src/run.js                 all checks
//   node src/run.js --only=xml,lwc-imports
import { pathToFileURL } from 'node:url';
import * as prettierCheck from './check-prettier.js';
import * as semantics from './check-apex-semantics.js';
import * as analyzer from './check-code-analyzer.js';
import * as convert from './check-convert.js';
import * as xml from './check-xml.js';
import * as lwcImports from './check-lwc-imports.js';

export const CHECKS = {
  prettier: prettierCheck,
  'apex-ls': semantics,
  'code-analyzer': analyzer,
  convert,
  xml,
  'lwc-imports': lwcImports,
};

/** Runs the checks; returns {id: problems[]} and prints one line per check plus a summary line. */
export async function runChecks(ids = Object.keys(CHECKS), log = console.log) {
  const problemsById = {};
  let passed = 0;
  let failed = 0;
  for (const id of ids) {
    const check = CHECKS[id];
    const started = Date.now();
    let result;
    try {
      result = await check.run();
    } catch (error) {
      result = { problems: [`crashed: ${error.stack ?? error}`], summary: '' };
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const ok = result.problems.length === 0;
    log(`${ok ? 'PASS' : 'FAIL'} ${id}: ${check.name} — ${result.summary} (${seconds}s)`);
    for (const problem of result.problems) log(`     ${problem}`);
    problemsById[id] = result.problems;
    if (ok) passed++;
    else failed++;
  }
  log(`apex-checks: ${passed} passed, ${failed} failed`);
  return { problemsById, passed, failed };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const selected = Object.entries(CHECKS).filter(([id]) => !only || only.includes(id));
  if (only && selected.length !== only.length) {
    console.error(`apex-checks: unknown check in --only (known: ${Object.keys(CHECKS).join(', ')})`);
    process.exit(2);
  }

  const { failed } = await runChecks(selected.map(([id]) => id));
  process.exitCode = failed === 0 ? 0 : 1;
}
