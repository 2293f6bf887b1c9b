// `pnpm start`: dev-idp on :4000 and the demo page on :3000 (PORT / IDP_PORT / HOST override).
import { startDemo } from './demo.js';

const demo = await startDemo({
  port: Number(process.env.PORT ?? 3000),
  idpPort: Number(process.env.IDP_PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`
  eID verification for customer service — demo

  Demo page          ${demo.url}/
  Zendesk harness    ${demo.url}/zendesk/
  Salesforce harness ${demo.url}/salesforce/
  Customer's phone   ${demo.idp.url}/phone
  dev-idp issuer     ${demo.idp.issuer}

  Press Ctrl-C to stop.
`);
const stop = () => void demo.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
