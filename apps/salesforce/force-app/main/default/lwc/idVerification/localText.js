// TODO-core: strings the Salesforce component needs that the core's catalogue (en/da/sv/nb) does not have yet.
// The core's `note.saved` / `note.failed` speak of a Zendesk ticket's internal note; here the evidence is an
// Identity Verification record on the case. Move these into verification-core/src/i18n and delete this file.
const TEXT = {
    en: {
        'record.saved': 'Verification recorded on the case',
        'record.failed': 'The verification record could not be saved',
        loading: 'Loading…',
        'context.failed': 'The verification panel could not load this case',
    },
    da: {
        'record.saved': 'Verifikationen er registreret på sagen',
        'record.failed': 'Verifikationen kunne ikke registreres',
        loading: 'Indlæser…',
        'context.failed': 'Verifikationspanelet kunne ikke indlæse sagen',
    },
    sv: {
        'record.saved': 'Verifieringen är registrerad på ärendet',
        'record.failed': 'Verifieringen kunde inte registreras',
        loading: 'Laddar…',
        'context.failed': 'Verifieringspanelen kunde inte läsa in ärendet',
    },
    nb: {
        'record.saved': 'Verifiseringen er registrert på saken',
        'record.failed': 'Verifiseringen kunne ikke registreres',
        loading: 'Laster…',
        'context.failed': 'Verifiseringspanelet kunne ikke laste inn saken',
    },
};

export function localText(locale, key) {
    return (TEXT[locale] || TEXT.en)[key] || TEXT.en[key];
}
