import type { Connection } from '@salesforce/core';
import { formUrlEncode } from '@idverify/verification-core';
import { SF } from './salesforce-names.js';

/**
 * The Connect REST API's credential resource (API 56.0+): GET/POST/PUT `/named-credentials/credential`.
 * Body: {externalCredential, authenticationProtocol, principalName, principalType, credentials: {Name: {value, encrypted}}}.
 * https://developer.salesforce.com/docs/atlas.en-us.chatterapi.meta/chatterapi/connect_requests_credential_input.htm
 */
export interface CredentialInput {
  externalCredential: string;
  authenticationProtocol: 'Custom';
  principalName: string;
  principalType: 'NamedPrincipal';
  credentials: Record<string, { value: string; encrypted: boolean }>;
}

export interface CredentialOutput {
  externalCredential?: string;
  principalName?: string;
  principalType?: string;
  authenticationProtocol?: string;
  authenticationStatus?: string;
  credentials?: Record<string, { value?: string | null; encrypted?: boolean }>;
}

export function credentialPath(apiVersion: string): string {
  return `/services/data/v${apiVersion}/named-credentials/credential`;
}

/** The org's API version, raised to the first one that has the credential resource. */
export function connectApiVersion(connection: Connection): string {
  const version = Number(connection.getApiVersion());
  return version >= SF.minConnectApiVersion ? connection.getApiVersion() : `${SF.minConnectApiVersion}.0`;
}

export async function getCredential(connection: Connection, apiVersion: string): Promise<CredentialOutput> {
  const query = new URLSearchParams({
    externalCredential: SF.externalCredential,
    principalName: SF.principal,
    principalType: 'NamedPrincipal',
  });
  return connection.request<CredentialOutput>({
    method: 'GET',
    url: `${credentialPath(apiVersion)}?${query}`,
  });
}

/**
 * The External Credential's header formula base64-encodes `ClientId & ':' & ClientSecret` as stored, and Salesforce
 * formulas cannot URL-encode; client_secret_basic wants both form-urlencoded first (RFC 6749 §2.3.1). Stored
 * encoded, any client ID and secret give the header the broker expects.
 */
export function credentialInput(clientId: string, clientSecret: string): CredentialInput {
  return {
    externalCredential: SF.externalCredential,
    authenticationProtocol: 'Custom',
    principalName: SF.principal,
    principalType: 'NamedPrincipal',
    credentials: {
      [SF.clientIdParameter]: { value: formUrlEncode(clientId), encrypted: false },
      [SF.clientSecretParameter]: { value: formUrlEncode(clientSecret), encrypted: true },
    },
  };
}

/** A stored ClientId as the admin typed it (stored form-urlencoded; one typed in Setup may not be). */
export function storedClientId(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** POST creates the principal's credentials, PUT replaces existing ones (both parameters are always sent). */
export async function saveCredential(
  connection: Connection,
  apiVersion: string,
  method: 'POST' | 'PUT',
  input: CredentialInput,
): Promise<CredentialOutput> {
  return connection.request<CredentialOutput>({
    method,
    url: credentialPath(apiVersion),
    body: JSON.stringify(input),
    headers: { 'content-type': 'application/json' },
  });
}

/** The same body with every encrypted value replaced, for --dry-run and --json. */
export function redactCredentialInput(input: CredentialInput): CredentialInput {
  const credentials = Object.fromEntries(
    Object.entries(input.credentials).map(([name, value]) => [
      name,
      value.encrypted ? { ...value, value: REDACTED } : value,
    ]),
  );
  return { ...input, credentials };
}

export const REDACTED = '********';

export function hasStoredCredentials(output: CredentialOutput): boolean {
  return Object.keys(output.credentials ?? {}).length > 0;
}
