/**
 * Binding message: what the customer sees in the eID app and the agent reads aloud, so both know the
 * challenge on the phone is the one from this call (CIBA Core §7.1: short, plain characters, some entropy).
 * Company name + a 4-digit code, e.g. "Acme 4821".
 */

// Characters every broker we know accepts (oidc-provider's default set is the narrowest: [a-zA-Z0-9-._+/!?#]).
const UNSAFE = /[^A-Za-z0-9ÆØÅæøåÄÖÜäöüÉé .\-_+/!?#]/g;

export interface BindingMessageOptions {
  /** Longest message the broker accepts. Default 20 (oidc-provider's default). */
  maxLength?: number;
  /** Uniform random integer in [0, 10000); default uses crypto.getRandomValues. */
  randomCode?: () => number;
}

export function createBindingMessage(company: string, options: BindingMessageOptions = {}): string {
  const maxLength = options.maxLength ?? 20;
  const code = String((options.randomCode ?? randomCode)()).padStart(4, '0');
  const room = maxLength - code.length - 1;
  const name = company.replace(UNSAFE, '').replace(/\s+/g, ' ').trim().slice(0, Math.max(0, room)).trim();
  return name ? `${name} ${code}` : code;
}

function randomCode(): number {
  // Rejection sampling keeps the code uniform.
  const buffer = new Uint16Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    const value = buffer[0]!;
    if (value < 60000) return value % 10000;
  }
}
