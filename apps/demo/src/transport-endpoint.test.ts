// The demo's transport endpoint forwards only the four protocol endpoints, only to the issuer's origin.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDevIdp, type DevIdp } from '@idverify/dev-idp';
import { createTransportEndpoint } from './transport-endpoint.js';

let idp: DevIdp;
let server: Server;
let url: string;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
  const handle = createTransportEndpoint({
    issuer: idp.issuer,
    clientId: idp.clients.basic.clientId,
    clientSecret: idp.clients.basic.clientSecret,
  });
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await idp.close();
});

const post = (body: unknown) =>
  fetch(url, { method: 'POST', body: JSON.stringify(body) }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as Record<string, unknown>,
  }));

describe('the demo transport endpoint', () => {
  it('forwards a protocol request to the issuer', async () => {
    const { status, body } = await post({
      endpoint: 'discovery',
      url: `${idp.issuer}/.well-known/openid-configuration`,
    });
    expect(status).toBe(200);
    expect(JSON.parse(body.body as string)).toMatchObject({ issuer: idp.issuer });
  });

  it('refuses an unknown endpoint and another origin', async () => {
    expect((await post({ endpoint: 'userinfo', url: `${idp.issuer}/me` })).status).toBe(403);
    expect((await post({ endpoint: 'jwks', url: 'https://elsewhere.example/jwks' })).status).toBe(403);
  });
});
