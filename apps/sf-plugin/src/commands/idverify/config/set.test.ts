import { describe, expect, it, beforeEach } from '@jest/globals';
import { clientSecretBasic } from '@idverify/verification-core';
import ConfigSet from './set.js';
import { io } from '../../../lib/secrets.js';
import { MockTestOrgData, oclifConfig, runCommand, sfTestContext } from '../../../test-support/sf.js';

const SECRET = 'S3cr3t-value-that-must-never-print';
type Request = { method?: string; url?: string; body?: string };
type Fake = ReturnType<typeof sfTestContext>['$$']['fakeConnectionRequest'];
/** Types a plain handler as TestContext's fakeConnectionRequest. */
const fake = (handler: (request: unknown) => Promise<unknown>) => handler as unknown as Fake;

describe('sf idverify config set', () => {
  const { $$, output, everything } = sfTestContext();
  const testOrg = new MockTestOrgData();
  let requests: Request[];
  let stored: Record<string, { value: string; encrypted: boolean }>;

  const run = async (argv: string[]) =>
    ConfigSet.run(['--target-org', testOrg.username, ...argv], await oclifConfig());

  beforeEach(async () => {
    await $$.stubAuths(testOrg);
    requests = [];
    stored = {};
    delete process.env.IDVERIFY_CLIENT_SECRET;
    $$.SANDBOX.stub(io, 'readStdin').resolves(`${SECRET}\n`);
    $$.SANDBOX.stub(io, 'stdinIsTty').returns(false);
    $$.fakeConnectionRequest = fake((request) => {
      const req = request as Request;
      requests.push(req);
      if (req.url?.includes('/named-credentials/credential')) {
        if (req.method === 'GET') {
          const credentials = Object.fromEntries(
            Object.entries(stored).map(([name, v]) => [
              name,
              { value: v.encrypted ? null : v.value, encrypted: v.encrypted },
            ]),
          );
          return Promise.resolve({
            externalCredential: 'IdVerify_Broker_Credential',
            principalName: 'IdVerifyPrincipal',
            principalType: 'NamedPrincipal',
            authenticationProtocol: 'Custom',
            authenticationStatus: Object.keys(stored).length ? 'Configured' : 'NotConfigured',
            credentials,
          });
        }
        stored = (JSON.parse(req.body ?? '{}') as { credentials: typeof stored }).credentials;
        return Promise.resolve({ authenticationStatus: 'Configured', credentials: {} });
      }
      return Promise.resolve({ records: [] });
    });
  });

  const credentialCalls = () => requests.filter((req) => req.url?.includes('/named-credentials/credential'));

  it('creates the principal credentials from stdin (POST) and never prints the secret', async () => {
    const result = await run(['--client-id', 'urn:my:client', '--client-secret-stdin', '--json']);
    const [get, post] = credentialCalls();
    expect(get).toMatchObject({ method: 'GET' });
    expect(get?.url).toContain(
      '/services/data/v56.0/named-credentials/credential?externalCredential=IdVerify_Broker_Credential&principalName=IdVerifyPrincipal&principalType=NamedPrincipal',
    );
    expect(post).toMatchObject({ method: 'POST' });
    expect(post?.url).toMatch(/\/services\/data\/v56\.0\/named-credentials\/credential$/);
    expect(JSON.parse(post?.body ?? '')).toEqual({
      externalCredential: 'IdVerify_Broker_Credential',
      authenticationProtocol: 'Custom',
      principalName: 'IdVerifyPrincipal',
      principalType: 'NamedPrincipal',
      credentials: {
        ClientId: { value: 'urn%3Amy%3Aclient', encrypted: false },
        ClientSecret: { value: SECRET, encrypted: true },
      },
    });
    expect(result).toMatchObject({
      action: 'create',
      dryRun: false,
      externalCredential: 'IdVerify_Broker_Credential',
      principalName: 'IdVerifyPrincipal',
      changes: { clientId: { from: null, to: 'urn:my:client' }, clientSecret: 'set' },
      authenticationStatus: 'Configured',
    });
    expect(result.request.body.credentials.ClientSecret?.value).toBe('********');
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(output.json).toHaveLength(1);
    expect(everything()).not.toContain(SECRET);
  });

  it('replaces existing credentials (PUT), reading the secret from IDVERIFY_CLIENT_SECRET', async () => {
    stored = {
      ClientId: { value: 'urn%3Aold%3Aclient', encrypted: false },
      ClientSecret: { value: 'old', encrypted: true },
    };
    process.env.IDVERIFY_CLIENT_SECRET = SECRET;
    try {
      const result = await run(['--client-id', 'urn:my:client']);
      expect(credentialCalls().map((req) => req.method)).toEqual(['GET', 'PUT']);
      expect(result.action).toBe('replace');
      expect(result.changes).toEqual({
        clientId: { from: 'urn:old:client', to: 'urn:my:client' },
        clientSecret: 'replaced',
      });
      expect(stored.ClientSecret).toEqual({ value: SECRET, encrypted: true });
      expect(everything()).not.toContain(SECRET);
      expect(output.logs.join('\n')).toContain('Stored the client credential in IdVerify_Broker_Credential');
    } finally {
      delete process.env.IDVERIFY_CLIENT_SECRET;
    }
  });

  it("stores id and secret form-urlencoded: the External Credential formula's header is then client_secret_basic", async () => {
    const secret = 'p@ss:wörd/with spaces+%&=';
    process.env.IDVERIFY_CLIENT_SECRET = secret;
    try {
      await run(['--client-id', 'urn:my:client', '--json']);
    } finally {
      delete process.env.IDVERIFY_CLIENT_SECRET;
    }
    // {!'Basic ' & BASE64ENCODE(BLOB($Credential….ClientId & ':' & $Credential….ClientSecret))}, as the org computes it
    const formula = `Basic ${Buffer.from(`${stored.ClientId?.value}:${stored.ClientSecret?.value}`, 'utf8').toString('base64')}`;
    const { headers } = await clientSecretBasic(
      'urn:my:client',
      secret,
    )({
      endpoint: 'token',
      method: 'POST',
      url: 'https://broker.example/token',
      headers: {},
      body: '',
    });
    expect(formula).toBe(headers.authorization);
    expect(everything()).not.toContain(secret);
  });

  it('--dry-run reads but changes nothing, and shows the body with the secret hidden', async () => {
    const result = await run(['--client-id', 'urn:my:client', '--client-secret-stdin', '--dry-run']);
    expect(credentialCalls().map((req) => req.method)).toEqual(['GET']);
    expect(result).toMatchObject({ dryRun: true, action: 'create', request: { method: 'POST' } });
    expect(output.logs.join('\n')).toContain('********');
    expect(everything()).not.toContain(SECRET);
  });

  it('uses the org API version when it is at least 56.0', async () => {
    await run(['--client-id', 'c', '--client-secret-stdin', '--api-version', '62.0']);
    expect(credentialCalls()[0]?.url).toContain('/services/data/v62.0/named-credentials/credential');
  });

  it('fails with exit code 2 when no secret is available', async () => {
    (io.readStdin as unknown as { resolves: (v: string) => void }).resolves('');
    const fromStdin = await runCommand(() => run(['--client-id', 'c', '--client-secret-stdin']));
    expect(fromStdin.error?.name).toBe('MissingSecret');
    expect(process.exitCode).toBe(2);
    const none = await runCommand(() => run(['--client-id', 'c']));
    expect(none.error?.message).toMatch(/IDVERIFY_CLIENT_SECRET/);
    expect(credentialCalls()).toHaveLength(0);
  });

  it('explains a missing External Credential (exit code 2) without leaking the secret', async () => {
    $$.fakeConnectionRequest = fake((request) => {
      const req = request as Request;
      requests.push(req);
      if (req.url?.includes('/named-credentials/')) {
        const error = Object.assign(
          new Error('The external credential IdVerify_Broker_Credential was not found.'),
          {
            errorCode: 'NOT_FOUND',
          },
        );
        return Promise.reject(error);
      }
      return Promise.resolve({ records: [] });
    });
    const { error } = await runCommand(() => run(['--client-id', 'c', '--client-secret-stdin', '--json']));
    expect(error?.name).toBe('ExternalCredentialNotFound');
    expect(process.exitCode).toBe(2);
    expect(everything()).not.toContain(SECRET);
    expect(JSON.stringify(output.json)).toContain('Deploy the metadata first');
  });

  it('keeps a secret typed on the command line out of flag-parsing errors in --json', async () => {
    const { error } = await runCommand(() => run(['--client-id', 'c', '--unknown-flag', SECRET, '--json']));
    expect(error).toBeDefined();
    expect(process.exitCode).toBe(2);
    expect(JSON.stringify(output.json)).not.toContain(SECRET);
    expect(everything()).not.toContain(SECRET);
  });
});
