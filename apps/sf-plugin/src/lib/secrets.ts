import { readFile } from 'node:fs/promises';
import { createPrivateKey } from 'node:crypto';
import type { privateKeyJwt } from '@idverify/verification-core';
import { usageError } from './errors.js';

type JWK = Parameters<typeof privateKeyJwt>[1];

/** Environment variables that keep credentials out of shell history (documented in the README). */
export const ENV = {
  issuer: 'IDVERIFY_ISSUER',
  clientId: 'IDVERIFY_CLIENT_ID',
  clientSecret: 'IDVERIFY_CLIENT_SECRET',
  privateKey: 'IDVERIFY_PRIVATE_KEY_FILE',
} as const;

/** Indirection so tests can feed stdin without touching process.stdin. */
export const io = {
  async readStdin(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdinIsTty(): boolean {
    return Boolean(process.stdin.isTTY);
  },
};

/** The whole of stdin minus one trailing newline (what `echo "$S" |` or `< file` adds). */
export async function readSecretFromStdin(): Promise<string> {
  const text = (await io.readStdin()).replace(/\r?\n$/, '');
  if (!text)
    throw usageError(
      'Nothing was read from stdin: pipe the client secret into the command.',
      'MissingSecret',
    );
  return text;
}

/**
 * A private key for private_key_jwt: a JWK (JSON) file, or a PEM (PKCS#8 / PKCS#1 / SEC1) file converted to a JWK.
 * The key's content never appears in errors.
 */
export async function loadPrivateJwk(file: string): Promise<JWK> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw usageError(`Cannot read the private key file ${file}.`, 'PrivateKeyUnreadable');
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let jwk: unknown;
    try {
      jwk = JSON.parse(trimmed);
    } catch {
      throw usageError(`${file} is not valid JSON.`, 'PrivateKeyInvalid');
    }
    if (!isPrivateJwk(jwk))
      throw usageError(`${file} is not a private JWK (it needs "kty" and "d").`, 'PrivateKeyInvalid');
    return jwk;
  }
  try {
    const jwk = createPrivateKey(trimmed).export({ format: 'jwk' }) as JWK;
    const alg = defaultAlg(jwk);
    return alg ? { ...jwk, alg } : jwk;
  } catch {
    throw usageError(`${file} is neither a private JWK nor a PEM private key.`, 'PrivateKeyInvalid');
  }
}

function isPrivateJwk(value: unknown): value is JWK {
  return typeof value === 'object' && value !== null && 'kty' in value && 'd' in value;
}

/** A PEM carries no algorithm: pick the usual one for the key type (a JWK file may say `alg` itself). */
function defaultAlg(jwk: JWK): string | undefined {
  if (jwk.kty === 'RSA') return 'RS256';
  if (jwk.kty === 'EC')
    return ({ 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' } as Record<string, string>)[
      jwk.crv ?? ''
    ];
  if (jwk.kty === 'OKP') return 'EdDSA';
  return undefined;
}
