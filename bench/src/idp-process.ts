import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** dev-idp in its own process, so the benchmark's CPU figures are the client's alone. */
export async function startIdpProcess(env: {
  interval: number;
  expiresIn: number;
}): Promise<{ issuer: string; stop(): void; child: ChildProcess }> {
  const cli = fileURLToPath(import.meta.resolve('@idverify/dev-idp').replace(/index\.js$/, 'cli.js'));
  const child = spawn(process.execPath, [cli], {
    env: { ...process.env, PORT: '0', INTERVAL: String(env.interval), EXPIRES_IN: String(env.expiresIn) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`dev-idp exited (${code}): ${output}`)));
  });
  return { issuer, child, stop: () => void child.kill('SIGTERM') };
}

export async function control(issuer: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${issuer}/_control${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}
