// A new user's first run, in headless Chromium: the demo page sends a challenge, the customer's phone page
// approves or denies it, the demo page shows the verified identity. Also checks nothing secret reaches the page.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { launchChromium } from '@idverify/test-browser';
import type { Browser, Page } from 'playwright-core';
import { startDemo, type Demo } from './demo.js';

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo({ port: 0, idpPort: 0, interval: 1, expiresIn: 30 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function sendChallenge(page: Page, eid: string, person: string, locale = 'en') {
  await page.goto(`${demo.url}/`);
  await page.selectOption('#locale', locale);
  await page.selectOption('#eid', eid);
  await page.getByRole('button', { name: person }).click();
  await page.click('#send');
  await page.waitForSelector('#waiting:not([hidden])');
  return (await page.textContent('#code'))!.trim();
}

async function answerOnPhone(personId: string, act: 'approve' | 'deny', code: string) {
  const phone = await browser.newPage();
  await phone.goto(`${demo.idp.url}/phone`);
  await phone.selectOption('#person', personId);
  const card = phone.locator('[data-testid="request"]').filter({ hasText: code });
  await card.waitFor();
  await card.locator(`button[data-act="${act}"]`).first().click();
  await phone.close();
}

describe('the demo page', () => {
  it('runs one whole verification: send, approve on the phone page, see the verified identity and audit note', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) =>
      requests.push(`${request.url()} ${request.postData() ?? ''} ${JSON.stringify(request.headers())}`),
    );
    const code = await sendChallenge(page, 'bankid-se', 'Åsa Öberg');
    expect(code).toMatch(/^Acme \d{4}$/);
    await answerOnPhone('asa-oberg', 'approve', code);
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.textContent('#result-title')).toBe('Identity verified');
    const fields = await page.textContent('#result-fields');
    expect(fields).toContain('Åsa Öberg');
    expect(fields).toContain('19680202-••••');
    expect(fields).toContain('Matches the customer record');
    const note = await page.textContent('#note');
    expect(note).toContain('ID token SHA-256');
    expect(note).not.toContain('196802020575');
    // The client secret never reaches the page or its requests.
    const secret = demo.idp.clients.basic.clientSecret;
    expect(await page.content()).not.toContain(secret);
    expect(requests.join('\n')).not.toContain(secret);
    expect(requests.join('\n')).not.toContain(Buffer.from(`demo-basic:${secret}`).toString('base64'));
    await page.close();
  });

  it('shows a denial, in Danish', async () => {
    const page = await browser.newPage();
    const code = await sendChallenge(page, 'mitid', 'Mette Nørgaard', 'da');
    expect(await page.textContent('#script')).toContain('Godkend kun');
    await answerOnPhone('mette-norgaard', 'deny', code);
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.textContent('#result-title')).toBe('Kunden afviste');
    await page.close();
  });

  it('cancels a waiting challenge', async () => {
    const page = await browser.newPage();
    await sendChallenge(page, 'bankid-no', 'Ingrid Håland');
    expect(await page.textContent('#script')).toContain('choose the words');
    await page.click('#cancel');
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.textContent('#result-title')).toBe('Verification cancelled');
    await page.close();
  });

  it('refuses a malformed identifier with a localized message, sending nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/`);
    await page.selectOption('#eid', 'bankid-no');
    await page.fill('#identifier', '17047910014');
    await page.click('#send');
    await page.waitForFunction(() => document.getElementById('identifier-error')!.textContent !== '');
    expect(await page.textContent('#identifier-error')).toBe('The number is not valid: check for a typo.');
    expect(demo.idp.control.pending({ person: 'bjorn-aesoy' })).toHaveLength(0);
    await page.close();
  });
});
