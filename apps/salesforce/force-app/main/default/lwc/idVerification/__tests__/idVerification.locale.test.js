import { createElement } from 'lwc';
import IdVerification from 'c/idVerification';
import getContext from '@salesforce/apex/IdVerificationController.getContext';

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
    const deadline = process.hrtime.bigint() + 5000000000n;
    while (!element.shadowRoot.querySelector('.form') && process.hrtime.bigint() < deadline) {
        await new Promise((resolve) => nextTurn(resolve));
    }
    const { t } = require('c/verificationCore');
    expect(element.shadowRoot.querySelector('lightning-card').title).toBe(t('da', 'app.title'));
    expect(element.shadowRoot.querySelector('lightning-input').label).toBe(t('da', 'form.identifier.dk-cpr'));
    expect(element.shadowRoot.querySelector('lightning-button').label).toBe(
        t('da', 'form.send', { eid: 'MitID' })
    );
    expect(t('da', 'app.title')).not.toBe(t('en', 'app.title'));
});
