import { eids, brokers } from '@idverify/verification-core';

export interface PageOptions {
  issuer: string;
  clientId: string;
  phonePageUrl: string;
  harnesses: { path: string; title: string; description: string }[];
  persons: unknown[];
}

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The demo's start page: what the product does, a live verification form, and the links a new user needs. */
export function demoPage(options: PageOptions): string {
  const config = JSON.stringify({
    issuer: options.issuer,
    clientId: options.clientId,
    phonePageUrl: options.phonePageUrl,
    persons: options.persons,
  }).replace(/</g, '\\u003c');
  const eidOptions = Object.values(eids)
    .map((e) => `<option value="${e.id}">${escape(e.name)} (${e.country})</option>`)
    .join('');
  const brokerOptions = Object.values(brokers)
    .map((b) => `<option value="${b.id}">${escape(b.name)}</option>`)
    .join('');
  const harnesses = options.harnesses
    .map((h) => `<li><a href="${h.path}">${escape(h.title)}</a> — ${escape(h.description)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>eID verification for customer service — demo</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header>
  <h1>eID verification for customer service</h1>
  <p>An agent sends the customer a MitID or BankID challenge over OpenID CIBA and sees, seconds later, a
  cryptographically verified identity — instead of asking control questions. This demo runs against
  <strong>dev-idp</strong>, a real OpenID Provider on <code>${escape(options.issuer)}</code> that plays the eID brokers.</p>
</header>
<main>
<section class="steps">
  <h2>Try it</h2>
  <ol>
    <li>Open the <a id="phone-link" href="${escape(options.phonePageUrl)}" target="_blank" rel="noopener">customer's phone</a> in another window.</li>
    <li>Pick an eID and a test person below, then send the challenge.</li>
    <li>On the phone page, pick the same person and approve (or deny, or let it expire).</li>
  </ol>
</section>
<section class="card" id="agent">
  <form id="form" novalidate>
    <div class="row">
      <label>eID <select id="eid">${eidOptions}</select></label>
      <label>Broker <select id="broker">${brokerOptions}</select></label>
      <label>Language <select id="locale"><option value="en">English</option><option value="da">Dansk</option><option value="sv">Svenska</option><option value="nb">Norsk bokmål</option></select></label>
    </div>
    <label><span id="identifier-label">Identifier</span> <input id="identifier" autocomplete="off" spellcheck="false"></label>
    <div id="persons" class="persons" aria-label="Test persons"></div>
    <p id="identifier-error" class="error" role="alert"></p>
    <label>Company (shown on the phone) <input id="company" value="Acme"></label>
    <button id="send" type="submit">Send challenge</button>
  </form>
  <div id="waiting" hidden>
    <h3 id="waiting-title">Waiting for the customer</h3>
    <p class="code" id="code"></p>
    <p id="script" class="script"></p>
    <p><span id="sent-to"></span> · <span id="time-left"></span></p>
    <button id="cancel" type="button" class="secondary">Cancel</button>
  </div>
  <div id="result" hidden>
    <h3 id="result-title"></h3>
    <dl id="result-fields"></dl>
    <details open><summary>Audit note</summary><pre id="note"></pre></details>
    <button id="retry" type="button">Send a new challenge</button>
  </div>
</section>
<section>
  <h2>The apps</h2>
  <ul class="links">${harnesses}
    <li><a href="${escape(options.phonePageUrl)}">The customer's phone</a> — dev-idp's stand-in for the MitID / BankID app.</li>
    <li><a href="${escape(options.issuer)}/.well-known/openid-configuration">dev-idp discovery document</a></li>
  </ul>
</section>
</main>
<script type="application/json" id="demo-config">${config}</script>
<script type="module" src="/demo.js"></script>
</body>
</html>`;
}
