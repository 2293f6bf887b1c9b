import { createRoot } from 'react-dom/client';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { App } from './App.js';
import './theme.js';

const root = createRoot(document.getElementById('root')!);
const client = window.ZAFClient?.init();
if (client) {
  root.render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <App client={client} />
    </ThemeProvider>,
  );
} else {
  // Opened outside Zendesk (no origin/app_guid in the URL): nothing to talk to.
  root.render(<p style={{ fontFamily: 'system-ui', padding: 12 }}>Open this app from a Zendesk ticket.</p>);
}
