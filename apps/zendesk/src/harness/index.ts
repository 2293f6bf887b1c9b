// The Zendesk harness: a stand-in for the agent workspace that runs the built app unchanged, for the demo and the
// browser tests. The page (host.js, written from the ZAF SDK's source) answers the SDK's postMessages the way
// Zendesk's host frame does; this server plays Zendesk's server side: the request proxy with `{{setting.…}}`
// substitution and the Tickets API, in memory.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formUrlEncode } from '@idverify/verification-core';
import { renderWorkspace, type WorkspaceConfig } from './page.js';
import { forward, ProxyError, type ManifestParameter, type ProxyRequest } from './proxy.js';
import { AGENT_ID, TicketDesk } from './tickets.js';

export interface ZendeskHarnessOptions {
  /** The broker's issuer, e.g. dev-idp's `http://127.0.0.1:4000`. */
  issuer: string;
  clientId: string;
  /** Held server-side only, as the secure setting `client_credential` = base64(client_id:client_secret). */
  clientSecret: string;
  /** Broker preset for the installation (default `idura`, whose request shapes dev-idp speaks). */
  broker?: string;
  /** Where the harness is mounted, e.g. `/zendesk` (no trailing slash). */
  basePath: string;
  /** The customer's phone page (dev-idp `/phone`), linked from the workspace. */
  phonePageUrl?: string;
  /** Installation settings to override (e.g. `challenge_limit`, `note_on_failure`, `company_name`). */
  settings?: Record<string, unknown>;
}

export interface ZendeskHarness {
  /** Serves the harness's requests; resolves false for paths outside `basePath`. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** The in-memory tickets (for tests: read the notes the app wrote). */
  desk: TicketDesk;
  /** The settings the app sees (`metadata().settings`): every non-secure one. */
  publicSettings: Record<string, unknown>;
}

// Built: dist/node/harness/index.js → dist/. From sources (tests): src/harness/index.ts → ../../dist/ (built first).
const DIST = import.meta.url.includes('/dist/node/')
  ? new URL('../../', import.meta.url)
  : new URL('../../dist/', import.meta.url);
const APP_DIR = fileURLToPath(new URL('app/', DIST));
const PUBLIC_DIR = fileURLToPath(new URL('harness-public/', DIST));
const ZAF_SDK_CDN = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
};

interface Manifest {
  parameters: Array<ManifestParameter & { default?: unknown }>;
  domainWhitelist?: string[];
  version?: string;
  name?: string;
}

export async function createZendeskHarness(options: ZendeskHarnessOptions): Promise<ZendeskHarness> {
  const basePath = options.basePath.replace(/\/+$/, '');
  const manifest = JSON.parse(await readFile(APP_DIR + 'manifest.json', 'utf8')) as Manifest;
  const issuerHost = new URL(options.issuer).host;
  const settings: Record<string, unknown> = {};
  for (const p of manifest.parameters) if (p.default !== undefined) settings[p.name] = p.default;
  Object.assign(settings, {
    broker: options.broker ?? 'idura',
    issuer: options.issuer,
    client_id: options.clientId,
    // The admin's value: base64 of client_id:client_secret, form-urlencoded first (RFC 6749 §2.3.1).
    client_credential: Buffer.from(
      `${formUrlEncode(options.clientId)}:${formUrlEncode(options.clientSecret)}`,
    ).toString('base64'),
    company_name: 'Acme',
    eid_freja: true,
    national_id_field: 'national_id',
    ...options.settings,
  });
  const secure = new Set(manifest.parameters.filter((p) => p.secure).map((p) => p.name));
  const publicSettings = Object.fromEntries(Object.entries(settings).filter(([name]) => !secure.has(name)));
  const desk = new TicketDesk();
  const proxyOptions = {
    parameters: manifest.parameters,
    settings,
    // Zendesk's proxy sends secure settings only to the manifest's domains; the local dev-idp is added here.
    domainWhitelist: [...(manifest.domainWhitelist ?? []), issuerHost],
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://harness.invalid');
    if (url.pathname !== basePath && !url.pathname.startsWith(basePath + '/')) return false;
    const path = url.pathname.slice(basePath.length) || '/';
    try {
      if (path === '/' && url.pathname === basePath) return redirect(res, basePath + '/');
      if (path === '/') return send(res, 200, TYPES['.html']!, renderWorkspace(workspaceConfig()));
      if (path === '/host.js' || path === '/zaf_sdk.js')
        return await sendFile(res, PUBLIC_DIR, path.slice(1));
      if (path.startsWith('/app/')) return await sendAppFile(res, path.slice('/app/'.length));
      if (path === '/proxy' && req.method === 'POST') return await proxy(req, res);
      if (path.startsWith('/api/v2/'))
        return await ticketsApi(req, res, path.slice('/api/v2'.length), url.searchParams);
      return sendJson(res, 404, { error: 'NotFound' });
    } catch (error) {
      const status = error instanceof ProxyError ? error.status : 500;
      return sendJson(res, status, { error: (error as Error).message });
    }
  }

  function workspaceConfig(): WorkspaceConfig {
    return {
      basePath,
      appName: manifest.name ?? 'eID Verification',
      appVersion: manifest.version ?? '',
      installationId: 7001,
      appId: 424242,
      agentId: AGENT_ID,
      settings: publicSettings,
      ...(options.phonePageUrl ? { phonePageUrl: options.phonePageUrl } : {}),
    };
  }

  async function sendAppFile(res: ServerResponse, relative: string): Promise<boolean> {
    if (relative === 'assets/index.html') {
      // The package loads the SDK from Zendesk's CDN; offline, the harness serves the npm package's build.
      const html = (await readFile(APP_DIR + relative, 'utf8')).replace(
        ZAF_SDK_CDN,
        `${basePath}/zaf_sdk.js`,
      );
      return send(res, 200, TYPES['.html']!, html);
    }
    return sendFile(res, APP_DIR, relative);
  }

  async function proxy(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const request = JSON.parse((await readBody(req)) || '{}') as ProxyRequest;
    return sendJson(res, 200, await forward(request, proxyOptions));
  }

  async function ticketsApi(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ): Promise<boolean> {
    const method = req.method ?? 'GET';
    const body =
      method === 'GET' ? {} : (JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>);
    if (path === '/tickets.json' && method === 'GET')
      return sendJson(res, 200, { tickets: desk.list().map((t) => desk.toJson(t)) });
    let match = /^\/tickets\/(\d+)\.json$/.exec(path);
    if (match) {
      const id = Number(match[1]);
      if (method === 'GET') {
        const ticket = desk.ticket(id);
        return ticket
          ? sendJson(res, 200, { ticket: desk.toJson(ticket) })
          : sendJson(res, 404, { error: 'RecordNotFound' });
      }
      if (method === 'PUT') {
        const ticket = desk.update(id, (body.ticket ?? {}) as Parameters<TicketDesk['update']>[1]);
        return ticket
          ? sendJson(res, 200, { ticket: desk.toJson(ticket) })
          : sendJson(res, 404, { error: 'RecordNotFound' });
      }
    }
    match = /^\/tickets\/(\d+)\/comments\.json$/.exec(path);
    if (match && method === 'GET') {
      const comments = desk.comments(Number(match[1]), query.get('sort_order') === 'desc' ? 'desc' : 'asc');
      return sendJson(res, 200, { comments, next_page: null, previous_page: null, count: comments.length });
    }
    match = /^\/tickets\/(\d+)\/tags\.json$/.exec(path);
    if (match && method === 'PUT') {
      const tags = desk.addTags(Number(match[1]), Array.isArray(body.tags) ? body.tags.map(String) : []);
      return tags ? sendJson(res, 200, { tags }) : sendJson(res, 404, { error: 'RecordNotFound' });
    }
    match = /^\/users\/(\d+)\.json$/.exec(path);
    if (match && method === 'GET') {
      const user = desk.user(Number(match[1]));
      return user ? sendJson(res, 200, { user }) : sendJson(res, 404, { error: 'RecordNotFound' });
    }
    return sendJson(res, 404, { error: 'InvalidEndpoint' });
  }

  return { handle, desk, publicSettings };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1024 * 1024) throw new ProxyError(413, 'request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function sendFile(res: ServerResponse, root: string, relative: string): Promise<boolean> {
  const clean = normalize(relative).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('..') || clean.includes('\0')) return sendJson(res, 404, { error: 'NotFound' });
  let content: Buffer;
  try {
    content = await readFile(root + clean);
  } catch {
    return sendJson(res, 404, { error: 'NotFound', path: relative });
  }
  return send(res, 200, TYPES[extname(clean)] ?? 'application/octet-stream', content);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): true {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
  return true;
}

function sendJson(res: ServerResponse, status: number, value: unknown): true {
  return send(res, status, TYPES['.json']!, JSON.stringify(value));
}

function redirect(res: ServerResponse, location: string): true {
  res.writeHead(302, { Location: location });
  res.end();
  return true;
}

export { TicketDesk } from './tickets.js';
export type { HarnessComment, HarnessTicket, HarnessUser } from './tickets.js';
