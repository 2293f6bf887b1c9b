import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchChromium, openTicket, startStack, type Stack } from './support.js';

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

test('approve: a Talk call from a Danish number → MitID → verified identity and one internal note', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => console.log('console:', m.text()));
  const app = await openTicket(page, stack, 101);
  await page.screenshot({ path: '/tmp/zd-form.png' });
  await app.getByRole('button', { name: /Send MitID challenge/ }).click();
  const pending = await stack.idp.control.waitForPending(undefined, 10_000);
  await app.getByTestId('binding-message').waitFor();
  await page.screenshot({ path: '/tmp/zd-waiting.png' });
  await stack.idp.control.approve(pending.authReqId);
  await app.getByTestId('verified-name').waitFor({ timeout: 20_000 });
  await app.getByTestId('note-state').waitFor();
  await page.screenshot({ path: '/tmp/zd-result.png' });
  expect(stack.harness.desk.internalNotes(101)).toHaveLength(1);
});
