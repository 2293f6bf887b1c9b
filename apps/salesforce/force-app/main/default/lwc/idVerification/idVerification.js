import { LightningElement, api } from 'lwc';
import LANG from '@salesforce/i18n/lang';
import getContext from '@salesforce/apex/IdVerificationController.getContext';
import sendToBroker from '@salesforce/apex/IdVerificationController.send';
import recordOutcome from '@salesforce/apex/IdVerificationController.recordOutcome';
import {
    auditRecord,
    checkChallengeLimit,
    createVerifier,
    eidLabel,
    eids as EID_PROFILES,
    errorMessage,
    formatDate,
    formatDateTime,
    formatDuration,
    formatTime,
    matchIdentity,
    prefillIdentifier,
    resolveLocale,
    suggestEid,
    t
} from 'c/verificationCore';
import { apexTransport, idTokenOf } from './apexTransport';
import { authReqIdOf, pendingStore, sameIssuer } from './pendingStore';

const MINUTE = 60 * 1000;
/** The SLDS theme of each match verdict's badge; other verdicts have none. */
const MATCH_THEMES = {
    match: 'slds-theme_success',
    mismatch: 'slds-theme_error',
    partial: 'slds-theme_warning'
};

/**
 * Identity verification on the Case record page: sends the case's contact a MitID / BankID / Freja challenge
 * over OpenID CIBA and shows the verified identity. Protocol, validation, matching and every string come from
 * the bundled verification-core (c/verificationCore); the Apex controller only forwards allow-listed requests
 * through a Named Credential and keeps the audit record.
 */
export default class IdVerification extends LightningElement {
    @api recordId;

    state = 'loading'; // loading | error | form | waiting | confirming | result
    locale = resolveLocale(LANG);
    loadError = '';

    config;
    contact = {};
    attempts = [];
    verifier;

    eid;
    identifier = '';
    identifierKind;
    prefilled = false;
    identifierError = '';
    formError = '';
    sending = false;

    pending;
    timeLeftMs = 0;
    outcome; // the outcome on screen (state 'result')
    confirming; // an approval the server has not confirmed yet (state 'confirming'): never shown
    match;
    recordState = ''; // '' | saving | saved | failed

    idToken;
    abortController;
    timer;
    store;
    connected = false;
    loads = 0;

    connectedCallback() {
        this.connected = true;
        this.load();
    }

    disconnectedCallback() {
        this.connected = false;
        // Leaving the page stops polling; nothing is recorded yet. The challenge stays in sessionStorage
        // (pendingStore.js) and the next load of this case resumes it, or shows and records its expiry.
        this.stopTimer();
        // An approval being confirmed is still recorded by the server, but this view no longer waits for it: a
        // later connect loads the case afresh.
        this.confirming = undefined;
        const controller = this.abortController;
        this.abortController = undefined;
        if (controller) controller.abort();
    }

    async load() {
        this.state = 'loading';
        this.store = pendingStore(this.recordId);
        const store = this.store;
        const load = ++this.loads;
        try {
            const context = await getContext({ caseId: this.recordId });
            // Left (and maybe come back, with a newer load) while the case loaded: only the latest load goes on,
            // so a stored challenge is never polled twice.
            if (load !== this.loads || !this.connected) return;
            this.config = context.config;
            this.contact = context.contact || {};
            this.attempts = (context.attempts || []).map(Number);
            this.verifier = createVerifier({
                issuer: this.config.issuer,
                clientId: this.config.clientId,
                broker: this.config.broker,
                transport: apexTransport(
                    (params) => {
                        // A poll is going out: a resume after a reload waits one interval from now.
                        if (params.request.endpoint === 'token')
                            store.notePoll(authReqIdOf(params.request.body), Date.now());
                        return sendToBroker(params);
                    },
                    this.recordId,
                    (body) => {
                        this.idToken = idTokenOf(body);
                    }
                )
            });
            const offered = this.offeredEids();
            if (offered.length === 0) throw new Error('No eID is enabled for the configured broker');
            const resumable = store.load((pending) => this.canResume(pending));
            this.selectEid(
                resumable
                    ? resumable.eid
                    : suggestEid(offered, knownIdentifiers(this.contact), {
                          kindsOf: (eid) => this.verifier.identifierKinds(eid)
                      })
            );
            // A challenge sent before the page was left: wait for it again (the server counted it already, in
            // context.attempts, so it is not added to this.attempts a second time).
            if (resumable) this.wait(resumable);
            else this.state = 'form';
        } catch (error) {
            if (load !== this.loads) return;
            this.loadError = apexMessage(error);
            this.state = 'error';
        }
    }

    /** Whether a stored challenge belongs to this case's broker, client and eIDs. */
    canResume(pending) {
        return (
            sameIssuer(pending.issuer, this.config.issuer) &&
            pending.clientId === this.config.clientId &&
            this.offeredEids().includes(pending.eid) &&
            this.verifier.identifierKinds(pending.eid).includes(pending.identifierKind)
        );
    }

    offeredEids() {
        const enabled = (this.config && this.config.enabledEids) || [];
        const offered = this.verifier.eids();
        return enabled.filter((id) => offered.includes(id));
    }

    selectEid(eid) {
        this.eid = eid;
        const kinds = this.verifier.identifierKinds(eid);
        const prefill = prefillIdentifier(kinds, knownIdentifiers(this.contact));
        this.identifierKind = prefill ? prefill.kind : kinds[0];
        this.identifier = prefill ? prefill.value : '';
        this.prefilled = Boolean(prefill);
        this.clearIdentifierError();
    }

    // ---- form ----------------------------------------------------------------------------------------------

    get text() {
        const l = this.locale;
        return {
            title: t(l, 'app.title'),
            customer: t(l, 'form.customer'),
            eid: t(l, 'form.eid'),
            sending: t(l, 'form.sending'),
            loading: t(l, 'app.loading'),
            confirming: t(l, 'record.confirming'),
            contextFailed: t(l, 'app.contextFailed'),
            waitingTitle: t(l, 'waiting.title'),
            code: t(l, 'waiting.code'),
            cancel: t(l, 'waiting.cancel'),
            retry: t(l, 'result.retry'),
            name: t(l, 'field.name'),
            birthDate: t(l, 'field.birthDate'),
            nationalId: t(l, 'field.nationalId'),
            eidField: t(l, 'field.eid'),
            level: t(l, 'field.level'),
            verifiedAt: t(l, 'field.verifiedAt'),
            phone: t(l, 'field.phone')
        };
    }

    get isLoading() {
        return this.state === 'loading';
    }
    get isError() {
        return this.state === 'error';
    }
    get isForm() {
        return this.state === 'form';
    }
    get isWaiting() {
        return this.state === 'waiting';
    }
    get isConfirming() {
        return this.state === 'confirming';
    }
    get isResult() {
        return this.state === 'result';
    }

    get contactName() {
        return this.contact.name || '—';
    }

    get eidOptions() {
        return this.offeredEids().map((id) => ({ label: eidLabel(id), value: id }));
    }

    get identifierLabel() {
        return t(this.locale, `form.identifier.${this.identifierKind}`);
    }

    get identifierHint() {
        return t(this.locale, `form.identifier.hint.${this.identifierKind}`);
    }

    get prefilledText() {
        return this.prefilled ? t(this.locale, 'form.prefilled.contact') : '';
    }

    get sendLabel() {
        return this.sending
            ? t(this.locale, 'form.sending')
            : t(this.locale, 'form.send', { eid: EID_PROFILES[this.eid].name });
    }

    limitDecision() {
        const config = this.config || {};
        return checkChallengeLimit(this.attempts, {
            limit: Number(config.challengeLimit) || undefined,
            windowMs: config.windowMinutes ? Number(config.windowMinutes) * MINUTE : undefined
        });
    }

    get limitReached() {
        return !this.limitDecision().allowed;
    }

    get limitText() {
        const decision = this.limitDecision();
        if (!decision.allowed)
            return t(this.locale, 'result.noAttemptsLeft', {
                time: formatTime(this.locale, decision.retryAt)
            });
        return '';
    }

    get attemptsText() {
        const decision = this.limitDecision();
        const limit = Number(this.config && this.config.challengeLimit) || 0;
        if (!decision.allowed || decision.remaining >= limit) return '';
        return t(this.locale, 'result.attemptsLeft', { count: decision.remaining });
    }

    get sendDisabled() {
        return this.sending || this.limitReached;
    }

    handleEidChange(event) {
        this.selectEid(event.detail.value);
    }

    handleIdentifierChange(event) {
        this.identifier = event.detail.value;
        this.prefilled = false;
        this.clearIdentifierError();
    }

    clearIdentifierError() {
        this.formError = '';
        this.showIdentifierError('');
    }

    /** The identifier's error, beside the field and as its validity ('' clears it). */
    showIdentifierError(message) {
        this.identifierError = message;
        const input = this.template.querySelector('lightning-input[data-id="identifier"]');
        if (input) {
            input.setCustomValidity(message);
            input.reportValidity();
        }
    }

    async handleSend() {
        if (this.sendDisabled) return;
        this.clearIdentifierError();
        this.sending = true;
        try {
            const pending = await this.verifier.start({
                eid: this.eid,
                identifier: this.identifier,
                company: this.config.company
            });
            this.attempts = [...this.attempts, pending.startedAt];
            this.store.save(pending);
            // Left while the challenge was being sent: the next load of the case resumes it.
            if (this.connected) this.wait(pending);
        } catch (error) {
            this.handleStartError(error);
        } finally {
            this.sending = false;
        }
    }

    handleStartError(error) {
        const code = error && error.code;
        if (typeof code === 'string' && code.startsWith('identifier.')) {
            this.showIdentifierError(errorMessage(this.locale, error));
        } else if (code === 'guard.limit_reached') {
            // The server counted more challenges than this page knew about (another tab or agent).
            this.formError = errorMessage(this.locale, error);
        } else {
            this.showResult({ status: 'failed', error, pending: undefined });
        }
    }

    // ---- waiting -------------------------------------------------------------------------------------------

    wait(pending) {
        this.pending = pending;
        this.idToken = undefined;
        // A resumed challenge that expired while the page was away goes straight to its (expired) result.
        if (Date.now() < pending.expiresAt) this.state = 'waiting';
        const controller = new AbortController();
        this.abortController = controller;
        this.tick();
        // The countdown must advance while the customer decides; it is cleared on every way out of "waiting".
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setInterval(() => this.tick(), 1000);
        this.verifier
            .waitForResult(pending, {
                signal: controller.signal,
                // The new poll interval (slow_down) and next poll time survive a reload.
                onPending: (state) => {
                    if (this.abortController === controller) this.store.update(state.pending);
                }
            })
            .then(
                (outcome) => outcome,
                (error) => ({
                    status: error && error.code === 'cancelled' ? 'cancelled' : 'failed',
                    error,
                    pending
                })
            )
            .then((outcome) => {
                // Only the challenge this view still waits for may show its result (not one left by a disconnect).
                if (this.abortController === controller) this.showResult(outcome);
            });
    }

    tick() {
        this.timeLeftMs = Math.max(0, this.pending.expiresAt - Date.now());
    }

    stopTimer() {
        if (this.timer) clearInterval(this.timer);
        this.timer = undefined;
    }

    get eidName() {
        return this.pending ? eidLabel(this.pending.eid) : '';
    }

    get bindingMessage() {
        return this.pending ? this.pending.bindingMessage : '';
    }

    get hasBindingMessage() {
        return Boolean(this.bindingMessage);
    }

    get waitingScript() {
        const key =
            this.pending.bindingMessageSource === 'provider'
                ? 'waiting.script.provider'
                : 'waiting.script.client';
        return t(this.locale, key, { eid: this.eidName, code: this.bindingMessage });
    }

    get isWordPair() {
        return this.pending && this.pending.bindingMessageSource === 'provider';
    }

    get sentToText() {
        return t(this.locale, 'waiting.sentTo', { target: this.pending.sentTo });
    }

    get timeLeftText() {
        return t(this.locale, 'waiting.timeLeft', { time: formatDuration(this.timeLeftMs) });
    }

    get progress() {
        const total = this.pending.expiresAt - this.pending.startedAt;
        return total > 0 ? Math.round((100 * this.timeLeftMs) / total) : 0;
    }

    handleCancel() {
        if (this.abortController) this.abortController.abort();
    }

    // ---- result --------------------------------------------------------------------------------------------

    showResult(outcome) {
        this.stopTimer();
        this.abortController = undefined;
        // The challenge has ended: a later load shows the form. Cleared before the audit record is written, as
        // polling an answered challenge again after a reload could never record it better.
        if (this.store) this.store.clear();
        this.match =
            outcome.status === 'approved' ? matchIdentity(outcome.identity, this.crmRecord()) : undefined;
        if (outcome.status === 'approved') {
            this.confirm(outcome);
            return;
        }
        // A decline, an expiry, a cancel or a failure is shown at once: nothing in it needs the server's word.
        this.outcome = outcome;
        this.state = 'result';
        if (outcome.pending) this.record(outcome);
        else this.recordState = '';
    }

    crmRecord() {
        const c = this.contact;
        return {
            name: c.name || undefined,
            birthDate: c.birthdate || undefined,
            phone: c.mobilePhone || c.phone || undefined,
            nationalId: c.nationalId || undefined
        };
    }

    /**
     * The core accepted the approval in this browser, but that is not the authoritative check: Apex validates the
     * ID token again (it must be the very token the broker sent the server) before it writes an Approved record.
     * Until recordOutcome answers, the view only says it is busy ('confirming'); the identity, the match and
     * "Identity verified" appear only on the server's status Approved.
     * - Approved: the verified identity.
     * - Failed: the server rejected the token; the failure with the core's text for its `token.*` code.
     * - recordOutcome throws (network, session, a server error) or answers anything else: treated as NOT
     *   verified. The server's check never ran or its result is unknown, and no Approved record may exist on the
     *   case; an agent who saw "verified" here would act on an identity nobody can later prove. So the view shows
     *   "Verification failed" with "The verification record could not be saved", never the identity, and the
     *   agent sends a new challenge. (Failing closed costs a challenge when the record was in fact written but
     *   its answer was lost; the case's related list then shows it.)
     */
    async confirm(outcome) {
        this.outcome = undefined;
        this.confirming = outcome;
        this.state = 'confirming';
        const result = await this.record(outcome);
        // Only the challenge this view still confirms (the component may have been left meanwhile).
        if (this.confirming !== outcome) return;
        this.confirming = undefined;
        const status = result && result.status;
        if (status === 'Approved') {
            this.outcome = outcome;
        } else {
            this.idToken = undefined;
            this.match = undefined;
            if (status !== 'Failed') this.recordState = 'failed';
            const code = status === 'Failed' ? result.errorCode : undefined;
            this.outcome = {
                status: 'failed',
                error: code ? { code } : undefined,
                pending: outcome.pending
            };
        }
        this.state = 'result';
    }

    /**
     * Writes the audit record through Apex; for an approved outcome Apex re-validates the ID token first. Apex
     * answers `{ recordId, status, errorCode? }` (the record's Status__c), which this returns; undefined when the
     * call failed (recordState says which).
     */
    async record(outcome) {
        this.recordState = 'saving';
        // auditRecord knows the four protocol outcomes; a cancel is recorded like a failure with its own status.
        const auditable = outcome.status === 'cancelled' ? { ...outcome, status: 'failed' } : outcome;
        const payload = {
            ...auditRecord(auditable, this.match),
            status: outcome.status,
            bindingMessage: outcome.pending.bindingMessage,
            sentTo: outcome.pending.sentTo
        };
        if (outcome.status === 'approved' && this.idToken) payload.idToken = this.idToken;
        try {
            const result = await recordOutcome({ caseId: this.recordId, outcome: payload });
            this.recordState = 'saved';
            return result;
        } catch {
            this.recordState = 'failed';
            return undefined;
        }
    }

    get isApproved() {
        return this.outcome && this.outcome.status === 'approved';
    }

    get resultTitle() {
        return t(this.locale, `result.${this.outcome.status}`);
    }

    get resultIcon() {
        switch (this.outcome.status) {
            case 'approved':
                return 'utility:success';
            case 'cancelled':
                return 'utility:ban';
            case 'expired':
                return 'utility:clock';
            default:
                return 'utility:error';
        }
    }

    get resultVariant() {
        return this.outcome.status === 'approved' ? 'success' : 'error';
    }

    get resultClass() {
        return `result result_${this.outcome.status}`;
    }

    /** Why it did not work, in the agent's language; not repeated for a plain decline or expiry. */
    get resultDetail() {
        const { status, error } = this.outcome;
        return status === 'failed' && error ? errorMessage(this.locale, error) : '';
    }

    get identityRows() {
        if (!this.isApproved) return [];
        const identity = this.outcome.identity;
        const rows = [
            { key: 'name', label: this.text.name, value: identity.fullName },
            {
                key: 'birthDate',
                label: this.text.birthDate,
                value: identity.birthDate && formatDate(this.locale, identity.birthDate)
            },
            { key: 'nationalId', label: this.text.nationalId, value: identity.nationalIdMasked },
            { key: 'phone', label: this.text.phone, value: identity.phone },
            { key: 'eid', label: this.text.eidField, value: eidLabel(identity.eid) },
            {
                key: 'level',
                label: this.text.level,
                value: t(this.locale, `level.${identity.levelOfAssurance}`)
            },
            {
                key: 'verifiedAt',
                label: this.text.verifiedAt,
                value: formatDateTime(this.locale, this.outcome.evidence.verifiedAt * 1000)
            }
        ];
        return rows
            .filter((row) => row.value)
            .map((row) => ({ ...row, labelKey: `label-${row.key}`, valueKey: `value-${row.key}` }));
    }

    get matchText() {
        return this.match ? t(this.locale, `match.${this.match.verdict}`) : '';
    }

    get matchClass() {
        const verdict = this.match ? this.match.verdict : 'unknown';
        const theme = MATCH_THEMES[verdict];
        return `slds-badge match match_${verdict}${theme ? ` ${theme}` : ''}`;
    }

    get matchChecks() {
        if (!this.match) return [];
        return this.match.checks.map((check) => ({
            key: check.field,
            label: t(this.locale, `match.field.${check.field}`),
            result: t(this.locale, `match.result.${check.result}`),
            className: `check check_${check.result}`
        }));
    }

    get recordText() {
        if (this.recordState === 'saved') return t(this.locale, 'record.saved');
        if (this.recordState === 'failed') return t(this.locale, 'record.failed');
        return '';
    }

    get recordFailed() {
        return this.recordState === 'failed';
    }

    handleRetry() {
        this.outcome = undefined;
        this.match = undefined;
        this.pending = undefined;
        this.recordState = '';
        this.state = 'form';
        this.selectEid(this.eid);
    }
}

/** The message of an Apex error ({ body: { message } }) or of any other error. */
function apexMessage(error) {
    if (error && error.body) {
        if (Array.isArray(error.body)) return error.body.map((e) => e.message).join(', ');
        if (typeof error.body.message === 'string') return error.body.message;
    }
    return error && error.message ? error.message : String(error);
}

/** What the case's contact tells about the customer, for the core's prefill. */
function knownIdentifiers(contact) {
    const c = contact || {};
    return { phones: [c.mobilePhone, c.phone].filter(Boolean), nationalId: c.nationalId || undefined };
}
