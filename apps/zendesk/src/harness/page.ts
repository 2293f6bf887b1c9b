// The workspace page: a Zendesk-like agent view (ticket list, ticket, app sidebar). host.js fills it in.

export interface WorkspaceConfig {
  basePath: string;
  appName: string;
  appVersion: string;
  installationId: number;
  appId: number;
  agentId: number;
  /** Non-secure installation settings only: this page is browser code. */
  settings: Record<string, unknown>;
  phonePageUrl?: string;
}

export function renderWorkspace(config: WorkspaceConfig): string {
  // JSON inside <script>: escape `<` so no value can close the tag.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zendesk harness · ${escapeHtml(config.appName)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="topbar">
  <strong>Acme Support</strong><span class="muted">Zendesk agent workspace (local harness)</span>
  <span class="spacer"></span>
  <label>Agent language <select id="agent-locale">
    <option value="en-US">English</option><option value="da">Dansk</option><option value="sv">Svenska</option><option value="nb">Norsk bokmål</option>
  </select></label>
  ${config.phonePageUrl ? `<a id="phone-link" href="${escapeHtml(config.phonePageUrl)}" target="_blank" rel="noopener">Open the customer's phone ↗</a>` : ''}
</header>
<div class="workspace">
  <nav class="tickets" aria-label="Tickets"><h2>Open tickets</h2><ul id="ticket-list"></ul></nav>
  <main class="ticket" id="ticket" aria-live="polite"><p class="muted">Pick a ticket.</p></main>
  <aside class="apps" aria-label="Apps">
    <div class="apps-title">${escapeHtml(config.appName)} <span class="muted">v${escapeHtml(config.appVersion)}</span></div>
    <div id="app-slot"></div>
    <details class="proxy-log"><summary>Requests through the Zendesk proxy</summary><ol id="proxy-log"></ol></details>
  </aside>
</div>
<script>window.__HARNESS__ = ${json};</script>
<script src="${escapeHtml(config.basePath)}/host.js"></script>
</body>
</html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#2f3941;background:#f8f9f9}
.topbar{display:flex;align-items:center;gap:12px;padding:8px 16px;background:#03363d;color:#fff}
.topbar .muted{color:#a7c4c6}.topbar a{color:#fff}.topbar select{margin-left:4px}
.spacer{flex:1}.muted{color:#68737d}
.workspace{display:grid;grid-template-columns:240px minmax(320px,1fr) 340px;min-height:calc(100vh - 42px)}
.tickets{border-right:1px solid #d8dcde;background:#fff;padding:8px}
.tickets h2{font-size:13px;text-transform:uppercase;color:#68737d;margin:8px}
.tickets ul{list-style:none;margin:0;padding:0}
.tickets li button{display:block;width:100%;text-align:left;border:0;background:none;padding:8px;border-radius:4px;cursor:pointer;font:inherit;color:inherit}
.tickets li button:hover{background:#edf7ff}.tickets li button[aria-current=true]{background:#e9ebed;font-weight:600}
.tickets .channel{font-size:12px;color:#68737d}
.ticket{padding:16px 24px;overflow:auto}
.ticket h1{font-size:20px;margin:0 0 4px}
.card{background:#fff;border:1px solid #d8dcde;border-radius:8px;padding:12px 16px;margin:12px 0}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}.card dt{color:#68737d}.card dd{margin:0}
.call{background:#e9f5f0;border-color:#aecfc2}
.tag{display:inline-block;background:#e9ebed;border-radius:4px;padding:0 6px;margin:2px 4px 2px 0;font-size:12px}
.tag.new{background:#d1e8df;color:#186146}
.comment{background:#fff;border:1px solid #d8dcde;border-radius:8px;padding:10px 14px;margin:10px 0;white-space:pre-wrap}
.comment.internal{background:#fff6e0;border-color:#f0c16e}
.comment header{font-size:12px;color:#68737d;margin-bottom:4px;white-space:normal}
.apps{border-left:1px solid #d8dcde;background:#fff;padding:8px}
.apps-title{font-weight:600;padding:4px 4px 8px;border-bottom:1px solid #e9ebed;margin-bottom:4px}
#app-slot iframe{display:block;width:100%;border:0;height:200px}
.proxy-log{margin-top:12px;font-size:12px;color:#68737d}.proxy-log ol{padding-left:18px;word-break:break-all}
`;
