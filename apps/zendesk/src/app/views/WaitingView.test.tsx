/** @jest-environment jsdom */
import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';
import { pendingFixture, renderWithTheme } from '../test-support/render.js';
import { WaitingView } from './WaitingView.js';

describe('WaitingView', () => {
  it('shows our code large, what to say, the time left and where it was sent', () => {
    const pending = pendingFixture();
    const onCancel = jest.fn();
    renderWithTheme(
      <WaitingView locale="en" pending={pending} now={pending.startedAt + 15_000} onCancel={onCancel} />,
    );
    expect(screen.getByTestId('binding-message')).toHaveTextContent('Acme 4821');
    expect(screen.getByTestId('script')).toHaveTextContent(
      'Please open MitID on your phone. Approve only if you see the code Acme 4821.',
    );
    expect(screen.getByTestId('time-left')).toHaveTextContent('1:45 left');
    expect(screen.getByText('Sent to 120385-••••')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows the Norwegian BankID word pair with its own script, in Norwegian', () => {
    const pending = pendingFixture({
      eid: 'bankid-no',
      bindingMessage: 'blå fjell',
      bindingMessageSource: 'provider',
      sentTo: '170479•••••',
    });
    renderWithTheme(
      <WaitingView locale="nb" pending={pending} now={pending.startedAt} onCancel={() => {}} />,
    );
    expect(screen.getByTestId('binding-message')).toHaveTextContent('blå fjell');
    expect(screen.getByTestId('script')).toHaveTextContent('blå fjell');
    expect(screen.getByTestId('script')).toHaveTextContent('BankID (NO)');
    expect(screen.getByTestId('time-left')).toHaveTextContent('2:00');
  });

  it('never shows negative time', () => {
    const pending = pendingFixture();
    renderWithTheme(
      <WaitingView locale="en" pending={pending} now={pending.expiresAt + 5000} onCancel={() => {}} />,
    );
    expect(screen.getByTestId('time-left')).toHaveTextContent('0:00 left');
  });
});
