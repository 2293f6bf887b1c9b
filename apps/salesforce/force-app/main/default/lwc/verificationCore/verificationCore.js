/*
 * GENERATED FILE - DO NOT EDIT. Bundled from packages/verification-core (@idverify/verification-core 0.1.0)
 * and its dependencies by apps/salesforce/scripts/bundle-core.mjs (esbuild, ES2020, one ES module).
 * Regenerate with `pnpm --filter @idverify/salesforce-app bundle:core`; `pnpm test` fails when it is stale.
 */
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// ../../packages/verification-core/dist/binding.js
var UNSAFE = /[^A-Za-z0-9ÆØÅæøåÄÖÜäöüÉé .\-_+/!?#]/g;
function createBindingMessage(company, options = {}) {
  const maxLength = options.maxLength ?? 20;
  const code = String((options.randomCode ?? randomCode)()).padStart(4, "0");
  const room = maxLength - code.length - 1;
  const name = company.replace(UNSAFE, "").replace(/\s+/g, " ").trim().slice(0, Math.max(0, room)).trim();
  return name ? `${name} ${code}` : code;
}
function randomCode() {
  const buffer = new Uint16Array(1);
  for (; ; ) {
    globalThis.crypto.getRandomValues(buffer);
    const value = buffer[0];
    if (value < 6e4)
      return value % 1e4;
  }
}

// ../../packages/verification-core/dist/errors.js
var VerificationError = class extends Error {
  constructor(code, message2, details = {}) {
    super(message2, details.cause === void 0 ? void 0 : { cause: details.cause });
    __publicField(this, "name", "VerificationError");
    __publicField(this, "code");
    __publicField(this, "details");
    this.code = code;
    this.details = details;
  }
  /** A plain object that survives postMessage, JSON and Apex round trips. */
  toJSON() {
    const { cause: _cause, ...details } = this.details;
    return { code: this.code, message: this.message, details };
  }
};
function isVerificationError(value) {
  return value instanceof VerificationError;
}

// ../../packages/verification-core/dist/identifiers/clean.js
function fail(code, message2) {
  throw new VerificationError(code, message2);
}
function compact(input) {
  const value = String(input ?? "").replace(/\s+/g, "");
  if (value === "")
    fail("identifier.empty", "The identifier is empty");
  return value.replace(/[\u2010-\u2015\u2212]/g, "-");
}
function nationalDigits(input, allowPlus) {
  const value = compact(input);
  if (!/^[0-9+-]+$/.test(value)) {
    fail("identifier.invalid_characters", "A national identity number contains only digits and a separator");
  }
  const plusAt = value.replace(/-/g, "").indexOf("+");
  if (plusAt >= 0 && (!allowPlus || value.indexOf("+") !== value.lastIndexOf("+"))) {
    fail("identifier.invalid_characters", 'Unexpected "+" in a national identity number');
  }
  return { digits: value.replace(/[-+]/g, ""), plusAt };
}
function twoDigits(digits, at) {
  return Number(digits.slice(at, at + 2));
}
function isoDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return void 0;
  return date.toISOString().slice(0, 10);
}
function latestToday(now) {
  return new Date(now.getTime() + 14 * 60 * 60 * 1e3).toISOString().slice(0, 10);
}
function birthDateOrFail(year, month, day, now) {
  const iso = isoDate(year, month, day);
  if (iso === void 0)
    fail("identifier.invalid_date", `The number does not contain a valid date`);
  if (iso > latestToday(now))
    fail("identifier.invalid_date", "The number contains a birth date in the future");
  return iso;
}

// ../../packages/verification-core/dist/identifiers/dk-cpr.js
function parseCpr(input, options = {}) {
  const { digits } = nationalDigits(input, false);
  if (digits.length !== 10)
    fail("identifier.invalid_length", `A CPR number has 10 digits, not ${digits.length}`);
  const year = cprCentury(Number(digits[6]), twoDigits(digits, 4)) + twoDigits(digits, 4);
  const birthDate = birthDateOrFail(year, twoDigits(digits, 2), twoDigits(digits, 0), options.now ?? /* @__PURE__ */ new Date());
  return { kind: "dk-cpr", value: digits, masked: maskCpr(digits), country: "DK", birthDate };
}
function cprCentury(seventh, yy) {
  if (seventh <= 3)
    return 1900;
  if (seventh === 4 || seventh === 9)
    return yy <= 36 ? 2e3 : 1900;
  return yy <= 57 ? 2e3 : 1800;
}
function maskCpr(value) {
  return `${value.slice(0, 6)}-\u2022\u2022\u2022\u2022`;
}

// ../../packages/verification-core/dist/identifiers/no-fodselsnummer.js
var K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
var K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
function parseFodselsnummer(input, options = {}) {
  const { digits } = nationalDigits(input, false);
  if (digits.length !== 11)
    fail("identifier.invalid_length", `A f\xF8dselsnummer has 11 digits, not ${digits.length}`);
  const dayField = twoDigits(digits, 0);
  const monthField = twoDigits(digits, 2);
  const yy = twoDigits(digits, 4);
  const dNumber = dayField > 40;
  const variant = monthField > 80 ? "synthetic" : monthField > 40 ? "h-number" : dNumber ? "d-number" : void 0;
  const month = monthField > 80 ? monthField - 80 : monthField > 40 ? monthField - 40 : monthField;
  const day = dNumber ? dayField - 40 : dayField;
  const century = fnrCentury(Number(digits.slice(6, 9)), yy);
  if (century === void 0)
    fail("identifier.invalid_date", "The individual number does not fit the birth year");
  const birthDate = birthDateOrFail(century + yy, month, day, options.now ?? /* @__PURE__ */ new Date());
  const k1 = controlDigit(digits, K1_WEIGHTS);
  const k2 = controlDigit(digits, K2_WEIGHTS);
  if (k1 !== Number(digits[9]) || k2 !== Number(digits[10])) {
    fail("identifier.invalid_checksum", "The control digits of the f\xF8dselsnummer are wrong");
  }
  const parsed = {
    kind: "no-fodselsnummer",
    value: digits,
    masked: maskFodselsnummer(digits),
    country: "NO",
    birthDate
  };
  if (variant)
    parsed.variant = variant;
  return parsed;
}
function fnrCentury(individual, yy) {
  if (individual <= 499)
    return 1900;
  if (individual <= 749 && yy >= 54)
    return 1800;
  if (yy <= 39)
    return 2e3;
  if (individual >= 900)
    return 1900;
  return void 0;
}
function controlDigit(digits, weights) {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const k = (11 - sum % 11) % 11;
  return k === 10 ? void 0 : k;
}
function maskFodselsnummer(value) {
  return `${value.slice(0, 6)}\u2022\u2022\u2022\u2022\u2022`;
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/tools/semver-compare.js
function semver_compare_default(a, b) {
  a = a.split("-");
  b = b.split("-");
  var pa = a[0].split(".");
  var pb = b[0].split(".");
  for (var i = 0; i < 3; i++) {
    var na = Number(pa[i]);
    var nb2 = Number(pb[i]);
    if (na > nb2) return 1;
    if (nb2 > na) return -1;
    if (!isNaN(na) && isNaN(nb2)) return 1;
    if (isNaN(na) && !isNaN(nb2)) return -1;
  }
  if (a[1] && b[1]) {
    return a[1] > b[1] ? 1 : a[1] < b[1] ? -1 : 0;
  }
  return !a[1] && b[1] ? 1 : a[1] && !b[1] ? -1 : 0;
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/isObject.js
var objectConstructor = {}.constructor;
function isObject(object) {
  return object !== void 0 && object !== null && object.constructor === objectConstructor;
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/isCallingCode.js
var CALLING_CODE_REG_EXP = /^\d+$/;
function isCallingCode(string) {
  return CALLING_CODE_REG_EXP.test(string);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/metadata.js
var V3 = "1.2.0";
var V4 = "1.7.35";
var DEFAULT_EXT_PREFIX = " ext. ";
var Metadata = class {
  /**
   * @param {object} metadata — Metadata JSON.
   */
  constructor(metadata) {
    validateMetadata(metadata);
    this.metadata = metadata;
    setVersion.call(this, metadata);
  }
  getCountries() {
    return Object.keys(this.metadata.countries).filter((_) => _ !== "001");
  }
  getCountryMetadata(countryCode) {
    return this.metadata.countries[countryCode];
  }
  nonGeographic() {
    if (this.v1 || this.v2 || this.v3) return;
    return this.metadata.nonGeographic || this.metadata.nonGeographical;
  }
  hasCountry(country) {
    return this.getCountryMetadata(country) !== void 0;
  }
  hasCallingCode(callingCode) {
    if (this.getCountryCodesForCallingCode(callingCode)) {
      return true;
    }
    if (this.nonGeographic()) {
      if (this.nonGeographic()[callingCode]) {
        return true;
      }
    } else {
      const countryCodes = this.countryCallingCodes()[callingCode];
      if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
        return true;
      }
    }
  }
  isNonGeographicCallingCode(callingCode) {
    if (this.nonGeographic()) {
      return this.nonGeographic()[callingCode] ? true : false;
    } else {
      return this.getCountryCodesForCallingCode(callingCode) ? false : true;
    }
  }
  // Deprecated.
  country(countryCode) {
    return this.selectNumberingPlan(countryCode);
  }
  /**
   * Selects a telephone numbering plan based on either a country code or a calling code.
   * @param {string} argument — Country code or calling code.
   * @param {string} legacyArgumentCallingCode — Legacy argument: calling code, if the first argument is not passed.
   */
  selectNumberingPlan(argument, legacyArgumentCallingCode) {
    let countryCode;
    let callingCode;
    if (argument) {
      if (isCallingCode(argument)) {
        callingCode = argument;
      } else {
        countryCode = argument;
      }
    }
    if (legacyArgumentCallingCode) {
      callingCode = legacyArgumentCallingCode;
    }
    if (countryCode && countryCode !== "001") {
      const countryMetadata = this.getCountryMetadata(countryCode);
      if (!countryMetadata) {
        throw new Error(`Unknown country: ${countryCode}`);
      }
      this.numberingPlan = new NumberingPlan(countryMetadata, this);
    } else if (callingCode) {
      if (!this.hasCallingCode(callingCode)) {
        throw new Error(`Unknown calling code: ${callingCode}`);
      }
      this.numberingPlan = new NumberingPlan(this.getNumberingPlanMetadata(callingCode), this);
    } else {
      this.numberingPlan = void 0;
    }
    return this;
  }
  getCountryCodesForCallingCode(callingCode) {
    const countryCodes = this.countryCallingCodes()[callingCode];
    if (countryCodes) {
      if (countryCodes.length === 1 && countryCodes[0].length === 3) {
        return;
      }
      return countryCodes;
    }
  }
  getCountryCodeForCallingCode(callingCode) {
    const countryCodes = this.getCountryCodesForCallingCode(callingCode);
    if (countryCodes) {
      return countryCodes[0];
    }
  }
  getNumberingPlanMetadata(callingCode) {
    const countryCode = this.getCountryCodeForCallingCode(callingCode);
    if (countryCode) {
      return this.getCountryMetadata(countryCode);
    }
    if (this.nonGeographic()) {
      const metadata = this.nonGeographic()[callingCode];
      if (metadata) {
        return metadata;
      }
    } else {
      const countryCodes = this.countryCallingCodes()[callingCode];
      if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
        return this.metadata.countries["001"];
      }
    }
  }
  // Deprecated.
  countryCallingCode() {
    return this.numberingPlan.callingCode();
  }
  // Deprecated.
  IDDPrefix() {
    return this.numberingPlan.IDDPrefix();
  }
  // Deprecated.
  defaultIDDPrefix() {
    return this.numberingPlan.defaultIDDPrefix();
  }
  // Deprecated.
  nationalNumberPattern() {
    return this.numberingPlan.nationalNumberPattern();
  }
  // Deprecated.
  possibleLengths() {
    return this.numberingPlan.possibleLengths();
  }
  // Deprecated.
  formats() {
    return this.numberingPlan.formats();
  }
  // Deprecated.
  nationalPrefixForParsing() {
    return this.numberingPlan.nationalPrefixForParsing();
  }
  // Deprecated.
  nationalPrefixTransformRule() {
    return this.numberingPlan.nationalPrefixTransformRule();
  }
  // Deprecated.
  leadingDigits() {
    return this.numberingPlan.leadingDigits();
  }
  // Deprecated.
  hasTypes() {
    return this.numberingPlan.hasTypes();
  }
  // Deprecated.
  type(type) {
    return this.numberingPlan.type(type);
  }
  // Deprecated.
  ext() {
    return this.numberingPlan.ext();
  }
  countryCallingCodes() {
    if (this.v1) return this.metadata.country_phone_code_to_countries;
    return this.metadata.country_calling_codes;
  }
  // Deprecated.
  chooseCountryByCountryCallingCode(callingCode) {
    return this.selectNumberingPlan(callingCode);
  }
  hasSelectedNumberingPlan() {
    return this.numberingPlan !== void 0;
  }
};
var NumberingPlan = class {
  constructor(metadata, globalMetadataObject) {
    this.globalMetadataObject = globalMetadataObject;
    this.metadata = metadata;
    setVersion.call(this, globalMetadataObject.metadata);
  }
  callingCode() {
    return this.metadata[0];
  }
  // When multiple countries share the same calling code,
  // all phone number formatting rules are included in the metadata
  // of the "default" country for that calling code.
  // Any other countries' metdata doesn't include any formatting rules.
  // Google developers said that such storage architecture was chosen for performance reasons.
  //
  // For example, for NANPA region ("North American Numbering Plan Administration",
  // which includes USA, Canada, Cayman Islands, Bahamas, etc) all formatting rules
  // are contained in the metadata of `US` country.
  //
  // This is not public API.
  //
  _getDefaultCountryMetadataForThisCallingCode() {
    return this.globalMetadataObject.getNumberingPlanMetadata(this.callingCode());
  }
  // Deprecated.
  getDefaultCountryMetadataForRegion() {
    return this._getDefaultCountryMetadataForThisCallingCode();
  }
  // Is always present.
  IDDPrefix() {
    if (this.v1 || this.v2) return;
    return this.metadata[1];
  }
  // Is only present when a country supports multiple IDD prefixes.
  defaultIDDPrefix() {
    if (this.v1 || this.v2) return;
    return this.metadata[12];
  }
  nationalNumberPattern() {
    if (this.v1 || this.v2) return this.metadata[1];
    return this.metadata[2];
  }
  // "possible length" data is always present in Google's metadata.
  possibleLengths() {
    if (this.v1) return;
    return this.metadata[this.v2 ? 2 : 3];
  }
  _getFormats(metadata) {
    return metadata[this.v1 ? 2 : this.v2 ? 3 : 4];
  }
  // For countries of the same region (e.g. NANPA)
  // formats are all stored in the "main" country for that region.
  // E.g. "RU" and "KZ", "US" and "CA".
  formats() {
    const formats = this._getFormats(this.metadata) || this._getFormats(this._getDefaultCountryMetadataForThisCallingCode()) || [];
    return formats.map((_) => new Format(_, this));
  }
  nationalPrefix() {
    return this.metadata[this.v1 ? 3 : this.v2 ? 4 : 5];
  }
  _getNationalPrefixFormattingRule(metadata) {
    return metadata[this.v1 ? 4 : this.v2 ? 5 : 6];
  }
  // For countries of the same region (e.g. NANPA)
  // national prefix formatting rule is stored in the "main" country for that region.
  // E.g. "RU" and "KZ", "US" and "CA".
  nationalPrefixFormattingRule() {
    return this._getNationalPrefixFormattingRule(this.metadata) || this._getNationalPrefixFormattingRule(this._getDefaultCountryMetadataForThisCallingCode());
  }
  _nationalPrefixForParsing() {
    return this.metadata[this.v1 ? 5 : this.v2 ? 6 : 7];
  }
  nationalPrefixForParsing() {
    return this._nationalPrefixForParsing() || this.nationalPrefix();
  }
  nationalPrefixTransformRule() {
    return this.metadata[this.v1 ? 6 : this.v2 ? 7 : 8];
  }
  _getNationalPrefixIsOptionalWhenFormatting() {
    return !!this.metadata[this.v1 ? 7 : this.v2 ? 8 : 9];
  }
  // For countries of the same region (e.g. NANPA)
  // "national prefix is optional when formatting" flag is
  // stored in the "main" country for that region.
  // E.g. "RU" and "KZ", "US" and "CA".
  nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
    return this._getNationalPrefixIsOptionalWhenFormatting(this.metadata) || this._getNationalPrefixIsOptionalWhenFormatting(this._getDefaultCountryMetadataForThisCallingCode());
  }
  leadingDigits() {
    return this.metadata[this.v1 ? 8 : this.v2 ? 9 : 10];
  }
  types() {
    return this.metadata[this.v1 ? 9 : this.v2 ? 10 : 11];
  }
  hasTypes() {
    if (this.types() && this.types().length === 0) {
      return false;
    }
    return !!this.types();
  }
  type(type) {
    if (this.hasTypes() && getType(this.types(), type)) {
      return new Type(getType(this.types(), type), this);
    }
  }
  ext() {
    if (this.v1 || this.v2) return DEFAULT_EXT_PREFIX;
    return this.metadata[13] || DEFAULT_EXT_PREFIX;
  }
};
var Format = class {
  constructor(format, metadata) {
    this._format = format;
    this.metadata = metadata;
  }
  pattern() {
    return this._format[0];
  }
  format() {
    return this._format[1];
  }
  leadingDigitsPatterns() {
    return this._format[2] || [];
  }
  nationalPrefixFormattingRule() {
    return this._format[3] || this.metadata.nationalPrefixFormattingRule();
  }
  nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
    return !!this._format[4] || this.metadata.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
  }
  nationalPrefixIsMandatoryWhenFormattingInNationalFormat() {
    return this.usesNationalPrefix() && !this.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
  }
  // Checks whether national prefix formatting rule contains national prefix.
  usesNationalPrefix() {
    return this.nationalPrefixFormattingRule() && // Check that national prefix formatting rule is not a "dummy" one.
    !FIRST_GROUP_ONLY_PREFIX_PATTERN.test(this.nationalPrefixFormattingRule()) ? true : false;
  }
  internationalFormat() {
    return this._format[5] || this.format();
  }
};
var FIRST_GROUP_ONLY_PREFIX_PATTERN = /^\(?\$1\)?$/;
var Type = class {
  constructor(type, metadata) {
    this.type = type;
    this.metadata = metadata;
  }
  pattern() {
    if (this.metadata.v1) return this.type;
    return this.type[0];
  }
  possibleLengths() {
    if (this.metadata.v1) return;
    return this.type[1] || this.metadata.possibleLengths();
  }
};
function getType(types, type) {
  switch (type) {
    case "FIXED_LINE":
      return types[0];
    case "MOBILE":
      return types[1];
    case "TOLL_FREE":
      return types[2];
    case "PREMIUM_RATE":
      return types[3];
    case "PERSONAL_NUMBER":
      return types[4];
    case "VOICEMAIL":
      return types[5];
    case "UAN":
      return types[6];
    case "PAGER":
      return types[7];
    case "VOIP":
      return types[8];
    case "SHARED_COST":
      return types[9];
  }
}
function validateMetadata(metadata) {
  if (!metadata) {
    throw new Error("[libphonenumber-js] `metadata` argument not passed. Check your arguments.");
  }
  if (!isObject(metadata) || !isObject(metadata.countries)) {
    throw new Error(`[libphonenumber-js] \`metadata\` argument was passed but it's not a valid metadata. Must be an object having \`.countries\` child object property. Got ${isObject(metadata) ? "an object of shape: { " + Object.keys(metadata).join(", ") + " }" : "a " + typeOf(metadata) + ": " + metadata}.`);
  }
}
var typeOf = (_) => typeof _;
function getCountryCallingCode(country, metadataJson) {
  const metadata = new Metadata(metadataJson);
  if (metadata.hasCountry(country)) {
    return metadata.selectNumberingPlan(country).countryCallingCode();
  }
  throw new Error(`Unknown country: ${country}`);
}
function isSupportedCountry(country, metadataJson) {
  return metadataJson.countries.hasOwnProperty(country);
}
function setVersion(metadata) {
  const {
    version
  } = metadata;
  if (typeof version === "number") {
    this.v1 = version === 1;
    this.v2 = version === 2;
    this.v3 = version === 3;
    this.v4 = version === 4;
  } else {
    if (!version) {
      this.v1 = true;
    } else if (semver_compare_default(version, V3) === -1) {
      this.v2 = true;
    } else if (semver_compare_default(version, V4) === -1) {
      this.v3 = true;
    } else {
      this.v4 = true;
    }
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/mergeArrays.js
function mergeArrays(a, b) {
  const merged = a.slice();
  for (const element of b) {
    if (a.indexOf(element) < 0) {
      merged.push(element);
    }
  }
  return merged.sort((a2, b2) => a2 - b2);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/checkNumberLength.js
function checkNumberLength(nationalNumber, country, metadata) {
  return checkNumberLengthForType(nationalNumber, void 0, country, metadata);
}
function checkNumberLengthForType(nationalNumber, type, country, metadata) {
  if (country) {
    metadata = new Metadata(metadata.metadata);
    metadata.selectNumberingPlan(country);
  }
  const type_info = metadata.type(type);
  let possible_lengths = type_info && type_info.possibleLengths() || metadata.possibleLengths();
  if (!possible_lengths) {
    return "IS_POSSIBLE";
  }
  if (type === "FIXED_LINE_OR_MOBILE") {
    if (!metadata.type("FIXED_LINE")) {
      return checkNumberLengthForType(nationalNumber, "MOBILE", country, metadata);
    }
    const mobile_type = metadata.type("MOBILE");
    if (mobile_type) {
      possible_lengths = mergeArrays(possible_lengths, mobile_type.possibleLengths());
    }
  } else if (type && !type_info) {
    return "INVALID_LENGTH";
  }
  const actual_length = nationalNumber.length;
  const minimum_length = possible_lengths[0];
  if (minimum_length === actual_length) {
    return "IS_POSSIBLE";
  }
  if (minimum_length > actual_length) {
    return "TOO_SHORT";
  }
  if (possible_lengths[possible_lengths.length - 1] < actual_length) {
    return "TOO_LONG";
  }
  return possible_lengths.indexOf(actual_length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/isPossible.js
function isPossiblePhoneNumber(input, options, metadataJson) {
  if (options === void 0) {
    options = {};
  }
  const metadata = new Metadata(metadataJson);
  if (options.v2) {
    if (!input.countryCallingCode) {
      throw new Error("Invalid phone number object passed");
    }
    metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  } else {
    if (!input.phone) {
      return false;
    }
    if (input.country) {
      if (!metadata.hasCountry(input.country)) {
        throw new Error(`Unknown country: ${input.country}`);
      }
      metadata.selectNumberingPlan(input.country);
    } else {
      if (!input.countryCallingCode) {
        throw new Error("Invalid phone number object passed");
      }
      metadata.selectNumberingPlan(input.countryCallingCode);
    }
  }
  if (metadata.possibleLengths()) {
    return isPossibleNumber(input.phone || input.nationalNumber, metadata);
  }
  if (input.countryCallingCode && metadata.isNonGeographicCallingCode(input.countryCallingCode)) {
    return true;
  }
  throw new Error('Missing "possibleLengths" in metadata. Perhaps the metadata has been generated before v1.0.18.');
}
function isPossibleNumber(nationalNumber, metadata) {
  switch (checkNumberLength(nationalNumber, void 0, metadata)) {
    case "IS_POSSIBLE":
      return true;
    // This library ignores "local-only" phone numbers (for simplicity).
    // See the readme for more info on what are "local-only" phone numbers.
    // case 'IS_POSSIBLE_LOCAL_ONLY':
    // 	return !isInternational
    default:
      return false;
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/matchesEntirely.js
function matchesEntirely(text, regularExpressionText) {
  text = text || "";
  return new RegExp("^(?:" + regularExpressionText + ")$").test(text);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/getNumberType.js
var NON_FIXED_LINE_PHONE_TYPES = ["MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"];
function getNumberType(input, options, metadataJson) {
  options = options || {};
  if (!input.country && !input.countryCallingCode) {
    return;
  }
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  const nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern())) {
    return;
  }
  if (isNumberTypeEqualTo(nationalNumber, "FIXED_LINE", metadata)) {
    if (metadata.type("MOBILE") && metadata.type("MOBILE").pattern() === "") {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (!metadata.type("MOBILE")) {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (isNumberTypeEqualTo(nationalNumber, "MOBILE", metadata)) {
      return "FIXED_LINE_OR_MOBILE";
    }
    return "FIXED_LINE";
  }
  for (const type of NON_FIXED_LINE_PHONE_TYPES) {
    if (isNumberTypeEqualTo(nationalNumber, type, metadata)) {
      return type;
    }
  }
}
function isNumberTypeEqualTo(nationalNumber, type, metadata) {
  const typeDefinition = metadata.type(type);
  if (!typeDefinition || !typeDefinition.pattern()) {
    return false;
  }
  if (typeDefinition.possibleLengths() && typeDefinition.possibleLengths().indexOf(nationalNumber.length) < 0) {
    return false;
  }
  return matchesEntirely(nationalNumber, typeDefinition.pattern());
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/isValid.js
function isValidNumber(input, options, metadataJson) {
  options = options || {};
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  if (metadata.hasTypes()) {
    return getNumberType(input, options, metadata.metadata) !== void 0;
  }
  const nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  return matchesEntirely(nationalNumber, metadata.nationalNumberPattern());
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/isCountryCode.js
var COUNTRY_CODE_REG_EXP = /^[A-Z]{2}$/;
function isCountryCode(string) {
  return COUNTRY_CODE_REG_EXP.test(string);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/getCountryAndCallingCodeFromOneOfThem.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;
function getCountryAndCallingCodeFromOneOfThem(countryOrCallingCode, metadataJson) {
  let country;
  let callingCode;
  const metadata = new Metadata(metadataJson);
  if (isCountryCode(countryOrCallingCode)) {
    country = countryOrCallingCode;
    metadata.selectNumberingPlan(country);
    callingCode = metadata.countryCallingCode();
  } else {
    callingCode = countryOrCallingCode;
    if (USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
      if (metadata.isNonGeographicCallingCode(callingCode)) {
        country = "001";
      }
    }
  }
  return {
    country,
    callingCode
  };
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/getPossibleCountriesForNumber.js
function getPossibleCountriesForNumber(callingCode, nationalNumber, metadata) {
  const _metadata = new Metadata(metadata);
  let possibleCountries = _metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return [];
  }
  return possibleCountries.filter((country) => {
    return couldNationalNumberBelongToCountry(nationalNumber, country, metadata);
  });
}
function couldNationalNumberBelongToCountry(nationalNumber, country, metadataJson) {
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country);
  return metadata.numberingPlan.possibleLengths().indexOf(nationalNumber.length) >= 0;
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/constants.js
var MIN_LENGTH_FOR_NSN = 2;
var MAX_LENGTH_FOR_NSN = 17;
var MAX_LENGTH_COUNTRY_CODE = 3;
var VALID_DIGITS = "0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9";
var DASHES = "-\u2010-\u2015\u2212\u30FC\uFF0D";
var SLASHES = "\uFF0F/";
var DOTS = "\uFF0E.";
var WHITESPACE = " \xA0\xAD\u200B\u2060\u3000";
var BRACKETS = "()\uFF08\uFF09\uFF3B\uFF3D\\[\\]";
var TILDES = "~\u2053\u223C\uFF5E";
var VALID_PUNCTUATION = `${DASHES}${SLASHES}${DOTS}${WHITESPACE}${BRACKETS}${TILDES}`;
var PLUS_CHARS = "+\uFF0B";

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/stripIddPrefix.js
var CAPTURING_DIGIT_PATTERN = new RegExp("([" + VALID_DIGITS + "])");
function stripIddPrefix(number, country, callingCode, metadataJson) {
  if (!country) {
    return;
  }
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country || callingCode);
  const IDDPrefixPattern = new RegExp(metadata.IDDPrefix());
  if (number.search(IDDPrefixPattern) !== 0) {
    return;
  }
  number = number.slice(number.match(IDDPrefixPattern)[0].length);
  const matchedGroups = number.match(CAPTURING_DIGIT_PATTERN);
  if (matchedGroups && matchedGroups[1] != null && matchedGroups[1].length > 0) {
    if (matchedGroups[1] === "0") {
      return;
    }
  }
  return number;
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/extractNationalNumberFromPossiblyIncompleteNumber.js
function extractNationalNumberFromPossiblyIncompleteNumber(number, metadata) {
  if (number && metadata.numberingPlan.nationalPrefixForParsing()) {
    const prefixPattern = new RegExp("^(?:" + metadata.numberingPlan.nationalPrefixForParsing() + ")");
    const prefixMatch = prefixPattern.exec(number);
    if (prefixMatch) {
      let nationalNumber;
      let carrierCode;
      const capturedGroupsCount = prefixMatch.length - 1;
      const hasCapturedGroups = capturedGroupsCount > 0 && prefixMatch[capturedGroupsCount];
      if (metadata.nationalPrefixTransformRule() && hasCapturedGroups) {
        nationalNumber = number.replace(prefixPattern, metadata.nationalPrefixTransformRule());
        if (capturedGroupsCount > 1) {
          carrierCode = prefixMatch[1];
        }
      } else {
        const prefixBeforeNationalNumber = prefixMatch[0];
        nationalNumber = number.slice(prefixBeforeNationalNumber.length);
        if (hasCapturedGroups) {
          carrierCode = prefixMatch[1];
        }
      }
      let nationalPrefix;
      if (hasCapturedGroups) {
        const possiblePositionOfTheFirstCapturedGroup = number.indexOf(prefixMatch[1]);
        const possibleNationalPrefix = number.slice(0, possiblePositionOfTheFirstCapturedGroup);
        if (possibleNationalPrefix === metadata.numberingPlan.nationalPrefix()) {
          nationalPrefix = metadata.numberingPlan.nationalPrefix();
        }
      } else {
        nationalPrefix = prefixMatch[0];
      }
      return {
        nationalNumber,
        nationalPrefix,
        carrierCode
      };
    }
  }
  return {
    nationalNumber: number
  };
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/getCountryByNationalNumber.js
function getCountryByNationalNumber(nationalNumber, countries, metadataJson) {
  const metadata = new Metadata(metadataJson);
  for (const country of countries) {
    metadata.selectNumberingPlan(country);
    if (metadata.leadingDigits()) {
      if (nationalNumber && nationalNumber.search(metadata.leadingDigits()) === 0) {
        return country;
      }
    } else if (getNumberType({
      phone: nationalNumber,
      country
    }, void 0, metadata.metadata)) {
      return country;
    }
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/getCountryByCallingCode.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE2 = false;
function getCountryByCallingCode(callingCode, {
  nationalNumber,
  metadata
}) {
  if (USE_NON_GEOGRAPHIC_COUNTRY_CODE2) {
    if (metadata.isNonGeographicCallingCode(callingCode)) {
      return "001";
    }
  }
  const possibleCountries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return;
  }
  if (possibleCountries.length === 1) {
    return possibleCountries[0];
  }
  return getCountryByNationalNumber(nationalNumber, possibleCountries, metadata.metadata);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/extractNationalNumber.js
function extractNationalNumber(number, country, metadata) {
  const {
    carrierCode,
    nationalNumber
  } = extractNationalNumberFromPossiblyIncompleteNumber(number, metadata);
  if (nationalNumber !== number) {
    if (!shouldHaveExtractedNationalPrefix(number, nationalNumber, metadata)) {
      return {
        nationalNumber: number
      };
    }
    if (metadata.numberingPlan.possibleLengths()) {
      if (!country) {
        country = getCountryByCallingCode(metadata.numberingPlan.callingCode(), {
          nationalNumber,
          metadata
        });
      }
      if (!isPossibleIncompleteNationalNumber(nationalNumber, country, metadata)) {
        return {
          nationalNumber: number
        };
      }
    }
  }
  return {
    nationalNumber,
    carrierCode
  };
}
function shouldHaveExtractedNationalPrefix(nationalNumberBefore, nationalNumberAfter, metadata) {
  if (matchesEntirely(nationalNumberBefore, metadata.nationalNumberPattern()) && !matchesEntirely(nationalNumberAfter, metadata.nationalNumberPattern())) {
    return false;
  }
  return true;
}
function isPossibleIncompleteNationalNumber(nationalNumber, country, metadata) {
  switch (checkNumberLength(nationalNumber, country, metadata)) {
    case "TOO_SHORT":
    case "INVALID_LENGTH":
      return false;
    default:
      return true;
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js
function extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson) {
  if (!(country || defaultCountry || defaultCallingCode)) {
    return {
      number
    };
  }
  const countryCallingCode = country || defaultCountry ? getCountryCallingCode(country || defaultCountry, metadataJson) : defaultCallingCode;
  if (number.indexOf(countryCallingCode) === 0) {
    const metadata = new Metadata(metadataJson);
    metadata.selectNumberingPlan(country || defaultCountry || defaultCallingCode);
    const possibleShorterNumber = number.slice(countryCallingCode.length);
    const {
      nationalNumber: possibleShorterNationalNumber
    } = extractNationalNumber(possibleShorterNumber, void 0, metadata);
    const {
      nationalNumber
    } = extractNationalNumber(number, void 0, metadata);
    if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) && matchesEntirely(possibleShorterNationalNumber, metadata.nationalNumberPattern()) || checkNumberLength(nationalNumber, void 0, metadata) === "TOO_LONG") {
      return {
        countryCallingCode,
        number: possibleShorterNumber
      };
    }
  }
  return {
    number
  };
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/extractCountryCallingCode.js
function extractCountryCallingCode(number, country, defaultCountry, defaultCallingCode, metadataJson) {
  if (!number) {
    return {};
  }
  let isNumberWithIddPrefix;
  if (number[0] !== "+") {
    const numberWithoutIDD = stripIddPrefix(number, country || defaultCountry, defaultCallingCode, metadataJson);
    if (numberWithoutIDD && numberWithoutIDD !== number) {
      isNumberWithIddPrefix = true;
      number = "+" + numberWithoutIDD;
    } else {
      if (country || defaultCountry || defaultCallingCode) {
        const {
          countryCallingCode,
          number: shorterNumber
        } = extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson);
        if (countryCallingCode) {
          return {
            countryCallingCodeSource: "FROM_NUMBER_WITHOUT_PLUS_SIGN",
            countryCallingCode,
            number: shorterNumber
          };
        }
      }
      return {
        // No need to set it to `UNSPECIFIED`. It can be just `undefined`.
        // countryCallingCodeSource: 'UNSPECIFIED',
        number
      };
    }
  }
  if (number[1] === "0") {
    return {};
  }
  const metadata = new Metadata(metadataJson);
  let i = 2;
  while (i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length) {
    const countryCallingCode = number.slice(1, i);
    if (metadata.hasCallingCode(countryCallingCode)) {
      metadata.selectNumberingPlan(countryCallingCode);
      return {
        countryCallingCodeSource: isNumberWithIddPrefix ? "FROM_NUMBER_WITH_IDD" : "FROM_NUMBER_WITH_PLUS_SIGN",
        countryCallingCode,
        number: number.slice(i)
      };
    }
    i++;
  }
  return {};
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/applyInternationalSeparatorStyle.js
function applyInternationalSeparatorStyle(formattedNumber) {
  return formattedNumber.replace(new RegExp(`[${VALID_PUNCTUATION}]+`, "g"), " ").trim();
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/formatNationalNumberUsingFormat.js
var FIRST_GROUP_PATTERN = /(\$\d)/;
function formatNationalNumberUsingFormat(number, format, {
  useInternationalFormat,
  withNationalPrefix,
  carrierCode,
  metadata
}) {
  const formattedNumber = number.replace(new RegExp(format.pattern()), useInternationalFormat ? format.internationalFormat() : (
    // This library doesn't use `domestic_carrier_code_formatting_rule`,
    // because that one is only used when formatting phone numbers
    // for dialing from a mobile phone, and this is not a dialing library.
    // carrierCode && format.domesticCarrierCodeFormattingRule()
    // 	// First, replace the $CC in the formatting rule with the desired carrier code.
    // 	// Then, replace the $FG in the formatting rule with the first group
    // 	// and the carrier code combined in the appropriate way.
    // 	? format.format().replace(FIRST_GROUP_PATTERN, format.domesticCarrierCodeFormattingRule().replace('$CC', carrierCode))
    // 	: (
    // 		withNationalPrefix && format.nationalPrefixFormattingRule()
    // 			? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule())
    // 			: format.format()
    // 	)
    withNationalPrefix && format.nationalPrefixFormattingRule() ? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule()) : format.format()
  ));
  if (useInternationalFormat) {
    return applyInternationalSeparatorStyle(formattedNumber);
  }
  return formattedNumber;
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/getIddPrefix.js
var SINGLE_IDD_PREFIX_REG_EXP = /^[\d]+(?:[~\u2053\u223C\uFF5E][\d]+)?$/;
function getIddPrefix(country, callingCode, metadata) {
  const countryMetadata = new Metadata(metadata);
  countryMetadata.selectNumberingPlan(country || callingCode);
  if (countryMetadata.defaultIDDPrefix()) {
    return countryMetadata.defaultIDDPrefix();
  }
  if (SINGLE_IDD_PREFIX_REG_EXP.test(countryMetadata.IDDPrefix())) {
    return countryMetadata.IDDPrefix();
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/extension/createExtensionPattern.js
var RFC3966_EXTN_PREFIX = ";ext=";
var getExtensionDigitsPattern = (maxLength) => `([${VALID_DIGITS}]{1,${maxLength}})`;
function createExtensionPattern(purpose) {
  var extLimitAfterExplicitLabel = "20";
  var extLimitAfterLikelyLabel = "15";
  var extLimitAfterAmbiguousChar = "9";
  var extLimitWhenNotSure = "6";
  var possibleSeparatorsBetweenNumberAndExtLabel = "[ \xA0\\t,]*";
  var possibleCharsAfterExtLabel = "[:\\.\uFF0E]?[ \xA0\\t,-]*";
  var optionalExtnSuffix = "#?";
  var explicitExtLabels = "(?:e?xt(?:ensi(?:o\u0301?|\xF3))?n?|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)";
  var ambiguousExtLabels = "(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)";
  var ambiguousSeparator = "[- ]+";
  var possibleSeparatorsNumberExtLabelNoComma = "[ \xA0\\t]*";
  var autoDiallingAndExtLabelsFound = "(?:,{2}|;)";
  var rfcExtn = RFC3966_EXTN_PREFIX + getExtensionDigitsPattern(extLimitAfterExplicitLabel);
  var explicitExtn = possibleSeparatorsBetweenNumberAndExtLabel + explicitExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterExplicitLabel) + optionalExtnSuffix;
  var ambiguousExtn = possibleSeparatorsBetweenNumberAndExtLabel + ambiguousExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  var americanStyleExtnWithSuffix = ambiguousSeparator + getExtensionDigitsPattern(extLimitWhenNotSure) + "#";
  var autoDiallingExtn = possibleSeparatorsNumberExtLabelNoComma + autoDiallingAndExtLabelsFound + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterLikelyLabel) + optionalExtnSuffix;
  var onlyCommasExtn = possibleSeparatorsNumberExtLabelNoComma + "(?:,)+" + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  return rfcExtn + "|" + explicitExtn + "|" + ambiguousExtn + "|" + americanStyleExtnWithSuffix + "|" + autoDiallingExtn + "|" + onlyCommasExtn;
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/isViablePhoneNumber.js
var MIN_LENGTH_PHONE_NUMBER_PATTERN = "[" + VALID_DIGITS + "]{" + MIN_LENGTH_FOR_NSN + "}";
var VALID_PHONE_NUMBER = "[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){3,}[" + VALID_PUNCTUATION + VALID_DIGITS + "]*";
var VALID_PHONE_NUMBER_START_REG_EXP = new RegExp("^[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){1,2}$", "i");
var VALID_PHONE_NUMBER_WITH_EXTENSION = VALID_PHONE_NUMBER + // Phone number extensions
"(?:" + createExtensionPattern() + ")?";
var VALID_PHONE_NUMBER_PATTERN = new RegExp(
  // Either a short two-digit-only phone number
  "^" + MIN_LENGTH_PHONE_NUMBER_PATTERN + "$|^" + VALID_PHONE_NUMBER_WITH_EXTENSION + "$",
  "i"
);
function isViablePhoneNumber(number) {
  return number.length >= MIN_LENGTH_FOR_NSN && VALID_PHONE_NUMBER_PATTERN.test(number);
}
function isViablePhoneNumberStart(number) {
  return VALID_PHONE_NUMBER_START_REG_EXP.test(number);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/RFC3966.js
function formatRFC3966({
  number,
  ext
}) {
  if (!number) {
    return "";
  }
  if (number[0] !== "+") {
    throw new Error(`"formatRFC3966()" expects "number" to be in E.164 format.`);
  }
  return `tel:${number}${ext ? ";ext=" + ext : ""}`;
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/format.js
var DEFAULT_OPTIONS = {
  formatExtension: (formattedNumber, extension, metadata) => `${formattedNumber}${metadata.ext()}${extension}`
};
function formatNumber(input, format, options, metadataJson) {
  if (options) {
    options = merge({}, DEFAULT_OPTIONS, options);
  } else {
    options = DEFAULT_OPTIONS;
  }
  const metadata = new Metadata(metadataJson);
  if (input.country && input.country !== "001") {
    if (!metadata.hasCountry(input.country)) {
      throw new Error(`Unknown country: ${input.country}`);
    }
    metadata.selectNumberingPlan(input.country);
  } else if (input.countryCallingCode) {
    metadata.selectNumberingPlan(input.countryCallingCode);
  } else return input.phone || "";
  const countryCallingCode = metadata.countryCallingCode();
  const nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  let number;
  switch (format) {
    case "NATIONAL":
      if (!nationalNumber) {
        return "";
      }
      number = formatNationalNumber(nationalNumber, input.carrierCode, "NATIONAL", metadata, options);
      return addExtension(number, input.ext, metadata, options.formatExtension);
    case "INTERNATIONAL":
      if (!nationalNumber) {
        return `+${countryCallingCode}`;
      }
      number = formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata, options);
      number = `+${countryCallingCode} ${number}`;
      return addExtension(number, input.ext, metadata, options.formatExtension);
    case "E.164":
      return `+${countryCallingCode}${nationalNumber}`;
    case "RFC3966":
      return formatRFC3966({
        number: `+${countryCallingCode}${nationalNumber}`,
        ext: input.ext
      });
    // For reference, here's Google's IDD formatter:
    // https://github.com/google/libphonenumber/blob/32719cf74e68796788d1ca45abc85dcdc63ba5b9/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberUtil.java#L1546
    // Not saying that this IDD formatter replicates it 1:1, but it seems to work.
    // Who would even need to format phone numbers in IDD format anyway?
    case "IDD":
      if (!options.fromCountry) {
        return;
      }
      const formattedNumber = formatIDD(nationalNumber, input.carrierCode, countryCallingCode, options.fromCountry, metadata);
      if (!formattedNumber) {
        return;
      }
      return addExtension(formattedNumber, input.ext, metadata, options.formatExtension);
    default:
      throw new Error(`Unknown "format" argument passed to "formatNumber()": "${format}"`);
  }
}
function formatNationalNumber(number, carrierCode, formatAs, metadata, options) {
  const format = chooseFormatForNumber(metadata.formats(), number);
  if (!format) {
    return number;
  }
  return formatNationalNumberUsingFormat(number, format, {
    useInternationalFormat: formatAs === "INTERNATIONAL",
    withNationalPrefix: format.nationalPrefixIsOptionalWhenFormattingInNationalFormat() && options && options.nationalPrefix === false ? false : true,
    carrierCode,
    metadata
  });
}
function chooseFormatForNumber(availableFormats, nationalNumber) {
  return pickFirstMatchingElement(availableFormats, (format) => {
    if (format.leadingDigitsPatterns().length > 0) {
      const lastLeadingDigitsPattern = format.leadingDigitsPatterns()[format.leadingDigitsPatterns().length - 1];
      if (nationalNumber.search(lastLeadingDigitsPattern) !== 0) {
        return false;
      }
    }
    return matchesEntirely(nationalNumber, format.pattern());
  });
}
function addExtension(formattedNumber, ext, metadata, formatExtension) {
  return ext ? formatExtension(formattedNumber, ext, metadata) : formattedNumber;
}
function formatIDD(nationalNumber, carrierCode, countryCallingCode, fromCountry, metadata) {
  const fromCountryCallingCode = getCountryCallingCode(fromCountry, metadata.metadata);
  if (fromCountryCallingCode === countryCallingCode) {
    const formattedNumber = formatNationalNumber(nationalNumber, carrierCode, "NATIONAL", metadata);
    if (countryCallingCode === "1") {
      return countryCallingCode + " " + formattedNumber;
    }
    return formattedNumber;
  }
  const iddPrefix = getIddPrefix(fromCountry, void 0, metadata.metadata);
  if (iddPrefix) {
    return `${iddPrefix} ${countryCallingCode} ${formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata)}`;
  }
}
function merge(...objects) {
  let i = 1;
  while (i < objects.length) {
    if (objects[i]) {
      for (const key in objects[i]) {
        objects[0][key] = objects[i][key];
      }
    }
    i++;
  }
  return objects[0];
}
function pickFirstMatchingElement(elements, testFunction) {
  let i = 0;
  while (i < elements.length) {
    if (testFunction(elements[i])) {
      return elements[i];
    }
    i++;
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/PhoneNumber.js
function _extends() {
  return _extends = Object.assign ? Object.assign.bind() : function(n) {
    for (var e = 1; e < arguments.length; e++) {
      var t2 = arguments[e];
      for (var r in t2) ({}).hasOwnProperty.call(t2, r) && (n[r] = t2[r]);
    }
    return n;
  }, _extends.apply(null, arguments);
}
var PhoneNumber = class {
  /**
   * @param  {string} countryOrCountryCallingCode
   * @param  {string} nationalNumber
   * @param  {object} metadata — Metadata JSON
   * @return {PhoneNumber}
   */
  constructor(countryOrCountryCallingCode, nationalNumber, metadata) {
    if (!countryOrCountryCallingCode) {
      throw new TypeError("First argument is required");
    }
    if (typeof countryOrCountryCallingCode !== "string") {
      throw new TypeError("First argument must be a string");
    }
    if (countryOrCountryCallingCode[0] === "+" && !nationalNumber) {
      throw new TypeError("`metadata` argument not passed");
    }
    if (isObject(nationalNumber) && isObject(nationalNumber.countries)) {
      metadata = nationalNumber;
      const e164Number = countryOrCountryCallingCode;
      if (!E164_NUMBER_REGEXP.test(e164Number)) {
        throw new Error('Invalid `number` argument passed: must consist of a "+" followed by digits');
      }
      const {
        countryCallingCode: _countryCallingCode,
        number
      } = extractCountryCallingCode(e164Number, void 0, void 0, void 0, metadata);
      nationalNumber = number;
      countryOrCountryCallingCode = _countryCallingCode;
      if (!nationalNumber) {
        throw new Error("Invalid `number` argument passed: too short");
      }
    }
    if (!nationalNumber) {
      throw new TypeError("`nationalNumber` argument is required");
    }
    if (typeof nationalNumber !== "string") {
      throw new TypeError("`nationalNumber` argument must be a string");
    }
    validateMetadata(metadata);
    const {
      country,
      callingCode: countryCallingCode
    } = getCountryAndCallingCodeFromOneOfThem(countryOrCountryCallingCode, metadata);
    this.country = country;
    this.countryCallingCode = countryCallingCode;
    this.nationalNumber = nationalNumber;
    this.number = "+" + this.countryCallingCode + this.nationalNumber;
    this.getMetadata = () => metadata;
  }
  setExt(ext) {
    this.ext = ext;
  }
  getPossibleCountries() {
    if (this.country) {
      return [this.country];
    }
    return getPossibleCountriesForNumber(this.countryCallingCode, this.nationalNumber, this.getMetadata());
  }
  isPossible() {
    return isPossiblePhoneNumber(this, {
      v2: true
    }, this.getMetadata());
  }
  isValid() {
    return isValidNumber(this, {
      v2: true
    }, this.getMetadata());
  }
  isNonGeographic() {
    const metadata = new Metadata(this.getMetadata());
    return metadata.isNonGeographicCallingCode(this.countryCallingCode);
  }
  isEqual(phoneNumber) {
    return this.number === phoneNumber.number && this.ext === phoneNumber.ext;
  }
  // `validateLength()` method was originally meant to be an equivalent for `validatePhoneNumberLength()`.
  //
  // Later, it became apparent that it's not really a true equivalent.
  // The reason is that a `PhoneNumber` instance is not created
  // when the phone number string is too short for it to be considered a valid phone number:
  // * When there must be at least 2 national (significant) number digits: `"1"`.
  // * When the country calling code part of an international number is incomplete: `"+12"`.
  //
  // So leaving this `validateLength()` method here would suggest a hidden anti-pattern
  // of using it instead of `validatePhoneNumberLength()` while ignoring
  // the "too short to be even possible" case from phone number length validation.
  // And ignoring that case wouldn't make any sense in a real-world application
  // because it would still be a valid case that should be handled.
  //
  // Because of that, this method was eventually commented out in order to not introduce
  // that kind of an anti-pattern.
  //
  // validateLength() {
  // 	const result = checkNumberLength(
  // 		this.nationalNumber,
  // 		undefined,
  // 		this.getMetadata()
  // 	)
  // 	if (result !== 'IS_POSSIBLE') {
  // 		return result
  // 	}
  // }
  getType() {
    return getNumberType(this, {
      v2: true
    }, this.getMetadata());
  }
  format(format, options) {
    return formatNumber(this, format, options ? _extends({}, options, {
      v2: true
    }) : {
      v2: true
    }, this.getMetadata());
  }
  formatNational(options) {
    return this.format("NATIONAL", options);
  }
  formatInternational(options) {
    return this.format("INTERNATIONAL", options);
  }
  getURI(options) {
    return this.format("RFC3966", options);
  }
};
var E164_NUMBER_REGEXP = /^\+\d+$/;

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/ParseError.js
var ParseError = class _ParseError extends Error {
  constructor(code) {
    super(code);
    Object.setPrototypeOf(this, _ParseError.prototype);
    this.name = this.constructor.name;
  }
};

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/extension/extractExtension.js
var EXTN_PATTERN = new RegExp("(?:" + createExtensionPattern() + ")$", "i");
function extractExtension(number) {
  const start = number.search(EXTN_PATTERN);
  if (start < 0) {
    return {};
  }
  const numberWithoutExtension = number.slice(0, start);
  const matches = number.match(EXTN_PATTERN);
  let i = 1;
  while (i < matches.length) {
    if (matches[i]) {
      return {
        number: numberWithoutExtension,
        ext: matches[i]
      };
    }
    i++;
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/parseDigits.js
var DIGITS = {
  "0": "0",
  "1": "1",
  "2": "2",
  "3": "3",
  "4": "4",
  "5": "5",
  "6": "6",
  "7": "7",
  "8": "8",
  "9": "9",
  "\uFF10": "0",
  // Fullwidth digit 0
  "\uFF11": "1",
  // Fullwidth digit 1
  "\uFF12": "2",
  // Fullwidth digit 2
  "\uFF13": "3",
  // Fullwidth digit 3
  "\uFF14": "4",
  // Fullwidth digit 4
  "\uFF15": "5",
  // Fullwidth digit 5
  "\uFF16": "6",
  // Fullwidth digit 6
  "\uFF17": "7",
  // Fullwidth digit 7
  "\uFF18": "8",
  // Fullwidth digit 8
  "\uFF19": "9",
  // Fullwidth digit 9
  "\u0660": "0",
  // Arabic-indic digit 0
  "\u0661": "1",
  // Arabic-indic digit 1
  "\u0662": "2",
  // Arabic-indic digit 2
  "\u0663": "3",
  // Arabic-indic digit 3
  "\u0664": "4",
  // Arabic-indic digit 4
  "\u0665": "5",
  // Arabic-indic digit 5
  "\u0666": "6",
  // Arabic-indic digit 6
  "\u0667": "7",
  // Arabic-indic digit 7
  "\u0668": "8",
  // Arabic-indic digit 8
  "\u0669": "9",
  // Arabic-indic digit 9
  "\u06F0": "0",
  // Eastern-Arabic digit 0
  "\u06F1": "1",
  // Eastern-Arabic digit 1
  "\u06F2": "2",
  // Eastern-Arabic digit 2
  "\u06F3": "3",
  // Eastern-Arabic digit 3
  "\u06F4": "4",
  // Eastern-Arabic digit 4
  "\u06F5": "5",
  // Eastern-Arabic digit 5
  "\u06F6": "6",
  // Eastern-Arabic digit 6
  "\u06F7": "7",
  // Eastern-Arabic digit 7
  "\u06F8": "8",
  // Eastern-Arabic digit 8
  "\u06F9": "9"
  // Eastern-Arabic digit 9
};
function parseDigit(character) {
  return DIGITS[character];
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/parseIncompletePhoneNumber.js
function parseIncompletePhoneNumber(string) {
  let result2 = "";
  for (const character of string.split("")) {
    result2 += parsePhoneNumberCharacter(character, result2) || "";
  }
  return result2;
}
function parsePhoneNumberCharacter(character, prevParsedCharacters, eventListener) {
  if (character === "+") {
    if (prevParsedCharacters) {
      if (typeof eventListener === "function") {
        eventListener("end");
      }
      return;
    }
    return "+";
  }
  return parseDigit(character);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/extractPhoneContext.js
var PLUS_SIGN = "+";
var RFC3966_VISUAL_SEPARATOR_ = "[\\-\\.\\(\\)]?";
var RFC3966_PHONE_DIGIT_ = "([" + VALID_DIGITS + "]|" + RFC3966_VISUAL_SEPARATOR_ + ")";
var RFC3966_GLOBAL_NUMBER_DIGITS_ = "^\\" + PLUS_SIGN + RFC3966_PHONE_DIGIT_ + "*[" + VALID_DIGITS + "]" + RFC3966_PHONE_DIGIT_ + "*$";
var RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_ = new RegExp(RFC3966_GLOBAL_NUMBER_DIGITS_, "g");
var ALPHANUM_ = VALID_DIGITS;
var RFC3966_DOMAINLABEL_ = "[" + ALPHANUM_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var VALID_ALPHA_ = "a-zA-Z";
var RFC3966_TOPLABEL_ = "[" + VALID_ALPHA_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var RFC3966_DOMAINNAME_ = "^(" + RFC3966_DOMAINLABEL_ + "\\.)*" + RFC3966_TOPLABEL_ + "\\.?$";
var RFC3966_DOMAINNAME_PATTERN_ = new RegExp(RFC3966_DOMAINNAME_, "g");
var RFC3966_PREFIX_ = "tel:";
var RFC3966_PHONE_CONTEXT_ = ";phone-context=";
var RFC3966_ISDN_SUBADDRESS_ = ";isub=";
function extractPhoneContext(numberToExtractFrom) {
  const indexOfPhoneContext = numberToExtractFrom.indexOf(RFC3966_PHONE_CONTEXT_);
  if (indexOfPhoneContext < 0) {
    return null;
  }
  const phoneContextStart = indexOfPhoneContext + RFC3966_PHONE_CONTEXT_.length;
  if (phoneContextStart >= numberToExtractFrom.length) {
    return "";
  }
  const phoneContextEnd = numberToExtractFrom.indexOf(";", phoneContextStart);
  if (phoneContextEnd >= 0) {
    return numberToExtractFrom.substring(phoneContextStart, phoneContextEnd);
  } else {
    return numberToExtractFrom.substring(phoneContextStart);
  }
}
function isPhoneContextValid(phoneContext) {
  if (phoneContext === null) {
    return true;
  }
  if (phoneContext.length === 0) {
    return false;
  }
  return RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_.test(phoneContext) || RFC3966_DOMAINNAME_PATTERN_.test(phoneContext);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/helpers/extractFormattedPhoneNumberFromPossibleRfc3966NumberUri.js
function extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(numberToParse, {
  extractFormattedPhoneNumber: extractFormattedPhoneNumber2
}) {
  const phoneContext = extractPhoneContext(numberToParse);
  if (!isPhoneContextValid(phoneContext)) {
    throw new ParseError("NOT_A_NUMBER");
  }
  let phoneNumberString;
  if (phoneContext === null) {
    phoneNumberString = extractFormattedPhoneNumber2(numberToParse) || "";
  } else {
    phoneNumberString = "";
    if (phoneContext.charAt(0) === PLUS_SIGN) {
      phoneNumberString += phoneContext;
    }
    const indexOfRfc3966Prefix = numberToParse.indexOf(RFC3966_PREFIX_);
    let indexOfNationalNumber;
    if (indexOfRfc3966Prefix >= 0) {
      indexOfNationalNumber = indexOfRfc3966Prefix + RFC3966_PREFIX_.length;
    } else {
      indexOfNationalNumber = 0;
    }
    const indexOfPhoneContext = numberToParse.indexOf(RFC3966_PHONE_CONTEXT_);
    phoneNumberString += numberToParse.substring(indexOfNationalNumber, indexOfPhoneContext);
  }
  const indexOfIsdn = phoneNumberString.indexOf(RFC3966_ISDN_SUBADDRESS_);
  if (indexOfIsdn > 0) {
    phoneNumberString = phoneNumberString.substring(0, indexOfIsdn);
  }
  if (phoneNumberString !== "") {
    return phoneNumberString;
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/parse.js
var MAX_INPUT_STRING_LENGTH = 250;
var PHONE_NUMBER_START_PATTERN = new RegExp("[" + PLUS_CHARS + VALID_DIGITS + "]");
var AFTER_PHONE_NUMBER_END_PATTERN = new RegExp("[^" + VALID_DIGITS + "#]+$");
var USE_NON_GEOGRAPHIC_COUNTRY_CODE3 = false;
function parse(text, options, metadataJson) {
  options = options || {};
  const metadata = new Metadata(metadataJson);
  if (options.defaultCountry && !metadata.hasCountry(options.defaultCountry)) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    throw new Error(`Unknown country: ${options.defaultCountry}`);
  }
  const {
    number: formattedPhoneNumber,
    ext,
    error
  } = parseInput(text, options.v2, options.extract);
  if (!formattedPhoneNumber) {
    if (options.v2) {
      if (error === "TOO_SHORT") {
        throw new ParseError("TOO_SHORT");
      }
      throw new ParseError("NOT_A_NUMBER");
    }
    return {};
  }
  const {
    country,
    nationalNumber,
    countryCallingCode,
    countryCallingCodeSource,
    carrierCode
  } = parsePhoneNumber(
    formattedPhoneNumber,
    options.defaultCountry,
    options.defaultCallingCode,
    // If `country` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if `countryCallingCode` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if neither `country` nor `countryCallingCode` are returned, no numbering plan will be selected in `metadata`.
    metadata
  );
  if (!metadata.hasSelectedNumberingPlan()) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    return {};
  }
  if (!nationalNumber || nationalNumber.length < MIN_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_SHORT");
    }
    return {};
  }
  if (nationalNumber.length > MAX_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_LONG");
    }
    return {};
  }
  if (options.v2) {
    const phoneNumber = new PhoneNumber(countryCallingCode, nationalNumber, metadata.metadata);
    if (country) {
      phoneNumber.country = country;
    }
    if (carrierCode) {
      phoneNumber.carrierCode = carrierCode;
    }
    if (ext) {
      phoneNumber.ext = ext;
    }
    phoneNumber.__countryCallingCodeSource = countryCallingCodeSource;
    return phoneNumber;
  }
  const valid = (options.extended ? metadata.hasSelectedNumberingPlan() : country) ? matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) : false;
  if (!options.extended) {
    return valid ? result(country, nationalNumber, ext) : {};
  }
  return {
    country,
    countryCallingCode,
    carrierCode,
    valid,
    possible: valid ? true : options.extended === true && metadata.possibleLengths() && isPossibleNumber(nationalNumber, metadata) ? true : false,
    phone: nationalNumber,
    ext
  };
}
function extractFormattedPhoneNumber(text, extract, throwOnError) {
  if (!text) {
    return;
  }
  if (text.length > MAX_INPUT_STRING_LENGTH) {
    if (throwOnError) {
      throw new ParseError("TOO_LONG");
    }
    return;
  }
  if (extract === false) {
    return text;
  }
  const startsAt = text.search(PHONE_NUMBER_START_PATTERN);
  if (startsAt < 0) {
    return;
  }
  return text.slice(startsAt).replace(AFTER_PHONE_NUMBER_END_PATTERN, "");
}
function parseInput(text, v2, extract) {
  let number = extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(text, {
    extractFormattedPhoneNumber: (text2) => extractFormattedPhoneNumber(text2, extract, v2)
  });
  if (!number) {
    return {};
  }
  if (!isViablePhoneNumber(number)) {
    if (isViablePhoneNumberStart(number)) {
      return {
        error: "TOO_SHORT"
      };
    }
    return {};
  }
  const withExtensionStripped = extractExtension(number);
  if (withExtensionStripped.ext) {
    return withExtensionStripped;
  }
  return {
    number
  };
}
function result(country, nationalNumber, ext) {
  const result2 = {
    country,
    phone: nationalNumber
  };
  if (ext) {
    result2.ext = ext;
  }
  return result2;
}
function parsePhoneNumber(formattedPhoneNumber, defaultCountry, defaultCallingCode, metadata) {
  let {
    // `countryCallingCodeSource` tells how the returned calling code was extracted (if it was extracted).
    countryCallingCodeSource,
    // `countryCallingCode` is the calling code that was extracted from the input phone number string.
    countryCallingCode,
    // `number` is the originally passed `number` without the extracted calling code (and without a `+`).
    // If the calling code is present but incomplete or invalid, both `countryCallingCode` and `number`
    // will be returned as `undefined`.
    number
  } = extractCountryCallingCode(
    parseIncompletePhoneNumber(formattedPhoneNumber),
    void 0,
    // `defaultCountry` and `defaultCallingCode` are only used to detect
    // if it's an "international" phone number or not. They won't be used
    // to derive the resulting `countryCallingCode` from them, or anything like that.
    defaultCountry,
    defaultCallingCode,
    metadata.metadata
  );
  let country;
  if (countryCallingCode) {
    metadata.selectNumberingPlan(countryCallingCode);
  } else if (number && (defaultCountry || defaultCallingCode)) {
    if (defaultCountry) {
      country = defaultCountry;
      metadata.selectNumberingPlan(defaultCountry);
      countryCallingCode = metadata.numberingPlan.callingCode();
    } else {
      metadata.selectNumberingPlan(defaultCallingCode);
      countryCallingCode = defaultCallingCode;
      if (USE_NON_GEOGRAPHIC_COUNTRY_CODE3) {
        if (metadata.isNonGeographicCallingCode(countryCallingCode)) {
          country = "001";
        }
      }
    }
  } else return {};
  if (!number) {
    return {
      countryCallingCodeSource,
      countryCallingCode
    };
  }
  const {
    nationalNumber,
    carrierCode
  } = extractNationalNumber(parseIncompletePhoneNumber(number), void 0, metadata);
  const exactCountry = getCountryByCallingCode(countryCallingCode, {
    nationalNumber,
    metadata
  });
  if (exactCountry) {
    country = exactCountry;
    if (exactCountry === "001") {
    } else {
      metadata.selectNumberingPlan(country);
    }
  }
  return {
    country,
    countryCallingCode,
    countryCallingCodeSource,
    nationalNumber,
    carrierCode
  };
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/parsePhoneNumberWithError_.js
function _extends2() {
  return _extends2 = Object.assign ? Object.assign.bind() : function(n) {
    for (var e = 1; e < arguments.length; e++) {
      var t2 = arguments[e];
      for (var r in t2) ({}).hasOwnProperty.call(t2, r) && (n[r] = t2[r]);
    }
    return n;
  }, _extends2.apply(null, arguments);
}
function parsePhoneNumberWithError(text, options, metadata) {
  return parse(text, _extends2({}, options, {
    v2: true
  }), metadata);
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/normalizeArguments.js
function _extends3() {
  return _extends3 = Object.assign ? Object.assign.bind() : function(n) {
    for (var e = 1; e < arguments.length; e++) {
      var t2 = arguments[e];
      for (var r in t2) ({}).hasOwnProperty.call(t2, r) && (n[r] = t2[r]);
    }
    return n;
  }, _extends3.apply(null, arguments);
}
function normalizeArguments(args) {
  const [arg_1, arg_2, arg_3, arg_4] = Array.prototype.slice.call(args);
  let text;
  let options;
  let metadata;
  if (typeof arg_1 === "string") {
    text = arg_1;
  } else throw new TypeError("A text for parsing must be a string.");
  if (!arg_2 || typeof arg_2 === "string") {
    if (arg_4) {
      options = arg_3;
      metadata = arg_4;
    } else {
      options = void 0;
      metadata = arg_3;
    }
    if (arg_2) {
      options = _extends3({
        defaultCountry: arg_2
      }, options);
    }
  } else if (isObject(arg_2)) {
    if (arg_3) {
      options = arg_2;
      metadata = arg_3;
    } else {
      metadata = arg_2;
    }
  } else throw new Error(`Invalid second argument: ${arg_2}`);
  return {
    text,
    options,
    metadata
  };
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/parsePhoneNumber_.js
function _extends4() {
  return _extends4 = Object.assign ? Object.assign.bind() : function(n) {
    for (var e = 1; e < arguments.length; e++) {
      var t2 = arguments[e];
      for (var r in t2) ({}).hasOwnProperty.call(t2, r) && (n[r] = t2[r]);
    }
    return n;
  }, _extends4.apply(null, arguments);
}
function parsePhoneNumber2(text, options, metadata) {
  if (options && options.defaultCountry && !isSupportedCountry(options.defaultCountry, metadata)) {
    options = _extends4({}, options, {
      defaultCountry: void 0
    });
  }
  try {
    return parsePhoneNumberWithError(text, options, metadata);
  } catch (error) {
    if (error instanceof ParseError) {
    } else {
      throw error;
    }
  }
}

// ../../node_modules/.pnpm/libphonenumber-js@1.13.16/node_modules/libphonenumber-js/es6-modern/parsePhoneNumber.js
function parsePhoneNumber3() {
  const {
    text,
    options,
    metadata
  } = normalizeArguments(arguments);
  return parsePhoneNumber2(text, options, metadata);
}

// ../../packages/verification-core/dist/identifiers/phone-metadata.js
var phoneMetadata = { "version": 4, "country_calling_codes": { "30": ["GR"], "31": ["NL"], "32": ["BE"], "33": ["FR"], "34": ["ES"], "36": ["HU"], "39": ["IT", "VA"], "40": ["RO"], "41": ["CH"], "43": ["AT"], "44": ["GB", "GG", "IM", "JE"], "45": ["DK"], "46": ["SE"], "47": ["NO", "SJ"], "48": ["PL"], "49": ["DE"], "298": ["FO"], "299": ["GL"], "351": ["PT"], "352": ["LU"], "353": ["IE"], "354": ["IS"], "356": ["MT"], "357": ["CY"], "358": ["FI", "AX"], "359": ["BG"], "370": ["LT"], "371": ["LV"], "372": ["EE"], "385": ["HR"], "386": ["SI"], "420": ["CZ"], "421": ["SK"], "423": ["LI"] }, "countries": { "AT": ["43", "00", "1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13], [], "0", 0, 0, 0, 0, 0, [0, ["6(?:485|(?:5[0-3579]|6[013-9]|[7-9]\\d)\\d)\\d{3,9}", [7, 8, 9, 10, 11, 12, 13]]]], "AX": ["358", "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))", "2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8}", [5, 6, 7, 8, 9, 10, 11, 12], [], "0", 0, 0, 0, 0, "18", [0, ["(?:4[0-8]|50)\\d{4,8}", [6, 7, 8, 9, 10]]], "00"], "BE": ["32", "00", "4\\d{8}|[1-9]\\d{7}", [8, 9], [], "0", 0, 0, 0, 0, 0, [0, ["4[5-9]\\d{7}", [9]]]], "BG": ["359", "00", "00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}", [6, 7, 8, 9, 12], [], "0", 0, 0, 0, 0, 0, [0, ["(?:43[07-9]|99[69]\\d)\\d{5}|(?:8[7-9]|98)\\d{7}", [8, 9]]]], "CH": ["41", "00", "8\\d{11}|[2-9]\\d{8}", [9, 12], [], "0", 0, 0, 0, 0, 0, [0, ["(?:6[89]|7[235-9])\\d{7}", [9]]]], "CY": ["357", "00", "(?:[279]\\d|[58]0)\\d{6}", [8], [], 0, 0, 0, 0, 0, 0, [0, ["9(?:10|[4-79]\\d)\\d{5}"]]], "CZ": ["420", "00", "(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}", [9, 10, 11, 12], [], 0, 0, 0, 0, 0, 0, [0, ["7060\\d{5}|(?:60[1-8]|7(?:0[2-5]|19|[2379]\\d))\\d{6}", [9]]]], "DE": ["49", "00", "[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46][1-8])\\d{1,9}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [], "0", 0, 0, 0, 0, 0, [0, ["1(?:6[023]|7\\d)\\d{7,8}|15(?:[0-25-9]\\d\\d|3(?:10|33)|410)\\d{6}", [10, 11]]]], "DK": ["45", "00", "[2-9]\\d{7}", [8], [], 0, 0, 0, 0, 0, 0, [0, ["(?:2[6-8]|6[78]|96)\\d{6}|(?:2[0-59]|3[0-689]|[457]\\d|6[0-69]|8[126-9]|9[1-47-9])[1-9]\\d{5}"]]], "EE": ["372", "00", "8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}", [7, 8, 10], [], 0, 0, 0, 0, 0, 0, [0, ["(?:5\\d{5}|8(?:1(?:0(?:0(?:00|[178]\\d)|[3-9]\\d\\d)|(?:1(?:0[2-6]|1\\d)|[2-79]\\d\\d)\\d)|2(?:0(?:0(?:00|4\\d)|[1-7]\\d\\d)|(?:(?:[124-69]\\d|3[5-9])\\d|7(?:[0-79]\\d|8[013-9])|8(?:[2-6]\\d|7[01]))\\d)|[349]\\d{4}))\\d\\d|5(?:(?:[02]\\d|5[0-478])\\d|1(?:[0-8]\\d|95)|6(?:4[0-4]|5[1-589]))\\d{3}", [7, 8]]]], "ES": ["34", "00", "400\\d{6}|(?:51|[6-9]\\d)\\d{7}", [9], [], 0, 0, 0, 0, 0, 0, [0, ["9(?:6906(?:09|10)|7390\\d\\d)\\d\\d|(?:6\\d|7[1-48])\\d{7}"]]], "FI": ["358", "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))", "[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}", [5, 6, 7, 8, 9, 10, 11, 12], [], "0", 0, 0, 0, 0, "1[03-79]|[2-9]", [0, ["(?:4[0-8]|50)\\d{4,8}", [6, 7, 8, 9, 10]]], "00"], "FO": ["298", "00", "[2-9]\\d{5}", [6], [], 0, 0, "(10(?:01|[12]0|88))", 0, 0, 0, [0, ["(?:[27][1-9]|5\\d|9[16])\\d{4}"]]], "FR": ["33", "00", "[1-9]\\d{8}", [9], [], "0", 0, 0, 0, 0, 0, [0, ["(?:6(?:[0-24-8]\\d|3[0-8]|9[589])|7[3-9]\\d)\\d{6}"]]], "GB": ["44", "00", "[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}", [7, 9, 10], [], "0", 0, "0|180020", 0, 0, 0, [0, ["7(?:457[0-57-9]|700[01]|911[028])\\d{5}|7(?:[1-3]\\d\\d|4(?:[0-46-9]\\d|5[0-689])|5(?:0[0-8]|[13-9]\\d|2[0-35-9])|7(?:0[1-9]|[1-7]\\d|8[02-9]|9[0-689])|8(?:[014-9]\\d|[23][0-8])|9(?:[024-9]\\d|1[02-9]|3[0-689]))\\d{6}", [10]]], 0, " x"], "GG": ["44", "00", "(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?", [7, 9, 10], [], "0", 0, "([25-9]\\d{5})$|0|180020", "1481$1", 0, 0, [0, ["7(?:(?:781|839)\\d|911[17])\\d{5}", [10]]]], "GL": ["299", "00", "(?:19|[2-689]\\d|70)\\d{4}", [6], [], 0, 0, 0, 0, 0, 0, [0, ["[245]\\d{5}"]]], "GR": ["30", "00", "5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}", [10, 11, 12], [], 0, 0, 0, 0, 0, 0, [0, ["68[57-9]\\d{7}|(?:69|94)\\d{8}", [10]]]], "HR": ["385", "00", "[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}", [7, 8, 9], [], "0", 0, 0, 0, 0, 0, [0, ["9(?:(?:0[1-9]|[12589]\\d)\\d\\d|7(?:[0679]\\d\\d|5(?:[01]\\d|44|55|77|9[5-79])))\\d{4}|98\\d{6}", [8, 9]]]], "HU": ["36", "00", "[235-7]\\d{8}|[1-9]\\d{7}", [8, 9], [], "06", 0, 0, 0, 0, 0, [0, ["(?:[257]0|3[01])\\d{7}", [9]]]], "IE": ["353", "00", "(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}", [7, 8, 9, 10], [], "0", 0, 0, 0, 0, 0, [0, ["8(?:22|[35-9]\\d)\\d{6}", [9]]]], "IM": ["44", "00", "1624\\d{6}|(?:[3578]\\d|90)\\d{8}", [10], [], "0", 0, "([25-8]\\d{5})$|0|180020", "1624$1", 0, "74576|(?:16|7[56])24", [0, ["76245[06]\\d{4}|7(?:4576|[59]24\\d|624[0-4689])\\d{5}"]]], "IS": ["354", "00|1(?:0(?:01|[12]0)|100)", "(?:38\\d|[4-9])\\d{6}", [7, 9], [], 0, 0, 0, 0, 0, 0, [0, ["(?:38[589]\\d\\d|6(?:1[1-8]|2[0-6]|3[026-9]|4[014679]|5[0159]|6[0-69]|70|8[06-8]|9\\d)|7(?:5[057]|[6-9]\\d)|8(?:2[0-59]|[3-69]\\d|8[238]))\\d{4}"]], "00"], "IT": ["39", "00", "0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4})?", [6, 7, 8, 9, 10, 11, 12], [], 0, 0, 0, 0, 0, 0, [0, ["3[2-9]\\d{7,8}|(?:31|43)\\d{8}", [9, 10]]]], "JE": ["44", "00", "1534\\d{6}|(?:[3578]\\d|90)\\d{8}", [10], [], "0", 0, "([0-24-8]\\d{5})$|0|180020", "1534$1", 0, 0, [0, ["7(?:(?:(?:50|82)9|937)\\d|7(?:00[378]|97\\d))\\d{5}"]]], "LI": ["423", "00", "[68]\\d{8}|(?:[2378]\\d|90)\\d{5}", [7, 9], [], "0", 0, "(1001)|0", 0, 0, 0, [0, ["(?:6(?:(?:4[5-9]|5\\d)\\d|6(?:[024-68]\\d|1[01]|3[7-9]|7[02]))\\d|7(?:[37-9]\\d|42|56))\\d{4}"]]], "LT": ["370", "00", "(?:[3469]\\d|52|[78]0)\\d{6}", [8], [], "0", 0, "[08]", 0, 0, 0, [0, ["6\\d{7}"]]], "LU": ["352", "00", "35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}", [4, 5, 6, 7, 8, 9, 10, 11], [], 0, 0, "(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)", 0, 0, 0, [0, ["6(?:[26][18]|5[1568]|7[189]|81|9[128])\\d{6}", [9]]]], "LV": ["371", "00", "(?:[268]\\d|78|90)\\d{6}", [8], [], 0, 0, 0, 0, 0, 0, [0, ["2333[0-8]\\d{3}|2(?:[0-24-9]\\d\\d|3(?:0[07]|[14-9]\\d|2[02-9]|3[0-24-9]))\\d{4}"]]], "MT": ["356", "00", "3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}", [8], [], 0, 0, 0, 0, 0, 0, [0, ["(?:7(?:210|[79]\\d\\d)|9(?:[29]\\d\\d|69[67]|8(?:1[1-3]|89|97)))\\d{4}"]]], "NL": ["31", "00", "(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}", [5, 6, 7, 8, 9, 10, 11], [], "0", 0, 0, 0, 0, 0, [0, ["(?:6[1-58]|970\\d)\\d{7}", [9, 11]]]], "NO": ["47", "00", "(?:0|[2-9]\\d{3})\\d{4}", [5, 8], [], 0, 0, 0, 0, 0, "[02-689]|7[0-8]", [0, ["45(?:[0-24-9]\\d|3[0-57-9])\\d{4}|(?:4[016-8]|9\\d)\\d{6}", [8]]]], "PL": ["48", "00", "(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}", [6, 7, 8, 9, 10], [], 0, 0, 0, 0, 0, 0, [0, ["21(?:1[013-5]|2\\d|3[1-9])\\d{5}|(?:45|5[0137]|6[069]|7[2389]|88)\\d{7}", [9]]]], "PT": ["351", "00", "1693\\d{5}|(?:[26-9]\\d|30)\\d{7}", [9], [], 0, 0, 0, 0, 0, 0, [0, ["6(?:[06]92(?:30|9\\d)|[35]92(?:[049]\\d|3[034]))\\d{3}|(?:(?:16|6[0356])93|9(?:[1-36]\\d\\d|480))\\d{5}"]]], "RO": ["40", "00", "(?:[2378]\\d|90)\\d{7}|[23]\\d{5}", [6, 9], [], "0", 0, 0, 0, 0, 0, [0, ["7020\\d{5}|7(?:0[013-9]|1[0-3]|[2-7]\\d|8[03-8]|9[0-39])\\d{6}", [9]]], 0, " int "], "SE": ["46", "00", "(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}", [6, 7, 8, 9, 10, 12], [], "0", 0, 0, 0, 0, 0, [0, ["7[023689]\\d{7}", [9]]]], "SI": ["386", "00|10(?:22|66|88|99)", "[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}", [5, 6, 7, 8], [], "0", 0, 0, 0, 0, 0, [0, ["65(?:[178]\\d|5[56]|6[01])\\d{4}|(?:[37][01]|4[013]|51|6[489])\\d{6}", [8]]], "00"], "SJ": ["47", "00", "0\\d{4}|(?:[489]\\d|79)\\d{6}", [5, 8], [], 0, 0, 0, 0, 0, "79", [0, ["45(?:[0-24-9]\\d|3[0-57-9])\\d{4}|(?:4[016-8]|9\\d)\\d{6}", [8]]]], "SK": ["421", "00", "[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}", [6, 7, 9], [], "0", 0, 0, 0, 0, 0, [0, ["909[1-9]\\d{5}|9(?:0[1-8]|1[0-24-9]|4[03-57-9]|5\\d)\\d{6}", [9]]]], "VA": ["39", "00", "0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}", [6, 7, 8, 9, 10, 11, 12], [], 0, 0, 0, 0, 0, "06698", [0, ["3[1-9]\\d{8}|3[2-9]\\d{7}", [9, 10]]]] } };

// ../../packages/verification-core/dist/identifiers/phone.js
var NORDIC = ["DK", "SE", "NO"];
function parsePhone(input, options = {}) {
  const number = readPhone(input, options.defaultCountry);
  if (!number) {
    fail("identifier.invalid_phone", options.defaultCountry ? "Not a phone number" : "Not a phone number; numbers need a country code (+45, +46, +47)");
  }
  if (!number.isPossible())
    fail("identifier.invalid_phone", "The phone number has the wrong number of digits");
  if (!number.isValid())
    fail("identifier.invalid_phone", "Not a mobile phone number");
  const parsed = { kind: "phone", value: number.number, masked: maskPhone(number.number) };
  if (number.country && NORDIC.includes(number.country))
    parsed.country = number.country;
  return parsed;
}
function normalisePhone(input, defaultCountry) {
  try {
    return readPhone(input, defaultCountry)?.number;
  } catch {
    return void 0;
  }
}
function readPhone(input, defaultCountry) {
  const value = compact(input);
  if (!/^[0-9()+./-]+$/.test(value) || value.split("+").length > 2) {
    fail("identifier.invalid_characters", 'A phone number contains only digits, "+", spaces and dashes');
  }
  const international = value.replace(/^\((\+|00)(\d+)\)/, "+$2").replace(/^00/, "+");
  return parsePhoneNumber3(international, { defaultCountry, extract: false }, phoneMetadata);
}
function maskPhone(e164) {
  let number;
  try {
    number = parsePhoneNumber3(e164, { extract: false }, phoneMetadata);
  } catch {
    number = void 0;
  }
  const national = number ? number.nationalNumber : e164.replace(/\D/g, "");
  const hidden = national.slice(0, -2).replace(/\d/g, "\u2022");
  const groups = [national.slice(-2)];
  for (let end = hidden.length; end > 0; end -= 2)
    groups.unshift(hidden.slice(Math.max(0, end - 2), end));
  return number ? `+${number.countryCallingCode} ${groups.join(" ")}` : groups.join(" ");
}

// ../../packages/verification-core/dist/identifiers/se-personnummer.js
function parsePersonnummer(input, options = {}) {
  const { digits, plusAt } = nationalDigits(input, true);
  if (digits.length !== 10 && digits.length !== 12) {
    fail("identifier.invalid_length", `A personnummer has 10 or 12 digits, not ${digits.length}`);
  }
  if (plusAt >= 0 && (digits.length !== 10 || plusAt !== 6)) {
    fail("identifier.invalid_characters", '"+" is only used in the 10-digit form, before the last four digits');
  }
  const now = options.now ?? /* @__PURE__ */ new Date();
  const ten = digits.slice(-10);
  const yy = twoDigits(ten, 0);
  const month = twoDigits(ten, 2);
  const dayField = twoDigits(ten, 4);
  const samordning = dayField > 60;
  const day = samordning ? dayField - 60 : dayField;
  let year;
  if (digits.length === 12) {
    year = Number(digits.slice(0, 4));
    if (year < 1800)
      fail("identifier.invalid_date", "The number does not contain a valid date");
  } else {
    year = inferYear(yy, month, day, plusAt === 6, now);
  }
  const birthDate = birthDateOrFail(year, month, day, now);
  if (!luhnValid(ten))
    fail("identifier.invalid_checksum", "The check digit of the personnummer is wrong");
  const value = `${year}${ten.slice(2)}`;
  const parsed = {
    kind: "se-personnummer",
    value,
    masked: maskPersonnummer(value),
    country: "SE",
    birthDate
  };
  if (samordning)
    parsed.variant = "samordningsnummer";
  return parsed;
}
function inferYear(yy, month, day, hundredPlus, now) {
  const thisYear = now.getUTCFullYear();
  let year = thisYear - ((thisYear - yy) % 100 + 100) % 100;
  if (hundredPlus)
    return year - 100;
  const pad = (n) => String(n).padStart(2, "0");
  if (`${year}-${pad(month)}-${pad(day)}` > latestToday(now))
    year -= 100;
  return year;
}
function luhnValid(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1)
      d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
function maskPersonnummer(value) {
  return `${value.slice(0, 8)}-\u2022\u2022\u2022\u2022`;
}

// ../../packages/verification-core/dist/identifiers/index.js
var PARSERS = {
  phone: parsePhone,
  "dk-cpr": parseCpr,
  "se-personnummer": parsePersonnummer,
  "no-fodselsnummer": parseFodselsnummer
};
var KINDS = ["phone", "dk-cpr", "se-personnummer", "no-fodselsnummer"];
var NATIONAL_ID_KIND = {
  DK: "dk-cpr",
  SE: "se-personnummer",
  NO: "no-fodselsnummer"
};
var HOME = Object.fromEntries(Object.entries(NATIONAL_ID_KIND).map(([country, kind]) => [kind, country]));
function parseIdentifier(kind, input, options = {}) {
  const parse2 = PARSERS[kind];
  if (!parse2)
    fail("identifier.kind_not_accepted", `Unknown identifier kind "${String(kind)}"`);
  return parse2(input, options);
}
function tryParseIdentifier(kind, input, options = {}) {
  try {
    return parseIdentifier(kind, input, options);
  } catch {
    return void 0;
  }
}
function detectIdentifier(input, accepted, options = {}) {
  if (accepted.length === 0)
    fail("identifier.kind_not_accepted", "No identifier kind is accepted");
  const value = compact(input);
  const ranked = KINDS.map((kind) => ({
    kind,
    rank: plausibility(kind, value, options.defaultCountry)
  })).sort((a, b) => a.rank - b.rank);
  let best;
  for (const { kind, rank } of ranked) {
    if (!accepted.includes(kind))
      continue;
    try {
      return parseIdentifier(kind, value, options);
    } catch (error) {
      if (!isVerificationError(error))
        throw error;
      if (!best || isShapeError(best.error) && !isShapeError(error) && rank <= best.rank + 1)
        best = { rank, error };
    }
  }
  const bestRank = best && !isShapeError(best.error) ? best.rank : Infinity;
  for (const { kind, rank } of ranked) {
    if (accepted.includes(kind) || rank > Math.min(bestRank, 2))
      continue;
    if (!tryParseIdentifier(kind, value, options))
      continue;
    fail("identifier.kind_not_accepted", `This looks like a ${kind} identifier, which is not accepted here`);
  }
  throw best?.error;
}
function plausibility(kind, value, country) {
  const digits = value.replace(/\D/g, "").length;
  const international = /^\(?(\+|00)/.test(value);
  const home = HOME[kind];
  const abroad = home && country && home !== country ? 0.5 : 0;
  switch (kind) {
    case "phone":
      return international ? 0 : digits === 8 || country === "SE" && /^07\d{8}$/.test(value.replace(/-/g, "")) ? 1 : 3;
    case "se-personnummer":
      if (/^\d{6}\+\d{4}$/.test(value))
        return 0;
      return !international && (digits === 10 || digits === 12) ? 1 + abroad : 4;
    default:
      return !international && digits === (kind === "dk-cpr" ? 10 : 11) ? 1 + abroad : 4;
  }
}
function isShapeError(error) {
  return error.code === "identifier.invalid_length" || error.code === "identifier.invalid_characters";
}
function maskNationalId(kind, value) {
  const expected = { phone: 0, "dk-cpr": 10, "se-personnummer": 12, "no-fodselsnummer": 11 }[kind];
  if (kind === "phone")
    return maskPhone(value);
  if (!/^\d+$/.test(value) || value.length !== expected)
    return "\u2022".repeat(value.length);
  if (kind === "dk-cpr")
    return maskCpr(value);
  if (kind === "se-personnummer")
    return maskPersonnummer(value);
  return maskFodselsnummer(value);
}

// ../../packages/verification-core/dist/profiles/brokers.js
var iduraCommon = {
  level: ["acr"]
};
var MITID_SUBSTANTIAL = "urn:grn:authn:dk:mitid:substantial";
var NO_BANKID_SUBSTANTIAL = "urn:grn:authn:no:bankid:substantial";
var idura = {
  id: "idura",
  name: "Idura Verify",
  paths: {
    backchannelAuthentication: "/ciba/bc-authorize",
    token: "/oauth2/token",
    jwks: "/.well-known/jwks"
  },
  algorithms: ["RS256", "PS256", "ES256"],
  eids: {
    "bankid-se": {
      identifierKinds: ["se-personnummer"],
      scope: "openid",
      acrValues: "urn:grn:authn:se:bankid",
      hint: { param: "login_hint", templates: { "se-personnummer": "sub:ssn:{value}" } },
      sendsBindingMessage: true,
      bindingMessageMaxLength: 100,
      authorizationDetails: [{ type: "phoneAuth", callInitiator: "{callInitiator}" }],
      claims: {
        fullName: ["name"],
        givenName: ["given_name", "givenname"],
        familyName: ["family_name", "surname"],
        nationalId: ["ssn"],
        ...iduraCommon
      },
      defaultLevel: "high"
    },
    "bankid-no": {
      identifierKinds: ["no-fodselsnummer"],
      scope: "openid",
      acrValues: NO_BANKID_SUBSTANTIAL,
      hint: { param: "login_hint", templates: { "no-fodselsnummer": "sub:ssn:{value}" } },
      // The BankID app shows three word pairs; the agent reads the right one aloud.
      sendsBindingMessage: false,
      authorizationDetails: [{ type: "customerServiceCall.v1" }],
      providerBindingMessageField: "bindingMessage",
      claims: {
        fullName: ["name"],
        givenName: ["given_name"],
        familyName: ["family_name"],
        birthDate: ["birthdate"],
        nationalId: ["socialno"],
        ...iduraCommon
      },
      defaultLevel: "substantial",
      levels: {
        "urn:grn:authn:no:bankid": "high",
        "urn:grn:authn:no:bankid:high": "high",
        [NO_BANKID_SUBSTANTIAL]: "substantial"
      }
    },
    mitid: {
      identifierKinds: ["dk-cpr"],
      scope: "openid",
      acrValues: MITID_SUBSTANTIAL,
      hint: { param: "login_hint", templates: { "dk-cpr": "sub:ssn:{value}" } },
      sendsBindingMessage: true,
      bindingMessageMaxLength: 100,
      requiredAcr: MITID_SUBSTANTIAL,
      claims: {
        fullName: ["name"],
        birthDate: ["birthdate"],
        nationalId: ["cprNumberIdentifier"],
        transactionId: ["transaction_id"],
        ...iduraCommon
      },
      defaultLevel: "substantial",
      levels: {
        "urn:grn:authn:dk:mitid:low": "low",
        [MITID_SUBSTANTIAL]: "substantial",
        "urn:grn:authn:dk:mitid:high": "high"
      }
    },
    freja: {
      identifierKinds: ["se-personnummer", "phone"],
      scope: "openid",
      acrValues: "urn:grn:authn:se:frejaid",
      hint: {
        param: "login_hint",
        templates: { "se-personnummer": "sub:ssn:{value}", phone: "tel:{value}" }
      },
      sendsBindingMessage: true,
      bindingMessageMaxLength: 100,
      claims: {
        fullName: ["name"],
        givenName: ["given_name"],
        familyName: ["family_name"],
        birthDate: ["birthdate"],
        nationalId: ["ssn"],
        phone: ["phone_number"],
        ...iduraCommon
      },
      defaultLevel: "substantial"
    }
  }
};
var signaturgruppenMitid = {
  identifierKinds: ["dk-cpr"],
  scope: "openid mitid",
  hint: {
    param: "login_hint_token",
    template: { idp: "mitid", referenceTextBody: "{bindingMessage}", ip: "0.0.0.0", action: "LOG_ON" },
    identifierKey: { "dk-cpr": "cpr" }
  },
  // The reference text travels inside login_hint_token, not as binding_message.
  sendsBindingMessage: false,
  bindingMessageMaxLength: 130,
  claims: {
    fullName: ["mitid.identity_name"],
    birthDate: ["mitid.date_of_birth"],
    nationalId: ["dk.cpr"],
    transactionId: ["mitid.transaction_id"],
    level: ["loa", "acr"]
  },
  defaultLevel: "substantial",
  levels: {
    "https://data.gov.dk/concept/core/nsis/loa/Low": "low",
    "https://data.gov.dk/concept/core/nsis/loa/Substantial": "substantial",
    "https://data.gov.dk/concept/core/nsis/loa/High": "high"
  }
};
var signaturgruppen = {
  id: "signaturgruppen",
  name: "Signaturgruppen (MitID Flex app)",
  paths: {
    backchannelAuthentication: "/op/connect/ciba",
    token: "/op/connect/token",
    jwks: "/op/.well-known/openid-configuration/jwks"
  },
  algorithms: ["RS256", "PS256", "ES256"],
  eids: { mitid: signaturgruppenMitid }
};
var standardClaims = {
  fullName: ["name"],
  givenName: ["given_name"],
  familyName: ["family_name"],
  birthDate: ["birthdate"],
  nationalId: ["national_id"],
  phone: ["phone_number"],
  level: ["acr"]
};
function genericRules(nationalIdKind) {
  return {
    identifierKinds: [nationalIdKind, "phone"],
    scope: "openid",
    hint: { param: "login_hint", templates: { [nationalIdKind]: "{value}", phone: "{value}" } },
    sendsBindingMessage: true,
    bindingMessageMaxLength: 20,
    claims: standardClaims,
    defaultLevel: "substantial"
  };
}
var generic = {
  id: "generic",
  name: "Generic OpenID CIBA",
  paths: {
    backchannelAuthentication: "/ciba/bc-authorize",
    token: "/oauth2/token",
    jwks: "/.well-known/jwks"
  },
  algorithms: ["RS256", "PS256", "ES256", "EdDSA"],
  eids: {
    mitid: genericRules("dk-cpr"),
    "bankid-se": genericRules("se-personnummer"),
    // A provider that makes its own code (NO BankID word pair) returns it as `bindingMessage`; it wins over ours.
    "bankid-no": { ...genericRules("no-fodselsnummer"), providerBindingMessageField: "bindingMessage" },
    freja: genericRules("se-personnummer")
  }
};
var brokers = {
  idura,
  signaturgruppen,
  generic
};

// ../../packages/verification-core/dist/prune.js
function prune(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// ../../packages/verification-core/dist/profiles/eids.js
var eids = {
  mitid: { id: "mitid", country: "DK", name: "MitID", bindingMessageFromProvider: false },
  "bankid-se": { id: "bankid-se", country: "SE", name: "BankID", bindingMessageFromProvider: false },
  "bankid-no": { id: "bankid-no", country: "NO", name: "BankID", bindingMessageFromProvider: true },
  freja: { id: "freja", country: "SE", name: "Freja eID", bindingMessageFromProvider: false }
};
function isEidId(value) {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(eids, value);
}
function eidLabel(eid) {
  const profile = eids[eid];
  return profile.name === "BankID" ? `${profile.name} (${profile.country})` : profile.name;
}

// ../../packages/verification-core/dist/profiles/claims.js
function identityFromClaims(claims, rules, eid, issuer) {
  const first = (paths) => {
    for (const path of paths ?? []) {
      const value = claimAt(claims, path);
      if (typeof value === "string" && value.trim())
        return value.trim();
      if (typeof value === "number")
        return String(value);
    }
    return void 0;
  };
  const { country } = eids[eid];
  const givenName = first(rules.claims.givenName);
  const familyName = first(rules.claims.familyName);
  const fullName = first(rules.claims.fullName) ?? [givenName, familyName].filter(Boolean).join(" ");
  if (!fullName)
    throw new VerificationError("token.missing_claim", "The ID token names no person", { claim: "name" });
  const acr = typeof claims.acr === "string" ? claims.acr : void 0;
  if (rules.requiredAcr) {
    if (!acr)
      throw new VerificationError("token.missing_claim", "The ID token has no acr", { claim: "acr" });
    if (acr !== rules.requiredAcr) {
      throw new VerificationError("token.acr_mismatch", `The ID token's acr is ${acr}, not ${rules.requiredAcr}`, { claim: "acr" });
    }
  }
  const levelClaim = first(rules.claims.level);
  const levelOfAssurance = levelClaim && rules.levels?.[levelClaim] || rules.defaultLevel;
  const national = nationalId(first(rules.claims.nationalId), NATIONAL_ID_KIND[country]);
  const authTime = typeof claims.auth_time === "number" ? claims.auth_time : claims.iat;
  return prune({
    eid,
    country,
    fullName,
    givenName,
    familyName,
    birthDate: isoDate2(first(rules.claims.birthDate)) ?? national?.birthDate,
    nationalId: national?.value,
    nationalIdMasked: national?.masked,
    phone: first(rules.claims.phone),
    levelOfAssurance,
    acr,
    subject: String(claims.sub),
    issuer,
    transactionId: first(rules.claims.transactionId),
    authenticatedAt: authTime
  });
}
function claimAt(claims, path) {
  if (path in claims)
    return claims[path];
  let value = claims;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object")
      return void 0;
    value = value[part];
  }
  return value;
}
function nationalId(raw, kind) {
  if (!raw)
    return void 0;
  return tryParseIdentifier(kind, raw) ?? {
    value: raw,
    masked: `${raw.slice(0, 6)}${"\u2022".repeat(Math.max(0, raw.length - 6))}`,
    birthDate: void 0
  };
}
function isoDate2(value) {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : void 0;
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/util/errors.js
var errors_exports = {};
__export(errors_exports, {
  JOSEAlgNotAllowed: () => JOSEAlgNotAllowed,
  JOSEError: () => JOSEError,
  JOSENotSupported: () => JOSENotSupported,
  JWEDecryptionFailed: () => JWEDecryptionFailed,
  JWEInvalid: () => JWEInvalid,
  JWKInvalid: () => JWKInvalid,
  JWKSInvalid: () => JWKSInvalid,
  JWKSMultipleMatchingKeys: () => JWKSMultipleMatchingKeys,
  JWKSNoMatchingKey: () => JWKSNoMatchingKey,
  JWKSTimeout: () => JWKSTimeout,
  JWSInvalid: () => JWSInvalid,
  JWSSignatureVerificationFailed: () => JWSSignatureVerificationFailed,
  JWTClaimValidationFailed: () => JWTClaimValidationFailed,
  JWTExpired: () => JWTExpired,
  JWTInvalid: () => JWTInvalid
});
var JOSEError = class extends Error {
  constructor(message2, options) {
    super(message2, options);
    __publicField(this, "code", "ERR_JOSE_GENERIC");
    this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
};
__publicField(JOSEError, "code", "ERR_JOSE_GENERIC");
var JWTClaimValidationFailed = class extends JOSEError {
  constructor(message2, payload, claim = "unspecified", reason = "unspecified") {
    super(message2, { cause: { claim, reason, payload } });
    __publicField(this, "code", "ERR_JWT_CLAIM_VALIDATION_FAILED");
    __publicField(this, "claim");
    __publicField(this, "reason");
    __publicField(this, "payload");
    this.claim = claim, this.reason = reason, this.payload = payload;
  }
};
__publicField(JWTClaimValidationFailed, "code", "ERR_JWT_CLAIM_VALIDATION_FAILED");
var JWTExpired = class extends JOSEError {
  constructor(message2, payload, claim = "unspecified", reason = "unspecified") {
    super(message2, { cause: { claim, reason, payload } });
    __publicField(this, "code", "ERR_JWT_EXPIRED");
    __publicField(this, "claim");
    __publicField(this, "reason");
    __publicField(this, "payload");
    this.claim = claim, this.reason = reason, this.payload = payload;
  }
};
__publicField(JWTExpired, "code", "ERR_JWT_EXPIRED");
var JOSEAlgNotAllowed = class extends JOSEError {
  constructor() {
    super(...arguments);
    __publicField(this, "code", "ERR_JOSE_ALG_NOT_ALLOWED");
  }
};
__publicField(JOSEAlgNotAllowed, "code", "ERR_JOSE_ALG_NOT_ALLOWED");
var JOSENotSupported = class extends JOSEError {
  constructor() {
    super(...arguments);
    __publicField(this, "code", "ERR_JOSE_NOT_SUPPORTED");
  }
};
__publicField(JOSENotSupported, "code", "ERR_JOSE_NOT_SUPPORTED");
var JWEDecryptionFailed = class extends JOSEError {
  constructor(message2 = "decryption operation failed", options) {
    super(message2, options);
    __publicField(this, "code", "ERR_JWE_DECRYPTION_FAILED");
  }
};
__publicField(JWEDecryptionFailed, "code", "ERR_JWE_DECRYPTION_FAILED");
var JWEInvalid = class extends JOSEError {
  constructor() {
    super(...arguments);
    __publicField(this, "code", "ERR_JWE_INVALID");
  }
};
__publicField(JWEInvalid, "code", "ERR_JWE_INVALID");
var JWSInvalid = class extends JOSEError {
  constructor() {
    super(...arguments);
    __publicField(this, "code", "ERR_JWS_INVALID");
  }
};
__publicField(JWSInvalid, "code", "ERR_JWS_INVALID");
var JWTInvalid = class extends JOSEError {
  constructor() {
    super(...arguments);
    __publicField(this, "code", "ERR_JWT_INVALID");
  }
};
__publicField(JWTInvalid, "code", "ERR_JWT_INVALID");
var JWKInvalid = class extends JOSEError {
  constructor() {
    super(...arguments);
    __publicField(this, "code", "ERR_JWK_INVALID");
  }
};
__publicField(JWKInvalid, "code", "ERR_JWK_INVALID");
var JWKSInvalid = class extends JOSEError {
  constructor() {
    super(...arguments);
    __publicField(this, "code", "ERR_JWKS_INVALID");
  }
};
__publicField(JWKSInvalid, "code", "ERR_JWKS_INVALID");
var JWKSNoMatchingKey = class extends JOSEError {
  constructor(message2 = "no applicable key found in the JSON Web Key Set", options) {
    super(message2, options);
    __publicField(this, "code", "ERR_JWKS_NO_MATCHING_KEY");
  }
};
__publicField(JWKSNoMatchingKey, "code", "ERR_JWKS_NO_MATCHING_KEY");
var _a, _b;
var JWKSMultipleMatchingKeys = class extends (_b = JOSEError, _a = Symbol.asyncIterator, _b) {
  constructor(message2 = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message2, options);
    __publicField(this, _a, async function* () {
    });
    __publicField(this, "code", "ERR_JWKS_MULTIPLE_MATCHING_KEYS");
  }
};
__publicField(JWKSMultipleMatchingKeys, "code", "ERR_JWKS_MULTIPLE_MATCHING_KEYS");
var JWKSTimeout = class extends JOSEError {
  constructor(message2 = "request timed out", options) {
    super(message2, options);
    __publicField(this, "code", "ERR_JWKS_TIMEOUT");
  }
};
__publicField(JWKSTimeout, "code", "ERR_JWKS_TIMEOUT");
var JWSSignatureVerificationFailed = class extends JOSEError {
  constructor(message2 = "signature verification failed", options) {
    super(message2, options);
    __publicField(this, "code", "ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
  }
};
__publicField(JWSSignatureVerificationFailed, "code", "ERR_JWS_SIGNATURE_VERIFICATION_FAILED");

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/validate.js
function isObject2(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return isObject2(input) && Array.isArray(input.keys) && Array.from(input.keys).every(isObject2);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return false;
        parameters.add(parameter);
      }
  return true;
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message2) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message2, { cause });
  }
  if (!isObject2(parsed))
    throw new ErrorClass(message2);
  return parsed;
}
var JWS_RECOGNIZED = { __proto__: null, b64: true };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return true;
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag];
var jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (isObject2(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return decode(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache || (cache = /* @__PURE__ */ new WeakMap());
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ?? (normalized = keyObject.export({ format: "jwk" })), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
var cache;
var nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
var isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return true;
  try {
    return key instanceof CryptoKey;
  } catch {
    return false;
  }
};
var isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject";
var isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = false) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/jws_algorithms.js
var sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: true, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
var JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/jws_verify.js
function prepareVerify(options) {
  return [options && validateAlgorithms("algorithms", options.algorithms), options?.crit];
}
function parseProtectedHeader(encodedProtectedHeader) {
  return encodedProtectedHeader === void 0 ? {} : parseJoseHeader(encodedProtectedHeader, JWSInvalid, "JWS Protected Header is invalid");
}
function encodeCompactUnencodedPayload(payload) {
  try {
    return encode(payload);
  } catch (cause) {
    throw new JWSInvalid("JWS Compact Serialization payload must use only ASCII characters", {
      cause
    });
  }
}
async function verifySignature(jws, shared, key, encodeUnencodedPayload, parsedProtected) {
  const { protected: encodedProtectedHeader, header, payload: inputPayload } = jws, protectedHeader = parsedProtected ?? parseProtectedHeader(encodedProtectedHeader);
  if (!isDisjoint(protectedHeader, header))
    throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...header }, b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, shared[1], protectedHeader, joseHeader)), { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (shared[0] && !shared[0].has(alg))
    throw new JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  if (b64) {
    if (typeof inputPayload != "string")
      throw new JWSInvalid("JWS Payload must be a string");
  } else if (typeof inputPayload != "string" && !(inputPayload instanceof Uint8Array))
    throw new JWSInvalid("JWS Payload must be a string or an Uint8Array instance");
  const signingPayload = b64 || typeof inputPayload != "string" ? inputPayload : encodeUnencodedPayload(inputPayload);
  let resolvedKey = false;
  typeof key == "function" && (key = await key(protectedHeader, jws), resolvedKey = true);
  const entry = jwsAlgorithm(alg), signingInput = concat(encodedProtectedHeader !== void 0 ? encode(encodedProtectedHeader) : new Uint8Array(), encode("."), typeof signingPayload == "string" ? shared[2] ?? (shared[2] = encodeAsciiMember(signingPayload, "payload", JWSInvalid)) : signingPayload), signature = decodeBase64url(jws.signature, "signature", JWSInvalid), verificationKey = await prepareKey(entry, key, "verify"), cryptoKey = await rawKey(verificationKey, entry.subtle, "verify");
  entry.minRsaBits && checkModulusLength(entry.alg, cryptoKey);
  let verified = false;
  try {
    verified = await crypto.subtle.verify(entry.signing, cryptoKey, signature, signingInput);
  } catch (cause) {
    throw new JWSSignatureVerificationFailed(void 0, { cause });
  }
  if (!verified)
    throw new JWSSignatureVerificationFailed();
  const result2 = { payload: typeof signingPayload == "string" ? decodeBase64url(signingPayload, "payload", JWSInvalid) : signingPayload };
  return encodedProtectedHeader !== void 0 && (result2.protectedHeader = protectedHeader), header !== void 0 && (result2.unprotectedHeader = header), resolvedKey ? [{ ...result2, key: verificationKey }, b64] : [result2, b64];
}
async function verifyCompact(jws, shared, key) {
  if (jws instanceof Uint8Array && (jws = decoder.decode(jws)), typeof jws != "string")
    throw new JWSInvalid("Compact JWS must be a string or Uint8Array");
  const { 0: protectedHeader, 1: payload, 2: signature, length } = jws.split(".");
  if (length !== 3)
    throw new JWSInvalid("Invalid Compact JWS");
  return verifySignature({ payload, protected: protectedHeader, signature }, shared, key, encodeCompactUnencodedPayload);
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/jwt_claims_set.js
var epoch = (date) => Math.floor(date.getTime() / 1e3);
var multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
};
var REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i;
var checkFailed = "check_failed";
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
var normalizeTyp = (value) => {
  const normalized = value.toLowerCase();
  return value.includes("/") ? normalized : `application/${normalized}`;
};
var checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : false;
function validateNumericDate(claimsSet, claim, required = false) {
  const value = claimsSet[claim];
  if (!(value === void 0 && !required)) {
    if (typeof value != "number")
      throw new JWTClaimValidationFailed(`"${claim}" claim must be a number`, claimsSet, claim, "invalid");
    return value;
  }
}
function unexpectedClaim(claimsSet, claim) {
  throw new JWTClaimValidationFailed(`unexpected "${claim}" claim value`, claimsSet, claim, checkFailed);
}
function validateClaimsSet(protectedHeader, claimsSetBytes, options = {}) {
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object", { cause });
  }
  if (!isObject2(claimsSet))
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object");
  const { typ } = options;
  if (typ !== void 0 && (typeof protectedHeader.typ != "string" || normalizeTyp(protectedHeader.typ) !== normalizeTyp(typ)))
    throw new JWTClaimValidationFailed('unexpected "typ" JWT header value', claimsSet, "typ", checkFailed);
  const { requiredClaims = [], issuer, subject, audience, maxTokenAge } = options, presenceCheck = [...requiredClaims];
  maxTokenAge !== void 0 && presenceCheck.push("iat"), audience !== void 0 && presenceCheck.push("aud"), subject !== void 0 && presenceCheck.push("sub"), issuer !== void 0 && presenceCheck.push("iss");
  for (const claim of new Set(presenceCheck.reverse()))
    if (!Object.hasOwn(claimsSet, claim))
      throw new JWTClaimValidationFailed(`missing required "${claim}" claim`, claimsSet, claim, "missing");
  issuer !== void 0 && !(Array.isArray(issuer) ? issuer : [issuer]).includes(claimsSet.iss) && unexpectedClaim(claimsSet, "iss"), subject !== void 0 && claimsSet.sub !== subject && unexpectedClaim(claimsSet, "sub"), audience !== void 0 && !checkAudiencePresence(claimsSet.aud, typeof audience == "string" ? [audience] : audience) && unexpectedClaim(claimsSet, "aud");
  const { clockTolerance } = options;
  let tolerance = 0;
  if (typeof clockTolerance == "string")
    tolerance = secs(clockTolerance);
  else if (clockTolerance !== void 0) {
    if (typeof clockTolerance != "number")
      throw new TypeError("Invalid clockTolerance option type");
    tolerance = clockTolerance;
  }
  if (validateInput("clockTolerance option", tolerance), tolerance < 0)
    throw new TypeError("Invalid clockTolerance option input");
  const { currentDate } = options, now = validateInput("currentDate option", epoch(currentDate === void 0 ? /* @__PURE__ */ new Date() : currentDate)), iat = validateNumericDate(claimsSet, "iat", maxTokenAge !== void 0), nbf = validateNumericDate(claimsSet, "nbf");
  if (nbf !== void 0 && nbf > now + tolerance)
    throw new JWTClaimValidationFailed('"nbf" claim timestamp check failed', claimsSet, "nbf", checkFailed);
  const exp = validateNumericDate(claimsSet, "exp");
  if (exp !== void 0 && exp <= now - tolerance)
    throw new JWTExpired('"exp" claim timestamp check failed', claimsSet, "exp", checkFailed);
  if (maxTokenAge !== void 0) {
    const age = now - iat, max = validateInput("maxTokenAge option", typeof maxTokenAge == "number" ? maxTokenAge : secs(maxTokenAge));
    if (max < 0)
      throw new TypeError("Invalid maxTokenAge option input");
    if (age - tolerance > max)
      throw new JWTExpired('"iat" claim timestamp check failed (too far in the past)', claimsSet, "iat", checkFailed);
    if (age < -tolerance)
      throw new JWTClaimValidationFailed('"iat" claim timestamp check failed (it should be in the past)', claimsSet, "iat", checkFailed);
  }
  return claimsSet;
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/jwt/verify.js
async function jwtVerify(jwt, key, options) {
  const [verified, b64] = await verifyCompact(jwt, prepareVerify(options), key);
  if (!b64)
    throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
  const payload = validateClaimsSet(verified.protectedHeader, verified.payload, options);
  return { ...verified, payload };
}

// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/jwks/local.js
function isUsableJWK(jwk, entry, alg, kid) {
  const { kty, key_ops: keyOps, ext, kid: jwkKid, alg: jwkAlg, use, crv } = jwk;
  return (ext === void 0 || typeof ext == "boolean") && (keyOps === void 0 || Array.isArray(keyOps) && keyOps.every((operation, index) => typeof operation == "string" && keyOps.indexOf(operation) === index) && keyOps.includes("verify")) && entry.kty.includes(kty) && (kid === void 0 || typeof kid == "string" && kid === jwkKid) && (jwkAlg === void 0 ? kty !== "AKP" : alg === jwkAlg) && (use === void 0 || use === "sig") && (!entry.crv || crv === entry.crv);
}
async function importWithAlgCache(cache2, jwk, entry) {
  const cached = cache2.get(jwk) || cache2.set(jwk, {}).get(jwk), { alg } = entry;
  if (cached[alg] === void 0) {
    const pending = jwkToKey(entry, jwk, true).then((key) => {
      if (key.type !== "public")
        throw new JWKSInvalid("JSON Web Key Set members must be public keys");
      return cached[alg] = key, key;
    }).catch((error) => {
      throw cached[alg] === pending && delete cached[alg], error;
    });
    cached[alg] = pending;
  }
  return cached[alg];
}
function createLocalJWKSet(jwks) {
  let snapshot;
  try {
    snapshot = structuredClone(jwks);
  } catch (cause) {
    throw new JWKSInvalid("JSON Web Key Set malformed", { cause });
  }
  if (!isJwkSet(snapshot))
    throw new JWKSInvalid("JSON Web Key Set malformed");
  const metadata = snapshot.keys.map((jwk) => {
    const normalized = snapshotJwk(jwk);
    return Array.isArray(normalized.key_ops) && (normalized.key_ops = [...normalized.key_ops]), normalized;
  }), cached = /* @__PURE__ */ new WeakMap();
  return Object.defineProperty(async (protectedHeader, token) => {
    const { alg, kid } = { ...protectedHeader, ...token?.header }, entry = typeof alg == "string" ? JWS[alg] : void 0;
    if (!entry || entry.secret)
      throw new JOSENotSupported('Unsupported "alg" value for a JSON Web Key Set');
    const candidates = snapshot.keys.filter((_, index) => isUsableJWK(metadata[index], entry, alg, kid)), { 0: jwk, length } = candidates;
    if (!length)
      throw new JWKSNoMatchingKey();
    if (length !== 1) {
      const error = new JWKSMultipleMatchingKeys();
      throw error[Symbol.asyncIterator] = async function* () {
        for (const jwk2 of candidates)
          try {
            yield await importWithAlgCache(cached, jwk2, entry);
          } catch {
          }
      }, error;
    }
    return importWithAlgCache(cached, jwk, entry);
  }, "jwks", {
    value: () => structuredClone(snapshot)
  });
}

// ../../packages/verification-core/dist/tokens/jwks.js
function createJwksCache(load, options = {}) {
  const minRefreshIntervalMs = options.minRefreshIntervalMs ?? 3e4;
  const now = options.now ?? Date.now;
  let current;
  let loadedAt = -Infinity;
  const reload = () => {
    loadedAt = now();
    const loading = load().then((jwks) => {
      if (!jwks || !Array.isArray(jwks.keys))
        throw new VerificationError("provider.bad_response", "The JWKS has no keys array");
      return createLocalJWKSet(jwks);
    });
    loading.catch(() => {
      if (current === loading)
        current = void 0;
    });
    current = loading;
    return loading;
  };
  return async (header, token) => {
    const keys = await (current ?? reload());
    try {
      return await keys(header, token);
    } catch (error) {
      if (!(error instanceof errors_exports.JWKSNoMatchingKey) || now() - loadedAt < minRefreshIntervalMs)
        throw error;
      return (await reload())(header, token);
    }
  };
}

// ../../packages/verification-core/dist/tokens/validate.js
var DEFAULT_ALGORITHMS = ["RS256", "PS256", "ES256"];
async function validateIdToken(idToken, options) {
  const algorithms = (options.algorithms ?? DEFAULT_ALGORITHMS).filter((alg) => !/^(none|HS\d+)$/i.test(alg));
  const clockSkew = options.clockSkewSeconds ?? 60;
  const now = options.now ?? Date.now();
  try {
    const { payload, protectedHeader } = await jwtVerify(idToken, options.keys, {
      issuer: issuerVariants(options.issuer),
      audience: options.audience,
      algorithms,
      clockTolerance: clockSkew,
      currentDate: new Date(now),
      requiredClaims: ["iss", "sub", "aud", "exp", "iat"]
    });
    if (typeof payload.iat !== "number" || payload.iat > now / 1e3 + clockSkew) {
      throw new VerificationError("token.not_yet_valid", "The ID token was issued in the future", {
        claim: "iat"
      });
    }
    return { claims: payload, header: protectedHeader };
  } catch (error) {
    throw toVerificationError(error);
  }
}
function issuerVariants(issuer) {
  const bare = issuer.replace(/\/+$/, "");
  return [bare, `${bare}/`];
}
function toVerificationError(error) {
  if (error instanceof VerificationError)
    return error;
  const fail2 = (code, message2, claim) => new VerificationError(code, message2, claim ? { claim, cause: error } : { cause: error });
  if (error instanceof errors_exports.JWTExpired)
    return fail2("token.expired", "The ID token has expired", "exp");
  if (error instanceof errors_exports.JWTClaimValidationFailed) {
    switch (error.claim) {
      case "iss":
        return fail2("token.wrong_issuer", "The ID token was issued by another issuer", "iss");
      case "aud":
        return fail2("token.wrong_audience", "The ID token was issued to another client", "aud");
      case "nbf":
      case "iat":
        return fail2("token.not_yet_valid", "The ID token is not valid yet", error.claim);
      default:
        return error.reason === "missing" ? fail2("token.missing_claim", `The ID token has no "${error.claim}" claim`, error.claim) : fail2("token.malformed", `The ID token's "${error.claim}" claim is invalid`, error.claim);
    }
  }
  if (error instanceof errors_exports.JOSEAlgNotAllowed || error instanceof errors_exports.JOSENotSupported) {
    return fail2("token.alg_not_allowed", "The ID token is signed with an algorithm that is not allowed");
  }
  if (error instanceof errors_exports.JWKSNoMatchingKey || error instanceof errors_exports.JWKSMultipleMatchingKeys) {
    return fail2("token.unknown_key", "The ID token's signing key is not in the provider's key set");
  }
  if (error instanceof errors_exports.JWSSignatureVerificationFailed) {
    return fail2("token.invalid_signature", "The ID token's signature is invalid");
  }
  if (error instanceof errors_exports.JOSEError)
    return fail2("token.malformed", `The ID token is malformed (${error.code})`);
  return fail2("token.malformed", "The ID token could not be read");
}

// ../../packages/verification-core/dist/digest.js
async function sha256(data) {
  return new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(data)));
}
function hex(bytes) {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// ../../packages/verification-core/dist/ciba/provider-errors.js
var KNOWN = {
  unknown_user_id: "provider.unknown_user_id",
  invalid_binding_message: "provider.invalid_binding_message",
  access_denied: "provider.access_denied",
  expired_token: "provider.expired_token",
  invalid_client: "provider.invalid_client",
  invalid_request: "provider.invalid_request",
  invalid_grant: "provider.invalid_grant",
  unauthorized_client: "provider.unauthorized_client",
  invalid_scope: "provider.invalid_request"
};
function parseJson(response) {
  try {
    return JSON.parse(response.body);
  } catch {
    return void 0;
  }
}
function oauthError(response) {
  const body = parseJson(response);
  return body && typeof body.error === "string" ? {
    error: body.error,
    error_description: typeof body.error_description === "string" ? body.error_description : void 0
  } : void 0;
}
function isTransient(response) {
  return response.status >= 500 || response.status === 429 || response.status === 408;
}
function retryAfterSeconds(response, now) {
  const value = response.headers["retry-after"];
  if (!value)
    return void 0;
  if (/^\d+$/.test(value.trim()))
    return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, (date - now) / 1e3);
}
function providerError(response, what) {
  const oauth = oauthError(response);
  const details = {
    status: response.status,
    providerError: oauth?.error,
    providerDescription: oauth?.error_description
  };
  if (oauth) {
    const code = KNOWN[oauth.error] ?? (isTransient(response) ? "provider.unavailable" : "provider.error");
    return new VerificationError(code, `${what}: ${oauth.error}${oauth.error_description ? ` (${oauth.error_description})` : ""}`, details);
  }
  if (isTransient(response))
    return new VerificationError("provider.unavailable", `${what}: HTTP ${response.status}`, details);
  return new VerificationError("provider.bad_response", `${what}: unexpected HTTP ${response.status}`, details);
}

// ../../packages/verification-core/dist/ciba/client.js
var CIBA_GRANT = "urn:openid:params:grant-type:ciba";
var DEFAULT_INTERVAL = 5;
var SLOW_DOWN_STEP = 5;
var MAX_BACKOFF_SECONDS = 30;
function createVerifier(config) {
  const preset = resolvePreset(config.broker);
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? defaultSleep;
  const issuer = config.issuer.replace(/\/+$/, "");
  let metadata;
  const inFlight = /* @__PURE__ */ new Map();
  const lastPollAt = /* @__PURE__ */ new Map();
  const askedFor = /* @__PURE__ */ new Map();
  const send = async (endpoint, request, options) => {
    try {
      return await config.transport({ endpoint, ...request }, options);
    } catch (error) {
      if (options?.signal?.aborted)
        throw new VerificationError("cancelled", "Cancelled", { cause: error });
      if (error instanceof VerificationError)
        throw error;
      throw new VerificationError("network.error", `No response from ${endpoint}`, { cause: error });
    }
  };
  const loadMetadata = async (options) => {
    const response = await send("discovery", {
      method: "GET",
      url: `${issuer}/.well-known/openid-configuration`,
      headers: { accept: "application/json" }
    }, options);
    const fallback = {
      issuer,
      backchannelEndpoint: issuer + preset.paths.backchannelAuthentication,
      tokenEndpoint: issuer + preset.paths.token,
      jwksUri: issuer + preset.paths.jwks
    };
    if (response.status === 404)
      return fallback;
    const document = response.status === 200 ? parseJson(response) : void 0;
    if (!document)
      throw providerError(response, "Discovery");
    const published = typeof document.issuer === "string" ? document.issuer : "";
    if (published.replace(/\/+$/, "") !== issuer) {
      throw new VerificationError("config.invalid", `The provider at ${issuer} calls itself ${published || "nothing"}`);
    }
    const url = (key, otherwise) => typeof document[key] === "string" ? document[key] : otherwise;
    return {
      issuer: published,
      backchannelEndpoint: url("backchannel_authentication_endpoint", fallback.backchannelEndpoint),
      tokenEndpoint: url("token_endpoint", fallback.tokenEndpoint),
      jwksUri: url("jwks_uri", fallback.jwksUri)
    };
  };
  const provider = (options) => {
    if (!metadata) {
      metadata = loadMetadata(options);
      metadata.catch(() => metadata = void 0);
    }
    return metadata;
  };
  const keys = createJwksCache(async () => {
    const { jwksUri } = await provider();
    const response = await send("jwks", {
      method: "GET",
      url: jwksUri,
      headers: { accept: "application/json" }
    });
    if (response.status !== 200)
      throw providerError(response, "JWKS");
    return parseJson(response);
  });
  const rulesFor = (eid) => {
    if (!isEidId(eid))
      throw new VerificationError("config.unknown_eid", `Unknown eID "${String(eid)}"`);
    const rules = preset.eids[eid];
    if (!rules)
      throw new VerificationError("config.eid_not_offered", `${preset.name} does not offer ${eids[eid].name}`);
    return rules;
  };
  const form = (params) => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(params))
      if (value !== void 0)
        body.set(name, value);
    return body.toString();
  };
  const postForm = (endpoint, url, body, options) => send(endpoint, {
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body
  }, options);
  async function start(request, options) {
    const rules = rulesFor(request.eid);
    const parsed = detectIdentifier(request.identifier, rules.identifierKinds, {
      defaultCountry: request.defaultCountry ?? eids[request.eid].country
    });
    const ours = createBindingMessage(request.company, { maxLength: rules.bindingMessageMaxLength });
    const values = {
      value: parsed.value,
      bindingMessage: ours,
      company: request.company,
      callInitiator: request.callInitiator ?? "user"
    };
    const { backchannelEndpoint } = await provider(options);
    const startedAt = now();
    const response = await postForm("backchannel_authentication", backchannelEndpoint, form({
      client_id: config.clientId,
      scope: rules.scope,
      acr_values: rules.acrValues,
      ...hintParameter(rules, parsed, values),
      binding_message: rules.sendsBindingMessage ? ours : void 0,
      authorization_details: rules.authorizationDetails ? JSON.stringify(rules.authorizationDetails.map((detail) => fillObject(detail, values))) : void 0
    }), options);
    if (response.status !== 200)
      throw providerError(response, "Backchannel authentication");
    const answeredAt = now();
    const body = parseJson(response);
    const authReqId = body?.auth_req_id;
    const expiresIn = Number(body?.expires_in);
    const interval = body?.interval === void 0 ? DEFAULT_INTERVAL : Number(body.interval);
    if (typeof authReqId !== "string" || !authReqId || !(expiresIn > 0) || !(interval >= 0)) {
      throw new VerificationError("provider.bad_response", "Backchannel authentication: malformed response", {
        status: response.status
      });
    }
    const field = rules.providerBindingMessageField;
    const fromProvider = field && typeof body?.[field] === "string" ? body?.[field] : "";
    const usesOurs = rules.sendsBindingMessage || JSON.stringify(rules.hint).includes("{bindingMessage}");
    askedFor.set(authReqId, parsed.value);
    return {
      authReqId,
      eid: request.eid,
      issuer,
      clientId: config.clientId,
      brokerId: preset.id,
      sentTo: parsed.masked,
      bindingMessage: fromProvider || (usesOurs ? ours : ""),
      bindingMessageSource: fromProvider ? "provider" : "client",
      startedAt,
      expiresAt: startedAt + expiresIn * 1e3,
      interval,
      nextPollAt: answeredAt + interval * 1e3,
      identifierKind: parsed.kind,
      failures: 0
    };
  }
  function poll(pending, options) {
    const running = inFlight.get(pending.authReqId);
    if (running)
      return running;
    const polling = pollOnce(pending, options).then((state) => state.status === "pending" ? state : settle(state)).finally(() => inFlight.delete(pending.authReqId));
    inFlight.set(pending.authReqId, polling);
    return polling;
  }
  async function pollOnce(pending, options) {
    const earliest = Math.max(pending.nextPollAt, (lastPollAt.get(pending.authReqId) ?? 0) + pending.interval * 1e3);
    const wait = earliest - now();
    if (wait > 0)
      await sleep(wait, options?.signal);
    if (options?.signal?.aborted)
      throw new VerificationError("cancelled", "Cancelled");
    if (now() >= pending.expiresAt)
      return settle(expired(pending));
    lastPollAt.set(pending.authReqId, now());
    let response;
    try {
      const { tokenEndpoint } = await provider(options);
      response = await postForm("token", tokenEndpoint, form({ grant_type: CIBA_GRANT, auth_req_id: pending.authReqId, client_id: config.clientId }), options);
    } catch (error2) {
      if (!(error2 instanceof VerificationError) || error2.code === "cancelled")
        throw error2;
      if (error2.code.startsWith("network.") || error2.code === "provider.unavailable")
        return retryLater(pending, error2);
      return { status: "failed", error: error2, pending };
    }
    if (isTransient(response)) {
      return retryLater(pending, providerError(response, "Token"), retryAfterSeconds(response, now()));
    }
    const settled = { ...pending, failures: 0 };
    if (response.status === 200)
      return approved(settled, response);
    const error = oauthError(response);
    switch (error?.error) {
      case "authorization_pending":
        return {
          status: "pending",
          pending: next(settled, settled.interval),
          providerDescription: error.error_description
        };
      case "slow_down": {
        const interval = settled.interval + SLOW_DOWN_STEP;
        return {
          status: "pending",
          pending: next({ ...settled, interval }, interval),
          providerDescription: error.error_description
        };
      }
      case "access_denied":
        return { status: "denied", error: providerError(response, "Token"), pending: settled };
      case "expired_token":
        return { status: "expired", error: providerError(response, "Token"), pending: settled };
      default:
        return { status: "failed", error: providerError(response, "Token"), pending: settled };
    }
  }
  const settle = (outcome) => {
    lastPollAt.delete(outcome.pending.authReqId);
    askedFor.delete(outcome.pending.authReqId);
    return outcome;
  };
  const next = (pending, delaySeconds) => ({
    ...pending,
    nextPollAt: now() + delaySeconds * 1e3
  });
  function retryLater(pending, error, retryAfter) {
    const failures = pending.failures + 1;
    const backoff = Math.min(Math.max(pending.interval, 1) * 2 ** (failures - 1), MAX_BACKOFF_SECONDS);
    const updated = next({ ...pending, failures }, Math.max(pending.interval, backoff, retryAfter ?? 0));
    if (updated.nextPollAt >= pending.expiresAt) {
      return {
        status: "failed",
        error: new VerificationError("provider.unavailable", error.message, error.details),
        pending
      };
    }
    return { status: "pending", pending: updated, retrying: error };
  }
  function expired(pending) {
    return {
      status: "expired",
      error: new VerificationError("provider.expired_token", "The request expired before the customer answered"),
      pending
    };
  }
  async function approved(pending, response) {
    try {
      const body = parseJson(response);
      const idToken = body?.id_token;
      if (typeof idToken !== "string") {
        throw new VerificationError("provider.bad_response", "The token response has no id_token", {
          status: response.status
        });
      }
      const { issuer: expectedIssuer } = await provider();
      const { claims, header } = await validateToken(idToken);
      const identity = identityFromClaims(claims, rulesFor(pending.eid), pending.eid, expectedIssuer);
      const approvedAs = sentToValue(pending.identifierKind, identity);
      const asked = askedFor.get(pending.authReqId);
      if (approvedAs && (asked !== void 0 ? approvedAs !== asked : maskNationalId(pending.identifierKind, approvedAs) !== pending.sentTo)) {
        throw new VerificationError("token.identity_mismatch", "The ID token names another person than the one asked");
      }
      return {
        status: "approved",
        identity,
        pending,
        evidence: {
          issuer: expectedIssuer,
          subject: identity.subject,
          audience: config.clientId,
          eid: pending.eid,
          acr: identity.acr,
          levelOfAssurance: identity.levelOfAssurance,
          authReqId: pending.authReqId,
          transactionId: identity.transactionId,
          authenticatedAt: identity.authenticatedAt,
          verifiedAt: Math.floor(now() / 1e3),
          idTokenSha256: hex(await sha256(idToken)),
          kid: header.kid,
          alg: header.alg ?? ""
        }
      };
    } catch (error) {
      if (!(error instanceof VerificationError))
        throw error;
      return { status: "failed", error, pending };
    }
  }
  async function validateToken(idToken, options = {}) {
    const { issuer: expectedIssuer } = await provider();
    return validateIdToken(idToken, {
      issuer: expectedIssuer,
      audience: config.clientId,
      keys,
      algorithms: preset.algorithms,
      now: options.now ?? now(),
      clockSkewSeconds: config.clockSkewSeconds
    });
  }
  async function waitForResult(pending, options = {}) {
    let current = pending;
    for (; ; ) {
      const state = await poll(current, options);
      if (state.status !== "pending")
        return state;
      options.onPending?.(state);
      current = state.pending;
    }
  }
  return {
    start,
    poll,
    waitForResult,
    validateIdToken: validateToken,
    identifierKinds: (eid) => [...rulesFor(eid).identifierKinds],
    eids: () => Object.keys(preset.eids)
  };
}
function resolvePreset(broker) {
  if (typeof broker !== "string")
    return broker;
  const preset = brokers[broker];
  if (!preset)
    throw new VerificationError("config.invalid", `Unknown broker preset "${broker}"`);
  return preset;
}
function hintParameter(rules, parsed, values) {
  const refuse = () => new VerificationError("identifier.kind_not_accepted", `This broker does not accept a ${parsed.kind} for this eID`);
  if (rules.hint.param === "login_hint") {
    const template = rules.hint.templates[parsed.kind];
    if (!template)
      throw refuse();
    return { login_hint: fill(template, values) };
  }
  const key = rules.hint.identifierKey[parsed.kind];
  if (!key)
    throw refuse();
  return {
    login_hint_token: JSON.stringify({ ...fillObject(rules.hint.template, values), [key]: parsed.value })
  };
}
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}
function fillObject(template, values) {
  return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fill(value, values)]));
}
function sentToValue(kind, identity) {
  if (kind !== "phone")
    return identity.nationalId;
  if (!identity.phone)
    return void 0;
  return tryParseIdentifier("phone", identity.phone, { defaultCountry: identity.country })?.value;
}
function defaultSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const cancelled = () => new VerificationError("cancelled", "Cancelled");
    if (signal?.aborted)
      return reject(cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// ../../packages/verification-core/dist/prefill.js
function prefillIdentifier(kinds, known) {
  for (const kind of kinds) {
    if (kind === "phone") {
      const phone = known.phones.find((candidate) => tryParseIdentifier("phone", candidate));
      if (phone)
        return { kind, value: phone };
    } else if (known.nationalId && tryParseIdentifier(kind, known.nationalId)) {
      return { kind, value: known.nationalId };
    }
  }
  return void 0;
}
var LOCALE_COUNTRY = { da: "DK", sv: "SE", nb: "NO" };
function suggestEid(offered, known, options = {}) {
  const country = countryOf(known) ?? (options.locale && LOCALE_COUNTRY[options.locale]);
  const local = offered.filter((eid) => eids[eid].country === country);
  const prefillable = (eid) => !options.kindsOf || prefillIdentifier(options.kindsOf(eid), known) !== void 0;
  return local.find(prefillable) ?? local[0] ?? offered.find(prefillable) ?? offered[0];
}
function countryOf(known) {
  const fromPhone = known.phones.map((phone) => tryParseIdentifier("phone", phone)?.country).find(Boolean);
  if (fromPhone || !known.nationalId)
    return fromPhone;
  const { nationalId: nationalId2 } = known;
  return Object.values(NATIONAL_ID_KIND).map((kind) => tryParseIdentifier(kind, nationalId2)?.country).find(Boolean);
}

// ../../packages/verification-core/dist/matching.js
function matchIdentity(identity, record) {
  const fullName = identity.fullName?.trim() || [identity.givenName, identity.familyName].filter(Boolean).join(" ");
  const checks = [
    { field: "name", result: compareNames(fullName, record.name ?? "") },
    { field: "birthDate", result: compareValues(readDate(identity.birthDate), readDate(record.birthDate)) },
    {
      field: "phone",
      result: compareValues(phoneOf(identity.phone, identity.country), phoneOf(record.phone, identity.country))
    },
    {
      field: "nationalId",
      result: compareNationalIds(identity.nationalId, record.nationalId, identity.country)
    }
  ];
  const result2 = (field) => checks.find((c) => c.field === field)?.result;
  const compared = checks.filter((c) => c.result !== "missing");
  let verdict;
  if (["name", "birthDate", "nationalId"].some((f) => result2(f) === "different"))
    verdict = "mismatch";
  else if (compared.length === 0)
    verdict = "unknown";
  else if (compared.every((c) => c.result === "same") && compared.some((c) => c.field !== "phone"))
    verdict = "match";
  else
    verdict = "partial";
  return { verdict, checks };
}
var FOLD = { \u00E6: "ae", \u00F8: "oe", \u00E5: "aa", \u00E4: "ae", \u00F6: "oe", \u00FC: "ue", \u00DF: "ss" };
function nameTokens(name) {
  return name.normalize("NFC").toLowerCase().split(/[\s,;.\-\u2010-\u2015_/]+/).map((raw) => {
    const folded = raw.replace(/[æøåäöüß]/g, (c) => FOLD[c] ?? c).normalize("NFD").replace(/[^\p{L}\p{N}]/gu, "");
    return {
      folded,
      skeleton: folded.replace(/aa|ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u"),
      nordic: /[æøåäöü]/.test(raw)
    };
  }).filter((t2) => t2.folded !== "");
}
function sameToken(a, b) {
  return a.folded === b.folded || (a.nordic || b.nordic) && a.skeleton === b.skeleton;
}
function initialOf(a, b) {
  return a.folded.length === 1 && b.folded.startsWith(a.folded) || b.folded.length === 1 && a.folded.startsWith(b.folded);
}
function typo(a, b) {
  const length = Math.min(a.skeleton.length, b.skeleton.length);
  const allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0;
  return allowed > 0 && editDistance(a.skeleton, b.skeleton) <= allowed;
}
function compareNames(verified, crm) {
  const ours = nameTokens(verified);
  const theirs = nameTokens(crm);
  if (ours.length === 0 || theirs.length === 0)
    return "missing";
  let [restOurs, restTheirs] = pairUp(ours, theirs, sameToken);
  if (restTheirs.length === theirs.length)
    return "different";
  const exact = restOurs.length === 0 && restTheirs.length === 0;
  [restOurs, restTheirs] = pairUp(restOurs, restTheirs, initialOf);
  const typoAt = restTheirs.findIndex((token) => restOurs.some((t2) => typo(t2, token)));
  if (typoAt >= 0) {
    restOurs.splice(restOurs.findIndex((t2) => typo(t2, restTheirs[typoAt])), 1);
    restTheirs.splice(typoAt, 1);
  }
  if (exact)
    return "same";
  return restOurs.length > 0 && restTheirs.length > 0 ? "different" : "similar";
}
function pairUp(a, b, fits) {
  const partner = a.map(() => -1);
  const place = (j, seen) => a.some((token, i) => {
    if (seen[i] || !fits(token, b[j]))
      return false;
    seen[i] = true;
    if (partner[i] >= 0 && !place(partner[i], seen))
      return false;
    partner[i] = j;
    return true;
  });
  b.forEach((_, j) => place(j, []));
  return [a.filter((_, i) => partner[i] < 0), b.filter((_, j) => !partner.includes(j))];
}
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i];
      row[j] = Math.min(d[i - 1][j] + 1, row[j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function compareValues(a, b) {
  if (a === void 0 || b === void 0)
    return "missing";
  return a === b ? "same" : "different";
}
function readDate(text) {
  const value = text?.trim();
  if (!value)
    return void 0;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m)
    return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (m)
    return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  const ms = /\p{L}/u.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms))
    return void 0;
  const date = new Date(ms);
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
function phoneOf(text, country) {
  return text?.trim() ? normalisePhone(text, country) : void 0;
}
function compareNationalIds(ours, theirs, country) {
  const a = nationalIdOf(ours, country);
  const b = nationalIdOf(theirs, country);
  if (a === void 0 || b === void 0)
    return "missing";
  const comparable = country === "SE" && Math.min(a.length, b.length) === 10;
  return a === b || comparable && a.slice(-10) === b.slice(-10) ? "same" : "different";
}
function nationalIdOf(text, country) {
  if (!text?.trim())
    return void 0;
  const digits = text.replace(/\D/g, "");
  return tryParseIdentifier(NATIONAL_ID_KIND[country], text)?.value ?? (digits.length >= 10 ? digits : void 0);
}

// ../../packages/verification-core/dist/i18n/da.js
var da = {
  "app.title": "Identitetsbekr\xE6ftelse",
  "form.eid": "eID",
  "form.identifier.phone": "Kundens mobilnummer",
  "form.identifier.dk-cpr": "CPR-nummer",
  "form.identifier.se-personnummer": "Svensk personnummer",
  "form.identifier.no-fodselsnummer": "Norsk f\xF8dselsnummer",
  "form.identifier.hint.phone": "Mobilnummer med landekode, fx +45 20 12 34 56",
  "form.identifier.hint.dk-cpr": "DDMM\xC5\xC5-XXXX",
  "form.identifier.hint.se-personnummer": "\xC5\xC5\xC5\xC5MMDD-XXXX",
  "form.identifier.hint.no-fodselsnummer": "11 cifre",
  "form.send": "Send {eid}-anmodning",
  "form.sending": "Sender\u2026",
  "form.prefilled.call": "Fra opkaldet",
  "form.prefilled.requester": "Fra anmoderens profil",
  "form.prefilled.contact": "Fra sagens kontakt",
  "form.customer": "Kunde",
  "waiting.title": "Venter p\xE5 kunden",
  "waiting.code": "Kode p\xE5 kundens telefon",
  "waiting.script.client": "\xC5bn {eid} p\xE5 din telefon. Godkend kun, hvis du ser koden {code}.",
  "waiting.script.provider": "\xC5bn {eid} p\xE5 din telefon, og v\xE6lg ordene \u201C{code}\u201D.",
  "waiting.timeLeft": "{time} tilbage",
  "waiting.sentTo": "Sendt til {target}",
  "waiting.cancel": "Annuller",
  "result.approved": "Identitet bekr\xE6ftet",
  "result.denied": "Kunden afviste",
  "result.expired": "Anmodningen udl\xF8b",
  "result.failed": "Bekr\xE6ftelsen mislykkedes",
  "result.cancelled": "Bekr\xE6ftelsen blev annulleret",
  "result.retry": "Send en ny anmodning",
  "result.attemptsLeft": "{count} anmodninger tilbage til denne kunde de n\xE6ste minutter",
  "result.noAttemptsLeft": "Ikke flere anmodninger lige nu: pr\xF8v igen kl. {time}",
  "field.name": "Navn",
  "field.birthDate": "F\xF8dselsdato",
  "field.nationalId": "Personnummer",
  "field.eid": "eID",
  "field.level": "Sikringsniveau",
  "field.verifiedAt": "Bekr\xE6ftet",
  "field.phone": "Telefon",
  "level.low": "Lavt",
  "level.substantial": "Betydeligt",
  "level.high": "H\xF8jt",
  "match.match": "Stemmer med kundens oplysninger",
  "match.partial": "Stemmer delvist med kundens oplysninger",
  "match.mismatch": "Stemmer IKKE med kundens oplysninger",
  "match.unknown": "Intet i kundens oplysninger at sammenligne med",
  "match.field.name": "Navn",
  "match.field.birthDate": "F\xF8dselsdato",
  "match.field.phone": "Telefon",
  "match.field.nationalId": "Personnummer",
  "match.result.same": "ens",
  "match.result.similar": "ligner",
  "match.result.different": "forskellig",
  "match.result.missing": "mangler i oplysningerne",
  "note.saved": "Intern note tilf\xF8jet til sagen",
  "note.failed": "Den interne note kunne ikke gemmes",
  "record.confirming": "Bekr\xE6fter verifikationen\u2026",
  "record.saved": "Verifikationen er registreret p\xE5 sagen",
  "record.failed": "Verifikationen kunne ikke registreres",
  "app.loading": "Indl\xE6ser\u2026",
  "app.contextFailed": "Verifikationspanelet kunne ikke indl\xE6se posten",
  "audit.title.approved": "Identitet bekr\xE6ftet med {eid}",
  "audit.title.denied": "Identitetsbekr\xE6ftelse med {eid}: afvist af kunden",
  "audit.title.expired": "Identitetsbekr\xE6ftelse med {eid}: udl\xF8b uden svar",
  "audit.title.failed": "Identitetsbekr\xE6ftelse med {eid}: mislykkedes",
  "audit.agent": "Medarbejder",
  "audit.sentTo": "Sendt til",
  "audit.bindingMessage": "Vist kode",
  "audit.match": "Kundeoplysninger",
  "audit.error": "\xC5rsag",
  "audit.evidence": "Bevis",
  "audit.issuer": "Udsteder",
  "audit.subject": "Subjekt",
  "audit.transaction": "Transaktion",
  "audit.idToken": "ID-token SHA-256",
  "error.identifier.empty": "Indtast et nummer.",
  "error.identifier.invalid_characters": "Brug kun cifre (mellemrum og bindestreger er i orden).",
  "error.identifier.invalid_length": "Nummeret har forkert antal cifre.",
  "error.identifier.invalid_date": "Nummeret indeholder ikke en gyldig f\xF8dselsdato.",
  "error.identifier.invalid_checksum": "Nummeret er ugyldigt: tjek for tastefejl.",
  "error.identifier.invalid_phone": "Dette er ikke et gyldigt mobilnummer.",
  "error.identifier.kind_not_accepted": "Dette eID kr\xE6ver en anden slags nummer.",
  "error.config.unknown_eid": "Ukendt eID.",
  "error.config.eid_not_offered": "Dette eID tilbydes ikke af den valgte broker.",
  "error.config.invalid": "Appen er ikke konfigureret korrekt. Kontakt din administrator.",
  "error.provider.unknown_user_id": "eID-udbyderen kender ikke denne person.",
  "error.provider.invalid_binding_message": "eID-udbyderen afviste koden. Pr\xF8v igen.",
  "error.provider.access_denied": "Kunden afviste anmodningen.",
  "error.provider.expired_token": "Anmodningen udl\xF8b, f\xF8r kunden svarede.",
  "error.provider.invalid_client": "eID-udbyderen afviste appens legitimationsoplysninger. Kontakt din administrator.",
  "error.provider.invalid_request": "eID-udbyderen afviste anmodningen.",
  "error.provider.invalid_grant": "eID-udbyderen kender ikke l\xE6ngere denne anmodning.",
  "error.provider.unauthorized_client": "Appen m\xE5 ikke bruge dette eID. Kontakt din administrator.",
  "error.provider.unavailable": "eID-udbyderen svarer ikke. Pr\xF8v igen om lidt.",
  "error.provider.bad_response": "eID-udbyderen sendte et svar, appen ikke kan l\xE6se.",
  "error.provider.error": "eID-udbyderen meldte en fejl.",
  "error.network.error": "Kunne ikke f\xE5 forbindelse til eID-udbyderen.",
  "error.network.timeout": "eID-udbyderen svarede ikke i tide.",
  "error.token.malformed": "Identitetsbeviset er ugyldigt og blev afvist.",
  "error.token.alg_not_allowed": "Identitetsbeviset bruger en forbudt signaturalgoritme og blev afvist.",
  "error.token.unknown_key": "Identitetsbeviset er signeret med en ukendt n\xF8gle og blev afvist.",
  "error.token.invalid_signature": "Identitetsbeviset har en ugyldig signatur og blev afvist.",
  "error.token.wrong_issuer": "Identitetsbeviset kommer fra den forkerte udsteder og blev afvist.",
  "error.token.wrong_audience": "Identitetsbeviset er udstedt til en anden app og blev afvist.",
  "error.token.expired": "Identitetsbeviset er udl\xF8bet og blev afvist.",
  "error.token.not_yet_valid": "Identitetsbeviset er endnu ikke gyldigt (tjek uret) og blev afvist.",
  "error.token.missing_claim": "Identitetsbeviset mangler p\xE5kr\xE6vede oplysninger og blev afvist.",
  "error.token.acr_mismatch": "Identitetsbeviset har det forkerte sikringsniveau og blev afvist.",
  "error.token.identity_mismatch": "En anden end den adspurgte person godkendte. Resultatet blev afvist.",
  "error.token.not_from_broker": "Identitetsbeviset er ikke det, eID-udbyderen sendte, og blev afvist.",
  "error.guard.limit_reached": "For mange anmodninger til denne kunde. Pr\xF8v igen kl. {time}.",
  "error.cancelled": "Annulleret."
};

// ../../packages/verification-core/dist/i18n/en.js
var en = {
  "app.title": "Identity verification",
  "form.eid": "eID",
  "form.identifier.phone": "Customer's mobile number",
  "form.identifier.dk-cpr": "CPR number",
  "form.identifier.se-personnummer": "Personal identity number",
  "form.identifier.no-fodselsnummer": "National identity number",
  "form.identifier.hint.phone": "Mobile number with country code, e.g. +45 20 12 34 56",
  "form.identifier.hint.dk-cpr": "DDMMYY-XXXX",
  "form.identifier.hint.se-personnummer": "YYYYMMDD-XXXX",
  "form.identifier.hint.no-fodselsnummer": "11 digits",
  "form.send": "Send {eid} challenge",
  "form.sending": "Sending\u2026",
  "form.prefilled.call": "From the call",
  "form.prefilled.requester": "From the requester's profile",
  "form.prefilled.contact": "From the case's contact",
  "form.customer": "Customer",
  "waiting.title": "Waiting for the customer",
  "waiting.code": "Code on the customer\u2019s phone",
  "waiting.script.client": "Please open {eid} on your phone. Approve only if you see the code {code}.",
  "waiting.script.provider": "Please open {eid} on your phone and choose the words \u201C{code}\u201D.",
  "waiting.timeLeft": "{time} left",
  "waiting.sentTo": "Sent to {target}",
  "waiting.cancel": "Cancel",
  "result.approved": "Identity verified",
  "result.denied": "The customer declined",
  "result.expired": "The request expired",
  "result.failed": "Verification failed",
  "result.cancelled": "Verification cancelled",
  "result.retry": "Send a new challenge",
  "result.attemptsLeft": "{count} challenges left for this customer in the next minutes",
  "result.noAttemptsLeft": "No more challenges for now: try again at {time}",
  "field.name": "Name",
  "field.birthDate": "Date of birth",
  "field.nationalId": "National ID",
  "field.eid": "eID",
  "field.level": "Level of assurance",
  "field.verifiedAt": "Verified at",
  "field.phone": "Phone",
  "level.low": "Low",
  "level.substantial": "Substantial",
  "level.high": "High",
  "match.match": "Matches the customer record",
  "match.partial": "Partly matches the customer record",
  "match.mismatch": "Does NOT match the customer record",
  "match.unknown": "Nothing in the customer record to compare with",
  "match.field.name": "Name",
  "match.field.birthDate": "Date of birth",
  "match.field.phone": "Phone",
  "match.field.nationalId": "National ID",
  "match.result.same": "same",
  "match.result.similar": "similar",
  "match.result.different": "different",
  "match.result.missing": "nothing to compare",
  "note.saved": "Internal note added to the ticket",
  "note.failed": "The internal note could not be saved",
  "record.confirming": "Confirming the verification\u2026",
  "record.saved": "Verification recorded on the case",
  "record.failed": "The verification record could not be saved",
  "app.loading": "Loading\u2026",
  "app.contextFailed": "The verification panel could not load this record",
  "audit.title.approved": "Identity verified with {eid}",
  "audit.title.denied": "Identity verification with {eid}: declined by the customer",
  "audit.title.expired": "Identity verification with {eid}: expired without an answer",
  "audit.title.failed": "Identity verification with {eid}: failed",
  "audit.agent": "Agent",
  "audit.sentTo": "Sent to",
  "audit.bindingMessage": "Code shown",
  "audit.match": "Customer record",
  "audit.error": "Reason",
  "audit.evidence": "Evidence",
  "audit.issuer": "Issuer",
  "audit.subject": "Subject",
  "audit.transaction": "Transaction",
  "audit.idToken": "ID token SHA-256",
  "error.identifier.empty": "Enter a number.",
  "error.identifier.invalid_characters": "Use digits only (spaces and dashes are fine).",
  "error.identifier.invalid_length": "The number has the wrong number of digits.",
  "error.identifier.invalid_date": "The number does not contain a valid date of birth.",
  "error.identifier.invalid_checksum": "The number is not valid: check for a typo.",
  "error.identifier.invalid_phone": "This is not a valid mobile number.",
  "error.identifier.kind_not_accepted": "This eID needs another kind of number.",
  "error.config.unknown_eid": "Unknown eID.",
  "error.config.eid_not_offered": "This eID is not offered by the configured broker.",
  "error.config.invalid": "The app is not configured correctly. Ask your administrator.",
  "error.provider.unknown_user_id": "The eID provider does not know this person.",
  "error.provider.invalid_binding_message": "The eID provider rejected the code. Try again.",
  "error.provider.access_denied": "The customer declined the request.",
  "error.provider.expired_token": "The request expired before the customer answered.",
  "error.provider.invalid_client": "The eID provider rejected the app\u2019s credentials. Ask your administrator.",
  "error.provider.invalid_request": "The eID provider rejected the request.",
  "error.provider.invalid_grant": "The eID provider no longer knows this request.",
  "error.provider.unauthorized_client": "The app is not allowed to use this eID. Ask your administrator.",
  "error.provider.unavailable": "The eID provider is not responding. Try again in a moment.",
  "error.provider.bad_response": "The eID provider sent an answer the app cannot read.",
  "error.provider.error": "The eID provider reported an error.",
  "error.network.error": "Could not reach the eID provider.",
  "error.network.timeout": "The eID provider did not answer in time.",
  "error.token.malformed": "The identity proof is malformed and was rejected.",
  "error.token.alg_not_allowed": "The identity proof uses a forbidden signature algorithm and was rejected.",
  "error.token.unknown_key": "The identity proof is signed with an unknown key and was rejected.",
  "error.token.invalid_signature": "The identity proof has an invalid signature and was rejected.",
  "error.token.wrong_issuer": "The identity proof comes from the wrong issuer and was rejected.",
  "error.token.wrong_audience": "The identity proof was issued to another app and was rejected.",
  "error.token.expired": "The identity proof has expired and was rejected.",
  "error.token.not_yet_valid": "The identity proof is not valid yet (check the clock) and was rejected.",
  "error.token.missing_claim": "The identity proof lacks required information and was rejected.",
  "error.token.acr_mismatch": "The identity proof has the wrong level of assurance and was rejected.",
  "error.token.identity_mismatch": "Someone else than the person asked approved. The result was rejected.",
  "error.token.not_from_broker": "The identity proof is not the one the eID provider sent and was rejected.",
  "error.guard.limit_reached": "Too many challenges to this customer. Try again at {time}.",
  "error.cancelled": "Cancelled."
};

// ../../packages/verification-core/dist/i18n/nb.js
var nb = {
  "app.title": "Identitetskontroll",
  "form.eid": "eID",
  "form.identifier.phone": "Kundens mobilnummer",
  "form.identifier.dk-cpr": "Dansk CPR-nummer",
  "form.identifier.se-personnummer": "Svensk personnummer",
  "form.identifier.no-fodselsnummer": "F\xF8dselsnummer",
  "form.identifier.hint.phone": "Mobilnummer med landskode, f.eks. +47 912 34 567",
  "form.identifier.hint.dk-cpr": "DDMM\xC5\xC5-XXXX",
  "form.identifier.hint.se-personnummer": "\xC5\xC5\xC5\xC5MMDD-XXXX",
  "form.identifier.hint.no-fodselsnummer": "11 siffer",
  "form.send": "Send {eid}-foresp\xF8rsel",
  "form.sending": "Sender\u2026",
  "form.prefilled.call": "Fra samtalen",
  "form.prefilled.requester": "Fra innsenderens profil",
  "form.prefilled.contact": "Fra sakens kontakt",
  "form.customer": "Kunde",
  "waiting.title": "Venter p\xE5 kunden",
  "waiting.code": "Kode p\xE5 kundens telefon",
  "waiting.script.client": "\xC5pne {eid} p\xE5 telefonen din. Godkjenn bare hvis du ser koden {code}.",
  "waiting.script.provider": "\xC5pne {eid} p\xE5 telefonen din og velg ordene \xAB{code}\xBB.",
  "waiting.timeLeft": "{time} igjen",
  "waiting.sentTo": "Sendt til {target}",
  "waiting.cancel": "Avbryt",
  "result.approved": "Identiteten er bekreftet",
  "result.denied": "Kunden avviste",
  "result.expired": "Foresp\xF8rselen utl\xF8p",
  "result.failed": "Kontrollen mislyktes",
  "result.cancelled": "Kontrollen ble avbrutt",
  "result.retry": "Send en ny foresp\xF8rsel",
  "result.attemptsLeft": "{count} foresp\xF8rsler igjen til denne kunden de neste minuttene",
  "result.noAttemptsLeft": "Ingen flere foresp\xF8rsler n\xE5: pr\xF8v igjen kl. {time}",
  "field.name": "Navn",
  "field.birthDate": "F\xF8dselsdato",
  "field.nationalId": "F\xF8dselsnummer",
  "field.eid": "eID",
  "field.level": "Sikkerhetsniv\xE5",
  "field.verifiedAt": "Bekreftet",
  "field.phone": "Telefon",
  "level.low": "Lavt",
  "level.substantial": "Betydelig",
  "level.high": "H\xF8yt",
  "match.match": "Stemmer med kundeopplysningene",
  "match.partial": "Stemmer delvis med kundeopplysningene",
  "match.mismatch": "Stemmer IKKE med kundeopplysningene",
  "match.unknown": "Ingenting i kundeopplysningene \xE5 sammenligne med",
  "match.field.name": "Navn",
  "match.field.birthDate": "F\xF8dselsdato",
  "match.field.phone": "Telefon",
  "match.field.nationalId": "F\xF8dselsnummer",
  "match.result.same": "lik",
  "match.result.similar": "ligner",
  "match.result.different": "forskjellig",
  "match.result.missing": "mangler i opplysningene",
  "note.saved": "Internt notat lagt til saken",
  "note.failed": "Det interne notatet kunne ikke lagres",
  "record.confirming": "Bekrefter verifiseringen\u2026",
  "record.saved": "Verifiseringen er registrert p\xE5 saken",
  "record.failed": "Verifiseringen kunne ikke registreres",
  "app.loading": "Laster\u2026",
  "app.contextFailed": "Verifiseringspanelet kunne ikke laste inn posten",
  "audit.title.approved": "Identitet bekreftet med {eid}",
  "audit.title.denied": "Identitetskontroll med {eid}: avvist av kunden",
  "audit.title.expired": "Identitetskontroll med {eid}: utl\xF8p uten svar",
  "audit.title.failed": "Identitetskontroll med {eid}: mislyktes",
  "audit.agent": "Saksbehandler",
  "audit.sentTo": "Sendt til",
  "audit.bindingMessage": "Vist kode",
  "audit.match": "Kundeopplysninger",
  "audit.error": "\xC5rsak",
  "audit.evidence": "Bevis",
  "audit.issuer": "Utsteder",
  "audit.subject": "Subjekt",
  "audit.transaction": "Transaksjon",
  "audit.idToken": "ID-token SHA-256",
  "error.identifier.empty": "Skriv inn et nummer.",
  "error.identifier.invalid_characters": "Bruk bare siffer (mellomrom og bindestrek g\xE5r fint).",
  "error.identifier.invalid_length": "Nummeret har feil antall siffer.",
  "error.identifier.invalid_date": "Nummeret inneholder ikke en gyldig f\xF8dselsdato.",
  "error.identifier.invalid_checksum": "Nummeret er ugyldig: sjekk om det er en skrivefeil.",
  "error.identifier.invalid_phone": "Dette er ikke et gyldig mobilnummer.",
  "error.identifier.kind_not_accepted": "Denne eID-en krever en annen type nummer.",
  "error.config.unknown_eid": "Ukjent eID.",
  "error.config.eid_not_offered": "Denne eID-en tilbys ikke av den valgte leverand\xF8ren.",
  "error.config.invalid": "Appen er ikke riktig konfigurert. Kontakt administratoren din.",
  "error.provider.unknown_user_id": "eID-leverand\xF8ren kjenner ikke denne personen.",
  "error.provider.invalid_binding_message": "eID-leverand\xF8ren avviste koden. Pr\xF8v igjen.",
  "error.provider.access_denied": "Kunden avviste foresp\xF8rselen.",
  "error.provider.expired_token": "Foresp\xF8rselen utl\xF8p f\xF8r kunden svarte.",
  "error.provider.invalid_client": "eID-leverand\xF8ren avviste appens p\xE5loggingsinformasjon. Kontakt administratoren din.",
  "error.provider.invalid_request": "eID-leverand\xF8ren avviste foresp\xF8rselen.",
  "error.provider.invalid_grant": "eID-leverand\xF8ren kjenner ikke lenger denne foresp\xF8rselen.",
  "error.provider.unauthorized_client": "Appen har ikke lov til \xE5 bruke denne eID-en. Kontakt administratoren din.",
  "error.provider.unavailable": "eID-leverand\xF8ren svarer ikke. Pr\xF8v igjen om litt.",
  "error.provider.bad_response": "eID-leverand\xF8ren sendte et svar appen ikke kan lese.",
  "error.provider.error": "eID-leverand\xF8ren meldte en feil.",
  "error.network.error": "Fikk ikke kontakt med eID-leverand\xF8ren.",
  "error.network.timeout": "eID-leverand\xF8ren svarte ikke i tide.",
  "error.token.malformed": "Identitetsbeviset er ugyldig og ble avvist.",
  "error.token.alg_not_allowed": "Identitetsbeviset bruker en forbudt signaturalgoritme og ble avvist.",
  "error.token.unknown_key": "Identitetsbeviset er signert med en ukjent n\xF8kkel og ble avvist.",
  "error.token.invalid_signature": "Identitetsbeviset har en ugyldig signatur og ble avvist.",
  "error.token.wrong_issuer": "Identitetsbeviset kommer fra feil utsteder og ble avvist.",
  "error.token.wrong_audience": "Identitetsbeviset er utstedt til en annen app og ble avvist.",
  "error.token.expired": "Identitetsbeviset er utl\xF8pt og ble avvist.",
  "error.token.not_yet_valid": "Identitetsbeviset er ikke gyldig enn\xE5 (sjekk klokken) og ble avvist.",
  "error.token.missing_claim": "Identitetsbeviset mangler p\xE5krevde opplysninger og ble avvist.",
  "error.token.acr_mismatch": "Identitetsbeviset har feil sikkerhetsniv\xE5 og ble avvist.",
  "error.token.identity_mismatch": "En annen enn personen som ble spurt, godkjente. Resultatet ble avvist.",
  "error.token.not_from_broker": "Identitetsbeviset er ikke det eID-leverand\xF8ren sendte, og ble avvist.",
  "error.guard.limit_reached": "For mange foresp\xF8rsler til denne kunden. Pr\xF8v igjen kl. {time}.",
  "error.cancelled": "Avbrutt."
};

// ../../packages/verification-core/dist/i18n/sv.js
var sv = {
  "app.title": "Identitetskontroll",
  "form.eid": "e-legitimation",
  "form.identifier.phone": "Kundens mobilnummer",
  "form.identifier.dk-cpr": "Danskt CPR-nummer",
  "form.identifier.se-personnummer": "Personnummer",
  "form.identifier.no-fodselsnummer": "Norskt f\xF8dselsnummer",
  "form.identifier.hint.phone": "Mobilnummer med landsnummer, t.ex. +46 70 123 45 67",
  "form.identifier.hint.dk-cpr": "DDMM\xC5\xC5-XXXX",
  "form.identifier.hint.se-personnummer": "\xC5\xC5\xC5\xC5MMDD-XXXX",
  "form.identifier.hint.no-fodselsnummer": "11 siffror",
  "form.send": "Skicka {eid}-beg\xE4ran",
  "form.sending": "Skickar\u2026",
  "form.prefilled.call": "Fr\xE5n samtalet",
  "form.prefilled.requester": "Fr\xE5n best\xE4llarens profil",
  "form.prefilled.contact": "Fr\xE5n \xE4rendets kontakt",
  "form.customer": "Kund",
  "waiting.title": "V\xE4ntar p\xE5 kunden",
  "waiting.code": "Kod i kundens telefon",
  "waiting.script.client": "\xD6ppna {eid} i din telefon. Godk\xE4nn bara om du ser koden {code}.",
  "waiting.script.provider": "\xD6ppna {eid} i din telefon och v\xE4lj orden \u201D{code}\u201D.",
  "waiting.timeLeft": "{time} kvar",
  "waiting.sentTo": "Skickad till {target}",
  "waiting.cancel": "Avbryt",
  "result.approved": "Identiteten \xE4r bekr\xE4ftad",
  "result.denied": "Kunden avb\xF6jde",
  "result.expired": "Beg\xE4ran gick ut",
  "result.failed": "Kontrollen misslyckades",
  "result.cancelled": "Kontrollen avbr\xF6ts",
  "result.retry": "Skicka en ny beg\xE4ran",
  "result.attemptsLeft": "{count} beg\xE4randen kvar till den h\xE4r kunden de n\xE4rmaste minuterna",
  "result.noAttemptsLeft": "Inga fler beg\xE4randen just nu: f\xF6rs\xF6k igen kl. {time}",
  "field.name": "Namn",
  "field.birthDate": "F\xF6delsedatum",
  "field.nationalId": "Personnummer",
  "field.eid": "e-legitimation",
  "field.level": "Tillitsniv\xE5",
  "field.verifiedAt": "Bekr\xE4ftad",
  "field.phone": "Telefon",
  "level.low": "L\xE5g",
  "level.substantial": "V\xE4sentlig",
  "level.high": "H\xF6g",
  "match.match": "St\xE4mmer med kunduppgifterna",
  "match.partial": "St\xE4mmer delvis med kunduppgifterna",
  "match.mismatch": "St\xE4mmer INTE med kunduppgifterna",
  "match.unknown": "Inget i kunduppgifterna att j\xE4mf\xF6ra med",
  "match.field.name": "Namn",
  "match.field.birthDate": "F\xF6delsedatum",
  "match.field.phone": "Telefon",
  "match.field.nationalId": "Personnummer",
  "match.result.same": "samma",
  "match.result.similar": "liknande",
  "match.result.different": "olika",
  "match.result.missing": "saknas i uppgifterna",
  "note.saved": "Intern anteckning tillagd i \xE4rendet",
  "note.failed": "Den interna anteckningen kunde inte sparas",
  "record.confirming": "Bekr\xE4ftar verifieringen\u2026",
  "record.saved": "Verifieringen \xE4r registrerad p\xE5 \xE4rendet",
  "record.failed": "Verifieringen kunde inte registreras",
  "app.loading": "Laddar\u2026",
  "app.contextFailed": "Verifieringspanelen kunde inte l\xE4sa in posten",
  "audit.title.approved": "Identiteten bekr\xE4ftad med {eid}",
  "audit.title.denied": "Identitetskontroll med {eid}: avb\xF6jd av kunden",
  "audit.title.expired": "Identitetskontroll med {eid}: gick ut utan svar",
  "audit.title.failed": "Identitetskontroll med {eid}: misslyckades",
  "audit.agent": "Handl\xE4ggare",
  "audit.sentTo": "Skickad till",
  "audit.bindingMessage": "Visad kod",
  "audit.match": "Kunduppgifter",
  "audit.error": "Orsak",
  "audit.evidence": "Bevis",
  "audit.issuer": "Utf\xE4rdare",
  "audit.subject": "Subjekt",
  "audit.transaction": "Transaktion",
  "audit.idToken": "ID-token SHA-256",
  "error.identifier.empty": "Ange ett nummer.",
  "error.identifier.invalid_characters": "Anv\xE4nd bara siffror (mellanslag och bindestreck g\xE5r bra).",
  "error.identifier.invalid_length": "Numret har fel antal siffror.",
  "error.identifier.invalid_date": "Numret inneh\xE5ller inget giltigt f\xF6delsedatum.",
  "error.identifier.invalid_checksum": "Numret \xE4r ogiltigt: kontrollera om det finns ett skrivfel.",
  "error.identifier.invalid_phone": "Det h\xE4r \xE4r inget giltigt mobilnummer.",
  "error.identifier.kind_not_accepted": "Den h\xE4r e-legitimationen kr\xE4ver en annan sorts nummer.",
  "error.config.unknown_eid": "Ok\xE4nd e-legitimation.",
  "error.config.eid_not_offered": "Den h\xE4r e-legitimationen erbjuds inte av den valda leverant\xF6ren.",
  "error.config.invalid": "Appen \xE4r inte r\xE4tt konfigurerad. Kontakta din administrat\xF6r.",
  "error.provider.unknown_user_id": "Leverant\xF6ren av e-legitimation k\xE4nner inte till personen.",
  "error.provider.invalid_binding_message": "Leverant\xF6ren avvisade koden. F\xF6rs\xF6k igen.",
  "error.provider.access_denied": "Kunden avb\xF6jde beg\xE4ran.",
  "error.provider.expired_token": "Beg\xE4ran gick ut innan kunden svarade.",
  "error.provider.invalid_client": "Leverant\xF6ren avvisade appens inloggningsuppgifter. Kontakta din administrat\xF6r.",
  "error.provider.invalid_request": "Leverant\xF6ren avvisade beg\xE4ran.",
  "error.provider.invalid_grant": "Leverant\xF6ren k\xE4nner inte l\xE4ngre till beg\xE4ran.",
  "error.provider.unauthorized_client": "Appen f\xE5r inte anv\xE4nda den h\xE4r e-legitimationen. Kontakta din administrat\xF6r.",
  "error.provider.unavailable": "Leverant\xF6ren svarar inte. F\xF6rs\xF6k igen om en stund.",
  "error.provider.bad_response": "Leverant\xF6ren skickade ett svar som appen inte kan l\xE4sa.",
  "error.provider.error": "Leverant\xF6ren rapporterade ett fel.",
  "error.network.error": "Kunde inte n\xE5 leverant\xF6ren av e-legitimation.",
  "error.network.timeout": "Leverant\xF6ren svarade inte i tid.",
  "error.token.malformed": "Identitetsbeviset \xE4r felaktigt och avvisades.",
  "error.token.alg_not_allowed": "Identitetsbeviset anv\xE4nder en otill\xE5ten signaturalgoritm och avvisades.",
  "error.token.unknown_key": "Identitetsbeviset \xE4r signerat med en ok\xE4nd nyckel och avvisades.",
  "error.token.invalid_signature": "Identitetsbeviset har en ogiltig signatur och avvisades.",
  "error.token.wrong_issuer": "Identitetsbeviset kommer fr\xE5n fel utf\xE4rdare och avvisades.",
  "error.token.wrong_audience": "Identitetsbeviset \xE4r utf\xE4rdat till en annan app och avvisades.",
  "error.token.expired": "Identitetsbeviset har g\xE5tt ut och avvisades.",
  "error.token.not_yet_valid": "Identitetsbeviset \xE4r inte giltigt \xE4nnu (kontrollera klockan) och avvisades.",
  "error.token.missing_claim": "Identitetsbeviset saknar n\xF6dv\xE4ndiga uppgifter och avvisades.",
  "error.token.acr_mismatch": "Identitetsbeviset har fel tillitsniv\xE5 och avvisades.",
  "error.token.identity_mismatch": "N\xE5gon annan \xE4n den tillfr\xE5gade personen godk\xE4nde. Resultatet avvisades.",
  "error.token.not_from_broker": "Identitetsbeviset \xE4r inte det som eID-leverant\xF6ren skickade och avvisades.",
  "error.guard.limit_reached": "F\xF6r m\xE5nga beg\xE4randen till den h\xE4r kunden. F\xF6rs\xF6k igen kl. {time}.",
  "error.cancelled": "Avbrutet."
};

// ../../packages/verification-core/dist/i18n/index.js
var LOCALES = ["en", "da", "sv", "nb"];
var catalogues = { en, da, sv, nb };
function resolveLocale(tag2) {
  const language = (tag2 ?? "").toLowerCase().split(/[-_]/)[0];
  if (language === "no" || language === "nn" || language === "nb")
    return "nb";
  return LOCALES.includes(language ?? "") ? language : "en";
}
function t(locale, key, params = {}) {
  const template = catalogues[locale]?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
}
function errorMessage(locale, error) {
  const code = isVerificationError(error) ? error.code : typeof error?.code === "string" ? error.code : void 0;
  const key = `error.${code}`;
  if (!code || !(key in en))
    return t(locale, "error.provider.error");
  const retryAt = error.details?.retryAt;
  return t(locale, key, retryAt ? { time: formatTime(locale, retryAt) } : {});
}
function formatDuration(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1e3));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
var INTL_LOCALE = { en: "en-GB", da: "da-DK", sv: "sv-SE", nb: "nb-NO" };
function formatTime(locale, epochMs, timeZone) {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: "2-digit",
    minute: "2-digit",
    timeZone
  }).format(epochMs);
}
function formatDate(locale, isoDate3) {
  const [year, month, day] = isoDate3.split("-").map(Number);
  if (!year || !month || !day)
    return isoDate3;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC"
  }).format(Date.UTC(year, month - 1, day));
}
function formatDateTime(locale, epochMs, timeZone) {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone
  }).format(epochMs);
}

// ../../packages/verification-core/dist/audit.js
function auditRecord(outcome, match, finishedAt = Date.now()) {
  const { pending } = outcome;
  const base = {
    status: outcome.status,
    eid: pending.eid,
    authReqId: pending.authReqId,
    issuer: pending.issuer,
    sentTo: pending.sentTo,
    bindingMessage: pending.bindingMessage,
    startedAt: new Date(pending.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString()
  };
  if (outcome.status !== "approved") {
    return prune({
      ...base,
      errorCode: outcome.error.code,
      providerError: outcome.error.details.providerError
    });
  }
  const { identity, evidence } = outcome;
  return prune({
    ...base,
    fullName: identity.fullName,
    birthDate: identity.birthDate,
    nationalIdMasked: identity.nationalIdMasked,
    levelOfAssurance: identity.levelOfAssurance,
    acr: evidence.acr,
    subject: evidence.subject,
    transactionId: evidence.transactionId,
    idTokenSha256: evidence.idTokenSha256,
    matchVerdict: match?.verdict
  });
}

// ../../packages/verification-core/dist/guard.js
var DEFAULT_CHALLENGE_LIMIT = { limit: 3, windowMs: 10 * 60 * 1e3 };
function checkChallengeLimit(attempts, options = {}) {
  const limit = options.limit ?? DEFAULT_CHALLENGE_LIMIT.limit;
  const windowMs = options.windowMs ?? DEFAULT_CHALLENGE_LIMIT.windowMs;
  const now = options.now ?? Date.now();
  const recent = attempts.filter((t2) => t2 > now - windowMs && t2 <= now).sort((a, b) => a - b);
  if (recent.length < limit)
    return { allowed: true, remaining: limit - recent.length };
  const oldestCounted = recent[recent.length - limit];
  return { allowed: false, remaining: 0, retryAt: oldestCounted + windowMs };
}
export {
  VerificationError,
  auditRecord,
  checkChallengeLimit,
  createVerifier,
  eidLabel,
  eids,
  errorMessage,
  formatDate,
  formatDateTime,
  formatDuration,
  formatTime,
  maskNationalId,
  matchIdentity,
  parseIdentifier,
  prefillIdentifier,
  resolveLocale,
  suggestEid,
  t
};
