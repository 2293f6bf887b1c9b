/** @jest-environment jsdom */
import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderWithTheme } from '../test-support/render.js';
import { ConfigErrorView, LoadingView } from './StatusViews.js';

describe('status views', () => {
  it('loading is busy', () => {
    renderWithTheme(<LoadingView locale="en" />);
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  });

  it('a configuration error tells the agent to ask the admin, and which settings', () => {
    renderWithTheme(<ConfigErrorView locale="sv" missing={['issuer', 'client_id']} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/.+/);
    expect(screen.getByTestId('missing-settings')).toHaveTextContent('issuer, client_id');
  });
});
