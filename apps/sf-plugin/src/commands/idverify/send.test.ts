// `sf idverify send` end to end against the real dev-idp (oidc-provider) over HTTP, for each eID and broker shape.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createPrivateKey } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startDevIdp, type DevIdp, type PendingRequest } from '@idverify/dev-idp';
import Send, { type SendResult } from './send.js';
import { io } from '../../lib/secrets.js';
import { oclifConfig, runCommand, sfTestContext } from '../../test-support/sf.js';

let idp: DevIdp;
let keyDir: string;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0, interval: 1, expiresIn: 30 });
  keyDir = await mkdtemp(join(tmpdir(), 'idverify-send-'));
});
afterAll(async () => {
  await idp.close();
  await rm(keyDir, { recursive: true, force: true });
});

type Customer = (request: PendingRequest) => Promise<unknown>;
const approve: Customer = (r) =>
  idp.control.approve(r.authReqId, r.wordPairs ? { wordPair: r.bindingMessage } : {});
const deny: Customer = (r) => idp.control.deny(r.authReqId);
const expire: Customer = (r) => idp.control.expire(r.authReqId);

describe('sf idverify send', () => {
  const { $$, output, everything } = sfTestContext();
  let since: number;

  beforeEach(() => {
    since = Date.now();
    process.env.IDVERIFY_CLIENT_SECRET = idp.clients.basic.clientSecret;
  });
  afterAll(() => {
    delete process.env.IDVERIFY_CLIENT_SECRET;
  });

  const base = (broker = 'idura') => [
    '--issuer',
    idp.issuer,
    '--client-id',
    idp.clients.basic.clientId,
    '--broker',
    broker,
    '--company',
    'Acme',
  ];

  /** Runs the command while "the customer" answers the challenge it sent. */
  async function send(argv: string[], customer?: Customer) {
    const running = runCommand(async () => Send.run([...argv, '--json'], await oclifConfig()));
    let challenge: PendingRequest | undefined;
    if (customer) {
      challenge = await idp.control.waitForPending((r) => r.createdAt >= since, 10_000);
      await customer(challenge);
    }
    const { result, error } = await running;
    const exitCode = process.exitCode ?? 0;
    process.exitCode = undefined;
    return { result: result as SendResult | undefined, error, exitCode, challenge };
  }

  describe('approved, for each eID and broker shape (exit code 0)', () => {
    it('Swedish BankID at Idura by personnummer', async () => {
      const { result, exitCode, challenge } = await send(
        ['--eid', 'bankid-se', '--national-id', '19680202-0575', ...base()],
        approve,
      );
      expect(exitCode).toBe(0);
      expect(challenge?.personId).toBe('asa-oberg');
      expect(result).toMatchObject({
        status: 'approved',
        verified: true,
        eid: 'bankid-se',
        broker: 'idura',
        issuer: idp.issuer,
        clientId: 'demo-basic',
        sentTo: '19680202-••••',
        bindingMessageSource: 'client',
        identity: {
          fullName: 'Åsa Öberg',
          nationalIdMasked: '19680202-••••',
          birthDate: '1968-02-02',
          country: 'SE',
          levelOfAssurance: 'high',
        },
        evidence: { issuer: idp.issuer, audience: 'demo-basic', alg: 'RS256' },
        audit: { status: 'approved', eid: 'bankid-se', nationalIdMasked: '19680202-••••' },
      });
      expect(result?.bindingMessage).toBe(challenge?.bindingMessage);
      expect(result?.bindingMessage).toMatch(/^Acme \d{4}$/);
      expect(result?.evidence?.idTokenSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(result?.error).toBeUndefined();
      // The JSON printed is the documented envelope, with neither the unmasked national ID nor the secret.
      expect(output.json).toEqual([{ status: 0, result, warnings: [] }]);
      expect(everything()).not.toContain('196802020575');
      expect(everything()).not.toContain(idp.clients.basic.clientSecret);
    });

    it('Norwegian BankID at Idura: the word pair from the provider is what the agent reads aloud', async () => {
      const { result, exitCode, challenge } = await send(
        ['--eid', 'bankid-no', '--national-id', '170479 10013', ...base()],
        approve,
      );
      expect(exitCode).toBe(0);
      expect(result).toMatchObject({
        bindingMessageSource: 'provider',
        identity: { fullName: 'Bjørn Æsøy', nationalIdMasked: '170479•••••' },
      });
      expect(challenge?.wordPairs).toContain(result?.bindingMessage);
    });

    it('MitID at Idura by CPR', async () => {
      const { result, exitCode } = await send(
        ['--eid', 'mitid', '--national-id', '120385-1002', ...base()],
        approve,
      );
      expect(exitCode).toBe(0);
      expect(result?.identity).toMatchObject({
        fullName: 'Søren Ærø-Hansen',
        nationalIdMasked: '120385-••••',
        levelOfAssurance: 'substantial',
      });
    });

    it('MitID through Signaturgruppen (login_hint_token shape)', async () => {
      const { result, exitCode, challenge } = await send(
        ['--eid', 'mitid', '--national-id', '0711722009', ...base('signaturgruppen')],
        approve,
      );
      expect(exitCode).toBe(0);
      expect(challenge?.broker).toBe('signaturgruppen');
      expect(result).toMatchObject({
        broker: 'signaturgruppen',
        identity: { fullName: 'Mette Nørgaard', nationalIdMasked: '071172-••••' },
      });
      expect(result?.identity?.transactionId).toBe(challenge?.transactionId);
    });

    it('Freja at Idura by phone number', async () => {
      const { result, exitCode } = await send(
        ['--eid', 'freja', '--phone', '070-456 78 90', ...base()],
        approve,
      );
      expect(exitCode).toBe(0);
      expect(result).toMatchObject({ status: 'approved', eid: 'freja' });
      expect(result?.sentTo).not.toContain('4567890');
    });

    it('private_key_jwt with a JWK file and with a PEM file', async () => {
      const { clientId, privateJwk } = idp.clients.privateKeyJwt;
      const jwkFile = join(keyDir, 'client.jwk');
      await writeFile(jwkFile, JSON.stringify(privateJwk));
      const args = [
        '--eid',
        'bankid-se',
        '--national-id',
        '196802020575',
        '--issuer',
        idp.issuer,
        '--client-id',
        clientId,
      ];
      delete process.env.IDVERIFY_CLIENT_SECRET;
      const viaJwk = await send([...args, '--private-key', jwkFile], approve);
      expect(viaJwk.result?.status).toBe('approved');

      const pemFile = join(keyDir, 'client.pem');
      const { kid: _kid, alg: _alg, use: _use, ...keyOnly } = privateJwk as Record<string, string>;
      await writeFile(
        pemFile,
        createPrivateKey({ key: keyOnly, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }),
      );
      since = Date.now();
      const viaPem = await send([...args, '--private-key', pemFile], approve);
      expect(viaPem.result?.status).toBe('approved');
      expect(everything()).not.toContain(String(privateJwk.d));
    });

    it('reads the secret from stdin and from --client-secret', async () => {
      delete process.env.IDVERIFY_CLIENT_SECRET;
      $$.SANDBOX.stub(io, 'readStdin').resolves(`${idp.clients.basic.clientSecret}\n`);
      const viaStdin = await send(
        ['--eid', 'mitid', '--national-id', '1203851002', ...base(), '--client-secret-stdin'],
        approve,
      );
      expect(viaStdin.result?.status).toBe('approved');
      since = Date.now();
      const viaFlag = await send(
        [
          '--eid',
          'mitid',
          '--national-id',
          '1203851002',
          ...base(),
          '--client-secret',
          idp.clients.basic.clientSecret,
        ],
        approve,
      );
      expect(viaFlag.result?.status).toBe('approved');
      expect(everything()).not.toContain(idp.clients.basic.clientSecret);
    });
  });

  describe('not verified (exit code 1, same JSON shape)', () => {
    it('denied by the customer', async () => {
      const { result, exitCode } = await send(
        ['--eid', 'bankid-se', '--national-id', '196802020575', ...base()],
        deny,
      );
      expect(exitCode).toBe(1);
      expect(result).toMatchObject({
        status: 'denied',
        verified: false,
        error: { code: 'provider.access_denied' },
        audit: { status: 'denied' },
      });
      expect(result?.identity).toBeUndefined();
      expect(output.json).toEqual([{ status: 1, result, warnings: [] }]);
    });

    it('expired before the customer answered', async () => {
      const { result, exitCode } = await send(
        ['--eid', 'mitid', '--national-id', '1203851002', ...base()],
        expire,
      );
      expect(exitCode).toBe(1);
      expect(result).toMatchObject({ status: 'expired', error: { code: 'provider.expired_token' } });
    });

    it('Norwegian BankID: the customer picks the wrong word pair', async () => {
      const wrongPair: Customer = (r) =>
        idp.control.approve(r.authReqId, {
          wordPair: r.wordPairs!.find((pair) => pair !== r.bindingMessage)!,
        });
      const { result, exitCode } = await send(
        ['--eid', 'bankid-no', '--national-id', '03109240183', ...base()],
        wrongPair,
      );
      expect(exitCode).toBe(1);
      expect(result?.status).toBe('denied');
    });

    it('a tampered ID token fails validation (token.invalid_signature)', async () => {
      const realFetch = globalThis.fetch;
      $$.SANDBOX.stub(globalThis, 'fetch').callsFake(
        async (input: string | URL | Request, init?: RequestInit) => {
          const response = await realFetch(input, init);
          const body = await response.text();
          const tampered = body.replace(
            /("id_token"\s*:\s*"[^".]+\.[^".]+\.)([A-Za-z0-9_-])/,
            (_, head: string, first: string) => `${head}${first === 'A' ? 'B' : 'A'}`,
          );
          return new Response(tampered, { status: response.status, headers: response.headers });
        },
      );
      const { result, exitCode } = await send(
        ['--eid', 'bankid-se', '--national-id', '196802020575', ...base()],
        approve,
      );
      expect(exitCode).toBe(1);
      expect(result).toMatchObject({
        status: 'failed',
        verified: false,
        error: { code: 'token.invalid_signature' },
      });
      expect(result?.identity).toBeUndefined();
    });

    it('a person the provider does not know: unknown_user_id', async () => {
      const { error, exitCode } = await send([
        '--eid',
        'bankid-se',
        '--national-id',
        '19900101-0017',
        ...base(),
      ]);
      expect(exitCode).toBe(1);
      expect(error?.name).toBe('provider.unknown_user_id');
    });
  });

  describe('usage and configuration errors (exit code 2, nothing sent)', () => {
    const nothingSent = () =>
      expect(idp.control.pending({ status: 'all' }).filter((r) => r.createdAt >= since)).toEqual([]);

    it('bad client credentials: invalid_client', async () => {
      process.env.IDVERIFY_CLIENT_SECRET = 'wrong-secret';
      const { error, exitCode } = await send([
        '--eid',
        'bankid-se',
        '--national-id',
        '196802020575',
        ...base(),
      ]);
      expect(exitCode).toBe(2);
      expect(error?.name).toBe('provider.invalid_client');
      expect(error?.message).toMatch(/rejected the app’s credentials/);
      expect(everything()).not.toContain('wrong-secret');
      expect(JSON.stringify(output.json)).toContain('"code":"provider.invalid_client"');
      nothingSent();
    });

    it('an invalid identifier is refused before anything is sent', async () => {
      const checksum = await send(['--eid', 'bankid-se', '--national-id', '19680202-0576', ...base()]);
      expect(checksum.exitCode).toBe(2);
      expect(checksum.error?.name).toBe('identifier.invalid_checksum');
      const phone = await send(['--eid', 'bankid-se', '--phone', '+46701234567', ...base()]);
      expect(phone.exitCode).toBe(2);
      expect(phone.error?.name).toBe('PhoneNotAccepted');
      nothingSent();
    });

    it('an eID the broker does not offer', async () => {
      const { error, exitCode } = await send([
        '--eid',
        'bankid-se',
        '--national-id',
        '196802020575',
        ...base('signaturgruppen'),
      ]);
      expect(exitCode).toBe(2);
      expect(error?.name).toBe('config.eid_not_offered');
      nothingSent();
    });

    it('no credential at all, and both identifiers at once', async () => {
      delete process.env.IDVERIFY_CLIENT_SECRET;
      const noSecret = await send(['--eid', 'mitid', '--national-id', '1203851002', ...base()]);
      expect(noSecret.exitCode).toBe(2);
      expect(noSecret.error?.name).toBe('MissingCredential');
      const both = await send([
        '--eid',
        'mitid',
        '--national-id',
        '1203851002',
        '--phone',
        '+4520123456',
        ...base(),
      ]);
      expect(both.exitCode).toBe(2);
      nothingSent();
    });
  });
});
