// The HTTP control API, fault injection and poll recording, the pages.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';

import { startDevIdp, type DevIdp } from './index.js';
import { bcAuthorize, control, nobankid, sebankid, token } from './test-support/http.js';

let idp: DevIdp;

beforeAll(async () => {
  // Polls by hand, several right after one another: the pacing rules have their own tests (polling.test.ts).
  idp = await startDevIdp({ interval: 0, expiresIn: 20, stringExpiresIn: false, enforceInterval: false });
});
afterAll(async () => {
  await idp.close();
});
afterEach(() => {
  idp.control.clearFaults();
});

async function newRequest(params: Record<string, string> = sebankid('196802020575')): Promise<string> {
  const bc = await bcAuthorize(idp, params);
  expect(bc.status).toBe(200);
  return bc.body.auth_req_id as string;
}

describe('HTTP control API', () => {
  test('persons and clients', async () => {
    const persons = await fetch(`${idp.url}/_control/persons`).then(
      (r) => r.json() as Promise<Record<string, unknown>[]>,
    );
    expect(persons.length).toBe(idp.persons.length);
    expect(persons[0]).toMatchObject({ id: 'soren-aero-hansen', eid: 'mitid', eidLabel: expect.any(String) });
    const clients = (await control(idp, 'GET', '/_control/clients')).body;
    expect(clients).toMatchObject({
      issuer: idp.issuer,
      basic: { clientId: 'demo-basic', clientSecret: 'demo-secret-change-me' },
      privateKeyJwt: {
        clientId: 'demo-pkjwt',
        privateJwk: { kty: 'RSA', alg: 'RS256', kid: expect.any(String), d: expect.any(String) },
      },
      ping: { clientId: 'demo-ping' },
    });
  });

  test('list pending (filter by person), approve over HTTP, then tokens with a numeric expires_in when configured', async () => {
    const id = await newRequest();
    const mine = await fetch(`${idp.url}/_control/requests?person=asa-oberg`).then(
      (r) => r.json() as Promise<{ authReqId: string }[]>,
    );
    expect(mine.map((r) => r.authReqId)).toContain(id);
    const others = await fetch(`${idp.url}/_control/requests?person=lars-akesson`).then(
      (r) => r.json() as Promise<{ authReqId: string }[]>,
    );
    expect(others.map((r) => r.authReqId)).not.toContain(id);
    const byNationalId = await fetch(`${idp.url}/_control/requests?person=196802020575`).then(
      (r) => r.json() as Promise<unknown[]>,
    );
    expect(byNationalId.length).toBeGreaterThan(0);

    const approved = await control(idp, 'POST', `/_control/requests/${id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const again = await control(idp, 'POST', `/_control/requests/${id}/approve`);
    expect(again.status).toBe(409);
    const t = await token(idp, id);
    expect(t.status).toBe(200);
    expect(t.body.expires_in).toBe(120);
    expect((await control(idp, 'GET', `/_control/requests/${id}`)).body.tokenIssuedAt).toEqual(
      expect.any(Number),
    );
    const all = await fetch(`${idp.url}/_control/requests?status=all`).then(
      (r) => r.json() as Promise<{ authReqId: string }[]>,
    );
    expect(all.map((r) => r.authReqId)).toContain(id);
  });

  test('Norwegian word pair over HTTP; deny and expire over HTTP; unknown ids are 404', async () => {
    const no = await newRequest(nobankid('21086615026'));
    const missing = await control(idp, 'POST', `/_control/requests/${no}/approve`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('word_pair_required');
    const pair = idp.control.get(no)?.bindingMessage;
    expect(
      (await control(idp, 'POST', `/_control/requests/${no}/approve`, { wordPair: pair })).body.status,
    ).toBe('approved');

    const denied = await newRequest();
    expect((await control(idp, 'POST', `/_control/requests/${denied}/deny`)).body.status).toBe('denied');
    expect((await token(idp, denied)).body.error).toBe('access_denied');

    const expired = await newRequest();
    expect((await control(idp, 'POST', `/_control/requests/${expired}/expire`)).body.status).toBe('expired');
    expect((await token(idp, expired)).body.error).toBe('expired_token');

    expect((await control(idp, 'POST', '/_control/requests/nope/approve')).status).toBe(404);
    expect((await control(idp, 'GET', '/_control/requests/nope')).status).toBe(404);
    expect((await control(idp, 'GET', '/_control/nothing')).status).toBe(404);
  });

  test('token polls are recorded per auth_req_id', async () => {
    const id = await newRequest();
    const before = Date.now();
    await token(idp, id);
    await new Promise((r) => setTimeout(r, 30));
    await token(idp, id);
    const polls = (await fetch(`${idp.url}/_control/requests/${id}/polls`).then((r) => r.json())) as number[];
    expect(polls).toHaveLength(2);
    expect(polls[0]).toBeGreaterThanOrEqual(before);
    expect((polls[1] as number) - (polls[0] as number)).toBeGreaterThanOrEqual(25);
    expect(idp.control.polls(id)).toEqual(polls);
  });

  test('a naturally expired request answers expired_token', async () => {
    const id = await newRequest(sebankid('196802020575', { requested_expiry: '1' }));
    await new Promise((r) => setTimeout(r, 1100));
    expect(idp.control.get(id)?.status).toBe('expired');
    const t = await token(idp, id);
    expect(t.body.error).toBe('expired_token');
  });
});

describe('faults', () => {
  test('5xx on the token endpoint with Retry-After, once; then normal again', async () => {
    const id = await newRequest();
    const created = await control(idp, 'POST', '/_control/faults', {
      endpoint: 'token',
      kind: '5xx',
      status: 503,
      retryAfter: 2,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      endpoint: 'token',
      kind: '5xx',
      status: 503,
      retryAfter: 2,
      times: 1,
      id: expect.any(String),
    });
    const failed = await token(idp, id);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('2');
    expect(failed.body.error).toBe('temporarily_unavailable');
    expect((await token(idp, id)).body.error).toBe('authorization_pending');
    expect(idp.control.polls(id)).toHaveLength(2);
  });

  test('5xx on bc-authorize, discovery and jwks; times: 2; "*"', async () => {
    idp.control.fault({ endpoint: 'backchannel_authentication', kind: '5xx', status: 500, times: 2 });
    expect((await bcAuthorize(idp, sebankid('196802020575'))).status).toBe(500);
    expect((await bcAuthorize(idp, sebankid('196802020575'))).body.error).toBe('server_error');
    expect((await bcAuthorize(idp, sebankid('196802020575'))).status).toBe(200);

    idp.control.fault({ endpoint: 'discovery', kind: '5xx', status: 502 });
    expect((await fetch(`${idp.url}/.well-known/openid-configuration`)).status).toBe(502);
    idp.control.fault({ endpoint: 'jwks', kind: '5xx' });
    expect((await fetch(`${idp.url}/.well-known/jwks`)).status).toBe(503);
    expect((await fetch(`${idp.url}/.well-known/jwks`)).status).toBe(200);

    idp.control.fault({ endpoint: '*', kind: '5xx', times: 0 });
    expect((await fetch(`${idp.url}/.well-known/jwks`)).status).toBe(503);
    expect((await fetch(`${idp.url}/.well-known/openid-configuration`)).status).toBe(503);
    expect((await fetch(`${idp.url}/_control/persons`)).status).toBe(200); // the control API is never faulted
    const cleared = await control(idp, 'DELETE', '/_control/faults');
    expect(cleared.status).toBe(200);
    expect((await fetch(`${idp.url}/.well-known/jwks`)).status).toBe(200);
  });

  test('slow_down answers the next token poll with HTTP 400', async () => {
    const id = await newRequest();
    idp.control.fault({ endpoint: 'token', kind: 'slow_down' });
    const slow = await token(idp, id);
    expect(slow.status).toBe(400);
    expect(slow.body.error).toBe('slow_down');
    expect((await token(idp, id)).body.error).toBe('authorization_pending');
  });

  test('faults for one auth_req_id leave others alone', async () => {
    const a = await newRequest();
    const b = await newRequest();
    idp.control.fault({ endpoint: 'token', kind: 'slow_down', authReqId: a, times: 0 });
    expect((await token(idp, b)).body.error).toBe('authorization_pending');
    expect((await token(idp, a)).body.error).toBe('slow_down');
    expect((await token(idp, a)).body.error).toBe('slow_down');
    expect(idp.control.faults()).toHaveLength(1);
  });

  test('latency delays the response', async () => {
    idp.control.fault({ endpoint: 'discovery', kind: 'latency', ms: 300 });
    const start = Date.now();
    expect((await fetch(`${idp.url}/.well-known/openid-configuration`)).status).toBe(200);
    expect(Date.now() - start).toBeGreaterThanOrEqual(280);
  });

  test('latency + 5xx combine', async () => {
    idp.control.fault({ endpoint: 'jwks', kind: 'latency', ms: 150 });
    idp.control.fault({ endpoint: 'jwks', kind: '5xx', status: 504 });
    const start = Date.now();
    expect((await fetch(`${idp.url}/.well-known/jwks`)).status).toBe(504);
    expect(Date.now() - start).toBeGreaterThanOrEqual(140);
  });

  test('reset destroys the connection without a response', async () => {
    const id = await newRequest();
    idp.control.fault({ endpoint: 'token', kind: 'reset' });
    await expect(token(idp, id)).rejects.toThrow();
    expect((await token(idp, id)).body.error).toBe('authorization_pending');
    idp.control.fault({ endpoint: 'backchannel_authentication', kind: 'reset' });
    await expect(bcAuthorize(idp, sebankid('196802020575'))).rejects.toThrow();
  });

  test('invalid fault specs are 400', async () => {
    for (const spec of [
      { endpoint: 'userinfo', kind: '5xx' },
      { endpoint: 'token', kind: 'explode' },
      { endpoint: 'jwks', kind: 'slow_down' },
      { endpoint: 'token', kind: '5xx', status: 404 },
      { endpoint: 'token', kind: 'latency', ms: -1 },
    ]) {
      const res = await control(idp, 'POST', '/_control/faults', spec);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid_fault');
    }
    expect(() => idp.control.fault({ endpoint: 'token', kind: '5xx', times: -1 })).toThrow();
  });
});

describe('pages', () => {
  test('index and phone page', async () => {
    const index = await fetch(`${idp.url}/`);
    expect(index.headers.get('content-type')).toContain('text/html');
    const html = await index.text();
    expect(html).toContain(idp.issuer);
    expect(html).toContain('/phone');
    const phone = await fetch(`${idp.url}/phone`);
    expect(phone.status).toBe(200);
    const page = await phone.text();
    expect(page).toContain('Søren Ærø-Hansen');
    expect(page).toContain('<optgroup label="BankID (Norge)">');
    expect(page).toContain('/_control/requests?person=');
  });

  test('CORS on the control API', async () => {
    const res = await fetch(`${idp.url}/_control/requests`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
