// The part of the ZAF v2 client (zendesk_app_framework_sdk, `window.ZAFClient.init()`) this app uses. The SDK ships
// no types (no @types package exists), so these are written from its source (lib/client.js) and the ZAF docs.

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  data?: string;
  contentType?: string;
  /** Let Zendesk's proxy substitute `{{setting.…}}` placeholders of secure settings server-side. */
  secure?: boolean;
  /** false: through Zendesk's proxy (needed for secure settings); true: straight from the browser. */
  cors?: boolean;
  /** Resolve with `{status, headers, responseText, responseJSON}` instead of the parsed body. */
  httpCompleteResponse?: boolean;
  dataType?: 'text' | 'json';
  timeout?: number;
  autoRetry?: boolean;
}

/** What a request resolves (2xx) or rejects (non-2xx) with when `httpCompleteResponse` is set. */
export interface ZafCompleteResponse {
  status: number;
  statusText?: string;
  headers?: unknown;
  responseText?: string;
  responseJSON?: unknown;
}

export interface ZafMetadata {
  appId: number;
  installationId: number;
  name?: string;
  version?: string;
  /** Installation settings; secure settings are NOT included (only the proxy knows them). */
  settings: Record<string, unknown>;
}

export interface ZafContext {
  product?: string;
  location: string;
  ticketId?: number;
  instanceGuid?: string;
  account?: { subdomain?: string };
}

export type ZafGetResult = Record<string, unknown> & { errors?: Record<string, { message?: string }> };

export interface ZafClient {
  get(paths: string | string[]): Promise<ZafGetResult>;
  set(key: string, value: unknown): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request<T = unknown>(options: ZafRequestOptions): Promise<T>;
  on(event: string, handler: (data: unknown) => void): void;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
}

declare global {
  interface Window {
    ZAFClient?: { init(callback?: (context: unknown) => void): ZafClient | false };
  }
}
