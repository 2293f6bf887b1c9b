import type { EidId } from '@idverify/verification-core';
import { usageError } from './errors.js';

/** The eIDs and broker presets the flags accept (the core's ids; kept literal so `--help` lists them). */
export const EID_IDS = ['mitid', 'bankid-se', 'bankid-no', 'freja'] as const satisfies readonly EidId[];
export const BROKER_IDS = ['idura', 'signaturgruppen', 'generic'] as const;

/** An issuer must be an absolute http(s) URL; it is kept exactly as typed because it must equal the tokens' `iss`. */
export function parseIssuer(
  value: string,
  message: (value: string) => string,
): { value: string; insecure: boolean } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(message(value), 'InvalidIssuer');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw usageError(message(value), 'InvalidIssuer');
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return { value, insecure: url.protocol === 'http:' && !local };
}
