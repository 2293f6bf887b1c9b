// Entry of the harness page: synthetic shadow (as on the Salesforce platform, so global SLDS styles reach the base
// components), then the fake Case record page.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import CasePage from 'harness/casePage';

const page = createElement('harness-case-page', { is: CasePage });
document.getElementById('root').appendChild(page);
