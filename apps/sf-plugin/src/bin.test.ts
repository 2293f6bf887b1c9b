// The plugin's own bin runs the commands without the sf CLI (needs the build: turbo builds before testing).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(join(root, 'dist/commands/idverify/send.js'));
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, [join(root, 'bin/run.js'), ...args], {
    cwd: root,
    env: { ...process.env, SF_DISABLE_TELEMETRY: 'true', SF_AUTOUPDATE_DISABLE: 'true', NODE_OPTIONS: '' },
  });

(built ? describe : describe.skip)('bin/run.js', () => {
  it('lists the idverify commands', async () => {
    const { stdout } = await run(['idverify', '--help']);
    expect(stdout).toContain('idverify send');
    expect(stdout).toContain('idverify config');
    expect(stdout).toContain('idverify audit');
  });

  it('runs config generate and prints the documented --json envelope', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idverify-bin-'));
    try {
      const { stdout } = await run([
        'idverify',
        'config',
        'generate',
        '--issuer',
        'https://acme.idura.broker',
        '--client-id',
        'c',
        '--eids',
        'bankid-se',
        '--company',
        'Acme',
        '--output-dir',
        dir,
        '--json',
      ]);
      const json = JSON.parse(stdout) as { status: number; result: { files: unknown[] } };
      expect(json.status).toBe(0);
      expect(json.result.files).toHaveLength(3);
      expect((await readdir(dir)).sort()).toEqual([
        'customMetadata',
        'externalCredentials',
        'namedCredentials',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
