// Starts dev-idp in-process, the Salesforce harness on a free port and a headless Chromium (Debian's, never a
// downloaded one), and offers the few waits the browser tests share.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevIdp, type DevIdp } from '@idverify/dev-idp';
import { launchChromium } from '@idverify/test-browser';
import type { Browser, Page } from 'playwright-core';
import { createSalesforceHarness, type SalesforceHarness } from '../harness/server/index.js';

const SCREENSHOT_DIR = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

export interface Stack {
  idp: DevIdp;
  harness: SalesforceHarness;
  /** The harness page, e.g. http://127.0.0.1:41234/salesforce/ */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startStack(options: { expiresIn?: number } = {}): Promise<Stack> {
  const idp = await startDevIdp({ port: 0, interval: 1, expiresIn: options.expiresIn ?? 90 });
  const harness = await createSalesforceHarness({
    issuer: idp.issuer,
    clientId: idp.clients.basic.clientId,
    clientSecret: idp.clients.basic.clientSecret,
    basePath: '/salesforce',
    phonePageUrl: `${idp.url}/phone`,
  });
  const server: Server = createServer((req, res) => {
    void harness.handle(req, res).then((handled) => {
      if (!handled) {
        res.statusCode = 404;
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    idp,
    harness,
    url: `http://127.0.0.1:${port}/salesforce/`,
    browser,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await idp.close();
    },
  };
}

const errorsByPage = new WeakMap<Page, string[]>();

/** Opens the harness on a demo case and waits until the component shows its form. */
export async function openCase(stack: Stack, caseNumber: string, lang?: string): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width: 1280, height: 820 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const query = new URLSearchParams({ case: caseNumber, ...(lang ? { lang } : {}) });
  await page.goto(`${stack.url}?${query}`);
  await page.locator('c-id-verification .form').waitFor({ timeout: 20000 });
  errorsByPage.set(page, errors);
  return page;
}

/** Uncaught errors of the page since openCase. */
export function pageErrors(page: Page): string[] {
  return errorsByPage.get(page) ?? [];
}

/** Saves a screenshot for the README when SCREENSHOTS=1 (`pnpm run screenshots`). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

export async function clickSend(page: Page): Promise<void> {
  await page.locator('c-id-verification lightning-button[data-id="send"] button').click();
}

export const component = (page: Page, selector: string) => page.locator(`c-id-verification ${selector}`);
