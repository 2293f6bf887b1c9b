import { describe, expect, it } from '@jest/globals';
import { VerificationError } from './errors.js';
describe('runtime', () => {
  it('runs on node 22', () => {
    expect(process.version.startsWith('v22.')).toBe(true);
    expect(new VerificationError('cancelled', 'x').code).toBe('cancelled');
  });
});
