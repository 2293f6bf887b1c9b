import { Alert } from '@zendeskgarden/react-notifications';
import { Spinner } from '@zendeskgarden/react-loaders';
import { errorMessage, t, type Locale } from '@idverify/verification-core';
import { Muted, Panel } from './layout.js';

export function LoadingView({ locale }: { locale: Locale }) {
  return (
    <Panel aria-busy="true" aria-label={t(locale, 'app.title')} style={{ alignItems: 'center' }}>
      <Spinner size="32" />
    </Panel>
  );
}

/** The installation lacks settings: tell the agent to ask the admin, and the admin which settings. */
export function ConfigErrorView({ locale, missing }: { locale: Locale; missing: string[] }) {
  return (
    <Panel aria-label={t(locale, 'app.title')}>
      <Alert type="error" role="alert">
        <Alert.Paragraph>{errorMessage(locale, { code: 'config.invalid' })}</Alert.Paragraph>
      </Alert>
      {missing.length > 0 && <Muted data-testid="missing-settings">{missing.join(', ')}</Muted>}
    </Panel>
  );
}
