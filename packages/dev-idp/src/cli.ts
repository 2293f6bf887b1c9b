#!/usr/bin/env node
// `pnpm --filter @idverify/dev-idp start`: PORT (default 4000), HOST (127.0.0.1), INTERVAL (5), EXPIRES_IN (120),
// ISSUER (default http://HOST:PORT).
import { startDevIdp } from './index.js';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return value;
}

const idp = await startDevIdp({
  port: intEnv('PORT', 4000),
  host: process.env.HOST || '127.0.0.1',
  interval: intEnv('INTERVAL', 5),
  expiresIn: intEnv('EXPIRES_IN', 120),
  ...(process.env.ISSUER ? { issuer: process.env.ISSUER } : {}),
});

console.log(`dev-idp issuer:     ${idp.issuer}`);
console.log(`customer's phone:   ${idp.url}/phone`);
console.log(`discovery:          ${idp.issuer}/.well-known/openid-configuration`);
console.log(
  `demo clients:       demo-basic / demo-secret-change-me (client_secret_basic), demo-pkjwt (key: ${idp.url}/_control/clients), demo-ping`,
);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`\n${signal}: closing dev-idp`);
  await idp.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
