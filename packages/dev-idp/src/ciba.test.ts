// End-to-end over real HTTP against an in-process dev-idp: every request shape, approval → signed ID token with the
// broker's claims, deny / expire / pending, client authentication, single use.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';

import { startDevIdp, type DevIdp } from './index.js';
import { basic, bcAuthorize, nobankid, pkjwt, post, sebankid, token } from './test-support/http.js';

let idp: DevIdp;
let jwks: ReturnType<typeof createRemoteJWKSet>;

beforeAll(async () => {
  // These tests poll by hand right after approving; the pacing rules have their own tests (polling.test.ts).
  idp = await startDevIdp({ interval: 1, expiresIn: 30, enforceInterval: false });
  jwks = createRemoteJWKSet(new URL(`${idp.issuer}/.well-known/jwks`));
});
afterAll(async () => {
  await idp.close();
});

async function approveAndGetClaims(
  params: Record<string, string>,
  opts: { wordPair?: boolean; auth?: Parameters<typeof bcAuthorize>[2] } = {},
): Promise<{ claims: JWTPayload; bc: Record<string, unknown>; tokenBody: Record<string, unknown> }> {
  const bc = await bcAuthorize(idp, params, opts.auth);
  expect(bc.status).toBe(200);
  const authReqId = bc.body.auth_req_id as string;
  const pending = idp.control.get(authReqId);
  expect(pending?.status).toBe('pending');
  await idp.control.approve(authReqId, opts.wordPair ? { wordPair: pending?.bindingMessage as string } : {});
  const t = await token(idp, authReqId, opts.auth);
  expect(t.status).toBe(200);
  const idToken = t.body.id_token as string;
  expect(decodeProtectedHeader(idToken)).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
  const { payload } = await jwtVerify(idToken, jwks, {
    issuer: idp.issuer,
    audience: opts.auth?.clientId ?? 'demo-basic',
    algorithms: ['RS256'],
  });
  expect(payload.sub).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
  expect(typeof payload.auth_time).toBe('number');
  return { claims: payload, bc: bc.body, tokenBody: t.body };
}

describe('discovery', () => {
  test('advertises the Idura-like endpoints and poll + ping', async () => {
    const res = await fetch(`${idp.url}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as Record<string, unknown>;
    expect(d).toMatchObject({
      issuer: idp.issuer,
      backchannel_authentication_endpoint: `${idp.issuer}/ciba/bc-authorize`,
      token_endpoint: `${idp.issuer}/oauth2/token`,
      jwks_uri: `${idp.issuer}/.well-known/jwks`,
      backchannel_token_delivery_modes_supported: ['poll', 'ping'],
    });
    expect(d.grant_types_supported).toContain('urn:openid:params:grant-type:ciba');
    expect(d.token_endpoint_auth_methods_supported).not.toContain('none');
    const keys = (await fetch(`${idp.url}/.well-known/jwks`).then((r) => r.json())) as {
      keys: Record<string, unknown>[];
    };
    expect(keys.keys.map((k) => k.alg)).toEqual(expect.arrayContaining(['RS256', 'ES256']));
    expect(keys.keys.every((k) => typeof k.kid === 'string' && k.d === undefined)).toBe(true);
  });
});

describe('Idura shapes', () => {
  test('Swedish BankID: auth_req_id + interval, then sebankid claims; expires_in is a string', async () => {
    const { claims, bc, tokenBody } = await approveAndGetClaims(sebankid('196802020575'));
    expect(bc).toEqual({ auth_req_id: expect.any(String), expires_in: 30, interval: 1 });
    expect(tokenBody.expires_in).toBe('120');
    expect(claims).toMatchObject({
      identityscheme: 'sebankid',
      ssn: '196802020575',
      name: 'Åsa Öberg',
      given_name: 'Åsa',
      family_name: 'Öberg',
      country: 'SE',
      authenticationtype: 'urn:grn:authn:se:bankid',
      acr: 'urn:grn:authn:se:bankid',
      aud: 'demo-basic',
      sub: '8b39366f-81dd-4448-a6be-3a70c044a4f7',
    });
  });

  test('Swedish BankID records callInitiator and the company from the binding message', async () => {
    const bc = await bcAuthorize(
      idp,
      sebankid('199005232385', {
        binding_message: 'Nordisk Försäkring 1234',
        authorization_details: JSON.stringify([{ type: 'phoneAuth', callInitiator: 'user' }]),
      }),
    );
    const pending = idp.control.get(bc.body.auth_req_id as string);
    expect(pending).toMatchObject({
      personId: 'lars-akesson',
      eid: 'bankid-se',
      broker: 'idura',
      callInitiator: 'user',
      company: 'Nordisk Försäkring',
      bindingMessage: 'Nordisk Försäkring 1234',
    });
  });

  test('Swedish BankID without phoneAuth authorization_details is rejected', async () => {
    const bc = await bcAuthorize(idp, { ...sebankid('196802020575'), authorization_details: '[]' });
    expect(bc.status).toBe(400);
    expect(bc.body.error).toBe('invalid_authorization_details');
    const bad = await bcAuthorize(idp, {
      ...sebankid('196802020575'),
      authorization_details: '{"type":"phoneAuth"}',
    });
    expect(bad.body.error).toBe('invalid_authorization_details');
  });

  test('Norwegian BankID: bindingMessage word pair in the response; the right pick approves', async () => {
    const { claims, bc } = await approveAndGetClaims(nobankid('17047910013'), { wordPair: true });
    expect(bc).toEqual({
      auth_req_id: expect.any(String),
      expires_in: 30,
      interval: 1,
      bindingMessage: expect.stringMatching(/^\S+ \S+$/),
    });
    const record = idp.control.get(bc.auth_req_id as string);
    expect(record?.wordPairs).toHaveLength(3);
    expect(record?.wordPairs).toContain(bc.bindingMessage);
    expect(claims).toMatchObject({
      identityscheme: 'nobankid-oidc',
      socialno: '17047910013',
      birthdate: '1979-04-17',
      uniqueuserid: expect.any(String),
      given_name: 'Bjørn',
      family_name: 'Æsøy',
      name: 'Bjørn Æsøy',
      country: 'NO',
      acr: 'urn:grn:authn:no:bankid:substantial',
    });
  });

  test('Norwegian BankID: a wrong word pair → access_denied "user declined"; no pick → 400 from control', async () => {
    const bc = await bcAuthorize(idp, nobankid('03109240183'));
    const id = bc.body.auth_req_id as string;
    const record = idp.control.get(id);
    await expect(idp.control.approve(id)).rejects.toMatchObject({ status: 400, code: 'word_pair_required' });
    const wrong = record?.wordPairs?.find((w) => w !== record.bindingMessage) as string;
    const after = await idp.control.approve(id, { wordPair: wrong });
    expect(after).toMatchObject({ status: 'denied', denyReason: 'wrong word pair' });
    const t = await token(idp, id);
    expect(t.status).toBe(400);
    expect(t.body).toEqual({ error: 'access_denied', error_description: 'user declined' });
  });

  test('Norwegian BankID: a binding_message is refused with invalid_request; D-number works', async () => {
    const refused = await bcAuthorize(idp, nobankid('17047910013', { binding_message: 'Acme 1234' }));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_request');
    const { claims } = await approveAndGetClaims(nobankid('65018823076'), { wordPair: true });
    expect(claims).toMatchObject({
      socialno: '65018823076',
      birthdate: '1988-01-25',
      name: 'Øystein Kværnø',
    });
  });

  test('Norwegian BankID needs customerServiceCall.v1', async () => {
    const bc = await bcAuthorize(idp, {
      ...nobankid('17047910013'),
      authorization_details: '[{"type":"other"}]',
    });
    expect(bc.body.error).toBe('invalid_authorization_details');
  });

  test('MitID via Idura: dkmitid claims', async () => {
    const { claims } = await approveAndGetClaims({
      login_hint: 'sub:ssn:1203851002',
      acr_values: 'urn:grn:authn:dk:mitid:substantial',
      binding_message: 'Acme Support: 1234',
    });
    expect(claims).toMatchObject({
      identityscheme: 'dkmitid',
      uuid: '8028a8c7-f428-43e7-931d-671cd3c3af7a',
      cprNumberIdentifier: '1203851002',
      birthdate: '1985-03-12',
      name: 'Søren Ærø-Hansen',
      country: 'DK',
      acr: 'urn:grn:authn:dk:mitid:substantial',
    });
  });

  test('Freja eID via tel: login_hint: sefrejaid claims', async () => {
    const { claims } = await approveAndGetClaims({
      login_hint: 'tel:+46704567890',
      acr_values: 'urn:grn:authn:se:frejaid',
      binding_message: 'Acme Support: 9876',
    });
    expect(claims).toMatchObject({
      identityscheme: 'sefrejaid',
      registrationLevel: 'EXTENDED',
      birthdate: '1995-09-30',
      phone_number: '+46704567890',
      name: 'Elin Sjöström',
      given_name: 'Elin',
      family_name: 'Sjöström',
      ssn: '199509301421',
      country: 'SE',
      acr: 'urn:grn:authn:se:frejaid',
    });
  });

  test('Freja eID via sub:ssn:', async () => {
    const { claims } = await approveAndGetClaims({
      login_hint: 'sub:ssn:195912012639',
      acr_values: 'urn:grn:authn:se:frejaid',
      binding_message: 'Acme Support: 9876',
    });
    expect(claims).toMatchObject({
      identityscheme: 'sefrejaid',
      ssn: '195912012639',
      name: 'Göran Ängström',
    });
  });

  test('an Idura login_hint without a known acr_values is invalid_request', async () => {
    const bc = await bcAuthorize(idp, { login_hint: 'sub:ssn:196802020575', binding_message: 'x' });
    expect(bc.status).toBe(400);
    expect(bc.body.error).toBe('invalid_request');
  });
});

describe('Signaturgruppen (MitID Flex app)', () => {
  const hint = (extra: Record<string, unknown> = {}) => ({
    idp: 'mitid',
    cpr: '0711722009',
    referenceTextBody: 'Acme Support: Bekræft 4821',
    ip: '192.0.2.10',
    action: 'LOG_ON',
    ...extra,
  });

  test('plain JSON login_hint_token → Signaturgruppen claims with the reference text', async () => {
    const bc = await bcAuthorize(idp, { scope: 'openid mitid', login_hint_token: JSON.stringify(hint()) });
    expect(bc.status).toBe(200);
    const id = bc.body.auth_req_id as string;
    expect(idp.control.get(id)).toMatchObject({
      broker: 'signaturgruppen',
      eid: 'mitid',
      personId: 'mette-norgaard',
      bindingMessage: 'Acme Support: Bekræft 4821',
      company: 'Acme Support',
    });
    await idp.control.approve(id);
    const t = await token(idp, id);
    const { payload } = await jwtVerify(t.body.id_token as string, jwks, {
      issuer: idp.issuer,
      audience: 'demo-basic',
    });
    expect(payload).toMatchObject({
      idp: 'mitid',
      idtoken_type: 'ciba',
      'mitid.uuid': 'f1f2801a-1652-4630-b6be-9dd40a741e15',
      'mitid.date_of_birth': '1972-11-07',
      'mitid.identity_name': 'Mette Nørgaard',
      'mitid.has_cpr': 'true',
      'dk.cpr': '0711722009',
      'mitid.transaction_id': expect.stringMatching(/^[0-9a-f-]{36}$/),
      'mitid.reference_text': 'Acme Support: Bekræft 4821',
      loa: 'https://data.gov.dk/concept/core/nsis/loa/Substantial',
    });
    expect(t.body.scope).toBe('openid mitid');
  });

  test('base64 login_hint_token with uuid', async () => {
    const token64 = Buffer.from(
      JSON.stringify(hint({ cpr: undefined, uuid: '75b2e7b2-d705-4a35-a067-b34df21ada10' })),
    ).toString('base64');
    const bc = await bcAuthorize(idp, { scope: 'openid mitid', login_hint_token: token64 });
    expect(bc.status).toBe(200);
    expect(idp.control.get(bc.body.auth_req_id as string)?.personId).toBe('frederik-lokke');
  });

  test('invalid login_hint_tokens', async () => {
    const both = await bcAuthorize(idp, {
      login_hint_token: JSON.stringify(hint({ uuid: '75b2e7b2-d705-4a35-a067-b34df21ada10' })),
    });
    expect(both.body.error).toBe('invalid_request');
    const notJson = await bcAuthorize(idp, { login_hint_token: 'not json at all' });
    expect(notJson.body.error).toBe('invalid_request');
    const badText = await bcAuthorize(idp, {
      login_hint_token: JSON.stringify(hint({ referenceTextBody: '<script>' })),
    });
    expect(badText.body.error).toBe('invalid_binding_message');
    const unknown = await bcAuthorize(idp, { login_hint_token: JSON.stringify(hint({ cpr: '0101901234' })) });
    expect(unknown.body.error).toBe('unknown_user_id');
  });
});

describe('generic shape', () => {
  test('phone login_hint, no acr: standard claims', async () => {
    const { claims } = await approveAndGetClaims({
      login_hint: '+4791234567',
      binding_message: 'Acme Support: 5555',
    });
    expect(claims).toMatchObject({
      name: 'Bjørn Æsøy',
      given_name: 'Bjørn',
      family_name: 'Æsøy',
      birthdate: '1979-04-17',
      phone_number: '+4791234567',
      national_id: '17047910013',
      country: 'NO',
    });
    expect(claims.acr).toBeUndefined();
    expect(claims.identityscheme).toBeUndefined();
  });

  test('national id login_hint with acr_values: acr echoed', async () => {
    const { claims } = await approveAndGetClaims({
      login_hint: '1506014006',
      binding_message: 'Acme Support: 5555',
      acr_values: 'urn:grn:authn:dk:mitid:substantial',
    });
    expect(claims).toMatchObject({
      national_id: '1506014006',
      name: 'Frederik Løkke',
      acr: 'urn:grn:authn:dk:mitid:substantial',
      country: 'DK',
    });
  });
});

describe('errors and lifecycle', () => {
  test('authorization_pending before approval, then tokens once; auth_req_id is single-use', async () => {
    const bc = await bcAuthorize(idp, sebankid('196802020575'));
    const id = bc.body.auth_req_id as string;
    const pending = await token(idp, id);
    expect(pending.status).toBe(400);
    expect(pending.body.error).toBe('authorization_pending');
    await idp.control.approve(id);
    expect((await token(idp, id)).status).toBe(200);
    const again = await token(idp, id);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
  });

  test('deny → access_denied "user declined"', async () => {
    const bc = await bcAuthorize(idp, sebankid('196802020575'));
    const id = bc.body.auth_req_id as string;
    await idp.control.deny(id);
    const t = await token(idp, id);
    expect(t.status).toBe(400);
    expect(t.body).toEqual({ error: 'access_denied', error_description: 'user declined' });
    await expect(idp.control.approve(id)).rejects.toMatchObject({ status: 409 });
  });

  test('expire → expired_token from oidc-provider', async () => {
    const bc = await bcAuthorize(idp, sebankid('196802020575'));
    const id = bc.body.auth_req_id as string;
    expect((await idp.control.expire(id)).status).toBe('expired');
    const t = await token(idp, id);
    expect(t.status).toBe(400);
    expect(t.body.error).toBe('expired_token');
    expect(idp.control.pending().some((r) => r.authReqId === id)).toBe(false);
  });

  test('requested_expiry shortens expires_in', async () => {
    const bc = await bcAuthorize(idp, sebankid('196802020575', { requested_expiry: '10' }));
    expect(bc.body.expires_in).toBe(10);
  });

  test('unknown person → unknown_user_id', async () => {
    for (const params of [
      sebankid('199001011239'),
      { login_hint: '+4699999999', binding_message: 'Acme 1' },
      // a Danish CPR asked for with Swedish BankID
      sebankid('1203851002'),
    ]) {
      const bc = await bcAuthorize(idp, params);
      expect(bc.status).toBe(400);
      expect(bc.body.error).toBe('unknown_user_id');
    }
  });

  test('binding messages: Nordic letters and 130 chars pass, longer or odd characters → invalid_binding_message', async () => {
    const ok = await bcAuthorize(
      idp,
      sebankid('196802020575', { binding_message: 'Søren og Ærø ApS, kundeservice: 1234 #ok?' }),
    );
    expect(ok.status).toBe(200);
    const max = await bcAuthorize(idp, sebankid('196802020575', { binding_message: 'å'.repeat(130) }));
    expect(max.status).toBe(200);
    for (const bad of ['x'.repeat(131), 'Acme <b>1234</b>', 'Acme 100%', 'tab\there', 'emoji 🙂']) {
      const res = await bcAuthorize(idp, sebankid('196802020575', { binding_message: bad }));
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid_binding_message');
    }
  });

  test('authorization_details must be a JSON array', async () => {
    const res = await bcAuthorize(idp, {
      login_hint: '+4791234567',
      binding_message: 'Acme 1',
      authorization_details: '{nope',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_authorization_details');
  });

  test('scope without openid is refused', async () => {
    const res = await bcAuthorize(idp, { ...sebankid('196802020575'), scope: 'profile' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
  });
});

describe('client authentication', () => {
  test('a wrong client secret → invalid_client', async () => {
    const res = await bcAuthorize(idp, sebankid('196802020575'), {
      kind: 'basic',
      clientId: 'demo-basic',
      clientSecret: 'wrong',
    });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });

  test('no client authentication → invalid_client (auth method none is not allowed)', async () => {
    const res = await bcAuthorize(idp, sebankid('196802020575'), { kind: 'none', clientId: 'demo-basic' });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
    const tokenRes = await post(
      idp,
      '/oauth2/token',
      { grant_type: 'urn:openid:params:grant-type:ciba', auth_req_id: 'x' },
      { kind: 'none', clientId: 'demo-basic' },
    );
    expect(tokenRes.body.error).toBe('invalid_client');
  });

  test('private_key_jwt with aud = issuer, and with aud = the endpoint', async () => {
    const { claims } = await approveAndGetClaims(sebankid('196802020575'), { auth: pkjwt(idp) });
    expect(claims.aud).toBe('demo-pkjwt');
    const bc = await bcAuthorize(
      idp,
      sebankid('196802020575'),
      pkjwt(idp, `${idp.issuer}/ciba/bc-authorize`),
    );
    expect(bc.status).toBe(200);
  });

  test('private_key_jwt signed with another key → invalid_client', async () => {
    const { generateKeyPair, exportJWK } = await import('jose');
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: idp.clients.privateKeyJwt.privateJwk.kid };
    const res = await bcAuthorize(idp, sebankid('196802020575'), {
      kind: 'pkjwt',
      clientId: 'demo-pkjwt',
      privateJwk: jwk,
    });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });

  test('an auth_req_id issued to one client cannot be redeemed by another', async () => {
    const bc = await bcAuthorize(idp, sebankid('196802020575'));
    const id = bc.body.auth_req_id as string;
    await idp.control.approve(id);
    const t = await token(idp, id, pkjwt(idp));
    expect(t.body.error).toBe('invalid_grant');
    expect((await token(idp, id, basic(idp))).status).toBe(200);
  });
});

describe('ping mode', () => {
  test('demo-ping gets a notification at its endpoint after approval, then redeems once', async () => {
    const auth = {
      kind: 'basic' as const,
      clientId: idp.clients.ping.clientId,
      clientSecret: idp.clients.ping.clientSecret,
    };
    const missing = await bcAuthorize(idp, sebankid('196802020575'), auth);
    expect(missing.body.error).toBe('invalid_request'); // client_notification_token is required
    const bc = await bcAuthorize(
      idp,
      sebankid('196802020575', { client_notification_token: 'ping-token-123' }),
      auth,
    );
    expect(bc.status).toBe(200);
    const id = bc.body.auth_req_id as string;
    expect(idp.control.get(id)?.deliveryMode).toBe('ping');
    await idp.control.approve(id);
    expect(idp.control.notifications()).toContainEqual({
      authReqId: id,
      authorization: 'Bearer ping-token-123',
      receivedAt: expect.any(Number),
    });
    const t = await token(idp, id, auth);
    expect(t.status).toBe(200);
    expect(t.body.id_token).toEqual(expect.any(String));
  });
});

describe('waitForPending', () => {
  test('resolves when a matching request arrives, rejects on timeout', async () => {
    const waiting = idp.control.waitForPending((r) => r.personId === 'zoe-eklof', 2000);
    await bcAuthorize(idp, {
      login_hint: 'sub:ssn:200103080461',
      acr_values: 'urn:grn:authn:se:frejaid',
      binding_message: 'Acme 42',
    });
    await expect(waiting).resolves.toMatchObject({ personId: 'zoe-eklof', eid: 'freja', status: 'pending' });
    await expect(idp.control.waitForPending((r) => r.personId === 'nobody', 50)).rejects.toThrow(
      /no matching/,
    );
  });
});
