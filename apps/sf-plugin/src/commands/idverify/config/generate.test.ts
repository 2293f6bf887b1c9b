import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ConfigGenerate from './generate.js';
import { AUTHORIZATION_FORMULA } from '../../../lib/metadata.js';
import { oclifConfig, runCommand, sfTestContext } from '../../../test-support/sf.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['values', 'externalCredentialParameters', 'namedCredentialParameters'].includes(name),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML is walked freely in assertions
type Xml = any;

function parse(xml: string): Record<string, Xml> {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const generate = async (argv: string[]) => ConfigGenerate.run(argv, await oclifConfig());

describe('sf idverify config generate', () => {
  const { output } = sfTestContext();
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'idverify-generate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const args = (extra: string[] = []) => [
    '--issuer',
    'https://acme.idura.broker',
    '--client-id',
    'urn:my:client',
    '--eids',
    'bankid-se,bankid-no,mitid',
    '--company',
    'Acme & Co <DK>',
    '--output-dir',
    dir,
    ...extra,
  ];

  it('writes the External Credential, Named Credential and configuration record as valid metadata', async () => {
    const result = await generate([...args(), '--json']);
    expect(result.files.map((file) => file.path.slice(dir.length + 1)).sort()).toEqual([
      'customMetadata/IdVerify_Config.Default.md-meta.xml',
      'externalCredentials/IdVerify_Broker_Credential.externalCredential-meta.xml',
      'namedCredentials/IdVerify_Broker.namedCredential-meta.xml',
    ]);

    const ec = parse(
      await readFile(
        join(dir, 'externalCredentials/IdVerify_Broker_Credential.externalCredential-meta.xml'),
        'utf8',
      ),
    ).ExternalCredential;
    expect(ec['@_xmlns']).toBe('http://soap.sforce.com/2006/04/metadata');
    expect(ec.authenticationProtocol).toBe('Custom');
    const principal = ec.externalCredentialParameters.find((p: Xml) => p.parameterType === 'NamedPrincipal');
    expect(principal).toMatchObject({ parameterName: 'IdVerifyPrincipal', sequenceNumber: '1' });
    const header = ec.externalCredentialParameters.find((p: Xml) => p.parameterType === 'AuthHeader');
    expect(header).toMatchObject({ parameterName: 'Authorization', parameterValue: AUTHORIZATION_FORMULA });
    expect(header.parameterValue).toContain('$Credential.IdVerify_Broker_Credential.ClientSecret');

    const nc = parse(
      await readFile(join(dir, 'namedCredentials/IdVerify_Broker.namedCredential-meta.xml'), 'utf8'),
    ).NamedCredential;
    expect(nc.namedCredentialType).toBe('SecuredEndpoint');
    expect(nc.generateAuthorizationHeader).toBe('false');
    expect(nc.namedCredentialParameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ parameterType: 'Url', parameterValue: 'https://acme.idura.broker' }),
        expect.objectContaining({
          parameterType: 'Authentication',
          externalCredential: 'IdVerify_Broker_Credential',
        }),
      ]),
    );

    const md = parse(
      await readFile(join(dir, 'customMetadata/IdVerify_Config.Default.md-meta.xml'), 'utf8'),
    ).CustomMetadata;
    const values = Object.fromEntries(
      md.values.map((v: Xml) => [v.field, { value: v.value['#text'], type: v.value['@_xsi:type'] }]),
    );
    expect(md.label).toBe('Default');
    expect(values).toEqual({
      Broker__c: { value: 'idura', type: 'xsd:string' },
      Issuer__c: { value: 'https://acme.idura.broker', type: 'xsd:string' },
      Client_Id__c: { value: 'urn:my:client', type: 'xsd:string' },
      Enabled_Eids__c: { value: 'bankid-se,bankid-no,mitid', type: 'xsd:string' },
      Company_Name__c: { value: 'Acme & Co <DK>', type: 'xsd:string' },
      Challenge_Limit__c: { value: '3.0', type: 'xsd:double' },
      National_Id_Field__c: { value: undefined, type: undefined },
      Window_Minutes__c: { value: '10.0', type: 'xsd:double' },
    });
    const unset = md.values.find((v: Xml) => v.field === 'National_Id_Field__c');
    expect(unset.value['@_xsi:nil']).toBe('true');
    expect(output.logs.join('\n')).toContain('Wrote 3 metadata files.');
  });

  it('names the Contact field with the national ID when asked, and refuses what is not a field name', async () => {
    await generate([...args(), '--national-id-field', 'National_Id__c']);
    const md = await readFile(join(dir, 'customMetadata/IdVerify_Config.Default.md-meta.xml'), 'utf8');
    expect(md).toContain(
      '<field>National_Id_Field__c</field>\n        <value xsi:type="xsd:string">National_Id__c</value>',
    );
    const bad = await runCommand(() =>
      generate([...args(['--force']), '--national-id-field', 'Name FROM User --']),
    );
    expect(bad.error?.message).toMatch(/must be a field API name/);
    expect(process.exitCode).toBe(2);
    process.exitCode = undefined;
  });

  it('refuses to overwrite without --force and overwrites with it', async () => {
    await generate(args());
    const again = await runCommand(() => generate(args()));
    expect(again.error?.name).toBe('FileExists');
    expect(process.exitCode).toBe(2);
    process.exitCode = undefined;
    await generate([...args(['--force']), '--challenge-limit', '5']);
    const md = await readFile(join(dir, 'customMetadata/IdVerify_Config.Default.md-meta.xml'), 'utf8');
    expect(md).toContain('<value xsi:type="xsd:double">5.0</value>');
  });

  it('rejects an eID the broker does not offer and a bad issuer with exit code 2', async () => {
    const notOffered = await runCommand(() =>
      generate([
        '--broker',
        'signaturgruppen',
        '--issuer',
        'https://pp.netseidbroker.dk/op',
        '--client-id',
        'x',
        '--eids',
        'bankid-no',
        '--output-dir',
        dir,
      ]),
    );
    expect(notOffered.error?.message).toMatch(/does not offer bankid-no/);
    expect(process.exitCode).toBe(2);
    const badIssuer = await runCommand(() =>
      generate(['--issuer', 'acme.broker', '--client-id', 'x', '--eids', 'mitid', '--output-dir', dir]),
    );
    expect(badIssuer.error?.message).toMatch(/absolute http\(s\) URL/);
    expect(process.exitCode).toBe(2);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects an unknown eID at flag parsing with exit code 2', async () => {
    const { error } = await runCommand(() =>
      generate(['--issuer', 'https://a.example', '--client-id', 'x', '--eids', 'itsme', '--output-dir', dir]),
    );
    expect(error).toBeDefined();
    expect(process.exitCode).toBe(2);
  });

  // apps/salesforce keeps its own copies of these templates; when they exist, the generated files must have the
  // same shape (same elements, parameter names and formula), so a generated config deploys over them cleanly.
  const salesforceDir = resolve(
    dirname(fileURLToPath(import.meta.url)),
    '../../../../../salesforce/force-app/main/default',
  );
  const templates = [
    'externalCredentials/IdVerify_Broker_Credential.externalCredential-meta.xml',
    'namedCredentials/IdVerify_Broker.namedCredential-meta.xml',
    'customMetadata/IdVerify_Config.Default.md-meta.xml',
  ].filter((path) => existsSync(join(salesforceDir, path)));
  const itIfTemplates = templates.length ? it : it.skip;
  itIfTemplates(`has the shape of apps/salesforce's templates (${templates.length} found)`, async () => {
    await generate(args());
    for (const path of templates) {
      const theirs = shape(parse(await readFile(join(salesforceDir, path), 'utf8')));
      const ours = shape(parse(await readFile(join(dir, path), 'utf8')));
      expect({ path, shape: ours }).toEqual({ path, shape: theirs });
    }
  });
});

/** Element names and the non-environment-specific values: parameter names/types, formulas, field names. */
function shape(node: unknown, key = ''): unknown {
  if (Array.isArray(node))
    return node
      .map((item) => shape(item, key))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>)
        .filter(([k]) => !k.startsWith('@_') && k !== '?xml')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v, k)]),
    );
  }
  return [
    'parameterName',
    'parameterType',
    'field',
    'authenticationProtocol',
    'namedCredentialType',
    'externalCredential',
  ].includes(key) ||
    (key === 'parameterValue' && String(node).startsWith('{!'))
    ? node
    : typeof node;
}
