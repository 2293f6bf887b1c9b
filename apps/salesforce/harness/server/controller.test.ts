// The stand-in Apex controller against a real dev-idp: the same refusals as IdVerificationController.cls, so the
// harness cannot be used as an open proxy and cannot be talked into recording a token the broker never issued.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startDevIdp, type DevIdp } from '@idverify/dev-idp';
import { createVerifier, type EidId, type HttpRequest, type HttpResponse } from '@idverify/verification-core';
import { CONTACT_CUSTOM_FIELDS, demoCases } from './cases.js';
import {
  ApexError,
  createController,
  maskedOnly,
  readableNationalIdField,
  type ControllerOptions,
  type HarnessController,
} from './controller.js';

const SOREN_CASE = '5005g00000DkSoRAAZ';
let idp: DevIdp;
let controller: HarnessController;

const controllerFor = (
  now?: () => number,
  nationalIdField?: string,
  options: Partial<ControllerOptions> = {},
) =>
  createController({
    config: {
      broker: 'idura',
      issuer: idp.issuer,
      clientId: idp.clients.basic.clientId,
      enabledEids: ['mitid', 'bankid-se', 'bankid-no'],
      company: 'Acme',
      challengeLimit: 2,
      windowMinutes: 10,
      ...(nationalIdField === undefined ? {} : { nationalIdField }),
    },
    clientSecret: idp.clients.basic.clientSecret,
    cases: demoCases(),
    now,
    ...options,
  });

beforeAll(async () => {
  idp = await startDevIdp({ port: 0, interval: 0, expiresIn: 60 });
  controller = controllerFor();
});

afterAll(async () => {
  await idp?.close();
});

const send = (request: Partial<HttpRequest>, caseId = SOREN_CASE) =>
  controller.send({ caseId, request }) as Promise<HttpResponse>;
const verifierFor = (caseId: string) =>
  createVerifier({
    issuer: idp.issuer,
    clientId: idp.clients.basic.clientId,
    broker: 'idura',
    transport: (request) => send(request, caseId),
  });
const form = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * A challenge the customer approved on the phone, polled through `target` as the component does; the page's own
 * validation accepts it. Returns the ID token the page received (and would hand to recordOutcome).
 */
async function approvedChallenge(caseId: string, eid: EidId, identifier: string, target = controller) {
  let idToken = '';
  const verifier = createVerifier({
    issuer: idp.issuer,
    clientId: idp.clients.basic.clientId,
    broker: 'idura',
    transport: async (request) => {
      const response = (await target.send({ caseId, request })) as HttpResponse;
      if (request.endpoint === 'token' && response.status === 200)
        idToken = JSON.parse(response.body).id_token;
      return response;
    },
  });
  const pending = await verifier.start({ eid, identifier, company: 'Acme' });
  await idp.control.approve(pending.authReqId);
  expect((await verifier.waitForResult(pending)).status).toBe('approved');
  return { authReqId: pending.authReqId, idToken };
}

/** The same token with other claims: the broker's header and signature, the browser's payload. */
function tampered(idToken: string, change: Record<string, unknown>): string {
  const [header, payload, signature] = idToken.split('.') as [string, string, string];
  const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), ...change };
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

describe('stand-in IdVerificationController', () => {
  it('gives the component its configuration and contact, never a secret', () => {
    const context = controller.getContext({ caseId: SOREN_CASE });
    expect(context.contact).toMatchObject({
      name: 'Søren Ærø-Hansen',
      mobilePhone: '+4520123456',
      birthdate: '1985-03-12',
    });
    expect(context.config).toMatchObject({ broker: 'idura', clientId: 'demo-basic', challengeLimit: 2 });
    expect(JSON.stringify(context)).not.toContain(idp.clients.basic.clientSecret);
    expect(() => controller.getContext({ caseId: '500000000000000AAA' })).toThrow(ApexError);
  });

  describe('the national ID from the Contact field National_Id_Field__c names', () => {
    const nationalIdWith = (field: string | undefined, caseId = SOREN_CASE, options = {}) =>
      controllerFor(undefined, field, options).getContext({ caseId }).contact.nationalId;

    it('is not read when no field is configured', () => {
      const context = controller.getContext({ caseId: SOREN_CASE });
      expect(context.contact.nationalId).toBeNull();
      expect(Object.keys(context.contact)).toEqual([
        'name',
        'mobilePhone',
        'phone',
        'birthdate',
        'nationalId',
      ]);
    });

    it("is the contact's value of the configured field, and only the value (the field name stays on the server)", () => {
      const context = controllerFor(undefined, 'National_Id__c').getContext({ caseId: SOREN_CASE });
      expect(context.contact).toEqual({
        name: 'Søren Ærø-Hansen',
        mobilePhone: '+4520123456',
        phone: null,
        birthdate: '1985-03-12',
        nationalId: '1203851002',
      });
      expect(context.config).not.toHaveProperty('nationalIdField');
      expect(JSON.stringify(context)).not.toContain('National_Id__c');
      expect(JSON.stringify(context)).not.toContain('Tax_Id__c');
    });

    it('finds the field whatever the case and spaces of its configured name, as describe does', () => {
      expect(nationalIdWith('  national_ID__C ')).toBe('1203851002');
    });

    it('is null for a contact whose field is empty', () => {
      expect(nationalIdWith('National_Id__c', '5005g00000SeElAAAZ')).toBeNull();
    });

    it.each([
      ['a field Contact does not have', 'No_Such_Field__c'],
      ['a field the agent may not read (field-level security)', 'Tax_Id__c'],
      ['a field that is not text', 'Customer_Since__c'],
      ['a standard field', 'MobilePhone'],
      ['a query fragment', 'National_Id__c FROM Contact --'],
      ['a blank name', '   '],
    ])('ignores %s, and the context still loads', (_what, field) => {
      const context = controllerFor(undefined, field).getContext({ caseId: SOREN_CASE });
      expect(context.contact.nationalId).toBeNull();
      expect(context.contact.name).toBe('Søren Ærø-Hansen');
      expect(context.contact.mobilePhone).toBe('+4520123456');
    });

    it('follows what describe says to this agent', () => {
      const hidden = {
        ...CONTACT_CUSTOM_FIELDS,
        National_Id__c: { type: 'STRING' as const, accessible: false },
      };
      expect(nationalIdWith('National_Id__c', SOREN_CASE, { contactFields: hidden })).toBeNull();
      const encrypted = {
        ...CONTACT_CUSTOM_FIELDS,
        National_Id__c: { type: 'ENCRYPTEDSTRING' as const, accessible: true },
      };
      expect(nationalIdWith('National_Id__c', SOREN_CASE, { contactFields: encrypted })).toBeNull();
      expect(readableNationalIdField('national_id__c', CONTACT_CUSTOM_FIELDS)).toBe('National_Id__c');
      expect(readableNationalIdField(undefined, CONTACT_CUSTOM_FIELDS)).toBeUndefined();
      expect(readableNationalIdField(null, CONTACT_CUSTOM_FIELDS)).toBeUndefined();
    });

    it('never logs the value', () => {
      const calls: unknown[][] = [];
      const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
        jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
          calls.push(args);
        }),
      );
      try {
        expect(nationalIdWith('National_Id__c')).toBe('1203851002');
        nationalIdWith('No_Such_Field__c');
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
      expect(JSON.stringify(calls)).not.toContain('1203851002');
    });
  });

  it('forwards discovery to the configured issuer only, whatever URL the browser names', async () => {
    const response = await send({
      endpoint: 'discovery',
      method: 'GET',
      url: 'https://evil.example/steal',
      headers: {},
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).issuer).toBe(idp.issuer);
  });

  it.each([
    [{ endpoint: 'userinfo', method: 'GET' }, 'endpoint not allowed'],
    [{ endpoint: 'jwks', method: 'POST' }, 'method not allowed for jwks'],
    [
      { endpoint: 'token', method: 'POST', body: form({ grant_type: 'client_credentials' }) },
      'only the CIBA grant is allowed',
    ],
    [
      {
        endpoint: 'token',
        method: 'POST',
        body: form({ grant_type: 'urn:openid:params:grant-type:ciba', auth_req_id: 'x', client_id: 'other' }),
      },
      'client_id does not match the configuration',
    ],
    [
      {
        endpoint: 'backchannel_authentication',
        method: 'POST',
        body: form({ scope: 'profile', login_hint: 'x' }),
      },
      'scope must include openid',
    ],
    [
      {
        endpoint: 'backchannel_authentication',
        method: 'POST',
        body: 'scope=openid&login_hint=a&login_hint=b',
      },
      'repeated parameter login_hint',
    ],
  ])('refuses %j', async (request, reason) => {
    const response = await send(request as Partial<HttpRequest>);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ error: 'request_not_allowed', error_description: reason });
  });

  it('refuses a challenge for an eID that is not enabled', async () => {
    const response = await send({
      endpoint: 'backchannel_authentication',
      method: 'POST',
      body: form({ scope: 'openid', acr_values: 'urn:grn:authn:se:frejaid', login_hint: 'tel:+46704567890' }),
    });
    expect(JSON.parse(response.body).error_description).toBe('eID freja is not enabled');
  });

  it('only polls challenges of the same case', async () => {
    const pending = await verifierFor('5005g00000SeAsAAAZ').start({
      eid: 'bankid-se',
      identifier: '196802020575',
      company: 'Acme',
    });
    const response = await send({
      endpoint: 'token',
      method: 'POST',
      body: form({ grant_type: 'urn:openid:params:grant-type:ciba', auth_req_id: pending.authReqId }),
    });
    expect(JSON.parse(response.body).error_description).toBe(
      'auth_req_id is not a pending challenge of this case',
    );
  });

  it('strips parameters outside the allow-list and adds client authentication itself', async () => {
    const caseId = '5005g00000NoBjAAAZ';
    // A tampering browser: adds a parameter and its own Authorization header to the real request.
    const verifier = createVerifier({
      issuer: idp.issuer,
      clientId: idp.clients.basic.clientId,
      broker: 'idura',
      transport: async (request) => {
        const tampered =
          request.endpoint === 'backchannel_authentication'
            ? {
                ...request,
                headers: { ...request.headers, authorization: 'Basic bm9wZTpub3Bl' },
                body: `${request.body}&redirect_uri=https%3A%2F%2Fevil.example`,
              }
            : request;
        return send(tampered, caseId);
      },
    });
    const pending = await verifier.start({ eid: 'bankid-no', identifier: '17047910013', company: 'Acme' });
    const [record] = controller.audit.forCase(caseId);
    expect(record).toMatchObject({
      Status__c: 'Pending',
      Eid__c: 'bankid-no',
      Auth_Req_Id__c: pending.authReqId,
    });
    expect(record?.Binding_Message__c).toBe(pending.bindingMessage);
    expect(idp.control.get(pending.authReqId)?.personId).toBe('bjorn-aesoy');
  });

  it('enforces the challenge limit per case with a 429 the component understands', async () => {
    const caseId = '5005g00000SeElAAAZ';
    let last: HttpResponse | undefined;
    const verifier = createVerifier({
      issuer: idp.issuer,
      clientId: idp.clients.basic.clientId,
      broker: 'idura',
      transport: async (request) => (last = await send(request, caseId)),
    });
    const start = () => verifier.start({ eid: 'bankid-se', identifier: '199509301421', company: 'Acme' });
    await start();
    await start();
    await expect(start()).rejects.toThrow();
    expect(last?.status).toBe(429);
    const body = JSON.parse(last?.body ?? '{}');
    expect(body.error).toBe('challenge_limit_reached');
    expect(body.retry_at).toBeGreaterThan(Date.now());
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    expect(controller.getContext({ caseId }).attempts).toHaveLength(2);
  });

  it('records an approval only with the ID token it received from the broker, validated again', async () => {
    const caseId = '5005g00000DkMnAAAZ';
    const { authReqId, idToken } = await approvedChallenge(caseId, 'mitid', '1506014006');
    await expect(
      controller.recordOutcome({
        caseId: SOREN_CASE,
        outcome: { status: 'approved', authReqId, idToken },
      }),
    ).rejects.toThrow('outcome.unknown_request');
    const result = await controller.recordOutcome({
      caseId,
      outcome: {
        status: 'approved',
        authReqId,
        idToken,
        fullName: 'Someone Else',
        nationalIdMasked: '1506014006',
        eid: 'mitid',
      },
    });
    const [record] = controller.audit.forCase(caseId);
    expect(result).toEqual({ recordId: record?.Id, status: 'Approved' });
    // The signed token's name wins over the browser's, and a full national ID is masked whatever the browser sends.
    expect(record).toMatchObject({
      Status__c: 'Approved',
      Verified_Name__c: 'Frederik Løkke',
      National_Id_Masked__c: '150601••••',
    });
    expect(record?.Subject_Hash__c).toMatch(/^[0-9a-f]{64}$/);

    // A recorded approval is not undone by a bad token afterwards: refused, nothing written.
    await expect(
      controller.recordOutcome({
        caseId,
        outcome: { status: 'approved', authReqId, idToken: tampered(idToken, { name: 'Someone Else' }) },
      }),
    ).rejects.toThrow('token.not_from_broker');
    expect(controller.audit.forCase(caseId)[0]).toMatchObject({ Status__c: 'Approved' });
    expect(controller.audit.forCase(caseId)[0]?.Error_Code__c).toBeUndefined();
  });

  it('ends the challenge as Failed with the token code when it rejects the ID token, and answers instead of throwing', async () => {
    const { authReqId, idToken } = await approvedChallenge(SOREN_CASE, 'mitid', '1203851002');
    const [pending] = controller.audit.forCase(SOREN_CASE);
    const evidence = pending?.Id_Token_Sha256__c;
    expect(evidence).toMatch(/^[0-9a-f]{64}$/);

    // A tampering browser: the broker's signature around another name.
    const result = await controller.recordOutcome({
      caseId: SOREN_CASE,
      outcome: {
        status: 'approved',
        authReqId,
        idToken: tampered(idToken, { name: 'Someone Else' }),
        fullName: 'Someone Else',
        nationalIdMasked: '120385-••••',
        matchVerdict: 'match',
        eid: 'mitid',
      },
    });
    const record = controller.audit.all().find((r) => r.Id === pending?.Id);
    expect(result).toEqual({ recordId: pending?.Id, status: 'Failed', errorCode: 'token.not_from_broker' });
    expect(record).toMatchObject({ Status__c: 'Failed', Error_Code__c: 'token.not_from_broker' });
    expect(Date.parse(record?.Finished_At__c ?? '')).toBeGreaterThan(0);
    // Nothing the browser claimed about the person; the evidence is still the token the broker sent the server.
    expect(record?.Verified_Name__c).toBeUndefined();
    expect(record?.National_Id_Masked__c).toBeUndefined();
    expect(record?.Match_Verdict__c).toBeUndefined();
    expect(record?.Subject_Hash__c).toBeUndefined();
    expect(record?.Id_Token_Sha256__c).toBe(evidence);

    // The challenge is over: the genuine token cannot approve it afterwards.
    await expect(
      controller.recordOutcome({ caseId: SOREN_CASE, outcome: { status: 'approved', authReqId, idToken } }),
    ).rejects.toThrow('outcome.conflict');
  });

  it("records the core's code for a token only the server finds invalid (its clock is past the token's exp)", async () => {
    // IdToken lifetime at dev-idp: one hour; this server's clock runs two hours ahead of the page's.
    const ahead = controllerFor(() => Date.now() + 2 * 3600_000);
    const { authReqId, idToken } = await approvedChallenge(SOREN_CASE, 'mitid', '1203851002', ahead);
    const result = await ahead.recordOutcome({
      caseId: SOREN_CASE,
      outcome: { status: 'approved', authReqId, idToken },
    });
    expect(result).toMatchObject({ status: 'Failed', errorCode: 'token.expired' });
    expect(ahead.audit.forCase(SOREN_CASE)[0]).toMatchObject({
      Status__c: 'Failed',
      Error_Code__c: 'token.expired',
    });
  });

  it('keeps the final status it saw itself and records a cancel', async () => {
    const caseId = '5005g00000SeAsAAAZ';
    const verifier = verifierFor(caseId);
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    await idp.control.deny(pending.authReqId);
    expect((await verifier.waitForResult(pending)).status).toBe('denied');
    // The browser claims "cancelled", but the server saw the broker's access_denied.
    const result = await controller.recordOutcome({
      caseId,
      outcome: { status: 'cancelled', authReqId: pending.authReqId, errorCode: 'cancelled' },
    });
    // Only a Failed record's answer carries its error code.
    expect(result).toEqual({ recordId: expect.any(String), status: 'Denied' });
    expect(controller.audit.all().find((r) => r.Id === result.recordId)).toMatchObject({
      Status__c: 'Denied',
      Error_Code__c: 'access_denied',
    });
    await expect(controller.recordOutcome({ caseId, outcome: { status: 'maybe' } })).rejects.toThrow(
      'outcome.invalid',
    );
  });

  it('masks like the Apex class', () => {
    expect(maskedOnly('120385-••••')).toBe('120385-••••');
    expect(maskedOnly('1203851002')).toBe('120385••••');
    expect(maskedOnly(undefined)).toBeUndefined();
  });
});
