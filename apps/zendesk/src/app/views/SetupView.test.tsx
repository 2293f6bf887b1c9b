/** @jest-environment jsdom */
import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';
import {
  parseIdentifier,
  isVerificationError,
  type ErrorCode,
  type IdentifierKind,
} from '@idverify/verification-core';
import { renderWithTheme } from '../test-support/render.js';
import { SetupView, type SetupViewProps } from './SetupView.js';

function props(overrides: Partial<SetupViewProps> = {}): SetupViewProps {
  const kind: IdentifierKind = overrides.kind ?? 'dk-cpr';
  return {
    locale: 'en',
    customer: { name: 'Søren Ærø-Hansen', email: 'soren@example.dk' },
    eids: ['mitid', 'bankid-se', 'freja'],
    eid: 'mitid',
    onEidChange: jest.fn(),
    kinds: [kind],
    kind,
    onKindChange: jest.fn(),
    value: '',
    onValueChange: jest.fn(),
    validate: (value: string) => {
      try {
        parseIdentifier(kind, value);
        return undefined;
      } catch (error) {
        return { code: (isVerificationError(error) ? error.code : 'identifier.empty') as ErrorCode };
      }
    },
    sending: false,
    limit: { allowed: true, remaining: 3 },
    onSend: jest.fn(),
    ...overrides,
  };
}

describe('SetupView', () => {
  it('shows the customer, the enabled eIDs, the prefilled identifier and a one-click send', () => {
    const p = props({ value: '120385-1002', prefillSource: 'requester' });
    renderWithTheme(<SetupView {...p} />);
    expect(screen.getByText('Søren Ærø-Hansen')).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'MitID',
      'BankID (SE)',
      'Freja eID',
    ]);
    expect(screen.getByLabelText('CPR number')).toHaveValue('120385-1002');
    expect(screen.getByText("From the requester's profile")).toBeInTheDocument();
    expect(screen.getByText('3 challenges left for this customer in the next minutes')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Send MitID challenge' }));
    expect(p.onSend).toHaveBeenCalledTimes(1);
  });

  it('marks a Talk call number as coming from the call', () => {
    renderWithTheme(<SetupView {...props({ kind: 'phone', value: '+4520123456', prefillSource: 'call' })} />);
    expect(screen.getByLabelText("Customer's mobile number")).toHaveValue('+4520123456');
    expect(screen.getByText('From the call')).toBeInTheDocument();
  });

  it('validates inline with the core’s message and does not send an invalid number', () => {
    const p = props({ value: '320185-1002' });
    renderWithTheme(<SetupView {...p} />);
    fireEvent.blur(screen.getByLabelText('CPR number'));
    expect(screen.getByText('The number does not contain a valid date of birth.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Send MitID challenge' }));
    expect(p.onSend).not.toHaveBeenCalled();
  });

  it('lets the agent choose the kind of identifier when the eID takes several', () => {
    const p = props({ eid: 'freja', kinds: ['se-personnummer', 'phone'], kind: 'se-personnummer' });
    renderWithTheme(<SetupView {...p} />);
    fireEvent.click(screen.getByLabelText("Customer's mobile number"));
    expect(p.onKindChange).toHaveBeenCalledWith('phone');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'bankid-se' } });
    expect(p.onEidChange).toHaveBeenCalledWith('bankid-se');
  });

  it('disables sending when the flood limit is reached and says until when', () => {
    const retryAt = Date.UTC(2026, 10, 24, 13, 5);
    renderWithTheme(
      <SetupView {...props({ value: '120385-1002', limit: { allowed: false, remaining: 0, retryAt } })} />,
    );
    expect(screen.getByRole('button', { name: 'Send MitID challenge' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent(
      /No more challenges for now: try again at \d\d:\d\d/,
    );
  });

  it('shows errors from the last send, in the agent’s language', () => {
    renderWithTheme(
      <SetupView
        {...props({ locale: 'da', value: '120385-1002', error: { code: 'provider.unknown_user_id' } })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/.+/);
    expect(screen.getByRole('button', { name: 'Send MitID-anmodning' })).toBeEnabled();
  });

  it('shows "Sending…" while the challenge is on its way', () => {
    renderWithTheme(<SetupView {...props({ value: '120385-1002', sending: true })} />);
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  });
});
