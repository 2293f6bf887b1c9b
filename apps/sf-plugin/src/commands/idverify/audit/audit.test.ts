// `sf idverify audit list|verify` with @salesforce/core's TestContext (mocked org) — and, for the ID-token
// re-check, a real token from dev-idp.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startDevIdp, type DevIdp } from '@idverify/dev-idp';
import {
  clientSecretBasic,
  createVerifier,
  fetchTransport,
  type Transport,
} from '@idverify/verification-core';
import AuditList from './list.js';
import AuditVerify from './verify.js';
import type { AuditSObject, ConfigSObject } from '../../../lib/audit.js';
import { MockTestOrgData, oclifConfig, runCommand, sfTestContext } from '../../../test-support/sf.js';

const hex = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
type Request = { method?: string; url?: string };

const approved: AuditSObject = {
  Id: 'a01xx000003DgAbAAK',
  Name: 'IV-0001',
  Case__c: '500xx000001AbCdAAK',
  Status__c: 'Approved',
  Eid__c: 'bankid-se',
  Verified_Name__c: 'Åsa Öberg',
  National_Id_Masked__c: '19680202-••••',
  Level_Of_Assurance__c: 'high',
  Issuer__c: 'https://acme.idura.broker',
  Subject_Hash__c: hex('8b39366f-81dd-4448-a6be-3a70c044a4f7'),
  Auth_Req_Id__c: 'req-1',
  Transaction_Id__c: null,
  Id_Token_Sha256__c: hex('header.payload.signature'),
  Match_Verdict__c: 'match',
  Error_Code__c: null,
  Agent__c: '005xx000001SvIkAAK',
  Started_At__c: '2026-11-20T10:00:00.000Z',
  Finished_At__c: '2026-11-20T10:00:40.000Z',
  Binding_Message__c: 'Acme 4821',
  CreatedDate: '2026-11-20T10:00:00.000+0000',
};
const config: ConfigSObject = {
  Broker__c: 'idura',
  Issuer__c: 'https://acme.idura.broker',
  Client_Id__c: 'urn:my:client',
  Enabled_Eids__c: 'bankid-se,bankid-no,freja',
};

describe('sf idverify audit', () => {
  const { $$, output, everything } = sfTestContext();
  const testOrg = new MockTestOrgData();
  let requests: Request[];
  let records: AuditSObject[];
  let configs: ConfigSObject[];

  beforeEach(async () => {
    await $$.stubAuths(testOrg);
    requests = [];
    records = [approved];
    configs = [config];
    $$.fakeConnectionRequest = ((request: Request) => {
      requests.push(request);
      const soql = decodeURIComponent(request.url ?? '').replace(/\+/g, ' ');
      const result = (rows: unknown[]) =>
        Promise.resolve({ totalSize: rows.length, done: true, records: rows });
      if (soql.includes('FROM Identity_Verification__c')) return result(records);
      if (soql.includes('FROM IdVerify_Config__mdt')) return result(configs);
      return result([]);
    }) as unknown as typeof $$.fakeConnectionRequest;
  });

  const soqlOf = (request: Request) => decodeURIComponent(request.url ?? '').replace(/\+/g, ' ');
  const auditQueries = () =>
    requests.map(soqlOf).filter((soql) => soql.includes('FROM Identity_Verification__c'));
  const list = async (argv: string[]) =>
    AuditList.run(['--target-org', testOrg.username, ...argv], await oclifConfig());
  const verify = async (argv: string[]) =>
    AuditVerify.run(['--target-org', testOrg.username, ...argv], await oclifConfig());

  describe('list', () => {
    it('queries with the filters and returns camelCase records', async () => {
      const result = await list([
        '--case',
        '500xx000001AbCdAAK',
        '--since',
        '2026-11-01',
        '--status',
        'Approved',
        '--limit',
        '10',
        '--json',
      ]);
      expect(auditQueries()).toHaveLength(1);
      expect(auditQueries()[0]).toContain(
        "FROM Identity_Verification__c WHERE Case__c = '500xx000001AbCdAAK' AND CreatedDate >= 2026-11-01T00:00:00Z AND Status__c = 'Approved' ORDER BY CreatedDate DESC LIMIT 10",
      );
      expect(result.totalSize).toBe(1);
      expect(result.records[0]).toMatchObject({
        id: 'a01xx000003DgAbAAK',
        caseId: '500xx000001AbCdAAK',
        status: 'Approved',
        eid: 'bankid-se',
        verifiedName: 'Åsa Öberg',
        nationalIdMasked: '19680202-••••',
        levelOfAssurance: 'high',
        matchVerdict: 'match',
      });
      expect(output.json).toEqual([{ status: 0, result, warnings: [] }]);
    });

    it('prints a table, and hides a national ID that was stored unmasked', async () => {
      records = [approved, { ...approved, Id: 'a01xx000003DgAcAAK', National_Id_Masked__c: '196802020575' }];
      const result = await list([]);
      expect(result.records[1]?.nationalIdMasked).toMatch(/not masked/);
      expect(everything()).not.toContain('196802020575');
      expect(output.logs.join('\n')).toContain('Åsa Öberg');
    });

    it('rejects a bad --since and a bad --case with exit code 2, before querying', async () => {
      const since = await runCommand(() => list(['--since', 'last week']));
      expect(since.error?.name).toBe('InvalidDate');
      expect(process.exitCode).toBe(2);
      process.exitCode = undefined;
      const caseId = await runCommand(() => list(['--case', "500' OR Name != '"]));
      expect(caseId.error).toBeDefined();
      expect(process.exitCode).toBe(2);
      expect(auditQueries()).toHaveLength(0);
    });
  });

  describe('verify', () => {
    it('a complete approved record is consistent (exit code 0)', async () => {
      const result = await verify(['--record', 'a01xx000003DgAbAAK', '--json']);
      expect(result.verdict).toBe('consistent');
      expect(Object.fromEntries(result.checks.map((c) => [c.check, c.result]))).toEqual({
        status: 'pass',
        'evidence-complete': 'pass',
        'level-of-assurance': 'pass',
        'id-token-hash-format': 'pass',
        'national-id-masked': 'pass',
        timestamps: 'pass',
        'issuer-configured': 'pass',
        'eid-enabled': 'pass',
      });
      expect(process.exitCode ?? 0).toBe(0);
      expect(auditQueries()[0]).toContain("WHERE Id = 'a01xx000003DgAbAAK'");
    });

    it('an approved record with missing evidence and an unmasked national ID is inconsistent (exit code 1)', async () => {
      records = [
        {
          ...approved,
          Subject_Hash__c: null,
          National_Id_Masked__c: '196802020575',
          Issuer__c: 'https://evil.example',
        },
      ];
      const result = await verify(['--record', 'a01xx000003DgAbAAK', '--json']);
      expect(result.verdict).toBe('inconsistent');
      const byCheck = Object.fromEntries(result.checks.map((c) => [c.check, c]));
      expect(byCheck['evidence-complete']).toMatchObject({
        result: 'fail',
        detail: 'Missing: Subject_Hash__c.',
      });
      expect(byCheck['national-id-masked']?.result).toBe('fail');
      expect(byCheck['issuer-configured']?.result).toBe('warn');
      expect(process.exitCode).toBe(1);
      expect(everything()).not.toContain('196802020575');
    });

    it('a denied record that carries an identity is inconsistent', async () => {
      records = [{ ...approved, Status__c: 'Denied', Error_Code__c: 'provider.access_denied' }];
      const result = await verify(['--record', 'a01xx000003DgAbAAK']);
      expect(result.checks.find((c) => c.check === 'no-identity-on-failure')).toMatchObject({
        result: 'fail',
      });
      expect(process.exitCode).toBe(1);
    });

    it('an unknown record is a usage error (exit code 2)', async () => {
      records = [];
      const { error } = await runCommand(() => verify(['--record', 'a01xx000003DgAbAAK']));
      expect(error?.name).toBe('RecordNotFound');
      expect(process.exitCode).toBe(2);
    });

    describe('with the ID token (a real one from dev-idp)', () => {
      let idp: DevIdp;
      let dir: string;
      let idToken: string;
      let record: AuditSObject;

      beforeAll(async () => {
        idp = await startDevIdp({ port: 0, interval: 1, expiresIn: 30 });
        dir = await mkdtemp(join(tmpdir(), 'idverify-audit-'));
        const tokens: string[] = [];
        const inner = fetchTransport({
          clientAuth: clientSecretBasic(idp.clients.basic.clientId, idp.clients.basic.clientSecret),
        });
        const transport: Transport = async (request, options) => {
          const response = await inner(request, options);
          const match = /"id_token"\s*:\s*"([^"]+)"/.exec(response.body);
          if (request.endpoint === 'token' && match?.[1]) tokens.push(match[1]);
          return response;
        };
        const verifier = createVerifier({
          issuer: idp.issuer,
          clientId: idp.clients.basic.clientId,
          broker: 'idura',
          transport,
        });
        const pending = await verifier.start({
          eid: 'bankid-se',
          identifier: '196802020575',
          company: 'Acme',
        });
        const result = verifier.waitForResult(pending);
        await idp.control.approve(
          (await idp.control.waitForPending((r) => r.authReqId === pending.authReqId)).authReqId,
        );
        const outcome = await result;
        if (outcome.status !== 'approved' || !tokens[0]) throw new Error('dev-idp did not approve');
        idToken = tokens[0];
        record = {
          ...approved,
          Issuer__c: idp.issuer,
          Subject_Hash__c: hex(outcome.identity.subject),
          Id_Token_Sha256__c: hex(idToken),
          Auth_Req_Id__c: pending.authReqId,
          Finished_At__c: new Date().toISOString(),
        };
      });
      afterAll(async () => {
        await idp.close();
        await rm(dir, { recursive: true, force: true });
      });
      beforeEach(() => {
        records = [record];
        configs = [{ ...config, Issuer__c: idp.issuer, Client_Id__c: idp.clients.basic.clientId }];
      });

      it('the recorded token verifies against the issuer’s keys and matches the record', async () => {
        const file = join(dir, 'token.jwt');
        await writeFile(file, `${idToken}\n`);
        const result = await verify(['--record', 'a01xx000003DgAbAAK', '--id-token', file, '--json']);
        const byCheck = Object.fromEntries(result.checks.map((c) => [c.check, c.result]));
        expect(byCheck).toMatchObject({
          'id-token-hash': 'pass',
          'id-token-signature': 'pass',
          'id-token-subject': 'pass',
        });
        expect(result.verdict).toBe('consistent');
      });

      it('a tampered token is not the recorded one and its signature fails', async () => {
        const [header, payload, signature] = idToken.split('.');
        const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
        forged.name = 'Someone Else';
        const file = join(dir, 'forged.jwt');
        await writeFile(
          file,
          `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`,
        );
        const result = await verify(['--record', 'a01xx000003DgAbAAK', '--id-token', file, '--json']);
        const byCheck = Object.fromEntries(result.checks.map((c) => [c.check, c]));
        expect(byCheck['id-token-hash']?.result).toBe('fail');
        expect(byCheck['id-token-signature']).toMatchObject({ result: 'fail' });
        expect(byCheck['id-token-signature']?.detail).toMatch(/^token\.invalid_signature/);
        expect(result.verdict).toBe('inconsistent');
        expect(process.exitCode).toBe(1);
      });
    });
  });
});
