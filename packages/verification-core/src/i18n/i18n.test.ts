import { describe, expect, it } from '@jest/globals';
import { VerificationError, ERROR_CODES } from '../errors.js';
import { da } from './da.js';
import { en } from './en.js';
import { errorMessage, formatDuration, LOCALES, resolveLocale, t } from './index.js';
import { nb } from './nb.js';
import { sv } from './sv.js';

describe('strings', () => {
  it('every locale has every key with the same placeholders, and no empty text', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const catalogue of [da, sv, nb]) {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim()).not.toBe('');
        expect(placeholders(text)).toEqual(placeholders(en[key as keyof typeof en]));
      }
    }
  });

  it('has a message for every error code in every locale', () => {
    for (const locale of LOCALES) {
      for (const code of ERROR_CODES) {
        const text = errorMessage(locale, new VerificationError(code, 'x'));
        expect(text).toBe(t(locale, `error.${code}`));
        if (code !== 'provider.error') expect(text).not.toBe(t(locale, 'error.provider.error'));
      }
    }
    expect(errorMessage('da', { code: 'provider.access_denied' })).toBe('Kunden afviste anmodningen.');
    expect(errorMessage('sv', new Error('boom'))).toBe(t('sv', 'error.provider.error'));
  });

  it('fills placeholders and resolves locales', () => {
    expect(t('nb', 'form.send', { eid: 'BankID' })).toBe('Send BankID-forespørsel');
    expect(resolveLocale('nb-NO')).toBe('nb');
    expect(resolveLocale('no')).toBe('nb');
    expect(resolveLocale('nn')).toBe('nb');
    expect(resolveLocale('da-DK')).toBe('da');
    expect(resolveLocale('sv_FI')).toBe('sv');
    expect(resolveLocale('fr')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(formatDuration(105_000)).toBe('1:45');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('says when the next challenge is allowed', () => {
    const error = new VerificationError('guard.limit_reached', 'limit', {
      retryAt: Date.UTC(2026, 0, 1, 13, 5),
    });
    expect(errorMessage('en', error)).toMatch(/Try again at \d\d:\d\d\./);
  });
});
