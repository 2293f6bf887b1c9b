import { createElement } from 'lwc';
import IdVerification from 'c/idVerification';
import getContext from '@salesforce/apex/IdVerificationController.getContext';
import send from '@salesforce/apex/IdVerificationController.send';
import recordOutcome from '@salesforce/apex/IdVerificationController.recordOutcome';
import { createFakeBroker } from './fakeBroker';

jest.mock('@salesforce/apex/IdVerificationController.getContext', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/IdVerificationController.send', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/IdVerificationController.recordOutcome', () => ({ default: jest.fn() }), {
    virtual: true
});
// The agent works in Danish: every string comes from the core's da catalogue.
jest.mock('@salesforce/i18n/lang', () => ({ default: 'da-DK' }), { virtual: true });

const { setImmediate: nextTurn } = require('node:timers');

async function until(check) {
    const deadline = process.hrtime.bigint() + 5000000000n;
    while (!check() && process.hrtime.bigint() < deadline) {
        await new Promise((resolve) => nextTurn(resolve));
    }
    return check();
}

it("speaks the agent's language (Salesforce user language → core locale)", async () => {
    getContext.mockResolvedValue({
        config: {
            broker: 'idura',
            issuer: 'https://acme.idura.broker',
            clientId: 'client',
            enabledEids: ['mitid'],
            company: 'Acme',
            challengeLimit: 3,
            windowMinutes: 10
        },
        contact: { name: 'Søren Ærø-Hansen', mobilePhone: '+4520123456', nationalId: '1203851002' },
        attempts: []
    });
    const element = createElement('c-id-verification', { is: IdVerification });
    element.recordId = '500Aa00000ExAmPlE1';
    document.body.appendChild(element);
    await until(() => element.shadowRoot.querySelector('.form'));
    const { t } = require('c/verificationCore');
    expect(element.shadowRoot.querySelector('lightning-card').title).toBe(t('da', 'app.title'));
    expect(element.shadowRoot.querySelector('lightning-input').label).toBe(t('da', 'form.identifier.dk-cpr'));
    expect(element.shadowRoot.querySelector('lightning-button').label).toBe(
        t('da', 'form.send', { eid: 'MitID' })
    );
    expect(t('da', 'app.title')).not.toBe(t('en', 'app.title'));
});

it('says in Danish why the server rejected the ID token', async () => {
    const broker = await createFakeBroker({
        person: {
            eid: 'mitid',
            uuid: '8028a8c7-f428-43e7-931d-671cd3c3af7a',
            name: 'Søren Ærø-Hansen',
            birthDate: '1985-03-12',
            nationalId: '1203851002'
        },
        tokenAnswers: ['approved']
    });
    getContext.mockResolvedValue({
        config: {
            broker: 'idura',
            issuer: broker.issuer,
            clientId: broker.clientId,
            enabledEids: ['mitid'],
            company: 'Acme',
            challengeLimit: 3,
            windowMinutes: 10
        },
        contact: { name: 'Søren Ærø-Hansen', mobilePhone: '+4520123456', nationalId: '1203851002' },
        attempts: []
    });
    send.mockImplementation(broker.send);
    recordOutcome.mockResolvedValue({
        recordId: 'a0BAa00000AuditRec',
        status: 'Failed',
        errorCode: 'token.expired'
    });
    const element = createElement('c-id-verification', { is: IdVerification });
    element.recordId = '500Aa00000ExAmPlE1';
    document.body.appendChild(element);
    const $ = (selector) => element.shadowRoot.querySelector(selector);
    await until(() => $('.form'));
    $('lightning-button[data-id="send"]').click();
    expect(await until(() => $('.result_failed'))).toBeTruthy();
    const { t, errorMessage } = require('c/verificationCore');
    expect($('.result-title').textContent.trim()).toBe(t('da', 'result.failed'));
    expect($('.result-detail').textContent.trim()).toBe(errorMessage('da', { code: 'token.expired' }));
    expect(errorMessage('da', { code: 'token.expired' })).not.toBe(
        errorMessage('en', { code: 'token.expired' })
    );
    expect($('.identity')).toBeNull();
});
