import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import type { PendingVerification } from '@idverify/verification-core';

export function renderWithTheme(ui: ReactElement): RenderResult {
  return render(<ThemeProvider theme={DEFAULT_THEME}>{ui}</ThemeProvider>);
}

export function pendingFixture(overrides: Partial<PendingVerification> = {}): PendingVerification {
  const startedAt = Date.UTC(2026, 10, 24, 12, 0, 0);
  return {
    authReqId: 'req-123',
    eid: 'mitid',
    issuer: 'https://acme.idura.broker',
    clientId: 'acme',
    brokerId: 'idura',
    sentTo: '120385-••••',
    bindingMessage: 'Acme 4821',
    bindingMessageSource: 'client',
    startedAt,
    expiresAt: startedAt + 120_000,
    interval: 5,
    nextPollAt: startedAt + 5000,
    identifierKind: 'dk-cpr',
    failures: 0,
    ...overrides,
  };
}
