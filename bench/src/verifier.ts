import { DEMO_BASIC, persons } from '@idverify/dev-idp';
import {
  clientSecretBasic,
  createVerifier,
  fetchTransport,
  type Transport,
} from '@idverify/verification-core';

/** A verifier for dev-idp's demo-basic client that counts the requests it makes, per endpoint. */
export function countingVerifier(issuer: string) {
  const counts = { discovery: 0, jwks: 0, backchannel_authentication: 0, token: 0 };
  const inner = fetchTransport({
    clientAuth: clientSecretBasic(DEMO_BASIC.clientId, DEMO_BASIC.clientSecret),
  });
  const transport: Transport = (request, options) => {
    counts[request.endpoint]++;
    return inner(request, options);
  };
  return {
    verifier: createVerifier({ issuer, clientId: DEMO_BASIC.clientId, broker: 'idura', transport }),
    counts,
  };
}

/** Swedish BankID test persons: the benchmark's customers. */
export const swedes = persons.filter((p) => p.eid === 'bankid-se').map((p) => p.nationalId);
