// The token endpoint's pacing (CIBA Core §11): a poll sooner than `interval` after the request or the previous poll
// is answered slow_down, and every slow_down adds 5 s to what that auth_req_id's client must wait.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';

import { startDevIdp, type DevIdp } from './index.js';
import { bcAuthorize, control, sebankid, token } from './test-support/http.js';

let idp: DevIdp; // interval 1 s
let fast: DevIdp; // interval 0: only slow_down's 5 s apply

beforeAll(async () => {
  [idp, fast] = await Promise.all([
    startDevIdp({ interval: 1, expiresIn: 30 }),
    startDevIdp({ interval: 0, expiresIn: 30 }),
  ]);
});
afterAll(async () => {
  await Promise.all([idp.close(), fast.close()]);
});

async function newRequest(on: DevIdp): Promise<string> {
  const bc = await bcAuthorize(on, sebankid('196802020575'));
  expect(bc.status).toBe(200);
  return bc.body.auth_req_id as string;
}

describe('polling pace', () => {
  test('a client that waits `interval` each time gets its answers and no slow_down', async () => {
    const id = await newRequest(idp);
    await sleep(1050);
    expect((await token(idp, id)).body.error).toBe('authorization_pending');
    await idp.control.approve(id);
    await sleep(1050);
    const done = await token(idp, id);
    expect(done.status).toBe(200);
    expect(done.body.id_token).toEqual(expect.any(String));
    expect(idp.control.get(id)?.slowDowns).toBeUndefined();
  });

  test('a poll right after the request is answered slow_down, and counted on the request', async () => {
    const id = await newRequest(idp);
    const slow = await token(idp, id);
    expect(slow.status).toBe(400);
    expect(slow.body.error).toBe('slow_down');
    expect(slow.headers.get('cache-control')).toBe('no-store');
    const record = await control(idp, 'GET', `/_control/requests/${encodeURIComponent(id)}`);
    expect(record.body.slowDowns).toBe(1);
  });

  test('after a slow_down, the plain interval is too soon: the client owes 5 s more', async () => {
    const id = await newRequest(idp);
    await sleep(1050);
    expect((await token(idp, id)).body.error).toBe('authorization_pending');
    expect((await token(idp, id)).body.error).toBe('slow_down');
    await sleep(1050);
    expect((await token(idp, id)).body.error).toBe('slow_down');
    expect(idp.control.get(id)?.slowDowns).toBe(2);
  });

  test('an injected slow_down counts too: 5 s later the client is answered again', async () => {
    const id = await newRequest(fast);
    expect((await token(fast, id)).body.error).toBe('authorization_pending'); // interval 0: no wait needed
    fast.control.fault({ endpoint: 'token', kind: 'slow_down', authReqId: id });
    expect((await token(fast, id)).body.error).toBe('slow_down');
    await sleep(5050);
    expect((await token(fast, id)).body.error).toBe('authorization_pending');
    expect((await token(fast, id)).body.error).toBe('slow_down'); // 5 s apply to every later poll
    expect(fast.control.get(id)?.slowDowns).toBe(2);
  }, 15_000);
});
