// sfdx-lwc-jest's jsdom lacks crypto.subtle, TextEncoder/TextDecoder and structuredClone, which the bundled core
// (jose, SHA-256 digests, the JWKS cache) needs. Browsers and Lightning Web Security provide them natively, so
// tests take Node's.
const { webcrypto } = require('node:crypto');
const { TextEncoder, TextDecoder } = require('node:util');
const v8 = require('node:v8');

if (!globalThis.crypto || !globalThis.crypto.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.structuredClone === 'undefined') {
  globalThis.structuredClone = (value) => v8.deserialize(v8.serialize(value));
}
