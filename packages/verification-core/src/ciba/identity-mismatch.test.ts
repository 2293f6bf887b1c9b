// The approved person must be the person asked. A real broker never breaks this, so the test plays a broker that
// does: a transport answering from a local key, signing a token for someone else than the challenge named.
import { describe, expect, it } from '@jest/globals';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { HttpResponse, Transport } from '../transport.js';
import { createVerifier } from './client.js';

const ISSUER = 'https://broker.example';

async function brokerSigningFor(claims: Record<string, unknown>): Promise<Transport> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
  const json = (body: unknown): HttpResponse => ({ status: 200, headers: {}, body: JSON.stringify(body) });
  return async (request) => {
    switch (request.endpoint) {
      case 'discovery':
        return json({
          issuer: ISSUER,
          backchannel_authentication_endpoint: `${ISSUER}/bc`,
          token_endpoint: `${ISSUER}/token`,
          jwks_uri: `${ISSUER}/jwks`,
        });
      case 'jwks':
        return json({ keys: [jwk] });
      case 'backchannel_authentication':
        return json({ auth_req_id: 'r1', expires_in: 120, interval: 0 });
      case 'token': {
        const now = Math.floor(Date.now() / 1000);
        const idToken = await new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer(ISSUER)
          .setAudience('agent-app')
          .setSubject('someone')
          .setIssuedAt(now)
          .setExpirationTime(now + 300)
          .sign(privateKey);
        return json({ id_token: idToken, token_type: 'Bearer', expires_in: '120' });
      }
    }
  };
}

describe('the approved person must be the person asked', () => {
  it('rejects a token for another national ID', async () => {
    const transport = await brokerSigningFor({
      name: 'Lars Åkesson',
      ssn: '199005232385',
      acr: 'urn:grn:authn:se:bankid',
    });
    const verifier = createVerifier({ issuer: ISSUER, clientId: 'agent-app', broker: 'idura', transport });
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '196802020575', company: 'Acme' });
    expect(await verifier.waitForResult(pending)).toMatchObject({
      status: 'failed',
      error: { code: 'token.identity_mismatch' },
    });
  });

  it('rejects a token for another phone number, and accepts the same number written differently', async () => {
    const other = await brokerSigningFor({ name: 'Elin Sjöström', phone_number: '070 999 99 99' });
    const verifier = createVerifier({
      issuer: ISSUER,
      clientId: 'agent-app',
      broker: 'idura',
      transport: other,
    });
    const pending = await verifier.start({ eid: 'freja', identifier: '+46704567890', company: 'Acme' });
    expect(await verifier.waitForResult(pending)).toMatchObject({
      status: 'failed',
      error: { code: 'token.identity_mismatch' },
    });

    const same = await brokerSigningFor({ name: 'Elin Sjöström', phone_number: '070-456 78 90' });
    const ok = createVerifier({ issuer: ISSUER, clientId: 'agent-app', broker: 'idura', transport: same });
    const again = await ok.start({ eid: 'freja', identifier: '+46704567890', company: 'Acme' });
    expect((await ok.waitForResult(again)).status).toBe('approved');
  });

  it('keeps nothing of the identifier but its mask in the PendingVerification hosts store', async () => {
    const transport = await brokerSigningFor({ name: 'Åsa Öberg', ssn: '196802020575' });
    const verifier = createVerifier({ issuer: ISSUER, clientId: 'agent-app', broker: 'idura', transport });
    const pending = await verifier.start({ eid: 'bankid-se', identifier: '19680202-0575', company: 'Acme' });
    expect(pending.sentTo).toBe('19680202-••••');
    expect(JSON.stringify(pending)).not.toMatch(/0575/);
    expect(Object.keys(pending)).not.toContain('identifierDigest');
  });

  it('after a resume in a new verifier (a reloaded page), compares what the mask shows', async () => {
    const resumed = async (claims: Record<string, unknown>) => {
      const transport = await brokerSigningFor(claims);
      const config = { issuer: ISSUER, clientId: 'agent-app', broker: 'idura', transport } as const;
      const stored = JSON.parse(
        JSON.stringify(
          await createVerifier(config).start({
            eid: 'bankid-se',
            identifier: '196802020575',
            company: 'Acme',
          }),
        ),
      ) as Awaited<ReturnType<ReturnType<typeof createVerifier>['start']>>;
      return createVerifier(config).waitForResult(stored);
    };
    expect((await resumed({ name: 'Åsa Öberg', ssn: '196802020575' })).status).toBe('approved');
    expect(await resumed({ name: 'Lars Åkesson', ssn: '199005232385' })).toMatchObject({
      status: 'failed',
      error: { code: 'token.identity_mismatch' },
    });
    // Born the same day: the mask cannot tell them apart, and nothing more was stored.
    expect((await resumed({ name: 'Someone Else', ssn: '196802029999' })).status).toBe('approved');
  });
});
