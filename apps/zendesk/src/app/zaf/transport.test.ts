import { describe, expect, it, jest } from '@jest/globals';
import type { HttpRequest } from '@idverify/verification-core';
import type { ZafClient, ZafRequestOptions } from './types.js';
import { CLIENT_AUTHORIZATION, normalizeHeaders, toHttpResponse, zafTransport } from './transport.js';

const issuer = 'https://acme.idura.broker';

function clientWith(
  request: (options: ZafRequestOptions) => Promise<unknown>,
): ZafClient & { calls: ZafRequestOptions[] } {
  const calls: ZafRequestOptions[] = [];
  return {
    calls,
    request: ((options: ZafRequestOptions) => {
      calls.push(options);
      return request(options);
    }) as ZafClient['request'],
  } as unknown as ZafClient & { calls: ZafRequestOptions[] };
}

const token: HttpRequest = {
  endpoint: 'token',
  method: 'POST',
  url: `${issuer}/oauth2/token`,
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
  body: 'grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=abc',
};

describe('zafTransport', () => {
  it('sends through the proxy with the secure placeholder for client authentication, never a secret', async () => {
    const client = clientWith(async () => ({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      responseText: '{"ok":1}',
    }));
    const response = await zafTransport(client, { issuer })(token);
    expect(response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":1}',
    });
    expect(client.calls[0]).toEqual({
      url: `${issuer}/oauth2/token`,
      type: 'POST',
      headers: { Accept: 'application/json', Authorization: 'Basic {{setting.client_credential}}' },
      data: token.body,
      contentType: 'application/x-www-form-urlencoded',
      secure: true,
      cors: false,
      httpCompleteResponse: true,
      dataType: 'text',
      autoRetry: false,
    });
    expect(CLIENT_AUTHORIZATION).toBe('Basic {{setting.client_credential}}');
  });

  it('adds no client authentication to discovery and JWKS', async () => {
    const client = clientWith(async () => ({ status: 200, responseText: '{}' }));
    await zafTransport(client, { issuer })({
      endpoint: 'jwks',
      method: 'GET',
      url: `${issuer}/.well-known/jwks`,
      headers: {},
    });
    expect(client.calls[0]!.headers).toEqual({});
    expect(client.calls[0]!.data).toBeUndefined();
  });

  it('turns the SDK’s rejection of a non-2xx answer back into the HTTP response (authorization_pending is a 400)', async () => {
    const body = '{"error":"authorization_pending"}';
    const client = clientWith(async () =>
      Promise.reject({
        status: 400,
        statusText: 'Bad Request',
        responseText: body,
        responseJSON: JSON.parse(body),
      }),
    );
    await expect(zafTransport(client, { issuer })(token)).resolves.toEqual({
      status: 400,
      headers: {},
      body,
    });
  });

  it('rejects when no HTTP response arrived', async () => {
    const client = clientWith(async () =>
      Promise.reject({ status: 0, statusText: 'error', responseText: '' }),
    );
    await expect(zafTransport(client, { issuer })(token)).rejects.toThrow(/request failed/);
  });

  it('refuses to send anything to another host than the issuer', async () => {
    const client = clientWith(async () => ({ status: 200, responseText: '' }));
    await expect(
      zafTransport(client, { issuer })({ ...token, url: 'https://evil.example/token' }),
    ).rejects.toThrow(/not the issuer/);
    expect(client.calls).toHaveLength(0);
  });

  it('stops waiting when aborted', async () => {
    const client = clientWith(() => new Promise(() => {}));
    const abort = new AbortController();
    const sent = zafTransport(client, { issuer })(token, { signal: abort.signal });
    abort.abort(new Error('cancelled'));
    await expect(sent).rejects.toThrow('cancelled');
  });
});

describe('response shapes', () => {
  it('accepts a bare body (no httpCompleteResponse) as 200 only when resolved', () => {
    expect(toHttpResponse('{"a":1}', 200)).toEqual({ status: 200, headers: {}, body: '{"a":1}' });
    expect(toHttpResponse('oops', undefined)).toBeUndefined();
  });

  it('uses responseJSON when there is no responseText', () => {
    expect(toHttpResponse({ status: 200, responseJSON: { a: 1 } }, 200)?.body).toBe('{"a":1}');
  });

  it('normalizes headers from objects, Headers and raw header strings', () => {
    expect(normalizeHeaders({ 'Retry-After': 5, 'X-A': ['1', '2'] })).toEqual({
      'retry-after': '5',
      'x-a': '1, 2',
    });
    expect(normalizeHeaders(new Headers({ 'Content-Type': 'text/plain' }))).toEqual({
      'content-type': 'text/plain',
    });
    expect(normalizeHeaders('Content-Type: application/json\r\nRetry-After: 3\r\n')).toEqual({
      'content-type': 'application/json',
      'retry-after': '3',
    });
    const getAll = jest.fn(() => 'X-Y: z');
    expect(
      toHttpResponse({ status: 503, responseText: '', getAllResponseHeaders: getAll }, undefined)?.headers,
    ).toEqual({ 'x-y': 'z' });
  });
});
