// `@salesforce/apex/IdVerificationController.<method>` in the harness: POSTs the parameters to the local stand-in
// controller and, like the platform, rejects with `{ body: { message }, status, statusText }` on an Apex error.
export async function callApex(method, params) {
    const response = await fetch(`./api/apex/IdVerificationController.${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params || {})
    });
    const body = await response.json().catch(() => ({ message: response.statusText }));
    window.dispatchEvent(new CustomEvent('harness:apex', { detail: { method } }));
    if (!response.ok) {
        throw { body, status: response.status, statusText: response.statusText };
    }
    return body;
}
