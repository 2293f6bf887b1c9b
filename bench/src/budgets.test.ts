// Size budgets, checked in CI (sizes are deterministic; times are not, so they stay in `pnpm bench`).
// The budgets sit a little above today's figures: a change that adds real weight has to raise them knowingly.
import { describe, expect, it } from '@jest/globals';
import { weight } from './weight.js';

const BUDGET = {
  /** The Zendesk sidebar's JS + CSS, gzip. Issue #6 aims at 1.3× the baseline; today it is ~1.5× (see README). */
  zendeskAppGzipKb: 140,
  zendeskRatioGzip: 1.6,
  /** c/verificationCore: Salesforce refuses a component file over 1 MB; ours is readable (unminified) code. */
  lwcCoreModuleRawKb: 260,
};

describe('size budgets', () => {
  it('the Zendesk app and the LWC core module stay within their budgets', async () => {
    const result = await weight();
    console.log(JSON.stringify(result));
    expect(result.zendeskApp.gzipKb).toBeLessThanOrEqual(BUDGET.zendeskAppGzipKb);
    expect(result.ratioGzip).toBeLessThanOrEqual(BUDGET.zendeskRatioGzip);
    expect(result.lwcCoreModule.rawKb).toBeLessThanOrEqual(BUDGET.lwcCoreModuleRawKb);
  });
});
