import { base64url as b64 } from 'jose';

/** SHA-256 through WebCrypto, present in browsers, Node 22 and Lightning Web Security. */
export async function sha256(data: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(data)));
}

export function base64url(bytes: Uint8Array): string {
  return b64.encode(bytes);
}
