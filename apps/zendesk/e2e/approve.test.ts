// The sidebar in headless chromium, through the real ZAF SDK and the harness, against dev-idp.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  appFrame,
  docShot,
  launchChromium,
  openTicket,
  sendChallenge,
  startStack,
  type Stack,
} from './support.js';

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // A higher limit than the default 3, so the tests can share tickets; the limit has its own test.
  stack = await startStack({ settings: { challenge_limit: 20 } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});
beforeEachPage();

function beforeEachPage(): void {
  afterEach(async () => {
    await context?.close();
  });
}

async function newPage(): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  return page;
}

const notes = (ticketId: number) => stack.harness.desk.internalNotes(ticketId);

describe('approve', () => {
  test('Talk call from a Danish number: MitID, one click, verified identity, one internal note and the tag', async () => {
    await newPage();
    const app = await openTicket(page, stack, 101);
    await expect(app.getByTestId('send').textContent()).resolves.toBe('Send MitID challenge');
    await docShot(page, 'form');
    await docShot(page, 'workspace-form', 'page');
    const pending = await sendChallenge(app, stack);
    const code = await app.getByTestId('binding-message').textContent();
    expect(code).toBe(pending.bindingMessage);
    expect(await app.getByTestId('script').textContent()).toContain(code!);
    await docShot(page, 'waiting');
    await stack.idp.control.approve(pending.authReqId);
    await app.getByTestId('verified-name').waitFor({ timeout: 20_000 });
    expect(await app.getByTestId('verified-name').textContent()).toBe('Søren Ærø-Hansen');
    expect(await app.getByTestId('national-id').textContent()).toBe('120385-••••');
    expect(await app.getByTestId('match').textContent()).toContain('Matches the customer record');
    await app.getByTestId('note-state').waitFor();
    await docShot(page, 'result-approved');
    // The workspace shows the note and the tag as the app wrote them.
    await page.getByTestId('internal-note').waitFor();
    await docShot(page, 'workspace-note', 'page');
    expect(notes(101)).toHaveLength(1);
    const note = notes(101)[0]!.body;
    expect(note).toContain('Identity verified with MitID');
    expect(note).toContain(pending.authReqId);
    expect(note).toContain('120385-••••');
    expect(note).not.toContain('1203851002');
    expect(stack.harness.desk.ticket(101)!.tags).toContain('identity_verified');
  });

  test('Norwegian BankID: the provider’s word pair is shown, the customer picks it', async () => {
    await newPage();
    const app = await openTicket(page, stack, 103);
    await expect(app.getByTestId('send').textContent()).resolves.toBe('Send BankID (NO) challenge');
    const pending = await sendChallenge(app, stack);
    expect(pending.wordPairs).toHaveLength(3);
    expect(await app.getByTestId('binding-message').textContent()).toBe(pending.bindingMessage);
    expect(await app.getByTestId('script').textContent()).toContain(`“${pending.bindingMessage}”`);
    await docShot(page, 'waiting-word-pair');
    await stack.idp.control.approve(pending.authReqId, { wordPair: pending.bindingMessage! });
    await app.getByTestId('verified-name').waitFor({ timeout: 20_000 });
    expect(await app.getByTestId('verified-name').textContent()).toBe('Bjørn Æsøy');
  });

  test('the record does not fit the person who approved: mismatch, and why', async () => {
    await newPage();
    const app = await openTicket(page, stack, 105);
    const pending = await sendChallenge(app, stack);
    await stack.idp.control.approve(pending.authReqId);
    await app.getByTestId('match').waitFor({ timeout: 20_000 });
    const match = await app.getByTestId('match').textContent();
    expect(match).toContain('Does NOT match the customer record');
    expect(match).toMatch(/Namedifferent/);
    await docShot(page, 'result-mismatch');
    expect(notes(105)).toHaveLength(1);
  });

  test('Swedish agent, e-mail ticket: no prefill, inline validation, then BankID (SE)', async () => {
    await newPage();
    const app = await openTicket(page, stack, 102, 'sv');
    await expect(app.getByTestId('send').textContent()).resolves.toBe('Skicka BankID (SE)-begäran');
    expect(await app.getByTestId('send').isDisabled()).toBe(true);
    const input = app.locator('input[inputmode]');
    await input.fill('19680202-0576');
    await input.blur();
    await app.getByText('Numret är ogiltigt', { exact: false }).waitFor();
    await docShot(page, 'form-invalid');
    await app.getByTestId('send').click();
    expect(stack.idp.control.pending().filter((r) => r.personName === 'Åsa Öberg')).toHaveLength(0);
    await input.fill('19680202-0575');
    const pending = await sendChallenge(app, stack);
    expect(pending.personName).toBe('Åsa Öberg');
    await stack.idp.control.approve(pending.authReqId);
    await app.getByTestId('verified-name').waitFor({ timeout: 20_000 });
    await app.getByTestId('note-state').waitFor();
    expect(notes(102)[0]!.body).toContain('Identiteten bekräftad med BankID (SE)');
  });
});

describe('no result', () => {
  test('denied: says so, notes it once, offers a retry', async () => {
    await newPage();
    const app = await openTicket(page, stack, 104);
    const before = notes(104).length;
    const pending = await sendChallenge(app, stack);
    await stack.idp.control.deny(pending.authReqId);
    await app.getByText('The customer declined').first().waitFor({ timeout: 20_000 });
    await app.getByTestId('note-state').waitFor();
    await docShot(page, 'result-denied');
    expect(notes(104).length).toBe(before + 1);
    expect(notes(104).at(-1)!.body).toContain('declined');
    expect(await app.getByTestId('retry').isEnabled()).toBe(true);
    await app.getByTestId('retry').click();
    await app.getByTestId('send').waitFor();
  });

  test('expired: says so and notes it', async () => {
    await newPage();
    const app = await openTicket(page, stack, 104);
    const before = notes(104).length;
    const pending = await sendChallenge(app, stack);
    await stack.idp.control.expire(pending.authReqId);
    await app.getByText('The request expired').first().waitFor({ timeout: 20_000 });
    await app.getByTestId('note-state').waitFor();
    await docShot(page, 'result-expired');
    expect(notes(104).length).toBe(before + 1);
  });

  test('cancel: stops polling, notes the cancellation once', async () => {
    await newPage();
    const app = await openTicket(page, stack, 104);
    const before = notes(104).length;
    const pending = await sendChallenge(app, stack);
    await app.getByTestId('cancel').click();
    await app.getByText('Verification cancelled').first().waitFor();
    await app.getByTestId('note-state').waitFor();
    await docShot(page, 'result-cancelled');
    const polls = stack.idp.control.polls(pending.authReqId).length;
    await page.waitForTimeout(2500);
    expect(stack.idp.control.polls(pending.authReqId).length).toBe(polls);
    expect(notes(104).length).toBe(before + 1);
  });

  test('provider down: the challenge cannot be sent, the agent is told, no note', async () => {
    await newPage();
    const app = await openTicket(page, stack, 104);
    const before = notes(104).length;
    const fault = stack.idp.control.fault({
      endpoint: 'backchannel_authentication',
      kind: '5xx',
      status: 503,
      times: 0,
    });
    try {
      await app.getByTestId('send').click();
      await app.getByText('Verification failed').first().waitFor({ timeout: 30_000 });
      expect(await app.locator('[role=alert]').textContent()).toContain('not responding');
      await docShot(page, 'result-provider-down');
    } finally {
      stack.idp.control.clearFaults();
    }
    expect(fault.hits).toBeGreaterThan(0);
    expect(notes(104).length).toBe(before);
  });
});

describe('reload', () => {
  test('a reload mid-verification resumes the challenge; the result and the note are neither lost nor doubled', async () => {
    await newPage();
    let app = await openTicket(page, stack, 103);
    const before = notes(103).length;
    const pending = await sendChallenge(app, stack);
    await page.reload();
    app = await appFrame(page);
    expect(await app.getByTestId('binding-message').textContent()).toBe(pending.bindingMessage);
    await stack.idp.control.approve(pending.authReqId, { wordPair: pending.bindingMessage! });
    await app.getByTestId('verified-name').waitFor({ timeout: 20_000 });
    await app.getByTestId('note-state').waitFor();
    await page.reload();
    app = await appFrame(page);
    await app.getByTestId('verified-name').waitFor();
    await page.waitForTimeout(500);
    expect(notes(103).length).toBe(before + 1);
  });
});

test('the flood limit: after 3 challenges in the window the sidebar refuses, in every browser', async () => {
  const limited = await startStack({ settings: { challenge_limit: 3 } });
  const ctx = await browser.newContext();
  try {
    const p = await ctx.newPage();
    let app = await openTicket(p, limited, 104);
    for (let i = 0; i < 3; i++) {
      const pending = await sendChallenge(app, limited);
      await limited.idp.control.deny(pending.authReqId);
      await app.getByTestId('retry').waitFor({ timeout: 20_000 });
      await app.getByTestId('note-state').waitFor();
      if (i < 2) await app.getByTestId('retry').click();
    }
    expect(await app.getByTestId('retry').isDisabled()).toBe(true);
    await docShot(p, 'result-limit');
    // Another browser (no localStorage in common) derives the attempts from the app's notes on the ticket.
    const other = await browser.newContext();
    const p2 = await other.newPage();
    app = await openTicket(p2, limited, 104);
    expect(await app.getByTestId('send').isDisabled()).toBe(true);
    expect(await app.getByRole('status').textContent()).toContain('No more challenges for now');
    await other.close();
    expect(limited.idp.control.pending({ status: 'all' }).length).toBe(3);
  } finally {
    await ctx.close();
    await limited.close();
  }
});

test('without third-party storage (blocked by the browser) the app still verifies', async () => {
  const strict = await launchChromium({ thirdPartyStorage: false });
  try {
    const p = await (await strict.newContext()).newPage();
    const app = await openTicket(p, stack, 101);
    const pending = await sendChallenge(app, stack);
    await stack.idp.control.approve(pending.authReqId);
    await app.getByTestId('verified-name').waitFor({ timeout: 20_000 });
  } finally {
    await strict.close();
  }
});
