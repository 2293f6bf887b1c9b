// The Salesforce harness: the real idVerification component, compiled with the open-source LWC compiler, on a
// fake Case record page, talking to a local stand-in for its Apex controller that drives the broker (dev-idp in
// the demo) through the core's Node transport. Mount `handle` in any Node HTTP server under `basePath`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EidId } from '@idverify/verification-core';
import { AuditStore } from './audit.js';
import { demoCases, NATIONAL_ID_FIELD } from './cases.js';
import { ApexError, createController, type HarnessConfig } from './controller.js';

export type { IdentityVerificationRecord, AuditStatus } from './audit.js';
export type { HarnessCase, HarnessContact } from './cases.js';
export type { HarnessConfig } from './controller.js';

export interface SalesforceHarnessOptions {
  /** The broker's issuer, e.g. dev-idp's `http://127.0.0.1:4000`. Plays the Named Credential's URL. */
  issuer: string;
  clientId: string;
  /** Plays the External Credential's ClientSecret: used server-side only, never sent to the page. */
  clientSecret: string;
  /** Broker preset (IdVerify_Config__mdt.Broker__c). Default `idura` (dev-idp speaks Idura's dialect). */
  broker?: string;
  /** Where the harness is mounted, e.g. `/salesforce`. */
  basePath: string;
  /** The customer's phone page linked from the harness. Default `<issuer>/phone`. */
  phonePageUrl?: string;
  /** IdVerify_Config__mdt fields. */
  company?: string;
  enabledEids?: EidId[];
  challengeLimit?: number;
  windowMinutes?: number;
  /**
   * National_Id_Field__c: the Contact field with the national ID (the fake Contact has `National_Id__c`, the default,
   * and an FLS-hidden `Tax_Id__c`); null for none, as in an org without the setting.
   */
  nationalIdField?: string | null;
  /** The built page (dist/harness). Default: this package's. */
  staticDir?: string;
}

export interface SalesforceHarness {
  /** Handles requests under basePath; resolves false for anything else. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** The in-memory Identity_Verification__c records (for tests). */
  audit: AuditStore;
  config: HarnessConfig;
}

const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_STATIC_DIR = path.join(PACKAGE_DIR, 'dist/harness');
const APEX_METHODS = new Set(['getContext', 'send', 'recordOutcome']);
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const BODY_LIMIT = 64 * 1024;

export async function createSalesforceHarness(options: SalesforceHarnessOptions): Promise<SalesforceHarness> {
  const basePath = `/${options.basePath.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const issuer = options.issuer.replace(/\/+$/, '');
  const staticDir = path.resolve(options.staticDir ?? DEFAULT_STATIC_DIR);
  // Fail at start-up, not on the first visitor, when the page was never built.
  await readFile(path.join(staticDir, 'index.html')).catch(() => {
    throw new Error(
      `The Salesforce harness page is not built (${staticDir}): run \`pnpm --filter @idverify/salesforce-app build\``,
    );
  });
  const cases = demoCases();
  const config: HarnessConfig = {
    broker: options.broker ?? 'idura',
    issuer,
    clientId: options.clientId,
    enabledEids: options.enabledEids ?? ['mitid', 'bankid-se', 'bankid-no', 'freja'],
    company: options.company ?? 'Acme',
    challengeLimit: options.challengeLimit ?? 3,
    windowMinutes: options.windowMinutes ?? 10,
    nationalIdField: options.nationalIdField === undefined ? NATIONAL_ID_FIELD : options.nationalIdField,
  };
  const audit = new AuditStore();
  const controller = createController({ config, clientSecret: options.clientSecret, cases, audit });
  const phonePageUrl = options.phonePageUrl ?? `${issuer}/phone`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://harness.local');
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return false;
    const route = url.pathname.slice(basePath.length) || '';
    try {
      if (route === '') return redirect(res, `${basePath}/${url.search}`);
      if (req.method === 'POST' && route.startsWith('/api/apex/IdVerificationController.')) {
        const method = route.slice('/api/apex/IdVerificationController.'.length);
        if (!APEX_METHODS.has(method)) return send(res, 404, { message: 'No such Apex method' });
        const params = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
        try {
          const result = await (
            controller[method as 'getContext' | 'send' | 'recordOutcome'] as (p: unknown) => unknown
          )(params);
          return send(res, 200, result ?? null);
        } catch (error) {
          if (error instanceof ApexError)
            return send(res, 400, { message: error.message, exceptionType: 'System.AuraHandledException' });
          throw error;
        }
      }
      if (req.method === 'GET' && route === '/api/cases') {
        return send(res, 200, {
          cases: cases.map(({ id, caseNumber, subject, status, priority, origin, country, contact }) => ({
            id,
            caseNumber,
            subject,
            status,
            priority,
            origin,
            country,
            contact,
          })),
          phonePageUrl,
          nationalIdField: config.nationalIdField ?? null,
        });
      }
      if (req.method === 'GET' && route === '/api/audit') {
        return send(res, 200, { records: audit.forCase(url.searchParams.get('caseId') ?? '') });
      }
      if (req.method === 'GET' || req.method === 'HEAD')
        return await serveStatic(res, staticDir, route === '/' ? '/index.html' : route);
      return send(res, 405, { message: 'Method not allowed' });
    } catch (error) {
      console.error('[salesforce harness]', error);
      return send(res, 500, { message: 'Internal error in the harness' });
    }
  }

  return { handle, audit, config };
}

function send(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

function redirect(res: ServerResponse, location: string): true {
  res.writeHead(302, { location });
  res.end();
  return true;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: ServerResponse, root: string, route: string): Promise<true> {
  const file = path.resolve(root, `.${decodeURIComponent(route)}`);
  if (!file.startsWith(root + path.sep)) return send(res, 404, { message: 'Not found' });
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return send(res, 404, { message: 'Not found' });
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  res.end(content);
  return true;
}
