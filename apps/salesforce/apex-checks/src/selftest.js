// Proves that every check still detects what it is for: runs all checks over fixtures/bad-project, where each
// has a planted problem, and fails unless each check reports it. Prints one line per check and a summary.
import { fileURLToPath } from 'node:url';
import { project } from './paths.js';
import { runChecks } from './run.js';

const EXPECTED = {
  prettier: [/SyntaxError\.cls: .*(Unexpected|Missing|extraneous|mismatched)/i],
  'apex-ls': [/Unknown field 'No_Such_Field__c'/],
  'code-analyzer': [/Insecure\.cls:\d+ pmd:ApexSOQLInjection/, /Insecure\.cls:\d+ pmd:ApexSharingViolations/, /badImport\.js:\d+ eslint:@lwc\/lwc\/no-inner-html/],
  convert: [/widgets\/Gear\.widget-meta\.xml: Could not infer a metadata type/],
  xml: [/Broken\.permissionset-meta\.xml:\d+:\d+/],
  'lwc-imports': [/badImport\.js: import 'lodash\/get'/],
};

project.dir = fileURLToPath(new URL('../fixtures/bad-project', import.meta.url));
const lines = [];
const { problemsById } = await runChecks(Object.keys(EXPECTED), (line) => lines.push(line));
let missed = 0;
for (const [id, patterns] of Object.entries(EXPECTED)) {
  const problems = problemsById[id] ?? [];
  const missing = patterns.filter((pattern) => !problems.some((problem) => pattern.test(problem)));
  console.log(`${missing.length === 0 ? 'PASS' : 'FAIL'} selftest ${id}: ${missing.length === 0 ? 'detects the planted problem' : `missed ${missing.join(', ')}`}`);
  if (missing.length > 0) {
    missed++;
    for (const problem of problems) console.log(`     got: ${problem}`);
  }
}
console.log(`apex-checks selftest: ${Object.keys(EXPECTED).length - missed} detected, ${missed} missed`);
process.exitCode = missed === 0 ? 0 : 1;
