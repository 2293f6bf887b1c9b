// Server-rendered HTML: the index page and the "customer's phone" page (plain HTML + a small inline script that
// polls the control API every second). No build step.
import { eidLabels, persons, type Eid } from './persons.js';

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** The document up to and including `<title>`; each page adds its own style and body. */
function pageStart(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>`;
}

export function indexPage(issuer: string): string {
  const e = escapeHtml;
  return `${pageStart('dev-idp · local CIBA OpenID Provider')}
<style>
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2733; }
  code { background: #f1f3f6; padding: .1rem .35rem; border-radius: 4px; font-size: .92em; }
  h1 { margin-bottom: .25rem; } .muted { color: #5b6776; }
  a { color: #0b5fff; } li { margin: .3rem 0; }
  .warn { background: #fff6d6; border: 1px solid #f0d48a; padding: .6rem .8rem; border-radius: 8px; }
</style>
</head>
<body>
<h1>dev-idp</h1>
<p class="muted">A local OpenID Provider with CIBA (oidc-provider) that plays the Nordic eID brokers: Idura (Swedish/Norwegian BankID, Freja eID, MitID), Signaturgruppen (MitID Flex app) and a generic shape.</p>
<p class="warn">Development only: fictional test persons, published demo secrets, keys generated at start-up.</p>
<ul>
  <li>Issuer: <code id="issuer">${e(issuer)}</code></li>
  <li><a href="/phone">The customer's phone</a>: approve or deny incoming challenges</li>
  <li><a href="/.well-known/openid-configuration">Discovery</a> · <a href="/.well-known/jwks">JWKS</a></li>
  <li>Backchannel authentication: <code>POST /ciba/bc-authorize</code> · Token: <code>POST /oauth2/token</code></li>
  <li>Demo clients: <code>demo-basic</code> / <code>demo-secret-change-me</code> (client_secret_basic), <code>demo-pkjwt</code> (private_key_jwt, key at <a href="/_control/clients">/_control/clients</a>), <code>demo-ping</code> (ping mode)</li>
  <li>Control API (JSON): <a href="/_control/persons">/_control/persons</a>, <a href="/_control/requests">/_control/requests</a>,
    <code>POST /_control/requests/:id/approve|deny|expire</code>, <code>GET /_control/requests/:id/polls</code>,
    <code>POST|GET|DELETE /_control/faults</code>, <a href="/_control/notifications">/_control/notifications</a> — see the package README.</li>
</ul>
</body>
</html>`;
}

export function phonePage(): string {
  const groups = (Object.keys(eidLabels) as Eid[])
    .map((eid) => {
      const options = persons
        .filter((p) => p.eid === eid)
        .map(
          (p) =>
            `<option value="${escapeHtml(p.id)}">${escapeHtml(p.name)} · ${escapeHtml(p.nationalId)}</option>`,
        )
        .join('');
      return `<optgroup label="${escapeHtml(eidLabels[eid])}">${options}</optgroup>`;
    })
    .join('');

  return `${pageStart("Customer's phone · dev-idp")}
<style>
  :root { --bg: #e9edf2; --ink: #17212b; --muted: #66717d; --accent: #0b5fff; --ok: #0f8a4b; --no: #c7362b; }
  * { box-sizing: border-box; }
  body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
         background: radial-gradient(circle at 30% 20%, #f7f9fb, var(--bg)); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
  .phone { width: 380px; max-width: 100vw; height: 780px; max-height: 100vh; background: #0d1117; border-radius: 46px; padding: 14px;
           box-shadow: 0 30px 60px rgba(15, 25, 40, .25), inset 0 0 0 2px #30363d; }
  .screen { position: relative; height: 100%; background: #f6f8fa; border-radius: 34px; overflow: hidden; display: flex; flex-direction: column; }
  .notch { position: absolute; top: 8px; left: 50%; transform: translateX(-50%); width: 110px; height: 26px; background: #0d1117; border-radius: 14px; }
  .status { display: flex; justify-content: space-between; padding: 12px 26px 0; font-size: 13px; font-weight: 600; height: 40px; }
  header { padding: 10px 20px 12px; border-bottom: 1px solid #e3e7ec; background: #fff; }
  header h1 { font-size: 18px; margin: 0 0 8px; }
  label { font-size: 12px; color: var(--muted); display: block; margin-bottom: 4px; }
  select { width: 100%; font: inherit; padding: 8px 10px; border-radius: 10px; border: 1px solid #cfd6de; background: #fff; }
  main { flex: 1; overflow-y: auto; padding: 14px 16px 24px; }
  .empty { text-align: center; color: var(--muted); margin-top: 60px; }
  .empty .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; background: #9aa5b1; animation: pulse 1.4s infinite; }
  @keyframes pulse { 0%, 100% { opacity: .25 } 50% { opacity: 1 } }
  .card { background: #fff; border-radius: 18px; padding: 16px; margin-bottom: 14px; box-shadow: 0 4px 14px rgba(20, 30, 45, .08); }
  .card .brand { font-size: 12px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: var(--accent); }
  .card h2 { font-size: 17px; margin: 6px 0 4px; }
  .card .msg { background: #f1f4f8; border-radius: 10px; padding: 10px 12px; margin: 10px 0; font-size: 15px; word-break: break-word; }
  .card .meta { font-size: 12px; color: var(--muted); }
  .pairs { display: grid; gap: 8px; margin: 10px 0; }
  .pairs button { font: inherit; padding: 12px; border-radius: 12px; border: 1px solid #cfd6de; background: #fff; cursor: pointer; font-weight: 600; }
  .pairs button:hover { border-color: var(--accent); }
  .actions { display: flex; gap: 10px; margin-top: 12px; }
  .actions button { flex: 1; font: inherit; font-weight: 600; padding: 12px; border: 0; border-radius: 12px; cursor: pointer; color: #fff; }
  .approve { background: var(--ok); } .deny { background: var(--no); }
  .timer { float: right; font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
  .toast { position: absolute; left: 16px; right: 16px; bottom: 16px; background: #17212b; color: #fff; padding: 10px 14px; border-radius: 12px;
           font-size: 14px; opacity: 0; transition: opacity .2s; pointer-events: none; }
  .toast.show { opacity: .95; }
</style>
</head>
<body>
<div class="phone"><div class="screen">
  <div class="notch"></div>
  <div class="status"><span id="clock">--:--</span><span>5G ▮▮▮</span></div>
  <header>
    <h1>Customer's phone</h1>
    <label for="person">Signed in as</label>
    <select id="person" data-testid="person-select">${groups}</select>
  </header>
  <main id="requests" aria-live="polite"></main>
  <div class="toast" id="toast" role="status"></div>
</div></div>
<script>
(() => {
  const select = document.getElementById('person');
  const list = document.getElementById('requests');
  const toast = document.getElementById('toast');
  const params = new URLSearchParams(location.search);
  const initial = params.get('person') || localStorage.getItem('dev-idp.person');
  if (initial && [...select.options].some((o) => o.value === initial)) select.value = initial;
  let shown = '';

  function esc(s) { return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]); }
  function say(text) { toast.textContent = text; toast.classList.add('show'); setTimeout(() => toast.classList.remove('show'), 1800); }
  function secondsLeft(r) { return Math.max(0, Math.round((r.expiresAt - Date.now()) / 1000)); }

  function card(r) {
    const pairs = r.wordPairs
      ? '<p>Choose the words the customer service agent reads to you:</p><div class="pairs">' +
        r.wordPairs.map((w) => '<button type="button" data-act="approve" data-id="' + esc(r.authReqId) + '" data-word="' + esc(w) + '">' + esc(w) + '</button>').join('') +
        '</div><div class="actions"><button class="deny" type="button" data-act="deny" data-id="' + esc(r.authReqId) + '">Cancel</button></div>'
      : (r.bindingMessage ? '<div class="msg" data-testid="binding-message">' + esc(r.bindingMessage) + '</div>' : '') +
        '<div class="actions"><button class="approve" type="button" data-act="approve" data-id="' + esc(r.authReqId) + '">Approve</button>' +
        '<button class="deny" type="button" data-act="deny" data-id="' + esc(r.authReqId) + '">Deny</button></div>';
    const call = r.callInitiator ? ' · ' + (r.callInitiator === 'RP' ? 'they called you' : 'you called them') : '';
    return '<article class="card" data-testid="request" data-auth-req-id="' + esc(r.authReqId) + '">' +
      '<span class="timer" data-expires="' + r.expiresAt + '">' + secondsLeft(r) + ' s</span>' +
      '<div class="brand">' + esc(r.eidLabel) + '</div>' +
      '<h2 data-testid="company">' + esc(r.company) + '</h2>' +
      '<div class="meta">wants to confirm your identity' + esc(call) + '</div>' + pairs + '</article>';
  }

  async function refresh() {
    try {
      const res = await fetch('/_control/requests?person=' + encodeURIComponent(select.value), { cache: 'no-store' });
      const requests = await res.json();
      const key = JSON.stringify(requests.map((r) => r.authReqId));
      if (key !== shown) {
        shown = key;
        list.innerHTML = requests.length
          ? requests.map(card).join('')
          : '<p class="empty"><span class="dot"></span><br>No requests right now.<br>Waiting for a challenge…</p>';
      }
      for (const el of list.querySelectorAll('[data-expires]')) el.textContent = Math.max(0, Math.round((+el.dataset.expires - Date.now()) / 1000)) + ' s';
    } catch {
      // the provider may be restarting; try again on the next tick
    }
  }

  list.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-act]');
    if (!button) return;
    button.disabled = true;
    const act = button.dataset.act;
    const body = button.dataset.word ? JSON.stringify({ wordPair: button.dataset.word }) : '{}';
    const res = await fetch('/_control/requests/' + encodeURIComponent(button.dataset.id) + '/' + act, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body,
    });
    const out = await res.json().catch(() => ({}));
    if (!res.ok) say(out.error_description || 'Could not ' + act);
    else say(out.status === 'approved' ? 'Approved ✓' : out.status === 'denied' ? 'Declined' : out.status);
    shown = '';
    refresh();
  });

  select.addEventListener('change', () => {
    localStorage.setItem('dev-idp.person', select.value);
    const url = new URL(location.href);
    url.searchParams.set('person', select.value);
    history.replaceState(null, '', url);
    shown = '';
    refresh();
  });

  function tick() {
    document.getElementById('clock').textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }
  tick();
  refresh();
  setInterval(refresh, 1000);
  setInterval(tick, 10000);
})();
</script>
</body>
</html>`;
}
