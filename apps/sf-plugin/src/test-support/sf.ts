import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from '@jest/globals';
import { Config } from '@oclif/core';
import sinon from 'sinon';
import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import { stubSfCommandUx, stubSpinner } from '@salesforce/sf-plugins-core';

/**
 * @salesforce/core's TestContext (stubbed auth files, config and HTTP) under jest: it registers its own
 * beforeEach/afterEach hooks, so create it at describe level. sinon must be passed in: pnpm keeps it out of
 * @salesforce/core's reach.
 */
export function sfTestContext() {
  const $$ = new TestContext({ sinon });
  const output = { logs: [] as string[], json: [] as unknown[], stderr: [] as string[] };
  beforeEach(() => {
    output.logs = [];
    output.json = [];
    output.stderr = [];
    // Writes the alias file up front: @salesforce/core creates it on ENOENT, but its `e instanceof Error` check
    // fails for Node's fs errors under jest (another realm), so the missing file would surface as a flag error.
    $$.stubAliases({});
    const ux = stubSfCommandUx($$.SANDBOX);
    ux.log.callsFake((message?: string) => void output.logs.push(String(message ?? '')));
    ux.logSuccess.callsFake((message: string) => void output.logs.push(message));
    ux.logJson.callsFake((json: unknown) => void output.json.push(json));
    ux.logToStderr.callsFake((message?: string) => void output.stderr.push(String(message ?? '')));
    ux.warn.callsFake((warning) => {
      output.logs.push(`Warning: ${String(warning)}`);
      return warning;
    });
    ux.table.callsFake((options) => void output.logs.push(JSON.stringify(options.data)));
    ux.styledJSON.callsFake((json) => void output.logs.push(JSON.stringify(json)));
    stubSpinner($$.SANDBOX);
  });
  afterEach(() => {
    process.exitCode = undefined;
  });
  /** Everything the command printed, to assert that a secret is absent. */
  const everything = () => JSON.stringify(output);
  return { $$, output, everything };
}

const oclifRoot = join(dirname(fileURLToPath(import.meta.url)), 'oclif-root');
let config: Promise<Config> | undefined;

/** The oclif Config commands run with in tests (pass it as `Command.run(argv, await oclifConfig())`). */
export function oclifConfig(): Promise<Config> {
  config ??= Config.load(oclifRoot);
  return config;
}

export { MockTestOrgData };

/** Runs a command and returns its result or the error it threw (commands throw SfCommandError on failure). */
export async function runCommand<T>(
  run: () => Promise<T>,
): Promise<{ result?: T; error?: Error & { exitCode?: number; name: string } }> {
  try {
    return { result: await run() };
  } catch (error) {
    return { error: error as Error & { exitCode?: number } };
  }
}
