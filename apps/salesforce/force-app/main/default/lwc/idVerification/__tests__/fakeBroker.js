// A scripted stand-in for the eID broker behind the Apex controller: it answers the core's HttpRequests the way
// Idura does (discovery, JWKS, bc-authorize, token) and signs real ES256 ID tokens, so the component runs the
// real bundled core end to end while every Apex call stays a jest mock.
const { webcrypto } = require('node:crypto');

const ISSUER = 'https://acme.idura.broker';
const CLIENT_ID = 'urn:my:application:identifier:9876';

function b64url(input) {
    return Buffer.from(input).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function json(status, body, headers = {}) {
    return {
        status,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body)
    };
}

async function createKey(kid) {
    const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'sign',
        'verify'
    ]);
    const jwk = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
    return {
        kid,
        privateKey: pair.privateKey,
        jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg: 'ES256', use: 'sig' }
    };
}

async function sign(key, claims) {
    const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: key.kid }));
    const payload = b64url(JSON.stringify(claims));
    const signature = await webcrypto.subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        key.privateKey,
        Buffer.from(`${header}.${payload}`)
    );
    return `${header}.${payload}.${b64url(Buffer.from(signature))}`;
}

/** ID-token claims shaped like Idura's for each eID (the core's `idura` preset reads these). */
function claimsFor(person) {
    const now = Math.floor(Date.now() / 1000);
    const common = {
        iss: ISSUER,
        aud: CLIENT_ID,
        sub: person.uuid,
        iat: now,
        exp: now + 300,
        auth_time: now,
        name: person.name
    };
    switch (person.eid) {
        case 'mitid':
            return {
                ...common,
                birthdate: person.birthDate,
                cprNumberIdentifier: person.nationalId,
                acr: 'urn:grn:authn:dk:mitid:substantial'
            };
        case 'bankid-no':
            return {
                ...common,
                birthdate: person.birthDate,
                socialno: person.nationalId,
                acr: 'urn:grn:authn:no:bankid:substantial'
            };
        default:
            return {
                ...common,
                ssn: person.nationalId,
                acr: `urn:grn:authn:se:${person.eid === 'freja' ? 'frejaid' : 'bankid'}`
            };
    }
}

/**
 * `tokenAnswers` are consumed one per token poll: 'pending', 'approved', 'denied', 'expired', 'slow_down',
 * 'forged' (signed with a key that is not in the JWKS); the last one repeats.
 */
async function createFakeBroker({
    person,
    tokenAnswers = ['pending'],
    interval = 0,
    expiresIn = 120,
    wordPair
} = {}) {
    const key = await createKey('broker-key-1');
    const stranger = await createKey('broker-key-1');
    const requests = [];
    const answers = [...tokenAnswers];
    let authReqId = 0;

    async function tokenResponse() {
        const answer = answers.length > 1 ? answers.shift() : answers[0];
        switch (answer) {
            case 'approved':
            case 'forged':
                return json(200, {
                    access_token: 'at',
                    token_type: 'Bearer',
                    expires_in: 300,
                    id_token: await sign(answer === 'forged' ? stranger : key, claimsFor(person))
                });
            case 'denied':
                return json(400, {
                    error: 'access_denied',
                    error_description: 'The end-user denied the authorization request'
                });
            case 'expired':
                return json(400, { error: 'expired_token', error_description: 'auth_req_id has expired' });
            case 'slow_down':
                return json(400, { error: 'slow_down' });
            default:
                return json(400, { error: 'authorization_pending' });
        }
    }

    /** The mock for `@salesforce/apex/IdVerificationController.send`: ({ caseId, request }) → HttpResponse. */
    async function send({ request }) {
        requests.push(request);
        switch (request.endpoint) {
            case 'discovery':
                return json(200, {
                    issuer: ISSUER,
                    backchannel_authentication_endpoint: `${ISSUER}/ciba/bc-authorize`,
                    token_endpoint: `${ISSUER}/oauth2/token`,
                    jwks_uri: `${ISSUER}/.well-known/jwks`
                });
            case 'jwks':
                return json(200, { keys: [key.jwk] });
            case 'backchannel_authentication': {
                authReqId += 1;
                const body = { auth_req_id: `req-${authReqId}`, expires_in: expiresIn, interval };
                if (wordPair) body.bindingMessage = wordPair;
                return json(200, body);
            }
            case 'token':
                return tokenResponse();
            default:
                return json(404, { error: 'not_found' });
        }
    }

    return { issuer: ISSUER, clientId: CLIENT_ID, send, requests };
}

module.exports = { createFakeBroker, ISSUER, CLIENT_ID };
