// The Salesforce harness end to end: the lwc-compiled component on the fake Case page, the stand-in Apex
// controller, dev-idp as the broker, and the customer's phone page — approve, deny, expire, invalid identifier,
// the Norwegian word pair, a mismatch with the CRM record.
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

async function waitForRelatedStatus(page: Page, status: string): Promise<void> {
  await page
    .locator(`harness-related-list tr.audit-record[data-status="${status}"]`)
    .first()
    .waitFor({ timeout: 15000 });
}

describe('Salesforce harness', () => {
  it('verifies a Danish customer who approves on their phone, and records the audit record', async () => {
    const page = await openCase(stack, '00001026');
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

    await component(page, '.result_approved').waitFor({ timeout: 15000 });
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
});
