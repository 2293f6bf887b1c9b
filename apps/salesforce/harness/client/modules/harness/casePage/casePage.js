import { LightningElement } from 'lwc';
import { maskNationalId, parseIdentifier } from 'c/verificationCore';

const NATIONAL_ID_KIND = { DK: 'dk-cpr', SE: 'se-personnummer', NO: 'no-fodselsnummer' };

/**
 * A fake Case record page: highlights, case and contact details, the real c-id-verification component, and the
 * "Identity Verifications" related list, refreshed after every (stand-in) Apex call.
 */
export default class CasePage extends LightningElement {
    cases = [];
    caseId;
    records = [];
    phonePageUrl = '';
    nationalIdField = null;
    loadError = '';

    connectedCallback() {
        this.onApex = () => this.refreshRecords();
        window.addEventListener('harness:apex', this.onApex);
        this.load();
    }

    disconnectedCallback() {
        window.removeEventListener('harness:apex', this.onApex);
    }

    async load() {
        try {
            const response = await fetch('./api/cases');
            const data = await response.json();
            this.cases = data.cases;
            this.phonePageUrl = data.phonePageUrl;
            this.nationalIdField = data.nationalIdField;
            const wanted = new URLSearchParams(window.location.search).get('case');
            const found = this.cases.find((c) => c.caseNumber === wanted || c.id === wanted);
            this.caseId = (found || this.cases[0]).id;
            await this.refreshRecords();
        } catch (error) {
            this.loadError = String(error);
        }
    }

    async refreshRecords() {
        if (!this.caseId) return;
        const caseId = this.caseId;
        const response = await fetch(`./api/audit?caseId=${encodeURIComponent(caseId)}`);
        const data = await response.json();
        if (caseId === this.caseId) this.records = data.records;
    }

    get ready() {
        return Boolean(this.current);
    }

    get current() {
        return this.cases.find((c) => c.id === this.caseId);
    }

    /** One item, keyed by case: switching cases creates a fresh component, as a record page navigation does. */
    get currentList() {
        return this.current ? [this.current] : [];
    }

    get caseOptions() {
        return this.cases.map((c) => ({
            label: `${c.caseNumber} · ${c.contact.name} (${c.country})`,
            value: c.id
        }));
    }

    get contact() {
        return this.current.contact;
    }

    get nationalIdLabel() {
        return `National ID (${this.nationalIdField || 'no field configured'})`;
    }

    /** The contact's configured national-ID field, masked: the demo page never shows a full national ID. */
    get nationalIdMasked() {
        const nationalId = this.nationalIdField ? this.contact.fields[this.nationalIdField] : null;
        const kind = NATIONAL_ID_KIND[this.current.country];
        if (!nationalId || !kind) return '';
        try {
            return maskNationalId(kind, parseIdentifier(kind, nationalId).value);
        } catch {
            return '••••';
        }
    }

    get relatedTitle() {
        return `Identity Verifications (${this.records.length})`;
    }

    handleCaseChange(event) {
        this.caseId = event.detail.value;
        this.records = [];
        const url = new URL(window.location.href);
        url.searchParams.set('case', this.current.caseNumber);
        window.history.replaceState(null, '', url);
        this.refreshRecords();
    }
}
