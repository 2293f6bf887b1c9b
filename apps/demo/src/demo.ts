import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { persons, startDevIdp, type DevIdp } from '@idverify/dev-idp';
import { demoPage } from './page.js';
import { createTransportEndpoint } from './transport-endpoint.js';

export interface DemoOptions {
  /** Port of the demo page (0 = a free one). */
  port?: number;
  /** Port of dev-idp (0 = a free one). */
  idpPort?: number;
  host?: string;
  /** Poll interval dev-idp announces, seconds. Real brokers say 3–5; the demo is snappier. */
  interval?: number;
  expiresIn?: number;
}

export interface Demo {
  url: string;
  idp: DevIdp;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

interface HarnessModule {
  path: string;
  title: string;
  description: string;
  load: () => Promise<Handler>;
}

/** Starts dev-idp and the demo page, with each CRM app's harness mounted under its own path. */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const host = options.host ?? '127.0.0.1';
  const idp = await startDevIdp({
    port: options.idpPort ?? 4000,
    host,
    interval: options.interval ?? 2,
    expiresIn: options.expiresIn ?? 120,
  });
  const { clientId, clientSecret } = idp.clients.basic;
  const phonePageUrl = `${idp.url}/phone`;
  const harnessOptions = { issuer: idp.issuer, clientId, clientSecret, broker: 'idura', phonePageUrl };

  const harnesses: HarnessModule[] = [
    {
      path: '/zendesk/',
      title: 'Zendesk agent workspace',
      description:
        'a ticket with the sidebar app, driven through the real ZAF SDK; internal notes appear as written.',
      load: async () => {
        const { createZendeskHarness } = await import('@idverify/zendesk-app/harness');
        return (await createZendeskHarness({ ...harnessOptions, basePath: '/zendesk' })).handle;
      },
    },
    {
      path: '/salesforce/',
      title: 'Salesforce case page',
      description:
        'the idVerification Lightning Web Component on a Case, compiled with the open-source LWC compiler.',
      load: async () => {
        const { createSalesforceHarness } = await import('@idverify/salesforce-app/harness');
        return (await createSalesforceHarness({ ...harnessOptions, basePath: '/salesforce' })).handle;
      },
    },
  ];
  const handlers = await Promise.all(harnesses.map((h) => h.load()));

  const page = demoPage({
    issuer: idp.issuer,
    clientId,
    phonePageUrl,
    harnesses,
    persons: persons.map(({ id, eid, givenName, familyName, nationalId, phone, birthDate }) => ({
      id,
      eid,
      givenName,
      familyName,
      nationalId,
      phone,
      birthDate,
    })),
  });
  const transportEndpoint = createTransportEndpoint({ issuer: idp.issuer, clientId, clientSecret });
  // The bundled page script is always in dist/public (also when this file runs from src/ under jest).
  const publicDir = new URL('../dist/public/', import.meta.url);
  const assets: Record<string, string> = {
    '/demo.js': 'text/javascript; charset=utf-8',
    '/demo.js.map': 'application/json',
    '/demo.css': 'text/css; charset=utf-8',
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return void res.end(page);
      }
      if (path === '/api/transport' && req.method === 'POST') return void (await transportEndpoint(req, res));
      const asset = assets[path];
      if (asset && req.method === 'GET') {
        res.writeHead(200, { 'content-type': asset });
        return void res.end(await readFile(new URL(`.${path}`, publicDir)));
      }
      for (const handle of handlers) if (await handle(req, res)) return;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    idp,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await idp.close();
    },
  };
}
