import { describe, expect, it, jest } from '@jest/globals';
import { forward, hostAllowed, type ProxyOptions } from './proxy.js';

function options(overrides: Partial<ProxyOptions> = {}): ProxyOptions & { fetch: jest.Mock<typeof fetch> } {
  const fetchMock = jest.fn<typeof fetch>(
    async () => new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  return {
    parameters: [{ name: 'client_credential', secure: true, scopes: ['header'] }, { name: 'client_id' }],
    settings: { client_credential: 'Y2xpZW50OnNlY3JldA==', client_id: 'client' },
    domainWhitelist: ['*.idura.broker', '127.0.0.1:4000'],
    fetch: fetchMock,
    ...overrides,
  } as ProxyOptions & { fetch: jest.Mock<typeof fetch> };
}

describe('the emulated Zendesk proxy', () => {
  it('fills in a secure setting in its allowed scope, server-side', async () => {
    const o = options();
    const response = await forward(
      {
        url: 'https://acme.idura.broker/oauth2/token',
        type: 'POST',
        headers: { Authorization: 'Basic {{setting.client_credential}}' },
        data: 'a=1',
        contentType: 'application/x-www-form-urlencoded',
        secure: true,
      },
      o,
    );
    expect(response.status).toBe(200);
    const init = o.fetch.mock.calls[0]![1]!;
    expect((init.headers as Record<string, string>).Authorization).toBe('Basic Y2xpZW50OnNlY3JldA==');
    expect(init.body).toBe('a=1');
  });

  it('leaves secure placeholders alone without `secure: true`', async () => {
    const o = options();
    await forward(
      {
        url: 'https://acme.idura.broker/x',
        headers: { Authorization: 'Basic {{setting.client_credential}}' },
      },
      o,
    );
    expect((o.fetch.mock.calls[0]![1]!.headers as Record<string, string>).Authorization).toBe(
      'Basic {{setting.client_credential}}',
    );
  });

  it('refuses a secure setting outside its scopes or towards a host not in domainWhitelist', async () => {
    await expect(
      forward(
        {
          url: 'https://acme.idura.broker/x',
          type: 'POST',
          data: 'secret={{setting.client_credential}}',
          secure: true,
        },
        options(),
      ),
    ).rejects.toThrow(/not allowed in the body/);
    await expect(
      forward(
        {
          url: 'https://evil.example/x',
          headers: { Authorization: '{{setting.client_credential}}' },
          secure: true,
        },
        options(),
      ),
    ).rejects.toThrow(/domainWhitelist/);
  });

  it('rejects header names with underscores, like the real proxy', async () => {
    await expect(
      forward({ url: 'https://acme.idura.broker/x', headers: { client_id: 'x' } }, options()),
    ).rejects.toThrow(/underscores/);
  });

  it('answers 502 when the upstream cannot be reached', async () => {
    const o = options({
      fetch: jest.fn<typeof fetch>(async () => Promise.reject(new TypeError('fetch failed'))),
    });
    await expect(forward({ url: 'https://acme.idura.broker/x' }, o)).resolves.toMatchObject({ status: 502 });
  });

  it('matches whitelist entries with wildcards and ports', () => {
    expect(hostAllowed('acme.idura.broker', ['*.idura.broker'])).toBe(true);
    expect(hostAllowed('idura.broker.evil.example', ['*.idura.broker'])).toBe(false);
    expect(hostAllowed('127.0.0.1:4000', ['127.0.0.1:4000'])).toBe(true);
    expect(hostAllowed('127.0.0.1:4001', ['127.0.0.1:4000'])).toBe(false);
  });
});
