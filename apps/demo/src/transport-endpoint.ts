import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  clientSecretBasic,
  fetchTransport,
  isEndpoint,
  needsClientAuthentication,
  type HttpRequest,
} from '@idverify/verification-core';

/**
 * The demo page's transport: the browser runs the core and posts each HttpRequest here; this server adds the
 * client secret (which never reaches the page) and forwards only requests to the configured issuer's origin.
 * This is the same split the Zendesk proxy and the Salesforce Apex controller make.
 */
export function createTransportEndpoint(options: { issuer: string; clientId: string; clientSecret: string }) {
  const transport = fetchTransport({ clientAuth: clientSecretBasic(options.clientId, options.clientSecret) });
  const origin = new URL(options.issuer).origin;

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    let request: HttpRequest;
    try {
      request = JSON.parse(await readBody(req)) as HttpRequest;
    } catch {
      return reply(400, { error: 'invalid_json' });
    }
    if (
      !isEndpoint(request.endpoint) ||
      typeof request.url !== 'string' ||
      new URL(request.url).origin !== origin
    ) {
      return reply(403, { error: 'not_allowed' });
    }
    const method = needsClientAuthentication(request.endpoint) ? 'POST' : 'GET';
    try {
      const response = await transport({
        endpoint: request.endpoint,
        method,
        url: request.url,
        // Only the headers the protocol needs: never anything the page could use to smuggle credentials.
        headers:
          method === 'POST'
            ? { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
            : { accept: 'application/json' },
        body: method === 'POST' ? request.body : undefined,
      });
      reply(200, response);
    } catch (error) {
      reply(502, { error: 'upstream', code: (error as { code?: string }).code ?? 'network.error' });
    }
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 64 * 1024) throw new Error('too large');
  }
  return body;
}
