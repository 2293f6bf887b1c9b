/**
 * An offline check of a Zendesk app package against the rules Zendesk applies on upload.
 *
 * `zcli apps:validate` / `apps:package` only zip the folder and POST it to a live account's
 * `/api/v2/apps/validate`, so CI cannot use them. The rules below re-implement the ones in Zendesk's
 * `zendesk_apps_support` validator (manifest, parameters, locations, translations, mime types, secure-setting,
 * request and secret warnings; see shared/research/zendesk.md §1), plus a few of our own for a public listing
 * (marked "ours"): every parameter has a label and a help text, and both logos have the sizes Zendesk asks for.
 */

export type Severity = 'error' | 'warning';

export interface PackageIssue {
  severity: Severity;
  /** Stable code, close to the validator's error key where there is one. */
  code: string;
  message: string;
  file?: string;
}

export interface PackageCheckResult {
  errors: PackageIssue[];
  warnings: PackageIssue[];
}

/** Package contents: path relative to the package root (forward slashes) → bytes. Symlinks listed separately. */
export interface PackageFiles {
  files: Map<string, Uint8Array>;
  symlinks?: string[];
}

export const FRAMEWORK_VERSIONS = ['2.0'];
export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];
export const PARAMETER_SCOPES = [
  'header',
  'body',
  'url',
  'jwt_secret_key',
  'jwt_claim',
  'basic_auth_username',
  'basic_auth_password',
];
export const SUPPORT_LOCATIONS = [
  'ticket_sidebar',
  'new_ticket_sidebar',
  'user_sidebar',
  'organization_sidebar',
  'top_bar',
  'nav_bar',
  'ticket_editor',
  'background',
  'modal',
];
const PRODUCTS = ['support', 'chat', 'sell'];
const LOCATION_OPTIONS = [
  'legacy',
  'autoLoad',
  'autoHide',
  'flexible',
  'signed',
  'url',
  'size',
  'objectTypes',
];
const LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;
const BOOLEAN_FIELDS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'];
const STRING_FIELDS = ['defaultLocale', 'version', 'frameworkVersion', 'termsConditionsURL', 'gaID'];
const REQUIRED_FILES = ['manifest.json', 'assets/logo.png', 'assets/logo-small.png'];
/** Zendesk's listing sizes for the two logos (ours: the validator does not measure them). */
export const LOGO_SIZES: Record<string, number> = { 'assets/logo.png': 320, 'assets/logo-small.png': 128 };

/** Extensions the validator's mime check rejects (`unsupported_mime_type_detected`). */
const FORBIDDEN_EXTENSIONS = [
  'zip',
  'gz',
  'tgz',
  'rar',
  'pdf',
  'doc',
  'docx',
  'ppt',
  'pptx',
  'xls',
  'xlsx',
  'sh',
  'csh',
  'jar',
  'bin',
  'mp3',
  'mpeg',
  'mpg',
  'avi',
  'odt',
  '7z',
  'bz',
  'bz2',
  'exe',
];
/** Leading bytes of the same formats, so a renamed file is caught too. */
const FORBIDDEN_MAGIC: Array<[string, number[]]> = [
  ['zip/jar/docx', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['ms-office', [0xd0, 0xcf, 0x11, 0xe0]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['mp3', [0x49, 0x44, 0x33]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['shell script', [0x23, 0x21]],
];
/** The validator's secret keywords (case-sensitive) and patterns; matches are warnings reviewers see. */
const SECRET_KEYWORDS = [
  'password',
  'secret',
  'secretToken',
  'secret_token',
  'auth_key',
  'authKey',
  'auth_pass',
  'authPass',
  'auth_user',
  'AuthUser',
  'api_key',
];
const SECRET_PATTERNS = [/-----BEGIN (RSA |EC |OPENSSH |)PRIVATE KEY-----/, /AKIA[0-9A-Z]{16}/];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function checkPackage(pkg: PackageFiles): PackageCheckResult {
  const issues: PackageIssue[] = [];
  const add = (severity: Severity, code: string, message: string, file?: string) =>
    issues.push(file === undefined ? { severity, code, message } : { severity, code, message, file });
  // Zendesk and zcli both ignore tmp/.
  const files = new Map([...pkg.files].filter(([path]) => !path.startsWith('tmp/')));

  for (const link of pkg.symlinks ?? []) add('error', 'symlink_in_package', 'Symlinks are not allowed', link);
  for (const path of REQUIRED_FILES)
    if (!files.has(path)) add('error', 'missing_file', `Missing required file ${path}`, path);
  for (const path of files.keys()) {
    if (path !== 'manifest.json' && path.endsWith('/manifest.json')) {
      add('error', 'nested_manifest', 'manifest.json must be at the root of the package', path);
    }
  }

  const manifest = parseJsonFile(files, 'manifest.json', add);
  if (manifest) checkManifest(manifest, files, add);
  checkTranslations(files, manifest, add);
  checkLogos(files, add);
  checkFileContents(files, add);

  return {
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}

type Add = (severity: Severity, code: string, message: string, file?: string) => void;

function parseJsonFile(files: Map<string, Uint8Array>, path: string, add: Add): JsonObject | undefined {
  const bytes = files.get(path);
  if (!bytes) return undefined;
  const text = new TextDecoder().decode(bytes);
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    add('error', 'invalid_json', `Not valid JSON: ${(error as Error).message}`, path);
    return undefined;
  }
  for (const key of duplicateKeys(text)) add('error', 'duplicate_key', `Duplicate key "${key}"`, path);
  if (!isObject(value)) {
    add('error', 'invalid_json', 'Must be a JSON object', path);
    return undefined;
  }
  return value;
}

function checkManifest(m: JsonObject, files: Map<string, Uint8Array>, add: Add): void {
  const file = 'manifest.json';
  const requirementsOnly = m.requirementsOnly === true || m.marketingOnly === true;
  const required = ['author', 'defaultLocale', ...(requirementsOnly ? [] : ['location', 'frameworkVersion'])];
  for (const key of required) {
    if (m[key] === undefined) add('error', 'missing_manifest_field', `Missing required field "${key}"`, file);
  }
  for (const key of BOOLEAN_FIELDS) {
    if (m[key] !== undefined && typeof m[key] !== 'boolean') {
      add('error', 'invalid_type', `"${key}" must be a boolean`, file);
    }
  }
  for (const key of STRING_FIELDS) {
    if (m[key] !== undefined && typeof m[key] !== 'string')
      add('error', 'invalid_type', `"${key}" must be a string`, file);
  }
  if (typeof m.frameworkVersion === 'string' && !FRAMEWORK_VERSIONS.includes(m.frameworkVersion)) {
    add('error', 'invalid_version', `frameworkVersion must be one of ${FRAMEWORK_VERSIONS.join(', ')}`, file);
  }
  if (m.author !== undefined) {
    if (!isObject(m.author)) add('error', 'invalid_type', '"author" must be an object', file);
    else {
      for (const key of ['name', 'email', 'url']) {
        if (m.author[key] !== undefined && typeof m.author[key] !== 'string') {
          add('error', 'invalid_type', `"author.${key}" must be a string`, file);
        }
      }
      if (typeof m.author.name !== 'string' || !m.author.name)
        add('error', 'missing_manifest_field', 'Missing "author.name"', file);
      if (typeof m.author.url === 'string' && !isHttpUrl(m.author.url))
        add('error', 'invalid_url', '"author.url" must be an http(s) URL', file);
      for (const key of ['email', 'url']) {
        const value = m.author[key];
        if (typeof value === 'string' && /\.example(\/|$)/.test(value)) {
          add(
            'warning',
            'placeholder_author',
            `"author.${key}" is a placeholder (${value}): set the real one before a Marketplace submission`,
            file,
          );
        }
      }
    }
  }
  if (typeof m.termsConditionsURL === 'string' && !isHttpUrl(m.termsConditionsURL)) {
    add('error', 'invalid_url', '"termsConditionsURL" must be an http(s) URL', file);
  }
  if (
    m.domainWhitelist !== undefined &&
    !(Array.isArray(m.domainWhitelist) && m.domainWhitelist.every((d) => typeof d === 'string'))
  ) {
    add('error', 'invalid_type', '"domainWhitelist" must be an array of strings', file);
  }
  if (m.experiments !== undefined && !isObject(m.experiments))
    add('error', 'invalid_type', '"experiments" must be an object', file);
  if (typeof m.defaultLocale === 'string') {
    if (!LOCALE.test(m.defaultLocale))
      add('error', 'invalid_default_locale', `defaultLocale "${m.defaultLocale}" is not a locale`, file);
    else if (!files.has(`translations/${m.defaultLocale}.json`)) {
      add(
        'error',
        'missing_translation_file',
        `translations/${m.defaultLocale}.json must exist for defaultLocale`,
        file,
      );
    }
  }
  if (m.location !== undefined) checkLocations(m.location, files, add);
  if (m.parameters !== undefined) {
    if (!Array.isArray(m.parameters)) add('error', 'invalid_type', '"parameters" must be an array', file);
    else checkParameters(m.parameters, add);
  }
}

function checkLocations(location: Json, files: Map<string, Uint8Array>, add: Add): void {
  const file = 'manifest.json';
  if (!isObject(location)) {
    add('error', 'invalid_location', '"location" must be an object of products', file);
    return;
  }
  for (const [product, locations] of Object.entries(location)) {
    if (!PRODUCTS.includes(product)) add('error', 'invalid_location', `Unknown product "${product}"`, file);
    if (!isObject(locations)) {
      add('error', 'invalid_location', `location.${product} must be an object`, file);
      continue;
    }
    for (const [name, options] of Object.entries(locations)) {
      const where = `location.${product}.${name}`;
      if (product === 'support' && !SUPPORT_LOCATIONS.includes(name))
        add('error', 'invalid_location', `Unknown location "${name}"`, file);
      const opts: JsonObject =
        typeof options === 'string' ? { url: options } : isObject(options) ? options : {};
      for (const key of Object.keys(opts)) {
        if (!LOCATION_OPTIONS.includes(key))
          add('error', 'invalid_location_option', `${where}: unknown option "${key}"`, file);
      }
      if (opts.flexible !== undefined && typeof opts.flexible !== 'boolean') {
        add('error', 'invalid_type', `${where}.flexible must be a boolean`, file);
      }
      const url = opts.url;
      const autoLoad = opts.autoLoad !== false;
      if (url === undefined || url === '') {
        if (autoLoad) add('error', 'blank_location_uri', `${where} has no url`, file);
        continue;
      }
      if (typeof url !== 'string') {
        add('error', 'invalid_type', `${where}.url must be a string`, file);
        continue;
      }
      if (url.includes('{{setting.')) continue;
      if (/^[a-z]+:/i.test(url)) {
        let parsed: URL | undefined;
        try {
          parsed = new URL(url);
        } catch {
          parsed = undefined;
        }
        if (!parsed || !(parsed.protocol === 'https:' || parsed.hostname === 'localhost')) {
          add('error', 'invalid_location_uri', `${where}.url must be https (or localhost)`, file);
        }
      } else if (!url.startsWith('assets/')) {
        add('error', 'invalid_location_uri', `${where}.url must start with assets/`, file);
      } else if (!files.has(url.split(/[?#]/)[0]!)) {
        add('error', 'missing_location_uri', `${where}.url ${url} is not in the package`, file);
      }
    }
  }
}

function checkParameters(parameters: Json[], add: Add): void {
  const file = 'manifest.json';
  const seen = new Set<string>();
  let oauthCount = 0;
  for (const raw of parameters) {
    if (!isObject(raw) || typeof raw.name !== 'string' || !raw.name) {
      add('error', 'missing_parameter_name', 'Every parameter needs a name', file);
      continue;
    }
    const p = raw;
    const name = raw.name;
    const where = `parameter "${name}"`;
    if (seen.has(name)) add('error', 'duplicate_parameters', `Duplicate ${where}`, file);
    seen.add(name);
    if (name === 'name') add('error', 'invalid_parameter_name', 'A parameter may not be called "name"', file);
    const type = p.type ?? 'text';
    if (typeof type !== 'string' || !PARAMETER_TYPES.includes(type))
      add('error', 'invalid_type_parameter', `${where}: invalid type ${JSON.stringify(type)}`, file);
    for (const key of ['required', 'secure']) {
      if (p[key] !== undefined && typeof p[key] !== 'boolean')
        add('error', 'invalid_required_or_secure', `${where}: "${key}" must be a boolean`, file);
    }
    if (type === 'hidden' && p.required === true)
      add('error', 'invalid_hidden_parameter', `${where}: a hidden parameter cannot be required`, file);
    if (type === 'oauth') {
      oauthCount++;
      if (p.secure === true)
        add(
          'error',
          'oauth_parameter_cannot_be_secure',
          `${where}: an oauth parameter cannot be secure`,
          file,
        );
    }
    if (p.scopes !== undefined) {
      if (p.secure !== true)
        add('error', 'invalid_scopes', `${where}: scopes are only allowed on secure parameters`, file);
      if (!Array.isArray(p.scopes) || p.scopes.length === 0)
        add('error', 'invalid_scopes', `${where}: scopes must be a non-empty array`, file);
      else {
        for (const scope of p.scopes) {
          if (typeof scope !== 'string' || !PARAMETER_SCOPES.includes(scope)) {
            add('error', 'invalid_scopes', `${where}: unknown scope ${JSON.stringify(scope)}`, file);
          }
        }
      }
    } else if (p.secure === true) {
      add(
        'warning',
        'secure_parameter_without_scopes',
        `${where} is secure but declares no scopes (may cause token exposure)`,
        file,
      );
    }
    if (p.secure !== true && type === 'text' && /token|key|pwd|password/i.test(name)) {
      add('warning', 'insecure_token_parameter', `${where} looks like a secret but is not secure`, file);
    }
    if (p.default !== undefined && (p.secure === true || type === 'hidden')) {
      add(
        'warning',
        'default_secure_or_hidden',
        `${where}: a default on a secure or hidden parameter is not stored securely`,
        file,
      );
    }
  }
  if (oauthCount > 1) add('error', 'too_many_oauth_parameters', 'At most one oauth parameter', file);
}

function checkTranslations(files: Map<string, Uint8Array>, manifest: JsonObject | undefined, add: Add): void {
  for (const path of files.keys()) {
    if (!path.startsWith('translations/')) continue;
    const name = path.slice('translations/'.length);
    if (!name.endsWith('.json') || !LOCALE.test(name.slice(0, -5))) {
      add('error', 'invalid_translation_file', `${path}: translation files are named <locale>.json`, path);
      continue;
    }
    parseJsonFile(files, path, add);
  }
  const locale = typeof manifest?.defaultLocale === 'string' ? manifest.defaultLocale : 'en';
  const path = `translations/${locale}.json`;
  const translations = files.has(path)
    ? parseJsonFile(new Map([[path, files.get(path)!]]), path, () => {})
    : undefined;
  if (!translations) {
    if (!files.has(path)) add('error', 'missing_translation_file', `Missing ${path}`, path);
    return;
  }
  const app = isObject(translations.app) ? translations.app : {};
  const isPublic = manifest?.private === false;
  const requiredKeys = isPublic ? ['name', 'long_description', 'installation_instructions'] : ['name'];
  for (const key of requiredKeys) {
    if (!nonEmptyText(app[key]))
      add(
        'error',
        'missing_translation',
        `app.${key} is required${isPublic ? ' for a public app' : ''}`,
        path,
      );
  }
  if (isPublic && !nonEmptyText(app.short_description) && !nonEmptyText(app.description)) {
    add('error', 'missing_translation', 'app.short_description is required for a public app', path);
  }
  const parameters = Array.isArray(manifest?.parameters) ? manifest.parameters : [];
  const texts = isObject(app.parameters) ? app.parameters : {};
  for (const p of parameters) {
    if (!isObject(p) || typeof p.name !== 'string') continue;
    const entry = texts[p.name];
    if (!isObject(entry) || !nonEmptyText(entry.label)) {
      add('error', 'missing_parameter_label', `app.parameters.${p.name}.label is missing`, path);
    } else if (isPublic && !nonEmptyText(entry.helpText)) {
      // ours: a public listing explains every setting
      add('error', 'missing_parameter_help', `app.parameters.${p.name}.helpText is missing`, path);
    }
  }
}

/** `{title, value}` leaves are the translation tool's format; both count as text. */
function nonEmptyText(value: Json | undefined): boolean {
  if (typeof value === 'string') return value.trim().length > 0;
  return isObject(value) && typeof value.value === 'string' && value.value.trim().length > 0;
}

function checkLogos(files: Map<string, Uint8Array>, add: Add): void {
  for (const [path, size] of Object.entries(LOGO_SIZES)) {
    const bytes = files.get(path);
    if (!bytes) continue;
    const dims = pngSize(bytes);
    if (!dims) add('error', 'invalid_logo', `${path} is not a PNG`, path);
    else if (dims.width !== size || dims.height !== size) {
      add(
        'error',
        'invalid_logo_size',
        `${path} is ${dims.width}x${dims.height}, Zendesk asks for ${size}x${size}`,
        path,
      );
    }
  }
}

export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function checkFileContents(files: Map<string, Uint8Array>, add: Add): void {
  for (const [path, bytes] of files) {
    const ext = path.includes('.') ? path.slice(path.lastIndexOf('.') + 1).toLowerCase() : '';
    const magic = FORBIDDEN_MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
    if (FORBIDDEN_EXTENSIONS.includes(ext) || magic) {
      add(
        'error',
        'unsupported_mime_type_detected',
        `Unsupported file type${magic ? ` (${magic[0]})` : ''}`,
        path,
      );
      continue;
    }
    if (!['js', 'html', 'json', 'svg'].includes(ext)) continue;
    const text = new TextDecoder().decode(bytes);
    if (ext === 'js' || ext === 'html') {
      const http = text.match(/http:\/\/[^\s"'`)]+/g);
      if (http) {
        const sample = [...new Set(http)].slice(0, 3).join(', ');
        add('warning', 'insecure_http_request', `Contains http:// URLs (${sample})`, path);
      }
    }
    if (ext !== 'svg') {
      const keywords = SECRET_KEYWORDS.filter((k) => text.includes(k));
      if (keywords.length || SECRET_PATTERNS.some((re) => re.test(text))) {
        add(
          'warning',
          'possible_secrets',
          `Possible secrets found (keywords: ${keywords.join(', ') || 'pattern'})`,
          path,
        );
      }
    } else if (/<script|<image[^>]+href=["']data:/i.test(text)) {
      add('warning', 'svg_sanitized', 'SVG contains scripts or embedded bitmaps, which Zendesk strips', path);
    }
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Keys that occur twice in one JSON object (JSON.parse silently keeps the last one; Zendesk rejects them).
 * A small scanner over already-valid JSON: tracks object nesting and which strings are keys.
 */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Array<{ keys: Set<string> | undefined; expectKey: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '{') stack.push({ keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ keys: undefined, expectKey: false });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top?.keys) top.expectKey = true;
    else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          value += text.slice(j, j + 2);
          j += 2;
        } else value += text[j++];
      }
      if (top?.keys && top.expectKey) {
        if (top.keys.has(value)) found.push(value);
        top.keys.add(value);
        top.expectKey = false;
      }
      i = j;
    }
  }
  return found;
}
