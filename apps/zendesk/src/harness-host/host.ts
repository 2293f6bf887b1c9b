// The host side of ZAF v2 in the harness page: what Zendesk's agent workspace does for an app iframe.
// Written from zendesk_app_framework_sdk's lib/client.js: the SDK posts JSON strings to window.parent with
// `iframe.handshake`, `iframe.on:<event>`, `request:<n>` (+ `request:<n>.done|fail` subscriptions) and
// `{id, request: 'get'|'set'|'invoke', params}`; it accepts only messages from its parent at the `origin` it was
// given, and expects `{key: 'zaf.app.registered', message: {metadata, context}}`, `{key: 'zaf.<event>',
// message}` and `{id, result | error}` back.
import type { WorkspaceConfig } from '../harness/page.js';
import type { HarnessComment, HarnessTicket, HarnessUser } from '../harness/tickets.js';
import type { ZafRequestOptions } from '../app/zaf/types.js';

declare global {
  interface Window {
    __HARNESS__: WorkspaceConfig;
  }
}

/** What the app's client.request sends: the same options the app's own ZAF types describe. */
type RequestOptions = ZafRequestOptions;

interface Complete {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  responseText: string;
  responseJSON?: unknown;
}

const config = window.__HARNESS__;
const api = (path: string, init?: RequestInit) =>
  fetch(`${config.basePath}/api/v2${path}`, init).then((r) => r.json());
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let tickets: HarnessTicket[] = [];
let current: { ticket: HarnessTicket; requester: HarnessUser; comments: HarnessComment[] } | undefined;
let frame: { iframe: HTMLIFrameElement; origin: string; guid: string; ticketId: number } | undefined;
const agentLocale = () => $<HTMLSelectElement>('agent-locale').value;
const freshTags = new Set<string>();

// ---- the workspace ------------------------------------------------------------------------------------------------

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const locale = params.get('locale');
  if (locale) $<HTMLSelectElement>('agent-locale').value = locale;
  $<HTMLSelectElement>('agent-locale').addEventListener(
    'change',
    () => current && void openTicket(current.ticket.id),
  );
  tickets = ((await api('/tickets.json')) as { tickets: HarnessTicket[] }).tickets;
  renderList();
  const wanted = Number(params.get('ticket') ?? /ticket\/(\d+)/.exec(location.hash)?.[1]);
  await openTicket(tickets.some((t) => t.id === wanted) ? wanted : tickets[0]!.id);
}

function renderList(): void {
  const list = $<HTMLUListElement>('ticket-list');
  list.replaceChildren(
    ...tickets.map((t) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.dataset.ticket = String(t.id);
      if (current?.ticket.id === t.id) button.setAttribute('aria-current', 'true');
      button.innerHTML = `#${t.id} ${escape(t.subject)}<div class="channel">${t.via.channel === 'voice' ? 'Talk call' : 'E-mail'}</div>`;
      button.addEventListener('click', () => void openTicket(t.id));
      li.append(button);
      return li;
    }),
  );
}

async function loadTicket(id: number): Promise<NonNullable<typeof current>> {
  const { ticket } = (await api(`/tickets/${id}.json`)) as { ticket: HarnessTicket };
  const { user } = (await api(`/users/${ticket.requester_id}.json`)) as { user: HarnessUser };
  const { comments } = (await api(`/tickets/${id}/comments.json`)) as { comments: HarnessComment[] };
  return { ticket, requester: user, comments };
}

async function openTicket(id: number): Promise<void> {
  current = await loadTicket(id);
  freshTags.clear();
  history.replaceState(
    null,
    '',
    `${location.pathname}?ticket=${id}${agentLocale() !== 'en-US' ? `&locale=${agentLocale()}` : ''}`,
  );
  renderList();
  renderTicket();
  mountApp(id);
}

async function refreshTicket(): Promise<void> {
  if (!current) return;
  const before = new Set(current.ticket.tags);
  current = await loadTicket(current.ticket.id);
  for (const tag of current.ticket.tags) if (!before.has(tag)) freshTags.add(tag);
  renderTicket();
}

function renderTicket(): void {
  if (!current) return;
  const { ticket, requester, comments } = current;
  const call = ticket.via.channel === 'voice' ? ticket.via.source.from : undefined;
  const nationalId = requester.user_fields.national_id;
  $('ticket').innerHTML = `
    <h1>${escape(ticket.subject)}</h1>
    <div class="muted">#${ticket.id} · ${escape(ticket.status)} · via ${escape(ticket.via.channel)}</div>
    ${call ? `<div class="card call" data-testid="call">Inbound Talk call from <strong>${escape(call.formatted_phone ?? call.phone ?? '')}</strong></div>` : ''}
    <div class="card"><dl>
      <dt>Requester</dt><dd data-testid="requester">${escape(requester.name)}</dd>
      ${requester.email ? `<dt>E-mail</dt><dd>${escape(requester.email)}</dd>` : ''}
      ${requester.phone ? `<dt>Phone</dt><dd>${escape(requester.phone)}</dd>` : ''}
      ${nationalId ? `<dt>National ID (user field)</dt><dd>${escape(nationalId)}</dd>` : ''}
      <dt>Tags</dt><dd data-testid="tags">${ticket.tags.map((t) => `<span class="tag${freshTags.has(t) ? ' new' : ''}">${escape(t)}</span>`).join('') || '<span class="muted">none</span>'}</dd>
    </dl></div>
    <section aria-label="Conversation">
      ${comments
        .map(
          (c) =>
            `<article class="comment${c.public ? '' : ' internal'}" data-testid="${c.public ? 'comment' : 'internal-note'}"><header>${c.public ? '' : 'Internal note · '}${escape(c.author_id === config.agentId ? 'Alex Agent (via the app)' : requester.name)} · ${new Date(c.created_at).toLocaleString()}</header>${escape(c.body)}</article>`,
        )
        .join('')}
    </section>`;
}

// ---- the app iframe and the ZAF host protocol ----------------------------------------------------------------------

/** The app runs on another origin than the workspace, as on Zendesk (apps are served from their own domain). */
function appOrigin(): string {
  const other =
    location.hostname === 'localhost'
      ? '127.0.0.1'
      : location.hostname === '127.0.0.1'
        ? 'localhost'
        : location.hostname;
  return `${location.protocol}//${other}${location.port ? `:${location.port}` : ''}`;
}

function mountApp(ticketId: number): void {
  const guid = crypto.randomUUID?.() ?? String(Math.random()).slice(2);
  const origin = appOrigin();
  const iframe = document.createElement('iframe');
  iframe.title = config.appName;
  iframe.name = 'app-sidebar';
  iframe.src = `${origin}${config.basePath}/app/assets/index.html?origin=${encodeURIComponent(location.origin)}&app_guid=${guid}`;
  $('app-slot').replaceChildren(iframe);
  frame = { iframe, origin, guid, ticketId };
}

function post(message: unknown): void {
  frame?.iframe.contentWindow?.postMessage(JSON.stringify(message), frame.origin);
}

window.addEventListener('message', (event) => {
  if (!frame || event.source !== frame.iframe.contentWindow || event.origin !== frame.origin) return;
  let data: { key?: string; message?: unknown; id?: number; request?: string; params?: unknown };
  try {
    data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
  } catch {
    return;
  }
  if (data.key === 'iframe.handshake')
    post({ key: 'zaf.app.registered', message: { metadata: metadata(), context: context() } });
  else if (data.key?.startsWith('request:') && !data.key.includes('.'))
    void handleRequest(data.key, data.message as RequestOptions);
  else if (data.id && data.request) void handleCall(data.id, data.request, data.params);
  // `iframe.on:<event>` / `iframe.off:<event>` subscriptions need no answer here.
});

function metadata() {
  return {
    appId: config.appId,
    installationId: config.installationId,
    name: config.appName,
    version: config.appVersion,
    settings: { title: config.appName, ...config.settings },
  };
}

function context() {
  return {
    product: 'support',
    location: 'ticket_sidebar',
    instanceGuid: frame?.guid,
    ticketId: frame?.ticketId,
    account: { subdomain: 'acme-harness' },
  };
}

function zafRequester(user: HarnessUser) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    identities: [
      ...(user.email ? [{ type: 'email', value: user.email }] : []),
      ...(user.phone ? [{ type: 'phone_number', value: user.phone }] : []),
    ],
  };
}

function resolvePath(path: string): unknown {
  if (!current) throw new Error('no ticket');
  const { ticket, requester } = current;
  const field = /^ticket\.requester\.customField:(.+)$/.exec(path);
  if (field) return requester.user_fields[field[1]!] ?? null;
  switch (path) {
    case 'ticket.id':
      return ticket.id;
    case 'ticket.subject':
      return ticket.subject;
    case 'ticket.status':
      return ticket.status;
    case 'ticket.tags':
      return ticket.tags;
    case 'ticket.via':
      return ticket.via;
    case 'ticket.requester':
      return zafRequester(requester);
    case 'ticket':
      return {
        id: ticket.id,
        subject: ticket.subject,
        status: ticket.status,
        tags: ticket.tags,
        via: ticket.via,
        requester: zafRequester(requester),
      };
    case 'currentUser':
      return {
        id: config.agentId,
        name: 'Alex Agent',
        email: 'alex.agent@acme.example',
        locale: agentLocale(),
        role: 'agent',
      };
    default:
      throw new Error(`"${path}" is not supported by the harness`);
  }
}

async function handleCall(id: number, request: string, params: unknown): Promise<void> {
  const result: Record<string, unknown> = { errors: {} };
  const errors = result.errors as Record<string, { message: string; name: string; path: string }>;
  if (request === 'get') {
    for (const path of params as string[]) {
      try {
        result[path] = resolvePath(path);
      } catch (error) {
        errors[path] = { name: 'Error', message: (error as Error).message, path };
      }
    }
  } else if (request === 'invoke') {
    for (const [name, args] of Object.entries(params as Record<string, unknown[]>)) {
      if (name === 'resize') {
        const size = (args[0] ?? {}) as { height?: string | number };
        if (frame && size.height !== undefined)
          frame.iframe.style.height = typeof size.height === 'number' ? `${size.height}px` : size.height;
        result[name] = null;
      } else if (name === 'ticket.tags.add' && current) {
        for (const tag of args.map(String)) {
          if (current.ticket.tags.includes(tag)) continue;
          current.ticket.tags.push(tag);
          freshTags.add(tag);
        }
        renderTicket();
        result[name] = null;
      } else {
        errors[name] = {
          name: 'Error',
          message: `invoke "${name}" is not supported by the harness`,
          path: name,
        };
      }
    }
  } else {
    post({ id, error: { name: 'Error', message: `${request} is not supported by the harness` } });
    return;
  }
  post({ id, result });
}

async function handleRequest(key: string, options: RequestOptions): Promise<void> {
  let complete: Complete;
  try {
    complete = options.url.startsWith('/api/v2/') ? await zendeskApi(options) : await throughProxy(options);
  } catch (error) {
    complete = { status: 0, statusText: 'error', headers: {}, responseText: (error as Error).message };
  }
  const ok = complete.status >= 200 && complete.status < 300;
  const json = parseJson(complete.responseText, complete.headers['content-type']);
  if (json !== undefined) complete.responseJSON = json;
  // Like Zendesk: 2xx resolves (the complete response, or the parsed body); anything else rejects with the
  // jqXHR-like complete response.
  const args = ok
    ? [
        options.httpCompleteResponse
          ? complete
          : options.dataType === 'text'
            ? complete.responseText
            : (json ?? complete.responseText),
      ]
    : [complete];
  post({ key: `zaf.${key}.${ok ? 'done' : 'fail'}`, message: { responseArgs: args } });
  if (ok && options.url.startsWith('/api/v2/') && (options.type ?? 'GET') !== 'GET') await refreshTicket();
}

async function zendeskApi(options: RequestOptions): Promise<Complete> {
  const response = await fetch(`${config.basePath}${options.url}`, {
    method: options.type ?? 'GET',
    ...(options.data === undefined
      ? {}
      : { body: options.data, headers: { 'Content-Type': options.contentType ?? 'application/json' } }),
  });
  return {
    status: response.status,
    statusText: response.statusText,
    headers: headersOf(response),
    responseText: await response.text(),
  };
}

/** `cors: false` → Zendesk's proxy (here: the harness server), which fills in `{{setting.…}}` server-side. */
async function throughProxy(options: RequestOptions): Promise<Complete> {
  if (options.cors === true)
    throw new Error('cors: true requests go straight from the browser; the harness does not emulate them');
  logProxy(options);
  const response = await fetch(`${config.basePath}/proxy`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      url: options.url,
      type: options.type,
      headers: options.headers,
      data: options.data,
      contentType: options.contentType,
      secure: options.secure,
    }),
  });
  if (!response.ok) {
    const { error } = (await response.json().catch(() => ({}))) as { error?: string };
    return {
      status: response.status,
      statusText: 'Proxy error',
      headers: {},
      responseText: JSON.stringify({ error: 'proxy_error', error_description: error }),
    };
  }
  return (await response.json()) as Complete;
}

function logProxy(options: RequestOptions): void {
  const log = $<HTMLOListElement>('proxy-log');
  const li = document.createElement('li');
  const auth = options.headers?.Authorization ?? options.headers?.authorization;
  li.textContent = `${options.type ?? 'GET'} ${options.url}${auth ? ` · Authorization: ${auth}` : ''}${options.secure ? ' · secure' : ''}`;
  log.prepend(li);
  while (log.children.length > 30) log.lastElementChild?.remove();
}

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return headers;
}

function parseJson(text: string, contentType: string | undefined): unknown {
  if (!contentType?.includes('json')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

void start();
