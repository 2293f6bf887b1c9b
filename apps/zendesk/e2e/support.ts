// Shared set-up of the browser tests: dev-idp + the Zendesk harness on free ports, and headless Debian chromium.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDevIdp, type DevIdp } from '@idverify/dev-idp';
import type { Frame, Page } from 'playwright-core';
import { createZendeskHarness, type ZendeskHarness } from '../src/harness/index.js';

export interface Stack {
  idp: DevIdp;
  harness: ZendeskHarness;
  /** The workspace page, e.g. http://127.0.0.1:PORT/zendesk/ */
  url: string;
  close(): Promise<void>;
}

export async function startStack(
  options: { settings?: Record<string, unknown>; expiresIn?: number } = {},
): Promise<Stack> {
  const idp = await startDevIdp({ port: 0, interval: 1, expiresIn: options.expiresIn ?? 60 });
  const harness = await createZendeskHarness({
    issuer: idp.issuer,
    clientId: idp.clients.basic.clientId,
    clientSecret: idp.clients.basic.clientSecret,
    basePath: '/zendesk',
    phonePageUrl: `${idp.url}/phone`,
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const server: Server = createServer((req, res) => {
    harness.handle(req, res).then(
      (handled) => {
        if (!handled) res.writeHead(404).end();
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    idp,
    harness,
    url: `http://127.0.0.1:${port}/zendesk/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await idp.close();
    },
  };
}

export { launchChromium } from '@idverify/test-browser';

/** Opens the workspace on a ticket and returns the app's frame once the sidebar has rendered its form. */
export async function openTicket(
  page: Page,
  stack: Stack,
  ticketId: number,
  locale?: string,
): Promise<Frame> {
  await page.goto(`${stack.url}?ticket=${ticketId}${locale ? `&locale=${locale}` : ''}`);
  return appFrame(page);
}

export async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#app-slot iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no app frame');
  await frame.waitForSelector('main[aria-label]:not([aria-busy])');
  return frame;
}

const seen = new WeakMap<Stack, Set<string>>();

/** The challenge the app just sent (the newest pending request this test has not handled yet). */
export async function nextPending(stack: Stack, timeoutMs = 10_000) {
  const handled = seen.get(stack) ?? new Set<string>();
  seen.set(stack, handled);
  const request = await stack.idp.control.waitForPending((r) => !handled.has(r.authReqId), timeoutMs);
  handled.add(request.authReqId);
  return request;
}

/** Clicks "Send … challenge" and returns dev-idp's view of the request. */
export async function sendChallenge(app: Frame, stack: Stack) {
  await app.getByTestId('send').click();
  await app.getByTestId('binding-message').waitFor();
  return nextPending(stack);
}

/** Saves a screenshot for the README when SCREENSHOTS=1 (`pnpm screenshots`). */
export async function docShot(page: Page, name: string, what: 'app' | 'page' = 'app'): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  const path = new URL(`../docs/${name}.png`, import.meta.url).pathname;
  if (what === 'page') await page.screenshot({ path });
  else await page.locator('#app-slot iframe').screenshot({ path });
}
