import { createElement } from 'lwc';
import IdVerification from 'c/idVerification';
import getContext from '@salesforce/apex/IdVerificationController.getContext';
import send from '@salesforce/apex/IdVerificationController.send';
import recordOutcome from '@salesforce/apex/IdVerificationController.recordOutcome';
import { createFakeBroker } from './fakeBroker';

// Node's own timer, untouched by jsdom and by jest's fake timers: lets real crypto and promises progress.
const { setImmediate: nextTurn } = require('node:timers');

jest.mock('@salesforce/apex/IdVerificationController.getContext', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/IdVerificationController.send', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/IdVerificationController.recordOutcome', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/i18n/lang', () => ({ default: 'en-US' }), { virtual: true });

const CASE_ID = '500Aa00000ExAmPlE1';
const MINUTE = 60 * 1000;
const RECORD_ID = 'a0BAa00000AuditRec';

/** IdVerificationController.recordOutcome's answer when the server accepts the outcome: the record's status. */
function recorded({ outcome }) {
    const status = outcome.status.charAt(0).toUpperCase() + outcome.status.slice(1);
    return Promise.resolve(
        status === 'Failed' && outcome.errorCode
            ? { recordId: RECORD_ID, status, errorCode: outcome.errorCode }
            : { recordId: RECORD_ID, status }
    );
}

// Fictional test persons (the same as dev-idp's).
const SOREN = {
    eid: 'mitid',
    uuid: '8028a8c7-f428-43e7-931d-671cd3c3af7a',
    name: 'Søren Ærø-Hansen',
    birthDate: '1985-03-12',
    nationalId: '1203851002',
    phone: '+4520123456'
};
const BJORN = {
    eid: 'bankid-no',
    uuid: 'b1d61874-f6da-493f-9281-2332cc35107d',
    name: 'Bjørn Æsøy',
    birthDate: '1979-04-17',
    nationalId: '17047910013',
    phone: '+4791234567'
};
/** A Swedish BankID customer whose contact has no phone: only the national ID from the configured Contact field. */
const LARS = {
    eid: 'bankid-se',
    uuid: '6b368050-ba23-4c10-8181-c6e7d98bd696',
    name: 'Lars Åkesson',
    birthDate: '1990-05-23',
    nationalId: '199005232385'
};
const ELIN = {
    eid: 'freja',
    uuid: '760868b3-d2ff-4c42-bcba-78010a69c999',
    name: 'Elin Sjöström',
    phone: '+46704567890'
};

function contactOf(person, overrides = {}) {
    return {
        name: person.name,
        mobilePhone: person.phone,
        phone: null,
        birthdate: person.birthDate || null,
        nationalId: person.nationalId || null,
        ...overrides
    };
}

function context(broker, contact, overrides = {}) {
    return {
        config: {
            broker: 'idura',
            issuer: broker.issuer,
            clientId: broker.clientId,
            enabledEids: ['mitid', 'bankid-se', 'bankid-no', 'freja'],
            company: 'Acme',
            challengeLimit: 3,
            windowMinutes: 10
        },
        contact,
        attempts: [],
        ...overrides
    };
}

/**
 * Gives promises, crypto and timers of the real core turns until `check` holds (no fixed sleeps). Bounded by wall
 * time from process.hrtime, which jest's fake timers leave alone: crypto runs in Node's thread pool.
 */
async function waitFor(check, what = 'condition') {
    const deadline = process.hrtime.bigint() + 5000000000n;
    while (process.hrtime.bigint() < deadline) {
        const value = check();
        if (value) return value;
        await new Promise((resolve) => nextTurn(resolve));
    }
    throw new Error(`timed out waiting for ${what}`);
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const text = (element, selector) => {
    const node = $(element, selector);
    return node ? node.textContent.trim() : undefined;
};

async function mount({ person = SOREN, brokerOptions = {}, contact, contextOverrides } = {}) {
    const broker = await createFakeBroker({ person, ...brokerOptions });
    getContext.mockResolvedValue(context(broker, contact || contactOf(person), contextOverrides));
    send.mockImplementation(broker.send);
    recordOutcome.mockImplementation(recorded);
    const element = createElement('c-id-verification', { is: IdVerification });
    element.recordId = CASE_ID;
    document.body.appendChild(element);
    await waitFor(() => $(element, '.form') || $(element, '.load-error'), 'the form');
    return { element, broker };
}

async function sendChallenge(element) {
    $(element, 'lightning-button[data-id="send"]').click();
    await waitFor(
        () =>
            $(element, '.waiting') ||
            $(element, '.result') ||
            $(element, '.identifier-error') ||
            $(element, '.form-error'),
        'send'
    );
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    // A challenge left pending by a test would be resumed by the next one (as it should be on a real page).
    window.sessionStorage.clear();
    jest.restoreAllMocks();
    jest.clearAllMocks();
    jest.useRealTimers();
});

describe('c-id-verification', () => {
    it('shows a spinner while the case loads', async () => {
        getContext.mockReturnValue(new Promise(() => {}));
        const element = createElement('c-id-verification', { is: IdVerification });
        element.recordId = CASE_ID;
        document.body.appendChild(element);
        await Promise.resolve();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        expect(getContext).toHaveBeenCalledWith({ caseId: CASE_ID });
    });

    it('explains when the case cannot be loaded', async () => {
        getContext.mockRejectedValue({
            body: { message: 'Insufficient access to IdVerificationController' },
            status: 500
        });
        const element = createElement('c-id-verification', { is: IdVerification });
        element.recordId = CASE_ID;
        document.body.appendChild(element);
        await waitFor(() => $(element, '.load-error'));
        expect(text(element, '.load-error')).toContain('The verification panel could not load this record');
        expect(text(element, '.load-error')).toContain('Insufficient access to IdVerificationController');
    });

    it("prefills the contact's eID and national ID", async () => {
        const { element } = await mount();
        expect(text(element, '.customer')).toBe('Søren Ærø-Hansen');
        const combobox = $(element, 'lightning-combobox');
        expect(combobox.value).toBe('mitid');
        expect(combobox.options.map((o) => o.label)).toEqual([
            'MitID',
            'BankID (SE)',
            'BankID (NO)',
            'Freja eID'
        ]);
        const input = $(element, 'lightning-input[data-id="identifier"]');
        expect(input.label).toBe('CPR number');
        expect(input.value).toBe('1203851002');
        expect(text(element, '.prefilled')).toBe("From the case's contact");
        expect($(element, 'lightning-button[data-id="send"]').label).toBe('Send MitID challenge');
    });

    it('preselects the eID it can prefill: the mobile number for Freja when the contact has no national ID', async () => {
        const { element } = await mount({ person: ELIN, contact: contactOf(ELIN) });
        expect($(element, 'lightning-combobox').value).toBe('freja');
        expect($(element, 'lightning-input[data-id="identifier"]').label).toBe("Customer's mobile number");
        expect($(element, 'lightning-input[data-id="identifier"]').value).toBe('+46704567890');
        expect($(element, 'lightning-button[data-id="send"]').label).toBe('Send Freja eID challenge');
        const combobox = $(element, 'lightning-combobox');
        combobox.dispatchEvent(new CustomEvent('change', { detail: { value: 'bankid-se' } }));
        await waitFor(
            () => $(element, 'lightning-input[data-id="identifier"]').label === 'Personal identity number'
        );
        expect($(element, 'lightning-input[data-id="identifier"]').value).toBe('');
    });

    it("prefills BankID from the national ID of the contact's configured field, shown masked once sent", async () => {
        const { element, broker } = await mount({
            person: LARS,
            brokerOptions: { interval: 30 },
            contact: contactOf(LARS, { mobilePhone: null })
        });
        // The country comes from the national ID (no phone on file): Swedish BankID, prefilled.
        expect($(element, 'lightning-combobox').value).toBe('bankid-se');
        const input = $(element, 'lightning-input[data-id="identifier"]');
        expect(input.label).toBe('Personal identity number');
        expect(input.value).toBe('199005232385');
        expect(text(element, '.prefilled')).toBe("From the case's contact");
        // Like a prefilled phone number, the value is only in the editable field, never shown as text.
        expect(element.shadowRoot.textContent).not.toContain('199005232385');
        expect(element.shadowRoot.textContent).not.toContain('900523');

        await sendChallenge(element);
        expect(text(element, '.sent-to')).toBe('Sent to 19900523-••••');
        expect(element.shadowRoot.textContent).not.toContain('199005232385');
        const bcAuthorize = broker.requests.find((r) => r.endpoint === 'backchannel_authentication');
        expect(new URLSearchParams(bcAuthorize.body).get('login_hint')).toBe('sub:ssn:199005232385');
    });

    it('compares the verified national ID with the one from the contact field', async () => {
        const { element } = await mount({
            person: LARS,
            brokerOptions: { tokenAnswers: ['approved'] },
            contact: contactOf(LARS, { mobilePhone: null })
        });
        await sendChallenge(element);
        await waitFor(() => $(element, '.result_approved'), 'the result');
        expect(text(element, 'dd[data-field="nationalId"]')).toBe('19900523-••••');
        expect([...element.shadowRoot.querySelectorAll('.checks li')].map((li) => li.textContent)).toContain(
            'National ID: same'
        );
        expect(element.shadowRoot.textContent).not.toContain('199005232385');
    });

    it.each([
        ['not a national ID at all (a misconfigured field)', 'Gold customer'],
        ['an invalid number', '199005232386']
    ])('ignores a contact national ID that is %s: nothing prefilled, no error', async (_what, nationalId) => {
        const { element } = await mount({
            person: LARS,
            contact: contactOf(LARS, { mobilePhone: null, nationalId })
        });
        expect($(element, '.form')).not.toBeNull();
        expect($(element, 'lightning-input[data-id="identifier"]').value).toBe('');
        expect($(element, '.prefilled')).toBeNull();
        expect($(element, '.identifier-error')).toBeNull();
        expect(element.shadowRoot.textContent).not.toContain(nationalId);
    });

    it('never puts a Danish CPR from the contact into a Swedish BankID field', async () => {
        const { element } = await mount({
            contact: contactOf(SOREN, { mobilePhone: null })
        });
        expect($(element, 'lightning-combobox').value).toBe('mitid');
        const combobox = $(element, 'lightning-combobox');
        combobox.dispatchEvent(new CustomEvent('change', { detail: { value: 'bankid-se' } }));
        await waitFor(
            () => $(element, 'lightning-input[data-id="identifier"]').label === 'Personal identity number'
        );
        expect($(element, 'lightning-input[data-id="identifier"]').value).toBe('');
        expect($(element, '.prefilled')).toBeNull();
    });

    it('rejects an invalid identifier before anything is sent', async () => {
        const { element } = await mount();
        const input = $(element, 'lightning-input[data-id="identifier"]');
        input.value = '320185-1002';
        input.dispatchEvent(new CustomEvent('change', { detail: { value: '320185-1002' } }));
        await Promise.resolve();
        expect($(element, '.prefilled')).toBeNull();
        await sendChallenge(element);
        expect(text(element, '.identifier-error')).toBe('The number does not contain a valid date of birth.');
        expect($(element, '.form')).not.toBeNull();
        expect(send).not.toHaveBeenCalled();
    });

    it('shows the code, the script, where it went and the time left while waiting', async () => {
        const { element, broker } = await mount({ brokerOptions: { interval: 30 } });
        await sendChallenge(element);
        const code = text(element, '.code');
        expect(code).toMatch(/^Acme \d{4}$/);
        expect(text(element, '.script')).toBe(
            `Please open MitID on your phone. Approve only if you see the code ${code}.`
        );
        expect(text(element, '.sent-to')).toBe('Sent to 120385-••••');
        expect(text(element, '.time-left')).toBe('2:00 left');
        expect($(element, 'lightning-button[data-id="cancel"]').label).toBe('Cancel');

        // Only allow-listed endpoints, through Apex, with this case's id and no client secret.
        const bcAuthorize = broker.requests.find((r) => r.endpoint === 'backchannel_authentication');
        expect(send).toHaveBeenCalledWith({ caseId: CASE_ID, request: bcAuthorize });
        const form = new URLSearchParams(bcAuthorize.body);
        expect(form.get('login_hint')).toBe('sub:ssn:1203851002');
        expect(form.get('binding_message')).toBe(code);
        expect(form.has('client_secret')).toBe(false);
        expect(bcAuthorize.headers.authorization).toBeUndefined();
    });

    it('counts down', async () => {
        jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
        const { element } = await mount({ brokerOptions: { interval: 60 } });
        await sendChallenge(element);
        expect(text(element, '.time-left')).toBe('2:00 left');
        jest.advanceTimersByTime(15 * 1000);
        await Promise.resolve();
        expect(text(element, '.time-left')).toBe('1:45 left');
    });

    it("shows Norwegian BankID's word pair and asks the customer to choose it", async () => {
        const { element, broker } = await mount({
            person: BJORN,
            brokerOptions: { interval: 30, wordPair: 'rask-elefant' }
        });
        expect($(element, 'lightning-combobox').value).toBe('bankid-no');
        await sendChallenge(element);
        expect(text(element, '.code')).toBe('rask-elefant');
        expect(text(element, '.script')).toBe(
            'Please open BankID (NO) on your phone and choose the words “rask-elefant”.'
        );
        const form = new URLSearchParams(
            broker.requests.find((r) => r.endpoint === 'backchannel_authentication').body
        );
        expect(form.has('binding_message')).toBe(false);
    });

    it('shows the verified identity, the match with the contact and records it with the ID token', async () => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['pending', 'approved'] } });
        await sendChallenge(element);
        await waitFor(() => $(element, '.result'), 'the result');
        expect(text(element, '.result-title')).toBe('Identity verified');
        const field = (name) => text(element, `dd[data-field="${name}"]`);
        expect(field('name')).toBe('Søren Ærø-Hansen');
        expect(field('birthDate')).toBe('12 March 1985');
        expect(field('nationalId')).toBe('120385-••••');
        expect(field('eid')).toBe('MitID');
        expect(field('level')).toBe('Substantial');
        expect(element.shadowRoot.textContent).not.toContain('1203851002');
        expect(text(element, '.match')).toBe('Matches the customer record');
        expect([...element.shadowRoot.querySelectorAll('.checks li')].map((li) => li.textContent)).toContain(
            'Name: same'
        );

        await waitFor(() => $(element, '.record'), 'the audit record');
        expect(text(element, '.record')).toBe('Verification recorded on the case');
        expect(recordOutcome).toHaveBeenCalledTimes(1);
        const { caseId, outcome } = recordOutcome.mock.calls[0][0];
        expect(caseId).toBe(CASE_ID);
        expect(outcome).toMatchObject({
            status: 'approved',
            eid: 'mitid',
            authReqId: 'req-1',
            fullName: 'Søren Ærø-Hansen',
            nationalIdMasked: '120385-••••',
            levelOfAssurance: 'substantial',
            matchVerdict: 'match',
            sentTo: '120385-••••'
        });
        expect(outcome.idToken.split('.')).toHaveLength(3);
        expect(outcome.idTokenSha256).toMatch(/^[0-9a-f]{64}$/);
        expect(JSON.stringify(outcome)).not.toContain('"nationalId"');
    });

    it('warns when the verified person does not match the contact', async () => {
        const { element } = await mount({
            brokerOptions: { tokenAnswers: ['approved'] },
            contact: contactOf(SOREN, { name: 'Mette Nørgaard', birthdate: '1972-11-07' })
        });
        await sendChallenge(element);
        await waitFor(() => $(element, '.result'));
        expect(text(element, '.match')).toBe('Does NOT match the customer record');
        expect([...element.shadowRoot.querySelectorAll('.checks li')].map((li) => li.textContent)).toContain(
            'Name: different'
        );
        await waitFor(() => recordOutcome.mock.calls.length === 1);
        expect(recordOutcome.mock.calls[0][0].outcome.matchVerdict).toBe('mismatch');
    });

    it.each([
        ['denied', 'The customer declined', 'denied'],
        ['expired', 'The request expired', 'expired']
    ])('shows the %s outcome and records it', async (answer, title, status) => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: [answer] } });
        await sendChallenge(element);
        await waitFor(() => $(element, '.result'));
        expect(text(element, '.result-title')).toBe(title);
        expect($(element, '.identity')).toBeNull();
        await waitFor(() => $(element, '.record'));
        expect(recordOutcome.mock.calls[0][0].outcome).toMatchObject({ status, authReqId: 'req-1' });
    });

    it('fails on an ID token the broker did not sign, and says why', async () => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['forged'] } });
        await sendChallenge(element);
        await waitFor(() => $(element, '.result'));
        expect(text(element, '.result-title')).toBe('Verification failed');
        expect(text(element, '.result-detail')).toBe(
            'The identity proof has an invalid signature and was rejected.'
        );
        await waitFor(() => $(element, '.record'));
        expect(recordOutcome.mock.calls[0][0].outcome).toMatchObject({
            status: 'failed',
            errorCode: 'token.invalid_signature'
        });
        expect(recordOutcome.mock.calls[0][0].outcome.idToken).toBeUndefined();
    });

    it.each([
        ['token.invalid_signature', 'The identity proof has an invalid signature and was rejected.'],
        ['token.expired', 'The identity proof has expired and was rejected.'],
        ['token.wrong_audience', 'The identity proof was issued to another app and was rejected.']
    ])(
        'shows a failure, not the identity, when the server rejects the ID token (%s)',
        async (errorCode, detail) => {
            const { element } = await mount({ brokerOptions: { tokenAnswers: ['approved'] } });
            recordOutcome.mockResolvedValue({ recordId: RECORD_ID, status: 'Failed', errorCode });
            await sendChallenge(element);
            await waitFor(() => $(element, '.result_failed'), 'the failure');
            expect(text(element, '.result-title')).toBe('Verification failed');
            expect(text(element, '.result-detail')).toBe(detail);
            expect(element.shadowRoot.textContent).not.toContain('Identity verified');
            expect($(element, '.identity')).toBeNull();
            expect($(element, 'dd[data-field]')).toBeNull();
            expect($(element, '.match')).toBeNull();
            expect(element.shadowRoot.textContent).not.toContain('Søren');
            expect($(element, 'lightning-icon').iconName).toBe('utility:error');
            // The Failed record is on the case; the page asked for the approval once and does not ask again.
            expect(text(element, '.record')).toBe('Verification recorded on the case');
            expect(recordOutcome).toHaveBeenCalledTimes(1);
            expect(recordOutcome.mock.calls[0][0].outcome).toMatchObject({
                status: 'approved',
                authReqId: 'req-1'
            });
            expect(recordOutcome.mock.calls[0][0].outcome.idToken.split('.')).toHaveLength(3);
            expect($(element, 'lightning-button[data-id="retry"]')).not.toBeNull();
        }
    );

    it('shows the identity only after the server has confirmed the approval', async () => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['pending', 'approved'] } });
        let answer;
        recordOutcome.mockReturnValue(
            new Promise((resolve) => {
                answer = resolve;
            })
        );
        // Every render until the server answers (the form, waiting, confirming): none may show the verified
        // identity, the match or "verified".
        const leaks = [];
        const observer = new MutationObserver(() => {
            const shown = element.shadowRoot.textContent;
            if (
                $(element, '.result') ||
                $(element, '.identity') ||
                $(element, 'dd[data-field]') ||
                $(element, '.match') ||
                shown.includes('Identity verified')
            )
                leaks.push(shown);
        });
        observer.observe(element.shadowRoot, { childList: true, subtree: true, characterData: true });
        await sendChallenge(element);
        await waitFor(() => $(element, '.confirming') && answer, 'the confirming view');
        // The server is busy; a few more turns change nothing.
        for (let i = 0; i < 10; i++) await new Promise((resolve) => nextTurn(resolve));
        expect(recordOutcome).toHaveBeenCalledTimes(1);
        expect(recordOutcome.mock.calls[0][0].outcome).toMatchObject({
            status: 'approved',
            authReqId: 'req-1'
        });
        expect(text(element, '.confirming')).toBe('Confirming the verification…');
        expect(element.shadowRoot.textContent).not.toContain('Søren');
        expect($(element, '.confirming lightning-spinner').alternativeText).toBe(
            'Confirming the verification…'
        );
        expect($(element, '.waiting')).toBeNull();
        expect($(element, 'lightning-button[data-id="retry"]')).toBeNull();
        observer.disconnect();
        expect(leaks).toEqual([]);

        answer({ recordId: RECORD_ID, status: 'Approved' });
        await waitFor(() => $(element, '.result_approved'), 'the confirmed result');
        expect($(element, '.confirming')).toBeNull();
        expect(text(element, '.result-title')).toBe('Identity verified');
        expect(text(element, 'dd[data-field="name"]')).toBe('Søren Ærø-Hansen');
        expect(text(element, '.match')).toBe('Matches the customer record');
        expect(text(element, '.record')).toBe('Verification recorded on the case');
        expect($(element, 'lightning-icon').iconName).toBe('utility:success');
    });

    it.each([
        ['throws (network or server error)', () => Promise.reject({ body: { message: 'Server error' } })],
        ['throws an Apex exception', () => Promise.reject({ body: { message: 'outcome.conflict' } })],
        ['answers nothing usable', () => Promise.resolve(null)],
        ['answers an unexpected status', () => Promise.resolve({ recordId: RECORD_ID, status: 'Pending' })]
    ])('does not show an approval as verified when recordOutcome %s', async (_what, answer) => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['approved'] } });
        recordOutcome.mockImplementation(answer);
        await sendChallenge(element);
        await waitFor(() => $(element, '.result'), 'the result');
        expect($(element, '.result_failed')).not.toBeNull();
        expect(text(element, '.result-title')).toBe('Verification failed');
        expect($(element, '.result-detail')).toBeNull();
        expect(text(element, '.record')).toBe('The verification record could not be saved');
        expect($(element, '.record').dataset.failed).toBe('true');
        expect(element.shadowRoot.textContent).not.toContain('Identity verified');
        expect(element.shadowRoot.textContent).not.toContain('Søren');
        expect($(element, '.identity')).toBeNull();
        expect($(element, '.match')).toBeNull();
        expect($(element, 'lightning-icon').iconName).toBe('utility:error');
        expect(recordOutcome).toHaveBeenCalledTimes(1);
        expect($(element, 'lightning-button[data-id="retry"]')).not.toBeNull();
    });

    it('shows a denial at once, before its record is written', async () => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['denied'] } });
        recordOutcome.mockReturnValue(new Promise(() => {}));
        await sendChallenge(element);
        await waitFor(() => $(element, '.result'), 'the result');
        expect(text(element, '.result-title')).toBe('The customer declined');
        expect($(element, '.confirming')).toBeNull();
        expect($(element, '.record')).toBeNull();
    });

    it('ignores the answer for an approval when the page was left while the server confirmed it', async () => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['approved'] } });
        let answer;
        recordOutcome.mockReturnValue(
            new Promise((resolve) => {
                answer = resolve;
            })
        );
        await sendChallenge(element);
        await waitFor(() => $(element, '.confirming') && answer, 'the confirming view');
        // The same component, taken off the page and put back (e.g. a console tab switch): it loads the case again.
        document.body.removeChild(element);
        document.body.appendChild(element);
        await waitFor(() => $(element, '.form'), 'the form');
        answer({ recordId: RECORD_ID, status: 'Approved' });
        for (let i = 0; i < 5; i++) await new Promise((resolve) => nextTurn(resolve));
        expect($(element, '.form')).not.toBeNull();
        expect($(element, '.result')).toBeNull();
        expect(recordOutcome).toHaveBeenCalledTimes(1);
    });

    it('fails when the broker refuses the challenge, without an audit record of a request that never existed', async () => {
        const { element, broker } = await mount();
        send.mockImplementation(async (args) =>
            args.request.endpoint === 'backchannel_authentication'
                ? {
                      status: 400,
                      headers: { 'content-type': 'application/json' },
                      body: '{"error":"unknown_user_id"}'
                  }
                : broker.send(args)
        );
        await sendChallenge(element);
        expect(text(element, '.result-title')).toBe('Verification failed');
        expect(text(element, '.result-detail')).toBe('The eID provider does not know this person.');
        expect(recordOutcome).not.toHaveBeenCalled();
    });

    it('cancels a pending challenge and records the cancel', async () => {
        const { element } = await mount({ brokerOptions: { interval: 30 } });
        await sendChallenge(element);
        $(element, 'lightning-button[data-id="cancel"]').click();
        await waitFor(() => $(element, '.result'));
        expect(text(element, '.result-title')).toBe('Verification cancelled');
        await waitFor(() => $(element, '.record'));
        expect(recordOutcome.mock.calls[0][0].outcome).toMatchObject({
            status: 'cancelled',
            errorCode: 'cancelled'
        });
    });

    it('says so when the audit record cannot be saved', async () => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['denied'] } });
        recordOutcome.mockRejectedValue({ body: { message: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' } });
        await sendChallenge(element);
        await waitFor(() => $(element, '.record'));
        expect(text(element, '.record')).toBe('The verification record could not be saved');
    });

    it('goes back to the form for a new challenge and counts the attempts left', async () => {
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['denied'] } });
        await sendChallenge(element);
        await waitFor(() => $(element, '.result'));
        expect(text(element, '.attempts')).toBe('2 challenges left for this customer in the next minutes');
        $(element, 'lightning-button[data-id="retry"]').click();
        await waitFor(() => $(element, '.form'));
        expect($(element, 'lightning-input[data-id="identifier"]').value).toBe('1203851002');
        expect($(element, 'lightning-button[data-id="send"]').disabled).toBe(false);
    });

    it('stops at the challenge limit for the case', async () => {
        const now = Date.now();
        const { element } = await mount({
            contextOverrides: { attempts: [now - MINUTE, now - 2 * MINUTE, now - 3 * MINUTE] }
        });
        expect(text(element, '.limit')).toMatch(/^No more challenges for now: try again at \d{2}:\d{2}$/);
        expect($(element, 'lightning-button[data-id="send"]').disabled).toBe(true);
        $(element, 'lightning-button[data-id="send"]').click();
        await Promise.resolve();
        expect(send).not.toHaveBeenCalled();
    });

    it("reports the server's challenge limit (another tab or agent sent the last ones)", async () => {
        const retryAt = Date.UTC(2030, 0, 1, 13, 7);
        const { element, broker } = await mount();
        send.mockImplementation(async (args) =>
            args.request.endpoint === 'backchannel_authentication'
                ? {
                      status: 429,
                      headers: { 'content-type': 'application/json', 'retry-after': '120' },
                      body: JSON.stringify({
                          error: 'challenge_limit_reached',
                          error_description: 'At most 3 challenges per 10 minutes',
                          retry_at: retryAt
                      })
                  }
                : broker.send(args)
        );
        await sendChallenge(element);
        const { formatTime } = require('c/verificationCore');
        expect(text(element, '.form-error')).toBe(
            `Too many challenges to this customer. Try again at ${formatTime('en', retryAt)}.`
        );
        expect($(element, '.form')).not.toBeNull();
        expect(recordOutcome).not.toHaveBeenCalled();
    });

    it('treats an Apex guard exception like the limit answer', async () => {
        const { element, broker } = await mount();
        send.mockImplementation(async (args) => {
            if (args.request.endpoint === 'backchannel_authentication')
                throw { body: { message: 'guard.limit_reached' }, status: 400 };
            return broker.send(args);
        });
        await sendChallenge(element);
        expect(text(element, '.form-error')).toMatch(/^Too many challenges to this customer/);
        expect($(element, '.form')).not.toBeNull();
    });
});

describe('c-id-verification after the Case page was left mid-challenge', () => {
    const KEY = `idverify:salesforce:v1:pending:${CASE_ID}`;
    const stored = () => JSON.parse(window.sessionStorage.getItem(KEY));
    const tokenPolls = (broker) => broker.requests.filter((r) => r.endpoint === 'token').length;

    /** Lets the real core's promises and crypto run after fake timers fired. */
    async function settle() {
        for (let i = 0; i < 20; i++) await new Promise((resolve) => nextTurn(resolve));
    }

    /** The agent comes back to the case: a new component instance on a new page. */
    async function reopen(selector = '.waiting') {
        const element = createElement('c-id-verification', { is: IdVerification });
        element.recordId = CASE_ID;
        document.body.appendChild(element);
        await waitFor(() => $(element, selector) || $(element, '.load-error'), selector);
        return element;
    }

    /** A PendingVerification as the core stores it, for the fake broker's issuer and Søren's CPR number. */
    function pendingEntry(broker, overrides = {}, entry = {}) {
        const now = Date.now();
        return {
            v: 1,
            caseId: CASE_ID,
            pending: {
                authReqId: 'req-7',
                eid: 'mitid',
                issuer: broker.issuer,
                clientId: broker.clientId,
                brokerId: 'idura',
                sentTo: '120385-••••',
                bindingMessage: 'Acme 4587',
                bindingMessageSource: 'client',
                startedAt: now - 60 * 1000,
                expiresAt: now + 60 * 1000,
                interval: 5,
                nextPollAt: now - 55 * 1000,
                identifierKind: 'dk-cpr',
                failures: 0,
                ...overrides
            },
            ...entry
        };
    }

    async function brokerFor(brokerOptions = {}, contextOverrides = {}) {
        const broker = await createFakeBroker({ person: SOREN, ...brokerOptions });
        getContext.mockResolvedValue(context(broker, contactOf(SOREN), contextOverrides));
        send.mockImplementation(broker.send);
        recordOutcome.mockImplementation(recorded);
        return broker;
    }

    it('resumes the challenge where it was, polls on time, and records the approval once', async () => {
        jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
        const { element, broker } = await mount({
            brokerOptions: { interval: 30, tokenAnswers: ['approved'] }
        });
        await sendChallenge(element);
        const code = text(element, '.code');
        const { pending } = stored();
        expect(pending).toMatchObject({ authReqId: 'req-1', eid: 'mitid', sentTo: '120385-••••' });
        expect(pending.bindingMessage).toBe(code);
        // Never the identifier itself (the core keeps only its masked form and a digest).
        expect(window.sessionStorage.getItem(KEY)).not.toContain('1203851002');
        expect(window.sessionStorage.getItem(KEY)).not.toContain('120385-1002');

        // The agent leaves the case, and comes back 10 s later; the server counted the challenge.
        document.body.removeChild(element);
        jest.advanceTimersByTime(10 * 1000);
        getContext.mockResolvedValue(
            context(broker, contactOf(SOREN), { attempts: [pending.startedAt + 150] })
        );
        const again = await reopen('.waiting');
        expect(text(again, '.code')).toBe(code);
        expect(text(again, '.sent-to')).toBe('Sent to 120385-••••');
        expect(text(again, '.time-left')).toBe('1:50 left');
        expect(text(again, '.script')).toBe(
            `Please open MitID on your phone. Approve only if you see the code ${code}.`
        );
        expect(broker.requests.filter((r) => r.endpoint === 'backchannel_authentication')).toHaveLength(1);

        // The broker's interval still holds: the first poll 30 s after the challenge, not at once.
        await settle();
        jest.advanceTimersByTime(19 * 1000);
        await settle();
        expect(tokenPolls(broker)).toBe(0);
        jest.advanceTimersByTime(1000);
        await waitFor(() => $(again, '.result'), 'the result');
        expect(tokenPolls(broker)).toBe(1);
        expect(text(again, '.result-title')).toBe('Identity verified');
        expect(text(again, '.match')).toBe('Matches the customer record');

        await waitFor(() => $(again, '.record'), 'the audit record');
        expect(text(again, '.record')).toBe('Verification recorded on the case');
        expect(recordOutcome).toHaveBeenCalledTimes(1);
        const { caseId, outcome } = recordOutcome.mock.calls[0][0];
        expect(caseId).toBe(CASE_ID);
        expect(outcome).toMatchObject({
            status: 'approved',
            eid: 'mitid',
            authReqId: 'req-1',
            fullName: 'Søren Ærø-Hansen',
            matchVerdict: 'match',
            bindingMessage: code,
            sentTo: '120385-••••'
        });
        expect(outcome.idToken.split('.')).toHaveLength(3);
        expect(window.sessionStorage.getItem(KEY)).toBeNull();
        // The resumed challenge counts once: the server's attempt, not a second one from this page.
        expect(text(again, '.attempts')).toBe('2 challenges left for this customer in the next minutes');

        // Once ended, the next visit shows the form again.
        document.body.removeChild(again);
        const third = await reopen('.form');
        expect($(third, '.form')).not.toBeNull();
    });

    it('keeps a slow_down interval across a reload', async () => {
        jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
        const { element, broker } = await mount({
            brokerOptions: { interval: 5, tokenAnswers: ['slow_down', 'pending'] }
        });
        await sendChallenge(element);
        await settle();
        jest.advanceTimersByTime(5000);
        await waitFor(() => stored().pending.interval === 10, 'the slow_down interval in storage');
        expect(tokenPolls(broker)).toBe(1);

        document.body.removeChild(element);
        await reopen('.waiting');
        await settle();
        jest.advanceTimersByTime(9900);
        await settle();
        expect(tokenPolls(broker)).toBe(1);
        jest.advanceTimersByTime(200);
        await waitFor(() => tokenPolls(broker) === 2, 'the poll after the slowed-down interval');
    });

    it('does not poll again at once after a reload while a poll was in flight', async () => {
        jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
        const { element, broker } = await mount({ brokerOptions: { interval: 5 } });
        await sendChallenge(element);
        // The token request goes out 5 s after the challenge and is still unanswered when the page is left.
        send.mockImplementation((args) =>
            args.request.endpoint === 'token' ? new Promise(() => {}) : broker.send(args)
        );
        await settle();
        jest.advanceTimersByTime(5000);
        await waitFor(() => send.mock.calls.some((c) => c[0].request.endpoint === 'token'), 'the poll');
        const polledAt = Date.now();
        expect(stored().pending.nextPollAt).toBeGreaterThanOrEqual(polledAt + 5000);

        document.body.removeChild(element);
        send.mockImplementation(broker.send);
        await reopen('.waiting');
        await settle();
        jest.advanceTimersByTime(4900);
        await settle();
        expect(tokenPolls(broker)).toBe(0);
        jest.advanceTimersByTime(200);
        await waitFor(() => tokenPolls(broker) === 1, 'the poll one interval later');
    });

    it('shows and records a challenge that expired while the page was away', async () => {
        const broker = await brokerFor();
        const now = Date.now();
        window.sessionStorage.setItem(
            KEY,
            JSON.stringify(
                pendingEntry(broker, {
                    startedAt: now - 200 * 1000,
                    expiresAt: now - 80 * 1000,
                    nextPollAt: now - 190 * 1000
                })
            )
        );
        const element = await reopen('.result');
        expect(text(element, '.result-title')).toBe('The request expired');
        expect($(element, '.identity')).toBeNull();
        // Nothing to ask the broker: the core knows it expired.
        expect(tokenPolls(broker)).toBe(0);
        await waitFor(() => $(element, '.record'), 'the audit record');
        expect(recordOutcome).toHaveBeenCalledTimes(1);
        expect(recordOutcome.mock.calls[0][0]).toMatchObject({
            caseId: CASE_ID,
            outcome: {
                status: 'expired',
                eid: 'mitid',
                authReqId: 'req-7',
                bindingMessage: 'Acme 4587',
                sentTo: '120385-••••'
            }
        });
        expect(window.sessionStorage.getItem(KEY)).toBeNull();
        $(element, 'lightning-button[data-id="retry"]').click();
        await waitFor(() => $(element, '.form'), 'the form');
    });

    it('resumes a stored challenge and records a decline', async () => {
        jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
        const broker = await brokerFor({ tokenAnswers: ['pending', 'denied'] });
        // Its next poll was due while the page was away: it comes at once, then one interval (5 s) later.
        window.sessionStorage.setItem(KEY, JSON.stringify(pendingEntry(broker)));
        const element = await reopen('.waiting');
        expect(text(element, '.code')).toBe('Acme 4587');
        expect(text(element, '.sent-to')).toBe('Sent to 120385-••••');
        expect(text(element, '.time-left')).toBe('1:00 left');
        await waitFor(() => tokenPolls(broker) === 1, 'the first poll');
        await settle();
        expect($(element, '.waiting')).not.toBeNull();
        expect(stored().pending.nextPollAt).toBeGreaterThanOrEqual(Date.now() + 5000);
        jest.advanceTimersByTime(5000);
        await waitFor(() => $(element, '.result'), 'the result');
        expect(text(element, '.result-title')).toBe('The customer declined');
        expect(broker.requests.filter((r) => r.endpoint === 'backchannel_authentication')).toHaveLength(0);
        expect(
            new URLSearchParams(broker.requests.find((r) => r.endpoint === 'token').body).get('auth_req_id')
        ).toBe('req-7');
        await waitFor(() => recordOutcome.mock.calls.length === 1, 'the audit record');
        expect(recordOutcome.mock.calls[0][0].outcome).toMatchObject({
            status: 'denied',
            authReqId: 'req-7'
        });
        expect(window.sessionStorage.getItem(KEY)).toBeNull();
    });

    it('forgets a resumed challenge the agent cancels', async () => {
        const broker = await brokerFor({ interval: 30 });
        window.sessionStorage.setItem(
            KEY,
            JSON.stringify(pendingEntry(broker, { interval: 30, nextPollAt: Date.now() + 30 * 1000 }))
        );
        const element = await reopen('.waiting');
        $(element, 'lightning-button[data-id="cancel"]').click();
        await waitFor(() => $(element, '.result'), 'the result');
        expect(text(element, '.result-title')).toBe('Verification cancelled');
        await waitFor(() => recordOutcome.mock.calls.length === 1, 'the audit record');
        expect(recordOutcome.mock.calls[0][0].outcome).toMatchObject({
            status: 'cancelled',
            authReqId: 'req-7'
        });
        expect(window.sessionStorage.getItem(KEY)).toBeNull();
    });

    const broken = [
        ['text that is not JSON', () => '{"v":1,"caseId":'],
        ['null', () => 'null'],
        ['an array', () => '[1,2,3]'],
        ['another version', (broker) => JSON.stringify(pendingEntry(broker, {}, { v: 2 }))],
        [
            "another case's entry",
            (broker) => JSON.stringify(pendingEntry(broker, {}, { caseId: '500Other' }))
        ],
        [
            'another issuer',
            (broker) => JSON.stringify(pendingEntry(broker, { issuer: 'https://evil.example' }))
        ],
        [
            'another client',
            (broker) => JSON.stringify(pendingEntry(broker, { clientId: 'urn:someone:else' }))
        ],
        ['an unknown eID', (broker) => JSON.stringify(pendingEntry(broker, { eid: 'not-an-eid' }))],
        [
            'an identifier kind the eID does not take',
            (broker) => JSON.stringify(pendingEntry(broker, { identifierKind: 'phone' }))
        ],
        ['no auth_req_id', (broker) => JSON.stringify(pendingEntry(broker, { authReqId: '' }))],
        [
            'a time that is not a number',
            (broker) => JSON.stringify(pendingEntry(broker, { expiresAt: '1e99' }))
        ],
        [
            'a next poll in a year',
            (broker) =>
                JSON.stringify(pendingEntry(broker, { nextPollAt: Date.now() + 365 * 24 * 3600 * 1000 }))
        ],
        ['an absurd interval', (broker) => JSON.stringify(pendingEntry(broker, { interval: 1e9 }))],
        [
            'an unknown code source',
            (broker) => JSON.stringify(pendingEntry(broker, { bindingMessageSource: '<img>' }))
        ]
    ];

    it.each(broken)('ignores and removes %s in storage, and shows the form', async (_what, content) => {
        const broker = await brokerFor();
        window.sessionStorage.setItem(KEY, content(broker));
        const element = await reopen('.form');
        expect($(element, '.form')).not.toBeNull();
        expect(text(element, '.customer')).toBe('Søren Ærø-Hansen');
        expect(tokenPolls(broker)).toBe(0);
        expect(recordOutcome).not.toHaveBeenCalled();
        expect(window.sessionStorage.getItem(KEY)).toBeNull();
    });

    it("leaves another case's stored challenge alone", async () => {
        const broker = await brokerFor();
        const otherKey = 'idverify:salesforce:v1:pending:500Aa00000OtHeRcAs';
        const other = JSON.stringify(pendingEntry(broker, {}, { caseId: '500Aa00000OtHeRcAs' }));
        window.sessionStorage.setItem(otherKey, other);
        const element = await reopen('.form');
        expect($(element, '.form')).not.toBeNull();
        expect(window.sessionStorage.getItem(otherKey)).toBe(other);
    });

    it('still verifies when the browser refuses storage', async () => {
        jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
        });
        jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        });
        const { element } = await mount({ brokerOptions: { tokenAnswers: ['approved'] } });
        expect($(element, '.form')).not.toBeNull();
        await sendChallenge(element);
        await waitFor(() => $(element, '.result'), 'the result');
        expect(text(element, '.result-title')).toBe('Identity verified');
        await waitFor(() => recordOutcome.mock.calls.length === 1, 'the audit record');
    });
});
