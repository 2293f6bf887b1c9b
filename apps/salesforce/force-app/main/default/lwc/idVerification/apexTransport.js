import { VerificationError } from 'c/verificationCore';

/** The OAuth-style error IdVerificationController.send answers with (HTTP 429) instead of forwarding a challenge. */
const CHALLENGE_LIMIT_ERROR = 'challenge_limit_reached';
const LIMIT_REACHED = 'guard.limit_reached';

function parse(body) {
    try {
        return JSON.parse(body);
    } catch {
        return undefined;
    }
}

/**
 * The core's Transport for Salesforce: every HTTP exchange goes through the Apex controller, which allow-lists
 * it and adds the client credential from the Named Credential. The component never holds a secret.
 *
 * `onTokenResponse` receives the raw token-endpoint response body so the component can hand the ID token
 * to `recordOutcome`, which validates it again server-side before writing the audit record.
 */
export function apexTransport(send, caseId, onTokenResponse) {
    return async (request) => {
        let response;
        try {
            response = await send({ caseId, request });
        } catch (error) {
            const message = error && error.body && error.body.message;
            if (typeof message === 'string' && message.indexOf(LIMIT_REACHED) !== -1) {
                throw new VerificationError(LIMIT_REACHED, message);
            }
            throw error;
        }
        if (request.endpoint === 'backchannel_authentication' && response && response.status === 429) {
            // The server-side flood guard counted the case's challenges (also those from other tabs and agents).
            const body = parse(response.body);
            if (body && body.error === CHALLENGE_LIMIT_ERROR) {
                const retryAt = Number(body.retry_at) || undefined;
                throw new VerificationError(LIMIT_REACHED, body.error_description || CHALLENGE_LIMIT_ERROR, {
                    retryAt
                });
            }
        }
        if (request.endpoint === 'token' && response && response.status === 200 && onTokenResponse) {
            onTokenResponse(response.body);
        }
        return response;
    };
}

/** The `id_token` of a successful token response, or undefined. */
export function idTokenOf(body) {
    const parsed = parse(body);
    return parsed && typeof parsed.id_token === 'string' ? parsed.id_token : undefined;
}
