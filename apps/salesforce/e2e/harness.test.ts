// The Salesforce harness end to end: the lwc-compiled component on the fake Case page, the stand-in Apex
// controller, dev-idp as the broker, and the customer's phone page — approve, deny, expire, invalid identifier,
// the Norwegian word pair, a mismatch with the CRM record, a challenge that survives leaving the page, and an ID
// token the page accepted but the server rejects.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { clickSend, component, openCase, pageErrors, screenshot, startStack, type Stack } from './support.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

/** The auth_req_id of the next CIBA token poll the page sends through the stand-in Apex `send`. */
async function nextPoll(page: Page): Promise<string | null> {
  const request = await page.waitForRequest(
    (r) =>
      r.url().endsWith('/api/apex/IdVerificationController.send') &&
      (r.postData() ?? '').includes('"endpoint":"token"'),
    { timeout: 15000 },
  );
  const { request: poll } = JSON.parse(request.postData() ?? '{}') as { request: { body: string } };
  return new URLSearchParams(poll.body).get('auth_req_id');
}

async function waitForRelatedStatus(page: Page, status: string): Promise<void> {
  await page
    .locator(`harness-related-list tr.audit-record[data-status="${status}"]`)
    .first()
    .waitFor({ timeout: 15000 });
}

describe('Salesforce harness', () => {
  it('verifies a Danish customer who approves on their phone, and records the audit record', async () => {
    const page = await openCase(stack, '00001026');
    // recordOutcome reaches the stand-in Apex at once, but its answer is held until the test releases it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let serverDone!: () => void;
    const atServer = new Promise<void>((resolve) => {
      serverDone = resolve;
    });
    let answered = false;
    await page.route('**/api/apex/IdVerificationController.recordOutcome', async (route) => {
      const response = await route.fetch();
      serverDone();
      await released;
      answered = true;
      await route.fulfill({ response });
    });
    await expect(component(page, '.customer').textContent()).resolves.toBe('Søren Ærø-Hansen');
    await expect(component(page, 'lightning-input[data-id="identifier"] input').inputValue()).resolves.toBe(
      '1203851002',
    );
    await screenshot(page, '01-form');

    await clickSend(page);
    const code = (await component(page, '.code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^Acme \d{4}$/);
    await expect(component(page, '.time-left').textContent()).resolves.toMatch(/^\d:\d\d left$/);
    await waitForRelatedStatus(page, 'Pending');
    await screenshot(page, '02-waiting');

    // The customer's phone: dev-idp's page shows the same code; the customer approves.
    const phone = await stack.browser.newPage({ viewport: { width: 420, height: 820 } });
    await phone.goto(`${stack.idp.url}/phone?person=soren-aero-hansen`);
    const request = phone.locator('[data-testid="request"]').first();
    await request.waitFor({ timeout: 15000 });
    await expect(request.locator('[data-testid="binding-message"]').textContent()).resolves.toBe(code);
    if (process.env.SCREENSHOTS)
      await phone.screenshot({ path: new URL('../docs/screenshots/03-phone.png', import.meta.url).pathname });
    await request.locator('button[data-act="approve"]').click();
    await phone.close();

    // Approved on the phone and accepted by the page, but the server's answer has not arrived: nothing verified
    // is on screen, although the server has already written its Approved record.
    await component(page, '.confirming').waitFor({ timeout: 15000 });
    await atServer;
    expect(stack.harness.audit.forCase('5005g00000DkSoRAAZ')[0]?.Status__c).toBe('Approved');
    await expect(component(page, '.confirming').textContent()).resolves.toContain(
      'Confirming the verification…',
    );
    await expect(component(page, '.result').count()).resolves.toBe(0);
    await expect(component(page, 'dd[data-field]').count()).resolves.toBe(0);
    await expect(component(page, '.match').count()).resolves.toBe(0);
    await expect(page.locator('c-id-verification').textContent()).resolves.not.toContain('Identity verified');
    expect(answered).toBe(false);
    release();

    await component(page, '.result_approved').waitFor({ timeout: 15000 });
    expect(answered).toBe(true);
    await expect(component(page, '.result-title').textContent()).resolves.toBe('Identity verified');
    await expect(component(page, 'dd[data-field="name"]').textContent()).resolves.toBe('Søren Ærø-Hansen');
    await expect(component(page, 'dd[data-field="nationalId"]').textContent()).resolves.toBe('120385-••••');
    await expect(component(page, '.match').textContent()).resolves.toBe('Matches the customer record');
    await component(page, '.record').waitFor();
    await expect(component(page, '.record').textContent()).resolves.toBe('Verification recorded on the case');
    await waitForRelatedStatus(page, 'Approved');
    await expect(
      page
        .locator(
          'harness-related-list tr.audit-record[data-status="Approved"] td[data-field="Verified_Name__c"]',
        )
        .textContent(),
    ).resolves.toBe('Søren Ærø-Hansen');
    await screenshot(page, '04-approved');

    // The audit record the stand-in Apex wrote after validating the ID token itself.
    const [record] = stack.harness.audit.forCase('5005g00000DkSoRAAZ');
    expect(record).toMatchObject({
      Status__c: 'Approved',
      Eid__c: 'mitid',
      Verified_Name__c: 'Søren Ærø-Hansen',
      National_Id_Masked__c: '120385-••••',
      Level_Of_Assurance__c: 'substantial',
      Match_Verdict__c: 'match',
      Binding_Message__c: code,
      Issuer__c: stack.idp.issuer,
    });
    expect(record?.Id_Token_Sha256__c).toMatch(/^[0-9a-f]{64}$/);
    expect(record?.Subject_Hash__c).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stack.harness.audit.all())).not.toContain('1203851002');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows a decline (Swedish BankID) and records it', async () => {
    const page = await openCase(stack, '00001027');
    await expect(component(page, 'lightning-input[data-id="identifier"] input').inputValue()).resolves.toBe(
      '196802020575',
    );
    await clickSend(page);
    await component(page, '.waiting').waitFor();
    const pending = await stack.idp.control.waitForPending((r) => r.personId === 'asa-oberg');
    await stack.idp.control.deny(pending.authReqId);
    await component(page, '.result_denied').waitFor({ timeout: 15000 });
    await expect(component(page, '.result-title').textContent()).resolves.toBe('The customer declined');
    await waitForRelatedStatus(page, 'Denied');
    await screenshot(page, '05-denied');
    await page.close();
  });

  it('shows an expired challenge (Freja eID to a mobile number)', async () => {
    const page = await openCase(stack, '00001029');
    // Elin's contact has no national ID: BankID (SE) needs one, Freja takes her mobile number.
    await component(page, 'lightning-combobox button, lightning-combobox input').first().click();
    await page.getByRole('option', { name: 'Freja eID' }).click();
    await expect(component(page, 'lightning-input[data-id="identifier"] input').inputValue()).resolves.toBe(
      '+46704567890',
    );
    await clickSend(page);
    await component(page, '.waiting').waitFor();
    await expect(component(page, '.sent-to').textContent()).resolves.toContain('+46');
    const pending = await stack.idp.control.waitForPending((r) => r.personId === 'elin-sjostrom');
    await stack.idp.control.expire(pending.authReqId);
    await component(page, '.result_expired').waitFor({ timeout: 15000 });
    await expect(component(page, '.result-title').textContent()).resolves.toBe('The request expired');
    await waitForRelatedStatus(page, 'Expired');
    await page.close();
  });

  it("prefills BankID from the national ID in the contact's configured field (no phone number on file)", async () => {
    const page = await openCase(stack, '00001031');
    await expect(component(page, '.customer').textContent()).resolves.toBe('Lars Åkesson');
    // The contact's only identifier is in National_Id__c, the field IdVerify_Config__mdt names.
    await expect(
      page
        .locator('dt', { hasText: 'National ID (National_Id__c)' })
        .locator('xpath=following-sibling::dd[1]')
        .textContent(),
    ).resolves.toBe('19900523-••••');
    await expect(
      component(page, 'lightning-combobox[data-id="eid"]').evaluate(
        (el) => (el as HTMLElement & { value: string }).value,
      ),
    ).resolves.toBe('bankid-se');
    await expect(component(page, 'lightning-input[data-id="identifier"] input').inputValue()).resolves.toBe(
      '199005232385',
    );
    await expect(component(page, '.prefilled').textContent()).resolves.toBe("From the case's contact");
    await expect(component(page, 'lightning-button[data-id="send"] button').textContent()).resolves.toBe(
      'Send BankID challenge',
    );

    await clickSend(page);
    await component(page, '.waiting').waitFor();
    await expect(component(page, '.sent-to').textContent()).resolves.toBe('Sent to 19900523-••••');
    const pending = await stack.idp.control.waitForPending((r) => r.personId === 'lars-akesson');
    await stack.idp.control.approve(pending.authReqId);
    await component(page, '.result_approved').waitFor({ timeout: 15000 });
    await expect(component(page, 'dd[data-field="nationalId"]').textContent()).resolves.toBe('19900523-••••');
    await expect(component(page, '.checks').textContent()).resolves.toContain('National ID: same');
    await waitForRelatedStatus(page, 'Approved');
    expect(JSON.stringify(stack.harness.audit.forCase('5005g00000SeLaAAAZ'))).not.toContain('199005232385');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('refuses an invalid identifier before anything reaches the customer', async () => {
    const before = stack.idp.control.pending().length;
    const page = await openCase(stack, '00001026');
    const input = component(page, 'lightning-input[data-id="identifier"] input');
    await input.fill('320185-1002');
    await clickSend(page);
    await component(page, '.identifier-error').waitFor();
    await expect(component(page, '.identifier-error').textContent()).resolves.toBe(
      'The number does not contain a valid date of birth.',
    );
    await screenshot(page, '06-invalid-identifier');
    expect(stack.idp.control.pending()).toHaveLength(before);
    await page.close();
  });

  it("shows Norwegian BankID's word pair, which the customer picks on the phone", async () => {
    const page = await openCase(stack, '00001028');
    await clickSend(page);
    await component(page, '.waiting').waitFor();
    const pending = await stack.idp.control.waitForPending((r) => r.personId === 'bjorn-aesoy');
    const shown = (await component(page, '.code').textContent())?.trim();
    expect(shown).toBe(pending.bindingMessage);
    expect(pending.wordPairs).toContain(shown);
    await expect(component(page, '.script').textContent()).resolves.toContain(`“${shown}”`);
    await screenshot(page, '07-word-pair');
    await stack.idp.control.approve(pending.authReqId, { wordPair: shown });
    await component(page, '.result_approved').waitFor({ timeout: 15000 });
    await expect(component(page, 'dd[data-field="name"]').textContent()).resolves.toBe('Bjørn Æsøy');
    await page.close();
  });

  it('warns when the person who approved is not the contact on the case', async () => {
    const page = await openCase(stack, '00001030');
    await clickSend(page);
    await component(page, '.waiting').waitFor();
    const pending = await stack.idp.control.waitForPending((r) => r.personId === 'frederik-lokke');
    await stack.idp.control.approve(pending.authReqId);
    await component(page, '.result_approved').waitFor({ timeout: 15000 });
    await expect(component(page, 'dd[data-field="name"]').textContent()).resolves.toBe('Frederik Løkke');
    await expect(component(page, '.match').textContent()).resolves.toMatch(/customer record/);
    await expect(component(page, '.checks').textContent()).resolves.toContain('Name: different');
    await screenshot(page, '08-mismatch');
    await page.close();
  });

  it('shows a failure and leaves a Failed record when the server rejects the ID token the page accepted', async () => {
    const caseId = '5005g00000SeAsAAAZ';
    const page = await openCase(stack, '00001027');
    // Something in the browser hands Apex another token than the broker's: its signature around a changed name.
    let recordCalls = 0;
    await page.route('**/api/apex/IdVerificationController.recordOutcome', async (route) => {
      recordCalls += 1;
      const params = JSON.parse(route.request().postData() ?? '{}') as {
        outcome: { idToken?: string; fullName?: string };
      };
      const [header, payload, signature] = (params.outcome.idToken ?? '').split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      const forged = Buffer.from(JSON.stringify({ ...claims, name: 'Someone Else' })).toString('base64url');
      params.outcome.idToken = `${header}.${forged}.${signature}`;
      params.outcome.fullName = 'Someone Else';
      await route.continue({ postData: JSON.stringify(params) });
    });

    await clickSend(page);
    await component(page, '.waiting').waitFor();
    const pending = await stack.idp.control.waitForPending((r) => r.personId === 'asa-oberg');
    await stack.idp.control.approve(pending.authReqId);

    await component(page, '.result_failed').waitFor({ timeout: 15000 });
    await expect(component(page, '.result-title').textContent()).resolves.toBe('Verification failed');
    await expect(component(page, '.result-detail').textContent()).resolves.toBe(
      'The identity proof is not the one the eID provider sent and was rejected.',
    );
    await expect(component(page, 'dd[data-field]').count()).resolves.toBe(0);
    await expect(component(page, '.match').count()).resolves.toBe(0);
    await expect(component(page, '.record').textContent()).resolves.toBe('Verification recorded on the case');
    await waitForRelatedStatus(page, 'Failed');
    await expect(
      page
        .locator('harness-related-list tr.audit-record[data-status="Failed"] td[data-field="Error_Code__c"]')
        .first()
        .textContent(),
    ).resolves.toBe('token.not_from_broker');

    const records = stack.harness.audit.forCase(caseId).filter((r) => r.Auth_Req_Id__c === pending.authReqId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      Status__c: 'Failed',
      Error_Code__c: 'token.not_from_broker',
      Eid__c: 'bankid-se',
    });
    expect(records[0]?.Finished_At__c).toBeDefined();
    expect(records[0]?.Verified_Name__c).toBeUndefined();
    expect(records[0]?.Id_Token_Sha256__c).toMatch(/^[0-9a-f]{64}$/);
    expect(recordCalls).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('does not show an approval as verified when recordOutcome fails on its way to the server', async () => {
    const caseId = '5005g00000NoBjAAAZ';
    const page = await openCase(stack, '00001028');
    await page.route('**/api/apex/IdVerificationController.recordOutcome', (route) => route.abort('failed'));
    await clickSend(page);
    await component(page, '.waiting').waitFor();
    const pending = await stack.idp.control.waitForPending((r) => r.personId === 'bjorn-aesoy');
    const shown = (await component(page, '.code').textContent())?.trim();
    await stack.idp.control.approve(pending.authReqId, { wordPair: shown });

    await component(page, '.result_failed').waitFor({ timeout: 15000 });
    await expect(component(page, '.result-title').textContent()).resolves.toBe('Verification failed');
    await expect(component(page, '.record').textContent()).resolves.toBe(
      'The verification record could not be saved',
    );
    await expect(component(page, 'dd[data-field]').count()).resolves.toBe(0);
    await expect(component(page, '.match').count()).resolves.toBe(0);
    await expect(page.locator('c-id-verification').textContent()).resolves.not.toContain('Bjørn Æsøy');
    // The server never confirmed it: its record of the challenge is still Pending, not Approved.
    const records = stack.harness.audit.forCase(caseId).filter((r) => r.Auth_Req_Id__c === pending.authReqId);
    expect(records).toHaveLength(1);
    expect(records[0]?.Status__c).toBe('Pending');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('keeps waiting for a challenge when the agent leaves the case and reloads, and records the approval', async () => {
    const caseId = '5005g00000DkSoRAAZ';
    const key = `idverify:salesforce:v1:pending:${caseId}`;
    const stored = (p: Page) => p.evaluate((k) => window.sessionStorage.getItem(k), key);
    const page = await openCase(stack, '00001026');
    await clickSend(page);
    await component(page, '.waiting').waitFor();
    const code = (await component(page, '.code').textContent())?.trim() ?? '';
    const pending = await stack.idp.control.waitForPending(
      (r) => r.personId === 'soren-aero-hansen' && r.bindingMessage === code,
    );
    const entry = await stored(page);
    expect(entry).toContain(pending.authReqId);
    expect(entry).not.toContain('1203851002');

    // Another case and back: a fresh component (as a record page navigation) picks the challenge up again.
    const picker = page.locator('lightning-combobox.case-picker');
    await picker.locator('button, input').first().click();
    await page.getByRole('option', { name: /^00001027/ }).click();
    await expect(component(page, '.customer').textContent()).resolves.toBe('Åsa Öberg');
    await picker.locator('button, input').first().click();
    await page.getByRole('option', { name: /^00001026/ }).click();
    await component(page, '.waiting').waitFor();
    await expect(component(page, '.code').textContent()).resolves.toContain(code);
    // It polls the challenge again (the component that was left no longer does: see the spacing check below).
    await expect(nextPoll(page)).resolves.toBe(pending.authReqId);
    await expect(nextPoll(page)).resolves.toBe(pending.authReqId);

    // A reload of the page while the customer has not answered yet.
    await page.reload();
    await component(page, '.waiting').waitFor({ timeout: 20000 });
    await expect(component(page, '.code').textContent()).resolves.toContain(code);
    await expect(component(page, '.sent-to').textContent()).resolves.toBe('Sent to 120385-••••');
    await expect(nextPoll(page)).resolves.toBe(pending.authReqId);

    // The customer approves on the phone.
    const phone = await stack.browser.newPage({ viewport: { width: 420, height: 820 } });
    await phone.goto(`${stack.idp.url}/phone?person=soren-aero-hansen`);
    const request = phone
      .locator('[data-testid="request"]')
      .filter({ has: phone.locator('[data-testid="binding-message"]', { hasText: code }) });
    await request.waitFor({ timeout: 15000 });
    await request.locator('button[data-act="approve"]').click();
    await phone.close();

    await component(page, '.result_approved').waitFor({ timeout: 15000 });
    await expect(component(page, 'dd[data-field="name"]').textContent()).resolves.toBe('Søren Ærø-Hansen');
    await expect(component(page, '.match').textContent()).resolves.toBe('Matches the customer record');
    await component(page, '.record').waitFor();
    await expect(component(page, '.record').textContent()).resolves.toBe('Verification recorded on the case');
    const records = stack.harness.audit.forCase(caseId).filter((r) => r.Auth_Req_Id__c === pending.authReqId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      Status__c: 'Approved',
      Binding_Message__c: code,
      Match_Verdict__c: 'match',
    });
    await expect(stored(page)).resolves.toBeNull();

    // The broker's interval held across the navigation and the reload: no two polls closer than ~1 s.
    const polls = stack.idp.control.polls(pending.authReqId);
    const gaps = polls.slice(1).map((at, i) => at - polls[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);

    // Ended: the next visit shows the form.
    await page.reload();
    await component(page, '.form').waitFor({ timeout: 20000 });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
