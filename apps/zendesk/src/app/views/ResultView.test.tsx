/** @jest-environment jsdom */
import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';
import type { FinishedResult } from '../storage.js';
import { renderWithTheme } from '../test-support/render.js';
import { ResultView } from './ResultView.js';

const finishedAt = Date.UTC(2026, 10, 24, 12, 1);
const approved: FinishedResult = {
  status: 'approved',
  eid: 'mitid',
  authReqId: 'req-1',
  sentTo: '120385-••••',
  bindingMessage: 'Acme 4821',
  identity: {
    eid: 'mitid',
    country: 'DK',
    fullName: 'Søren Ærø-Hansen',
    birthDate: '1985-03-12',
    nationalIdMasked: '120385-••••',
    levelOfAssurance: 'substantial',
    subject: 'sub-1',
    issuer: 'https://acme.idura.broker',
    authenticatedAt: finishedAt / 1000,
  },
  match: {
    verdict: 'match',
    checks: [
      { field: 'name', result: 'same' },
      { field: 'birthDate', result: 'missing' },
      { field: 'nationalId', result: 'same' },
    ],
  },
  finishedAt,
  note: 'saved',
};
const open = { allowed: true, remaining: 2 };

describe('ResultView', () => {
  it('approved: the verified identity, masked national ID, eID, level and the match', () => {
    renderWithTheme(<ResultView locale="en" result={approved} limit={open} onRetry={() => {}} />);
    expect(screen.getByText('Identity verified')).toBeInTheDocument();
    expect(screen.getByTestId('verified-name')).toHaveTextContent('Søren Ærø-Hansen');
    expect(screen.getByText('12 March 1985')).toBeInTheDocument();
    expect(screen.getByTestId('national-id')).toHaveTextContent('120385-••••');
    expect(screen.getByText('MitID')).toBeInTheDocument();
    expect(screen.getByText('Substantial')).toBeInTheDocument();
    const match = screen.getByTestId('match');
    expect(match).toHaveTextContent('Matches the customer record');
    expect(match).toHaveTextContent('National IDsame');
    expect(match).not.toHaveTextContent('nothing to compare');
    expect(screen.getByTestId('note-state')).toHaveTextContent('Internal note added to the ticket');
  });

  it('mismatch says why', () => {
    const result: FinishedResult = {
      ...approved,
      match: { verdict: 'mismatch', checks: [{ field: 'name', result: 'different' }] },
    };
    renderWithTheme(<ResultView locale="en" result={result} limit={open} onRetry={() => {}} />);
    expect(screen.getByTestId('match')).toHaveTextContent('Does NOT match the customer record');
    expect(screen.getByTestId('match')).toHaveTextContent('Namedifferent');
  });

  it.each([
    ['denied', 'provider.access_denied', 'The customer declined', 'The customer declined the request.'],
    [
      'expired',
      'provider.expired_token',
      'The request expired',
      'The request expired before the customer answered.',
    ],
    [
      'failed',
      'provider.unavailable',
      'Verification failed',
      'The eID provider is not responding. Try again in a moment.',
    ],
  ] as const)('%s: what happened, and a retry', (status, code, title, message) => {
    const onRetry = jest.fn();
    const result: FinishedResult = {
      status,
      eid: 'bankid-se',
      authReqId: 'r',
      error: { code },
      finishedAt,
      note: 'saved',
    };
    renderWithTheme(<ResultView locale="en" result={result} limit={open} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByText('2 challenges left for this customer in the next minutes')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Send a new challenge' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('cancelled, in Danish, with a note that could not be saved', () => {
    const result: FinishedResult = {
      status: 'cancelled',
      eid: 'mitid',
      authReqId: 'r',
      error: { code: 'cancelled' },
      finishedAt,
      note: 'failed',
    };
    renderWithTheme(<ResultView locale="da" result={result} limit={open} onRetry={() => {}} />);
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(/.+/);
    expect(screen.getByTestId('note-state')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send en ny anmodning' })).toBeEnabled();
  });

  it('no retry beyond the flood limit', () => {
    const result: FinishedResult = {
      status: 'denied',
      eid: 'mitid',
      authReqId: 'r',
      error: { code: 'provider.access_denied' },
      finishedAt,
      note: 'saved',
    };
    renderWithTheme(
      <ResultView
        locale="en"
        result={result}
        limit={{ allowed: false, remaining: 0, retryAt: finishedAt + 60_000 }}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: 'Send a new challenge' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('No more challenges for now');
  });

  it('shows the provider’s own description for admins', () => {
    const result: FinishedResult = {
      status: 'failed',
      eid: 'mitid',
      authReqId: 'r',
      error: { code: 'provider.invalid_client', providerDescription: 'client authentication failed' },
      finishedAt,
      note: 'skipped',
    };
    renderWithTheme(<ResultView locale="en" result={result} limit={open} onRetry={() => {}} />);
    expect(screen.getByText('client authentication failed')).toBeInTheDocument();
    expect(screen.queryByTestId('note-state')).not.toBeInTheDocument();
  });
});
