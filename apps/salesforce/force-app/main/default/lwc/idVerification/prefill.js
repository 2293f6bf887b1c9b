import { eids as EID_PROFILES, parseIdentifier } from 'c/verificationCore';

const NATIONAL_ID_KINDS = ['dk-cpr', 'se-personnummer', 'no-fodselsnummer'];

function phoneOf(contact) {
    return (contact && (contact.mobilePhone || contact.phone)) || '';
}

function tryParse(kind, value, options) {
    try {
        return parseIdentifier(kind, value, options);
    } catch {
        return undefined;
    }
}

/** The contact's country as far as their phone number or national ID tell. */
function countryOf(contact) {
    const phone = phoneOf(contact);
    const parsedPhone = phone ? tryParse('phone', phone) : undefined;
    if (parsedPhone && parsedPhone.country) return parsedPhone.country;
    const nationalId = contact && contact.nationalId;
    if (!nationalId) return undefined;
    for (const kind of NATIONAL_ID_KINDS) {
        const parsed = tryParse(kind, nationalId);
        if (parsed && parsed.country) return parsed.country;
    }
    return undefined;
}

/** The eID to preselect: the first offered eID of the contact's country, else the first offered. */
export function suggestEid(contact, offered) {
    const country = countryOf(contact);
    return offered.find((id) => EID_PROFILES[id] && EID_PROFILES[id].country === country) || offered[0];
}

/**
 * What to put in the identifier field for an eID: the first identifier kind the broker accepts (in its order of
 * preference) that the contact has a usable value for. National IDs are prefilled only when they are valid for
 * the kind, so a Danish CPR is never offered to Swedish BankID.
 */
export function prefillIdentifier(kinds, contact) {
    const phone = phoneOf(contact);
    for (const kind of kinds) {
        if (kind === 'phone' && phone) return { kind, value: phone };
        if (kind !== 'phone' && contact && contact.nationalId && tryParse(kind, contact.nationalId)) {
            return { kind, value: contact.nationalId };
        }
    }
    return { kind: kinds[0], value: '' };
}
