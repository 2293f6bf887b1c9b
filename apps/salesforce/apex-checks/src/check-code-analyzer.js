// (3) Salesforce Code Analyzer as a library: PMD (Security + AppExchange rule sets, PMD 7 jars shipped in the
// npm package, run with the local Java) over the Apex and metadata, and the ESLint engine's LWC rules over the
// components. Every violation must be explained in ../allowed-violations.js or the check fails; an
// explanation that matches nothing fails too, so the list cannot rot.
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel } from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import { allowedViolations } from '../allowed-violations.js';
import { project, rel } from './paths.js';

export const name = 'code analyzer (PMD Security + AppExchange, ESLint LWC)';

export const SELECTORS = ['pmd:Security', 'pmd:AppExchange', 'eslint:LWC'];

export async function run() {
  const config = CodeAnalyzerConfig.fromObject({
    // Jest tests of the components are never deployed (.forceignore).
    ignores: { files: ['**/__tests__/**', '**/__mocks__/**'] },
    // Inline suppressions (NOPMD, code-analyzer-suppress) would hide violations: only the allow-list explains.
    suppressions: { disable_suppressions: true },
    engines: {
      // The LWC rules only; the repository's own eslint config is for the TypeScript packages.
      eslint: { auto_discover_eslint_config: false },
    },
  });
  const analyzer = new CodeAnalyzer(config);
  const engineErrors = [];
  analyzer.onEvent(EventType.LogEvent, (event) => {
    if (event.logLevel === LogLevel.Error) engineErrors.push(`${event.source}: ${event.message}`);
  });
  await analyzer.addEnginePlugin(pmdEngine.createEnginePlugin());
  await analyzer.addEnginePlugin(eslintEngine.createEnginePlugin());
  const workspace = await analyzer.createWorkspace([project.forceApp]);
  const selection = await analyzer.selectRules(SELECTORS, { workspace });
  const results = await analyzer.run(selection, { workspace });

  const problems = [...engineErrors];
  for (const engine of results.getEngineNames()) {
    const error = results.getEngineRunResults(engine).getError?.();
    if (error) problems.push(`engine ${engine} failed: ${error.message ?? error}`);
  }
  const used = new Set();
  let explained = 0;
  for (const violation of results.getViolations()) {
    const rule = `${violation.getRule().getEngineName()}:${violation.getRule().getName()}`;
    const location = violation.getPrimaryLocation();
    const file = location.getFile() ? rel(location.getFile()) : '?';
    const where = `${file}:${location.getStartLine() ?? '?'}`;
    const message = violation.getMessage().trim();
    const index = allowedViolations.findIndex(
      (allowed) =>
        allowed.rule === rule &&
        (allowed.file instanceof RegExp ? allowed.file.test(file) : allowed.file === file) &&
        (allowed.line === undefined || allowed.line === location.getStartLine()) &&
        (allowed.message === undefined || allowed.message.test(message)),
    );
    if (index >= 0) {
      used.add(index);
      explained++;
    } else {
      problems.push(`${where} ${rule}: ${message}`);
    }
  }
  allowedViolations.forEach((allowed, index) => {
    if (!allowed.reason) problems.push(`allowed-violations.js entry without a reason: ${allowed.rule} ${allowed.file}`);
    if (!used.has(index) && !allowed.optional) problems.push(`allowed-violations.js entry matches nothing (remove it): ${allowed.rule} ${allowed.file}`);
  });
  return {
    problems,
    summary: `${selection.getCount()} rules, ${results.getViolationCount()} violations (${explained} explained in allowed-violations.js)`,
  };
}
