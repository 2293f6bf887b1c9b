// The CIBA client end to end against the real dev-idp (oidc-provider) over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDevIdp, type DevIdp, type PendingRequest } from '@idverify/dev-idp';
import { base64url } from 'jose';
import { clientSecretBasic, privateKeyJwt } from '../transports/client-auth.js';
import { fetchTransport } from '../transports/fetch.js';
import type { HttpRequest, HttpResponse, Transport } from '../transport.js';
import type { EidId } from '../identity.js';
import { createVerifier, type Verifier } from './client.js';
import type { PendingVerification, VerificationOutcome } from './types.js';

let idp: DevIdp;

beforeAll(async () => {
  // Many tests here run the client on a virtual clock, so in real time it polls at once: this dev-idp does not judge
  // the pace. The pacing test below uses one that does, as brokers do.
  idp = await startDevIdp({ port: 0, interval: 1, expiresIn: 20, enforceInterval: false });
});
afterAll(() => idp.close());

/** A transport that records every exchange and lets a test rewrite responses. */
function recorder(
  inner: Transport,
  rewrite?: (request: HttpRequest, response: HttpResponse) => HttpResponse,
) {
  const log: { request: HttpRequest; at: number; response?: HttpResponse }[] = [];
  const transport: Transport = async (request, options) => {
    const entry: (typeof log)[number] = { request, at: Date.now() };
    log.push(entry);
    const response = await inner(request, options);
    entry.response = rewrite ? rewrite(request, response) : response;
    return entry.response;
  };
  return { transport, log, tokenRequests: () => log.filter((e) => e.request.endpoint === 'token') };
}

function basicTransport() {
  return fetchTransport({
    clientAuth: clientSecretBasic(idp.clients.basic.clientId, idp.clients.basic.clientSecret),
  });
}

function verifierFor(
  broker: string,
  transport: Transport = basicTransport(),
  extra: Partial<Parameters<typeof createVerifier>[0]> = {},
) {
  return createVerifier({
    issuer: idp.issuer,
    clientId: idp.clients.basic.clientId,
    broker,
    transport,
    ...extra,
  });
}

const challengeFor = (pending: PendingVerification) =>
  idp.control.waitForPending((request) => request.authReqId === pending.authReqId);

async function runApproved(
  verifier: Verifier,
  eid: EidId,
  identifier: string,
  approve = (r: PendingRequest) => idp.control.approve(r.authReqId),
) {
  const pending = await verifier.start({ eid, identifier, company: 'Acme Forsikring' });
  const challenge = await challengeFor(pending);
  const result = verifier.waitForResult(pending);
  await approve(challenge);
  return { pending, challenge, outcome: await result };
}

function approvedIdentity(outcome: VerificationOutcome) {
  if (outcome.status !== 'approved')
    throw new Error(
      `expected approved, got ${outcome.status}: ${outcome.error.code} ${outcome.error.message}`,
    );
  return outcome;
}

describe('approved, for each eID and broker shape', () => {
  it('Swedish BankID at Idura: personnummer as sub:ssn, phoneAuth, our binding message', async () => {
    const { pending, challenge, outcome } = await runApproved(
      verifierFor('idura'),
      'bankid-se',
      '19680202-0575',
    );
    expect(challenge.personId).toBe('asa-oberg');
    expect(challenge.bindingMessage).toBe(pending.bindingMessage);
    expect(pending.bindingMessage).toMatch(/^Acme Forsikring \d{4}$/);
    expect(pending.bindingMessageSource).toBe('client');
    expect(pending.sentTo).toBe('19680202-••••');
    const { identity, evidence } = approvedIdentity(outcome);
    expect(identity).toMatchObject({
      eid: 'bankid-se',
      country: 'SE',
      fullName: 'Åsa Öberg',
      givenName: 'Åsa',
      familyName: 'Öberg',
      nationalId: '196802020575',
      nationalIdMasked: '19680202-••••',
      birthDate: '1968-02-02',
      levelOfAssurance: 'high',
      issuer: idp.issuer,
    });
    expect(evidence).toMatchObject({
      issuer: idp.issuer,
      audience: 'demo-basic',
      authReqId: pending.authReqId,
      alg: 'RS256',
    });
    expect(evidence.idTokenSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('Swedish BankID samordningsnummer', async () => {
    const { outcome } = await runApproved(verifierFor('idura'), 'bankid-se', '198507743816');
    expect(approvedIdentity(outcome).identity).toMatchObject({
      fullName: 'Märta Jönsson',
      birthDate: '1985-07-14',
    });
  });

  it('Norwegian BankID at Idura: no binding message sent, the provider’s word pair is read aloud', async () => {
    const verifier = verifierFor('idura');
    const { pending, challenge, outcome } = await runApproved(verifier, 'bankid-no', '170479 10013', (r) =>
      idp.control.approve(r.authReqId, { wordPair: r.bindingMessage }),
    );
    expect(pending.bindingMessageSource).toBe('provider');
    expect(challenge.wordPairs).toContain(pending.bindingMessage);
    expect(approvedIdentity(outcome).identity).toMatchObject({
      fullName: 'Bjørn Æsøy',
      nationalIdMasked: '170479•••••',
      birthDate: '1979-04-17',
      levelOfAssurance: 'substantial',
    });
  });

  it('Norwegian BankID: the customer picks the wrong word pair → denied', async () => {
    const verifier = verifierFor('idura');
    const pending = await verifier.start({ eid: 'bankid-no', identifier: '03109240183', company: 'Acme' });
    const challenge = await challengeFor(pending);
    const result = verifier.waitForResult(pending);
    const wrong = challenge.wordPairs!.find((pair) => pair !== challenge.bindingMessage)!;
    await idp.control.approve(challenge.authReqId, { wordPair: wrong });
    const outcome = await result;
    expect(outcome.status).toBe('denied');
  });

  it('MitID at Idura: CPR as sub:ssn with the substantial acr, which the token must carry', async () => {
    const { challenge, outcome } = await runApproved(verifierFor('idura'), 'mitid', '120385-1002');
    expect(challenge.acr).toBe('urn:grn:authn:dk:mitid:substantial');
    expect(approvedIdentity(outcome).identity).toMatchObject({
      fullName: 'Søren Ærø-Hansen',
      nationalIdMasked: '120385-••••',
      birthDate: '1985-03-12',
      acr: 'urn:grn:authn:dk:mitid:substantial',
      levelOfAssurance: 'substantial',
    });
  });

  it('MitID through the Signaturgruppen Flex app: JSON login_hint_token, reference text, mitid.* claims', async () => {
    const { transport, log } = recorder(basicTransport());
    const { pending, challenge, outcome } = await runApproved(
      verifierFor('signaturgruppen', transport),
      'mitid',
      '0711722009',
    );
    const body = new URLSearchParams(
      log.find((e) => e.request.endpoint === 'backchannel_authentication')!.request.body,
    );
    expect(body.get('login_hint')).toBeNull();
    expect(body.get('binding_message')).toBeNull();
    expect(JSON.parse(body.get('login_hint_token')!)).toMatchObject({
      idp: 'mitid',
      cpr: '0711722009',
      referenceTextBody: pending.bindingMessage,
    });
    expect(challenge.bindingMessage).toBe(pending.bindingMessage);
    const { identity } = approvedIdentity(outcome);
    expect(identity).toMatchObject({
      fullName: 'Mette Nørgaard',
      birthDate: '1972-11-07',
      nationalIdMasked: '071172-••••',
    });
    expect(identity.transactionId).toBe(challenge.transactionId);
  });

  it('Freja at Idura, by phone number', async () => {
    const { challenge, outcome } = await runApproved(verifierFor('idura'), 'freja', '070-456 78 90');
    expect(challenge.personId).toBe('elin-sjostrom');
    expect(approvedIdentity(outcome).identity).toMatchObject({
      fullName: 'Elin Sjöström',
      phone: '+46704567890',
    });
  });

  it('generic CIBA by phone number, standard claims', async () => {
    const { outcome } = await runApproved(verifierFor('generic'), 'mitid', '+45 28 45 67 12');
    expect(approvedIdentity(outcome).identity).toMatchObject({
      fullName: 'Frederik Løkke',
      birthDate: '2001-06-15',
    });
  });

  it('works with private_key_jwt client authentication', async () => {
    const { clientId, privateJwk } = idp.clients.privateKeyJwt;
    const verifier = createVerifier({
      issuer: idp.issuer,
      clientId,
      broker: 'idura',
      transport: fetchTransport({ clientAuth: privateKeyJwt(clientId, privateJwk) }),
    });
    const { outcome } = await runApproved(verifier, 'bankid-se', '199005232385');
    expect(approvedIdentity(outcome).identity.fullName).toBe('Lars Åkesson');
  });
});

describe('pending state survives a reload', () => {
  it('a new verifier resumes from the stored JSON and gets the result', async () => {
    const pending = await verifierFor('idura').start({
      eid: 'bankid-se',
      identifier: '196802020575',
      company: 'Acme',
    });
    const stored = JSON.parse(JSON.stringify(pending)) as PendingVerification;
    const challenge = await challengeFor(pending);
    await idp.control.approve(challenge.authReqId);
    const outcome = await verifierFor('idura').waitForResult(stored);
    expect(approvedIdentity(outcome).identity.fullName).toBe('Åsa Öberg');
  });
});

describe('unhappy paths', () => {
  it('denied: access_denied, and no request after the outcome', async () => {
    const rec = recorder(basicTransport());
    const verifier = verifierFor('idura', rec.transport);
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    const challenge = await challengeFor(pending);
    const result = verifier.waitForResult(pending);
    await idp.control.deny(challenge.authReqId);
    const outcome = await result;
    expect(outcome).toMatchObject({ status: 'denied', error: { code: 'provider.access_denied' } });
    const count = rec.log.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(rec.log.length).toBe(count);
  });

  it('expired: expired_token from the provider', async () => {
    const verifier = verifierFor('idura');
    const pending = await verifier.start({ eid: 'mitid', identifier: '1203851002', company: 'Acme' });
    const challenge = await challengeFor(pending);
    await idp.control.expire(challenge.authReqId);
    const outcome = await verifier.waitForResult(pending);
    expect(outcome).toMatchObject({ status: 'expired', error: { code: 'provider.expired_token' } });
  });

  it('expired: the client stops at expires_in by itself', async () => {
    const clock = { now: Date.now() };
    const verifier = verifierFor('idura', basicTransport(), { now: () => clock.now });
    const pending = await verifier.start({ eid: 'mitid', identifier: '1203851002', company: 'Acme' });
    clock.now = pending.expiresAt + 1;
    const outcome = await verifier.poll(pending);
    expect(outcome).toMatchObject({ status: 'expired', error: { code: 'provider.expired_token' } });
  });

  it('unknown person: unknown_user_id', async () => {
    await expect(
      verifierFor('idura').start({ eid: 'bankid-se', identifier: '19900101-0017', company: 'Acme' }),
    ).rejects.toMatchObject({
      code: 'provider.unknown_user_id',
    });
  });

  it('wrong client secret: invalid_client', async () => {
    const transport = fetchTransport({ clientAuth: clientSecretBasic(idp.clients.basic.clientId, 'wrong') });
    await expect(
      verifierFor('idura', transport).start({
        eid: 'bankid-se',
        identifier: '196802020575',
        company: 'Acme',
      }),
    ).rejects.toMatchObject({
      code: 'provider.invalid_client',
    });
  });

  it('no client authentication at all: invalid_client', async () => {
    await expect(
      verifierFor('idura', fetchTransport()).start({
        eid: 'bankid-se',
        identifier: '196802020575',
        company: 'Acme',
      }),
    ).rejects.toMatchObject({
      code: 'provider.invalid_client',
    });
  });

  it('a malformed identifier is refused before anything is sent', async () => {
    const rec = recorder(basicTransport());
    const verifier = verifierFor('idura', rec.transport);
    await expect(
      verifier.start({ eid: 'bankid-se', identifier: '19680202-0576', company: 'Acme' }),
    ).rejects.toMatchObject({
      code: 'identifier.invalid_checksum',
    });
    await expect(
      verifier.start({ eid: 'bankid-se', identifier: '+46701234567', company: 'Acme' }),
    ).rejects.toMatchObject({
      code: 'identifier.kind_not_accepted',
    });
    await expect(verifier.start({ eid: 'mitid', identifier: '', company: 'Acme' })).rejects.toMatchObject({
      code: 'identifier.empty',
    });
    expect(rec.log).toHaveLength(0);
  });

  it('an eID the broker does not offer, and an unknown eID', async () => {
    await expect(
      verifierFor('signaturgruppen').start({ eid: 'bankid-se', identifier: '196802020575', company: 'A' }),
    ).rejects.toMatchObject({
      code: 'config.eid_not_offered',
    });
    await expect(
      verifierFor('idura').start({ eid: 'bankid-xx' as EidId, identifier: '1', company: 'A' }),
    ).rejects.toMatchObject({
      code: 'config.unknown_eid',
    });
  });

  it('a provider that is down: network.error, nothing hangs', async () => {
    const verifier = createVerifier({
      issuer: 'http://127.0.0.1:9',
      clientId: 'x',
      broker: 'idura',
      transport: fetchTransport(),
    });
    await expect(
      verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'A' }),
    ).rejects.toMatchObject({ code: 'network.error' });
  });

  it('a provider that hangs: network.timeout', async () => {
    idp.control.fault({ endpoint: 'discovery', kind: 'latency', ms: 2000 });
    const transport = fetchTransport({
      timeoutMs: 300,
      clientAuth: clientSecretBasic('demo-basic', idp.clients.basic.clientSecret),
    });
    await expect(
      verifierFor('idura', transport).start({ eid: 'bankid-se', identifier: '196802020575', company: 'A' }),
    ).rejects.toMatchObject({
      code: 'network.timeout',
    });
    idp.control.clearFaults();
  });
});

describe('polling discipline', () => {
  it('waits `interval` between polls, adds 5 s for this and every later poll on slow_down', async () => {
    // Virtual time: the client's clock advances only when it sleeps, so the test is fast and exact.
    const clock = { now: Date.now() };
    const sleep = async (ms: number) => {
      clock.now += ms;
    };
    const rec = recorder(basicTransport());
    const times: number[] = [];
    const transport: Transport = (request, options) => {
      if (request.endpoint === 'token') times.push(clock.now);
      return rec.transport(request, options);
    };
    const verifier = verifierFor('idura', transport, { now: () => clock.now, sleep });
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    const challenge = await challengeFor(pending);
    idp.control.fault({ endpoint: 'token', kind: 'slow_down', authReqId: challenge.authReqId, times: 1 });
    let polls = 0;
    const outcome = await verifier.waitForResult(pending, {
      onPending: async () => {
        if (++polls === 3) await idp.control.approve(challenge.authReqId);
      },
    });
    // Polls 1 (slow_down), 2, 3 pending; approval lands before poll 4.
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(times[0]! - pending.startedAt).toBe(1000);
    expect(gaps[0]).toBe(6000);
    expect(gaps.every((gap) => gap >= 6000)).toBe(true);
    expect(approvedIdentity(outcome).pending.interval).toBe(6);
  });

  it('polls no faster than interval in real time, and never two at once: a pacing broker sends no slow_down', async () => {
    const strict = await startDevIdp({ port: 0, interval: 1, expiresIn: 20 });
    try {
      const { clientId, clientSecret } = strict.clients.basic;
      const verifier = createVerifier({
        issuer: strict.issuer,
        clientId,
        broker: 'idura',
        transport: fetchTransport({ clientAuth: clientSecretBasic(clientId, clientSecret) }),
      });
      const pending = await verifier.start({ eid: 'bankid-se', identifier: '199005232385', company: 'Acme' });
      const a = verifier.poll(pending);
      const b = verifier.poll(pending);
      expect(a).toBe(b);
      await a;
      setTimeout(() => void strict.control.approve(pending.authReqId), 2200);
      const outcome = await verifier.waitForResult(pending);
      expect(outcome.status).toBe('approved');
      const polls = strict.control.polls(pending.authReqId);
      const gaps = polls.slice(1).map((t, i) => t - polls[i]!);
      expect(gaps.every((gap) => gap >= 950)).toBe(true);
      expect(polls.length).toBeGreaterThanOrEqual(3);
      expect(strict.control.get(pending.authReqId)?.slowDowns).toBeUndefined();
    } finally {
      await strict.close();
    }
  });

  it('retries 5xx and 503 + Retry-After with back-off, then succeeds', async () => {
    const clock = { now: Date.now() };
    const times: number[] = [];
    const inner = basicTransport();
    const transport: Transport = (request, options) => {
      if (request.endpoint === 'token') times.push(clock.now);
      return inner(request, options);
    };
    const verifier = verifierFor('idura', transport, {
      now: () => clock.now,
      sleep: async (ms) => void (clock.now += ms),
    });
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    const challenge = await challengeFor(pending);
    idp.control.fault({
      endpoint: 'token',
      kind: '5xx',
      status: 500,
      authReqId: challenge.authReqId,
      times: 2,
    });
    await idp.control.approve(challenge.authReqId);
    const retries: string[] = [];
    const outcome = await verifier.waitForResult(pending, {
      onPending: (s) => s.retrying && retries.push(s.retrying.code),
    });
    expect(retries).toEqual(['provider.unavailable', 'provider.unavailable']);
    expect(approvedIdentity(outcome).identity.fullName).toBe('Åsa Öberg');
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps).toEqual([1000, 2000]); // interval, then doubled

    const second = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    const c2 = await challengeFor(second);
    idp.control.fault({
      endpoint: 'token',
      kind: '5xx',
      status: 503,
      retryAfter: 7,
      authReqId: c2.authReqId,
      times: 1,
    });
    await idp.control.approve(c2.authReqId);
    times.length = 0;
    expect((await verifier.waitForResult(second)).status).toBe('approved');
    expect(times[1]! - times[0]!).toBe(7000);
  });

  it('a reset connection is retried too', async () => {
    const verifier = verifierFor('idura');
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    const challenge = await challengeFor(pending);
    idp.control.fault({ endpoint: 'token', kind: 'reset', authReqId: challenge.authReqId, times: 1 });
    await idp.control.approve(challenge.authReqId);
    const outcome = await verifier.waitForResult(pending);
    expect(outcome.status).toBe('approved');
  });

  it('a provider down until expiry ends as failed / provider.unavailable, not a hang', async () => {
    const clock = { now: Date.now() };
    const verifier = verifierFor('idura', basicTransport(), {
      now: () => clock.now,
      sleep: async (ms) => void (clock.now += ms),
    });
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    const challenge = await challengeFor(pending);
    idp.control.fault({
      endpoint: 'token',
      kind: '5xx',
      status: 502,
      authReqId: challenge.authReqId,
      times: 0,
    });
    const outcome = await verifier.waitForResult(pending);
    idp.control.clearFaults();
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'provider.unavailable' } });
  });

  it('cancel: aborting rejects with cancelled and stops polling', async () => {
    const rec = recorder(basicTransport());
    const verifier = verifierFor('idura', rec.transport);
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    const controller = new AbortController();
    const result = verifier.waitForResult(pending, { signal: controller.signal });
    setTimeout(() => controller.abort(), 1500);
    await expect(result).rejects.toMatchObject({ code: 'cancelled' });
    const count = rec.tokenRequests().length;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(rec.tokenRequests().length).toBe(count);
  });
});

describe('forged and tampered ID tokens from the provider are rejected', () => {
  const tamper = (edit: (parts: string[]) => string) => (request: HttpRequest, response: HttpResponse) => {
    if (request.endpoint !== 'token' || response.status !== 200) return response;
    const body = JSON.parse(response.body) as { id_token: string };
    return { ...response, body: JSON.stringify({ ...body, id_token: edit(body.id_token.split('.')) }) };
  };
  const payloadOf = (part: string) =>
    JSON.parse(new TextDecoder().decode(base64url.decode(part))) as Record<string, unknown>;
  const encode = (value: unknown) => base64url.encode(JSON.stringify(value));

  const cases: [string, (parts: string[]) => string, string][] = [
    [
      'an edited name',
      ([h, p, s]) => `${h}.${encode({ ...payloadOf(p!), name: 'Mallory' })}.${s}`,
      'token.invalid_signature',
    ],
    ['alg none', ([h, p]) => `${encode({ ...payloadOf(h!), alg: 'none' })}.${p}.`, 'token.alg_not_allowed'],
    [
      'HS256 header',
      ([h, p, s]) => `${encode({ ...payloadOf(h!), alg: 'HS256' })}.${p}.${s}`,
      'token.alg_not_allowed',
    ],
    [
      'an unknown kid',
      ([h, p, s]) => `${encode({ ...payloadOf(h!), kid: 'not-a-key' })}.${p}.${s}`,
      'token.unknown_key',
    ],
    [
      'a flipped signature byte',
      ([h, p, s]) => `${h}.${p}.${s!.startsWith('A') ? 'B' : 'A'}${s!.slice(1)}`,
      'token.invalid_signature',
    ],
    ['garbage', () => 'garbage', 'token.malformed'],
  ];

  it.each(cases)('%s', async (_name, edit, code) => {
    const { transport } = recorder(basicTransport(), tamper(edit));
    const { outcome } = await runApproved(verifierFor('idura', transport), 'bankid-se', '196802020575');
    expect(outcome).toMatchObject({ status: 'failed', error: { code } });
  });

  it('wrong issuer: a provider at another address signing for the same client', async () => {
    // The verifier is configured for this issuer but is served discovery claiming another one.
    const transport = recorder(basicTransport(), (request, response) =>
      request.endpoint === 'discovery'
        ? {
            ...response,
            body: JSON.stringify({ ...JSON.parse(response.body), issuer: 'https://evil.example' }),
          }
        : response,
    ).transport;
    await expect(
      verifierFor('idura', transport).start({ eid: 'bankid-se', identifier: '196802020575', company: 'A' }),
    ).rejects.toMatchObject({
      code: 'config.invalid',
    });
  });

  it('wrong audience: a token issued to another client', async () => {
    // demo-pkjwt's token, presented to a verifier that believes it is demo-basic.
    const { clientId, privateJwk } = idp.clients.privateKeyJwt;
    const verifier = createVerifier({
      issuer: idp.issuer,
      clientId: 'demo-basic',
      broker: 'idura',
      transport: (request, options) => {
        const body = new URLSearchParams(request.body ?? '');
        if (body.has('client_id')) body.set('client_id', clientId);
        return fetchTransport({ clientAuth: privateKeyJwt(clientId, privateJwk) })(
          { ...request, body: request.body && body.toString() },
          options,
        );
      },
    });
    const { outcome } = await runApproved(verifier, 'bankid-se', '196802020575');
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'token.wrong_audience' } });
  });
});
