/** SHA-256 through WebCrypto, present in browsers, Node 22 and Lightning Web Security. */
export async function sha256(data: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(data)));
}

/** Lower-case hex, as `sha256sum` prints it and Apex's EncodingUtil.convertToHex stores it. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
