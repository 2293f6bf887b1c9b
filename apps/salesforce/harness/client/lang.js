// `@salesforce/i18n/lang` in the harness: the user's language, from ?lang=da|sv|nb|en (default en-US).
const lang = new URLSearchParams(window.location.search).get('lang');
export default lang || 'en-US';
