// The client secret lives only in the installation's secure setting, on the (emulated) Zendesk server: no built
// file, no page and no request the browser makes may contain it, nor the credential made from it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchChromium, openTicket, sendChallenge, startStack, type Stack } from './support.js';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

function secrets(): string[] {
  const { clientId, clientSecret } = stack.idp.clients.basic;
  const pair = `${clientId}:${clientSecret}`;
  return [clientSecret, Buffer.from(pair).toString('base64'), encodeURIComponent(clientSecret), pair];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('no built file contains the secret or the credential', () => {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const built = files(dist);
  expect(built.length).toBeGreaterThan(5);
  for (const file of built) {
    const content = readFileSync(file).toString('latin1');
    for (const secret of secrets())
      expect({ file, found: content.includes(secret) }).toEqual({ file, found: false });
  }
});

test('no page, frame, storage or browser request carries the secret, through a whole verification', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: string[] = [];
  context.on('request', (request) => {
    seen.push(
      `${request.method()} ${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`,
    );
  });
  context.on('response', async (response) => {
    // What the browser receives back from the harness (pages, scripts, proxy answers).
    seen.push(await response.text().catch(() => ''));
  });
  const app = await openTicket(page, stack, 101);
  const pending = await sendChallenge(app, stack);
  await stack.idp.control.approve(pending.authReqId);
  await app.getByTestId('verified-name').waitFor({ timeout: 20_000 });
  await app.getByTestId('note-state').waitFor();
  for (const frame of page.frames()) {
    seen.push(await frame.content());
    seen.push(await frame.evaluate(() => JSON.stringify({ ...localStorage })).catch(() => ''));
  }
  // The app asked for client authentication only as a placeholder the proxy fills in.
  const proxied = seen.filter((s) => s.startsWith('POST') && s.includes('/zendesk/proxy'));
  expect(proxied.length).toBeGreaterThan(1);
  expect(proxied.some((s) => s.includes('Basic {{setting.client_credential}}'))).toBe(true);
  const all = seen.join('\n');
  for (const secret of secrets()) expect(all.includes(secret)).toBe(false);
  await context.close();
});
