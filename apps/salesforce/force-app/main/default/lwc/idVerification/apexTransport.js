import { VerificationError } from 'c/verificationCore';

/** The Apex controller signals its server-side flood guard with this message (AuraHandledException). */
const LIMIT_REACHED = 'guard.limit_reached';

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
        if (request.endpoint === 'token' && response && response.status === 200 && onTokenResponse) {
            onTokenResponse(response.body);
        }
        return response;
    };
}

/** The `id_token` of a successful token response, or undefined. */
export function idTokenOf(body) {
    try {
        const parsed = JSON.parse(body);
        return typeof parsed.id_token === 'string' ? parsed.id_token : undefined;
    } catch {
        return undefined;
    }
}
