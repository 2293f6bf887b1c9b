import type { EidId } from '@idverify/verification-core';
import { SF } from './salesforce-names.js';
import { el, renderXmlDocument, type XmlNode } from './xml.js';

const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';

export interface OrgConfig {
  issuer: string;
  clientId: string;
  broker: string;
  eids: EidId[];
  company: string;
  challengeLimit: number;
  windowMinutes: number;
  /** API name of the Contact field that holds the customer's national ID, to prefill it; none when absent. */
  nationalIdField?: string;
}

export interface MetadataFile {
  /** Path relative to the output directory, in source format (e.g. `namedCredentials/IdVerify_Broker.namedCredential-meta.xml`). */
  path: string;
  type: 'ExternalCredential' | 'NamedCredential' | 'CustomMetadata';
  fullName: string;
  content: string;
}

/**
 * `client_secret_basic` (RFC 6749 §2.3.1) computed by Salesforce from the principal's parameters at callout time,
 * so the secret never leaves the External Credential. Same formula as apps/salesforce's template.
 */
export const AUTHORIZATION_FORMULA =
  `{!'Basic ' & BASE64ENCODE(BLOB($Credential.${SF.externalCredential}.${SF.clientIdParameter} & ':' & ` +
  `$Credential.${SF.externalCredential}.${SF.clientSecretParameter}))}`;

/** The External Credential, Named Credential and Custom Metadata record that apps/salesforce reads. */
export function generateOrgMetadata(config: OrgConfig): MetadataFile[] {
  return [
    {
      path: `externalCredentials/${SF.externalCredential}.externalCredential-meta.xml`,
      type: 'ExternalCredential',
      fullName: SF.externalCredential,
      content: renderXmlDocument(externalCredential()),
    },
    {
      path: `namedCredentials/${SF.namedCredential}.namedCredential-meta.xml`,
      type: 'NamedCredential',
      fullName: SF.namedCredential,
      content: renderXmlDocument(namedCredential(config.issuer)),
    },
    {
      path: `customMetadata/${SF.configType}.${SF.configRecord}.md-meta.xml`,
      type: 'CustomMetadata',
      fullName: `${SF.configType}.${SF.configRecord}`,
      content: renderXmlDocument(configRecord(config)),
    },
  ];
}

function externalCredential(): XmlNode {
  return el(
    'ExternalCredential',
    [
      el('authenticationProtocol', 'Custom'),
      el(
        'description',
        `Client authentication (client_secret_basic) of the CIBA client at the eID broker. The principal ${SF.principal} ` +
          `holds the authentication parameters ${SF.clientIdParameter} and ${SF.clientSecretParameter}; they are set per org ` +
          'after deployment (Setup or sf idverify config set), never in this file.',
      ),
      el('externalCredentialParameters', [
        el('parameterGroup', SF.principal),
        el('parameterName', SF.principal),
        el('parameterType', 'NamedPrincipal'),
        el('sequenceNumber', 1),
      ]),
      el('externalCredentialParameters', [
        el('parameterGroup', 'DefaultGroup'),
        el('parameterName', 'Authorization'),
        el('parameterType', 'AuthHeader'),
        el('parameterValue', AUTHORIZATION_FORMULA),
        el('sequenceNumber', 1),
      ]),
      el('label', 'ID Verify Broker Credential'),
    ],
    { xmlns: METADATA_NS },
  );
}

function namedCredential(issuer: string): XmlNode {
  return el(
    'NamedCredential',
    [
      el('allowMergeFieldsInBody', false),
      el('allowMergeFieldsInHeader', false),
      el('calloutStatus', 'Enabled'),
      el(
        'description',
        'The eID broker (OpenID issuer). IdVerificationController sends only discovery, JWKS, bc-authorize and the CIBA ' +
          `token request here. Its URL must equal ${SF.configType}__mdt.${SF.configRecord}.Issuer__c.`,
      ),
      el('generateAuthorizationHeader', false),
      el('label', 'ID Verify Broker'),
      el('namedCredentialParameters', [
        el('parameterName', 'Url'),
        el('parameterType', 'Url'),
        el('parameterValue', issuer),
      ]),
      el('namedCredentialParameters', [
        el('externalCredential', SF.externalCredential),
        el('parameterName', SF.externalCredential),
        el('parameterType', 'Authentication'),
      ]),
      el('namedCredentialType', 'SecuredEndpoint'),
    ],
    { xmlns: METADATA_NS },
  );
}

function configRecord(config: OrgConfig): XmlNode {
  const text = (field: string, value: string): XmlNode =>
    el('values', [el('field', field), el('value', value, { 'xsi:type': 'xsd:string' })]);
  const number = (field: string, value: number): XmlNode =>
    el('values', [el('field', field), el('value', value.toFixed(1), { 'xsi:type': 'xsd:double' })]);
  return el(
    'CustomMetadata',
    [
      el('label', SF.configRecord),
      el('protected', false),
      text('Broker__c', config.broker),
      number('Challenge_Limit__c', config.challengeLimit),
      text('Client_Id__c', config.clientId),
      text('Company_Name__c', config.company),
      text('Enabled_Eids__c', config.eids.join(',')),
      text('Issuer__c', config.issuer),
      // Always written, empty when unset: redeploying the record then also clears a field name set earlier.
      config.nationalIdField
        ? text('National_Id_Field__c', config.nationalIdField)
        : el('values', [el('field', 'National_Id_Field__c'), el('value', '', { 'xsi:nil': 'true' })]),
      number('Window_Minutes__c', config.windowMinutes),
    ],
    {
      xmlns: METADATA_NS,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xmlns:xsd': 'http://www.w3.org/2001/XMLSchema',
    },
  );
}
