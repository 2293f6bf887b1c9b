import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { parsePhone } from './phone.js';

describe('the phone metadata cut', () => {
  it('is what scripts/phone-metadata.mjs makes from the installed libphonenumber-js', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { generate } = (await import('../../scripts/phone-metadata.mjs')) as {
      generate(): Promise<string>;
    };
    const committed = await readFile(new URL('./phone-metadata.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generate());
  });

  it('validates European mobiles and refuses numbers from elsewhere', () => {
    expect(parsePhone('+358 40 123 4567').value).toBe('+358401234567'); // Finland
    expect(parsePhone('+49 151 23456789').value).toBe('+4915123456789'); // Germany
    expect(parsePhone('+44 7911 123456').value).toBe('+447911123456'); // UK
    expect(() => parsePhone('+1 212 555 0100')).toThrow(
      expect.objectContaining({ code: 'identifier.invalid_phone' }),
    );
    expect(() => parsePhone('+86 139 1234 5678')).toThrow(
      expect.objectContaining({ code: 'identifier.invalid_phone' }),
    );
  });
});
