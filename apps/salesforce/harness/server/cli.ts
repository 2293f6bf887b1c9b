// `pnpm --filter @idverify/salesforce-app start`: dev-idp and the Salesforce harness in one process, for working on
// the component without the whole demo. (The demo, `pnpm start` at the root, mounts the harness at /salesforce.)
import { createServer } from 'node:http';
import { startDevIdp } from '@idverify/dev-idp';
import { createSalesforceHarness } from './index.js';

const port = Number(process.env.PORT ?? 3100);
const idp = await startDevIdp({ port: Number(process.env.IDP_PORT ?? 0), interval: 2 });
const harness = await createSalesforceHarness({
  issuer: idp.issuer,
  clientId: idp.clients.basic.clientId,
  clientSecret: idp.clients.basic.clientSecret,
  basePath: '/salesforce',
});
const server = createServer((req, res) => {
  harness.handle(req, res).then((handled) => {
    if (!handled) {
      res.writeHead(302, { location: '/salesforce/' });
      res.end();
    }
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Salesforce harness: http://127.0.0.1:${port}/salesforce/`);
  console.log(`Customer's phone (dev-idp): ${idp.url}/phone`);
});
const stop = async () => {
  server.close();
  await idp.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
