import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createBindingMessage } from './binding.js';

describe('createBindingMessage', () => {
  it('is the company and a 4-digit code', () => {
    expect(createBindingMessage('Acme', { randomCode: () => 42 })).toBe('Acme 0042');
    expect(createBindingMessage('Søstrene Grene & Co.', { randomCode: () => 4821, maxLength: 40 })).toBe(
      'Søstrene Grene Co. 4821',
    );
    expect(createBindingMessage('<script>', { randomCode: () => 1 })).toBe('script 0001');
    expect(createBindingMessage('', { randomCode: () => 7 })).toBe('0007');
  });

  it('stays within the broker limit and its safe characters, for any company name (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 4, max: 130 }), (company, maxLength) => {
        const message = createBindingMessage(company, { maxLength });
        expect(message.length).toBeLessThanOrEqual(Math.max(maxLength, 4));
        expect(message).toMatch(/^[A-Za-z0-9ÆØÅæøåÄÖÜäöüÉé .\-_+/!?#]*\d{4}$/);
      }),
    );
  });

  it('varies: 200 messages have many distinct codes', () => {
    const codes = new Set(Array.from({ length: 200 }, () => createBindingMessage('Acme')));
    expect(codes.size).toBeGreaterThan(150);
  });
});
