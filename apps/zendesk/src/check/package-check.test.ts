import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { checkPackage, duplicateKeys, pngSize, type PackageFiles } from './package-check.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));
const text = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const manifest = () => JSON.parse(readFileSync(new URL('src/manifest/manifest.json', root), 'utf8'));
const translations = () =>
  JSON.parse(readFileSync(new URL('src/manifest/translations/en.json', root), 'utf8'));

/** Our own package, from the sources (the built zip is checked by `pnpm check` / the build). */
function ourPackage(change: (files: Map<string, Uint8Array>) => void = () => {}): PackageFiles {
  const files = new Map<string, Uint8Array>([
    ['manifest.json', read('src/manifest/manifest.json')],
    ['translations/en.json', read('src/manifest/translations/en.json')],
    ['assets/index.html', text('<!doctype html><script src="app.js"></script>')],
    ['assets/app.js', text('console.log(1)')],
    ['assets/logo.png', read('assets/logo.png')],
    ['assets/logo-small.png', read('assets/logo-small.png')],
  ]);
  change(files);
  return { files };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the manifest on purpose
function withManifest(edit: (m: Record<string, any>) => void): PackageFiles {
  const m = manifest();
  edit(m);
  return ourPackage((files) => files.set('manifest.json', text(m)));
}

const codes = (pkg: PackageFiles) => checkPackage(pkg).errors.map((e) => e.code);

describe('package check', () => {
  it('passes our package (warnings only: placeholder author)', () => {
    const result = checkPackage(ourPackage());
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual([
      'placeholder_author',
      'placeholder_author',
      'possible_secrets',
    ]);
  });

  it('our manifest declares the client credential secure, with header scope only', () => {
    const p = manifest().parameters.find((x: { name: string }) => x.name === 'client_credential');
    expect(p).toMatchObject({ secure: true, scopes: ['header'] });
    expect(p.default).toBeUndefined();
    expect(manifest().location.support.ticket_sidebar).toEqual({ url: 'assets/index.html', flexible: true });
  });

  it('requires the manifest fields and their types', () => {
    expect(codes(withManifest((m) => delete m.author))).toContain('missing_manifest_field');
    expect(codes(withManifest((m) => delete m.frameworkVersion))).toContain('missing_manifest_field');
    expect(codes(withManifest((m) => (m.frameworkVersion = '1.0')))).toContain('invalid_version');
    expect(codes(withManifest((m) => (m.private = 'false')))).toContain('invalid_type');
    expect(codes(withManifest((m) => (m.domainWhitelist = 'idura.broker')))).toContain('invalid_type');
    expect(codes(withManifest((m) => (m.author.url = 'ftp://x')))).toContain('invalid_url');
    expect(codes(withManifest((m) => (m.defaultLocale = 'English')))).toContain('invalid_default_locale');
    expect(codes(withManifest((m) => (m.defaultLocale = 'da')))).toContain('missing_translation_file');
  });

  it('checks the location: known names, url in the package, boolean flexible', () => {
    expect(
      codes(withManifest((m) => (m.location.support.ticket_sidebar.url = 'assets/missing.html'))),
    ).toContain('missing_location_uri');
    expect(codes(withManifest((m) => (m.location.support.ticket_sidebar.url = 'index.html')))).toContain(
      'invalid_location_uri',
    );
    expect(
      codes(withManifest((m) => (m.location.support.ticket_sidebar.url = 'http://example.com/app'))),
    ).toContain('invalid_location_uri');
    expect(
      codes(withManifest((m) => (m.location.support.ticket_sidebar.url = 'http://localhost:3000/'))),
    ).toEqual([]);
    expect(codes(withManifest((m) => (m.location.support.ticket_sidebar.flexible = 'yes')))).toContain(
      'invalid_type',
    );
    expect(codes(withManifest((m) => (m.location.support.sidebar = 'assets/index.html')))).toContain(
      'invalid_location',
    );
    expect(codes(withManifest((m) => (m.location.support.ticket_sidebar.url = '')))).toContain(
      'blank_location_uri',
    );
  });

  it('checks parameters: names, types, secure and scopes', () => {
    const add = (p: object) => withManifest((m) => m.parameters.push(p));
    expect(codes(add({ name: 'issuer' }))).toContain('duplicate_parameters');
    expect(codes(add({ name: 'name' }))).toContain('invalid_parameter_name');
    expect(codes(add({ name: 'x', type: 'password' }))).toContain('invalid_type_parameter');
    expect(codes(add({ name: 'x', secure: 'true' }))).toContain('invalid_required_or_secure');
    expect(codes(add({ name: 'x', type: 'hidden', required: true }))).toContain('invalid_hidden_parameter');
    expect(codes(add({ name: 'x', type: 'oauth', secure: true }))).toContain(
      'oauth_parameter_cannot_be_secure',
    );
    expect(codes(add({ name: 'x', scopes: ['header'] }))).toContain('invalid_scopes');
    expect(codes(add({ name: 'x', secure: true, scopes: [] }))).toContain('invalid_scopes');
    expect(codes(add({ name: 'x', secure: true, scopes: ['cookie'] }))).toContain('invalid_scopes');
    const warnings = (p: object) => checkPackage(add(p)).warnings.map((w) => w.code);
    expect(warnings({ name: 'api_token', type: 'text' })).toContain('insecure_token_parameter');
    expect(warnings({ name: 'x', secure: true, default: 'y', scopes: ['header'] })).toContain(
      'default_secure_or_hidden',
    );
    expect(warnings({ name: 'x', secure: true })).toContain('secure_parameter_without_scopes');
  });

  it('needs the public listing texts and a label and help text per parameter', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the translations on purpose
    const withTranslations = (edit: (t: Record<string, any>) => void) => {
      const t = translations();
      edit(t);
      return ourPackage((files) => files.set('translations/en.json', text(t)));
    };
    expect(codes(withTranslations((t) => delete t.app.long_description))).toContain('missing_translation');
    expect(codes(withTranslations((t) => delete t.app.installation_instructions))).toContain(
      'missing_translation',
    );
    expect(codes(withTranslations((t) => delete t.app.short_description))).toContain('missing_translation');
    expect(codes(withTranslations((t) => delete t.app.parameters.issuer))).toContain(
      'missing_parameter_label',
    );
    expect(codes(withTranslations((t) => delete t.app.parameters.issuer.helpText))).toContain(
      'missing_parameter_help',
    );
    expect(codes(ourPackage((files) => void files.set('translations/english.json', text({}))))).toContain(
      'invalid_translation_file',
    );
  });

  it('rejects forbidden file types by extension and by content, nested manifests and symlinks', () => {
    expect(codes(ourPackage((files) => void files.set('assets/docs.pdf', text('%PDF-1.4'))))).toContain(
      'unsupported_mime_type_detected',
    );
    expect(
      codes(
        ourPackage((files) => files.set('assets/data.bin.js', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))),
      ),
    ).toContain('unsupported_mime_type_detected');
    expect(codes(ourPackage((files) => void files.set('assets/run.sh', text('echo'))))).toContain(
      'unsupported_mime_type_detected',
    );
    expect(codes(ourPackage((files) => files.set('sub/manifest.json', text({}))))).toContain(
      'nested_manifest',
    );
    expect(codes({ ...ourPackage(), symlinks: ['assets/link'] })).toContain('symlink_in_package');
    expect(
      codes(ourPackage((files) => files.set('tmp/app-1.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04])))),
    ).toEqual([]);
  });

  it('needs the logos at 320x320 and 128x128', () => {
    expect(codes(ourPackage((files) => files.delete('assets/logo.png')))).toContain('missing_file');
    expect(
      codes(ourPackage((files) => files.set('assets/logo.png', read('assets/logo-small.png')))),
    ).toContain('invalid_logo_size');
    expect(pngSize(read('assets/logo.png'))).toEqual({ width: 320, height: 320 });
  });

  it('finds duplicate JSON keys and warns about secrets and http URLs', () => {
    expect(duplicateKeys('{"a":1,"b":{"a":2},"a":3}')).toEqual(['a']);
    expect(duplicateKeys('{"a":"{\\"a\\":1}","b":[{"c":1},{"c":2}]}')).toEqual([]);
    const dup = ourPackage((files) =>
      files.set(
        'manifest.json',
        text(
          new TextDecoder()
            .decode(read('src/manifest/manifest.json'))
            .replace('"version"', '"version": "0.0.1", "version"'),
        ),
      ),
    );
    expect(codes(dup)).toContain('duplicate_key');
    const warned = checkPackage(
      ourPackage((files) =>
        files.set('assets/app.js', text('const password = "x"; fetch("http://example.com")')),
      ),
    ).warnings.map((w) => w.code);
    expect(warned).toEqual(expect.arrayContaining(['possible_secrets', 'insecure_http_request']));
  });
});
