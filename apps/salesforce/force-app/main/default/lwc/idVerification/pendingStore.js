// The challenge this page waits for, kept in the browser so leaving the Case page (a reload, another record, another
// console tab) does not lose it: the next load resumes polling, or shows the expiry, and records the outcome.
//
// sessionStorage, not localStorage: a challenge lives a few minutes, and the entry (the masked target, the code)
// should not outlive the browser tab on the agent's machine. A reload and
// navigating inside Lightning Experience keep the tab, so its sessionStorage. A second browser tab on the same case
// does not see the entry, so never polls the same auth_req_id alongside this one (CIBA Core §10.1: no overlapping
// polls); the challenge still counts against the limit there, which the server keeps. Lightning Web Security
// namespaces the keys per namespace, which is fine: only this component reads them.
//
// Stored: { v, caseId, pending } where pending is the core's PendingVerification (plain JSON: auth_req_id, eID,
// masked target, binding message, times, poll interval, the identifier's kind) — never the identifier itself, an ID
// token or any secret.

const PREFIX = 'idverify:salesforce:v1:pending:';
const VERSION = 1;
const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
/** Seconds; CIBA intervals are a few seconds, a slow_down adds 5. Anything larger is not ours. */
const MAX_INTERVAL = 600;

const STRING_FIELDS = [
    'authReqId',
    'eid',
    'issuer',
    'clientId',
    'brokerId',
    'sentTo',
    'bindingMessage',
    'identifierKind'
];
const NUMBER_FIELDS = ['startedAt', 'expiresAt', 'interval', 'nextPollAt', 'failures'];

function storage() {
    try {
        return window.sessionStorage || undefined;
    } catch {
        return undefined; // storage disabled: the component works, it only cannot resume after a reload
    }
}

const keyOf = (caseId) => `${PREFIX}${caseId}`;

function read(caseId) {
    const store = storage();
    if (!store || !caseId) return undefined;
    try {
        return parseEntry(store.getItem(keyOf(caseId)));
    } catch {
        return undefined;
    }
}

function parseEntry(raw) {
    try {
        const value = JSON.parse(raw || 'null');
        return value && typeof value === 'object' ? value : undefined;
    } catch {
        return undefined;
    }
}

function write(caseId, pending) {
    const store = storage();
    if (!store || !caseId) return;
    try {
        store.setItem(keyOf(caseId), JSON.stringify({ v: VERSION, caseId, pending: copyOf(pending) }));
    } catch {
        // Storage full or refused: nothing to resume after a reload, the challenge itself goes on.
    }
}

/** Only the PendingVerification fields: whatever else an object carries never reaches storage. */
function copyOf(pending) {
    const copy = { bindingMessageSource: pending.bindingMessageSource };
    for (const field of STRING_FIELDS) copy[field] = pending[field];
    for (const field of NUMBER_FIELDS) copy[field] = pending[field];
    return copy;
}

const trimSlashes = (url) => String(url || '').replace(/\/+$/, '');

/**
 * The stored entry's PendingVerification if it is a well-formed challenge of this case for this configuration
 * (issuer, client, an offered eID and one of its identifier kinds), else undefined.
 */
function validated(entry, caseId, accepts) {
    if (!entry || entry.v !== VERSION || entry.caseId !== caseId) return undefined;
    const p = entry.pending;
    if (!p || typeof p !== 'object' || Array.isArray(p)) return undefined;
    if (!STRING_FIELDS.every((field) => typeof p[field] === 'string')) return undefined;
    if (!NUMBER_FIELDS.every((field) => typeof p[field] === 'number' && Number.isFinite(p[field])))
        return undefined;
    if (!p.authReqId || !p.sentTo) return undefined;
    if (p.bindingMessageSource !== 'client' && p.bindingMessageSource !== 'provider') return undefined;
    if (!(p.expiresAt > p.startedAt) || p.expiresAt - p.startedAt > DAY) return undefined;
    if (!(p.interval >= 0 && p.interval <= MAX_INTERVAL) || !(p.failures >= 0)) return undefined;
    // The earliest next poll lies within the challenge's life (plus one interval and some network time).
    if (p.nextPollAt < p.startedAt || p.nextPollAt > p.expiresAt + p.interval * 1000 + MINUTE)
        return undefined;
    if (!accepts(p)) return undefined;
    return copyOf(p);
}

/** The store of one case's pending challenge. Every method is safe: storage errors and bad content are ignored. */
export function pendingStore(caseId) {
    const clear = () => {
        const store = storage();
        if (!store || !caseId) return;
        try {
            store.removeItem(keyOf(caseId));
        } catch {
            // nothing to do
        }
    };
    return {
        /**
         * The stored challenge if it can be resumed with this configuration; anything else under this case's key
         * (corrupt, of an older version, of another broker) is removed so the form shows.
         * `accepts(pending)` checks the configuration-dependent parts.
         */
        load(accepts) {
            const store = storage();
            if (!store || !caseId) return undefined;
            let raw;
            try {
                raw = store.getItem(keyOf(caseId));
            } catch {
                return undefined;
            }
            if (raw === null || raw === undefined) return undefined;
            let pending;
            try {
                pending = validated(parseEntry(raw), caseId, accepts);
            } catch {
                pending = undefined;
            }
            if (!pending) clear();
            return pending;
        },

        /** Keeps a challenge that was just sent. */
        save(pending) {
            write(caseId, pending);
        },

        /**
         * Keeps the latest state of the stored challenge (a new interval after slow_down, the next poll time).
         * Only for the challenge still stored: a challenge that has ended is not brought back. Never moves the next
         * poll earlier than already stored.
         */
        update(pending) {
            const entry = read(caseId);
            const stored = entry && entry.pending;
            if (!stored || stored.authReqId !== pending.authReqId) return;
            write(caseId, {
                ...pending,
                interval: Math.max(Number(stored.interval) || 0, pending.interval),
                nextPollAt: Math.max(Number(stored.nextPollAt) || 0, pending.nextPollAt)
            });
        },

        /**
         * A token request for `authReqId` is going out now: a resume after a reload must not poll again before
         * one interval has passed (the core's own spacing is lost with the page).
         */
        notePoll(authReqId, now) {
            const entry = read(caseId);
            const stored = entry && entry.pending;
            if (!stored || stored.authReqId !== authReqId) return;
            const earliest = now + (Number(stored.interval) || 0) * 1000;
            if (earliest > stored.nextPollAt) write(caseId, { ...stored, nextPollAt: earliest });
        },

        /** The challenge has ended (approved, declined, expired, failed, cancelled): the next load shows the form. */
        clear
    };
}

/** The auth_req_id of a CIBA token request's form body, or undefined. */
export function authReqIdOf(body) {
    try {
        return new URLSearchParams(typeof body === 'string' ? body : '').get('auth_req_id') || undefined;
    } catch {
        return undefined;
    }
}

/** Whether two issuer URLs name the same issuer (the core drops trailing slashes). */
export function sameIssuer(a, b) {
    return trimSlashes(a) === trimSlashes(b);
}
