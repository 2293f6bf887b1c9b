import { Messages } from '@salesforce/core';
import { Flags } from '@salesforce/sf-plugins-core';
import {
  brokers,
  clientSecretBasic,
  createVerifier,
  detectIdentifier,
  eidLabel,
  eids,
  errorMessage,
  fetchTransport,
  formatDuration,
  LOCALES,
  parseIdentifier,
  privateKeyJwt,
  t,
  type ClientAuth,
  type EidId,
  type Locale,
  type ParsedIdentifier,
  type PendingVerification,
  type Verifier,
} from '@idverify/verification-core';
import { IdVerifyCommand } from '../../lib/command.js';
import { usageError } from '../../lib/errors.js';
import { EXIT } from '../../lib/exit-codes.js';
import { BROKER_IDS, EID_IDS, parseIssuer } from '../../lib/flags.js';
import { ENV, loadPrivateJwk, readSecretFromStdin } from '../../lib/secrets.js';
import { sendResult, type SendResult } from '../../lib/send-result.js';
import { toSfError } from '../../lib/verification-errors.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('@idverify/sf-plugin', 'idverify.send');

export type { SendResult };

export default class Send extends IdVerifyCommand<SendResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');

  public static override readonly flags = {
    eid: Flags.string({
      summary: messages.getMessage('flags.eid.summary'),
      options: [...EID_IDS],
      required: true,
      char: 'e',
    }),
    'national-id': Flags.string({
      summary: messages.getMessage('flags.national-id.summary'),
      exactlyOne: ['national-id', 'phone'],
    }),
    phone: Flags.string({
      summary: messages.getMessage('flags.phone.summary'),
      exactlyOne: ['national-id', 'phone'],
    }),
    issuer: Flags.string({
      summary: messages.getMessage('flags.issuer.summary'),
      required: true,
      env: ENV.issuer,
    }),
    'client-id': Flags.string({
      summary: messages.getMessage('flags.client-id.summary'),
      required: true,
      env: ENV.clientId,
    }),
    'client-secret': Flags.string({
      summary: messages.getMessage('flags.client-secret.summary'),
      env: ENV.clientSecret,
    }),
    'client-secret-stdin': Flags.boolean({
      summary: messages.getMessage('flags.client-secret-stdin.summary'),
      default: false,
    }),
    'private-key': Flags.file({
      summary: messages.getMessage('flags.private-key.summary'),
      env: ENV.privateKey,
    }),
    broker: Flags.string({
      summary: messages.getMessage('flags.broker.summary'),
      options: [...BROKER_IDS],
      default: 'idura',
    }),
    company: Flags.string({ summary: messages.getMessage('flags.company.summary'), default: 'Test' }),
    'call-initiator': Flags.string({
      summary: messages.getMessage('flags.call-initiator.summary'),
      options: ['user', 'RP'],
      default: 'user',
    }),
    locale: Flags.string({
      summary: messages.getMessage('flags.locale.summary'),
      options: [...LOCALES],
      default: 'en',
    }),
  };

  public async run(): Promise<SendResult> {
    const { flags } = await this.parse(Send);
    const locale = flags.locale as Locale;
    const eid = flags.eid as EidId;
    const broker = flags.broker;
    const issuer = parseIssuer(flags.issuer, (value) =>
      messages.getMessage('error.invalidIssuer', [value]),
    ).value;
    const clientId = flags['client-id'];

    const clientAuth = await this.clientAuth(flags, clientId);
    const verifier = createVerifier({ issuer, clientId, broker, transport: fetchTransport({ clientAuth }) });
    const identifier = this.identifier(verifier, eid, broker, flags, locale);

    this.spinner.start(
      `Sending a ${eidLabel(eid)} challenge to ${identifier.masked} via ${brokers[broker as keyof typeof brokers].name}`,
    );
    let pending: PendingVerification;
    try {
      pending = await verifier.start({
        eid,
        identifier: identifier.value,
        company: flags.company,
        callInitiator: flags['call-initiator'] as 'user' | 'RP',
      });
    } catch (error) {
      throw toSfError(error, locale);
    }
    this.spinner.stop(t(locale, 'waiting.sentTo', { target: pending.sentTo }));
    this.showScript(pending, locale);

    const outcome = await this.waitWithStatus(verifier, pending, locale);
    const result = sendResult(outcome, broker, locale, Date.now());
    this.showOutcome(result, locale);
    if (!result.verified) process.exitCode = EXIT.negative;
    return result;
  }

  private async clientAuth(
    flags: { 'private-key'?: string; 'client-secret'?: string; 'client-secret-stdin': boolean },
    clientId: string,
  ): Promise<ClientAuth> {
    if (flags['private-key']) return privateKeyJwt(clientId, await loadPrivateJwk(flags['private-key']));
    const secret = flags['client-secret-stdin'] ? await readSecretFromStdin() : flags['client-secret'];
    if (!secret) throw usageError(messages.getMessage('error.noCredential'), 'MissingCredential');
    return clientSecretBasic(clientId, secret);
  }

  /** Validates the identifier with the core before anything is sent (so a typo costs no challenge). */
  private identifier(
    verifier: Verifier,
    eid: EidId,
    broker: string,
    flags: { phone?: string; 'national-id'?: string },
    locale: Locale,
  ): ParsedIdentifier {
    try {
      // An eID the broker does not offer throws the core's own error (config.eid_not_offered).
      const kinds = verifier.identifierKinds(eid);
      const defaultCountry = eids[eid].country;
      if (flags.phone !== undefined) {
        if (!kinds.includes('phone'))
          throw usageError(messages.getMessage('error.noPhone', [eidLabel(eid), broker]), 'PhoneNotAccepted');
        return parseIdentifier('phone', flags.phone, { defaultCountry });
      }
      const national = kinds.filter((kind) => kind !== 'phone');
      if (national.length === 0) {
        throw usageError(
          messages.getMessage('error.noNationalId', [eidLabel(eid), broker]),
          'NationalIdNotAccepted',
        );
      }
      return detectIdentifier(flags['national-id'] ?? '', national, { defaultCountry });
    } catch (error) {
      if (error instanceof Error && error.name !== 'VerificationError') throw error;
      throw toSfError(error, locale);
    }
  }

  private showScript(pending: PendingVerification, locale: Locale): void {
    const key =
      pending.bindingMessageSource === 'provider' ? 'waiting.script.provider' : 'waiting.script.client';
    this.log('');
    this.log(`  ${t(locale, 'waiting.code')}:  ${pending.bindingMessage}`);
    this.log(`  ${t(locale, key, { eid: eidLabel(pending.eid), code: pending.bindingMessage })}`);
    this.log('');
  }

  /** Polls through the core, with a spinner that shows the time left (refreshed every second) and the polls so far. */
  private async waitWithStatus(verifier: Verifier, pending: PendingVerification, locale: Locale) {
    let polls = 0;
    const status = () =>
      `${t(locale, 'waiting.timeLeft', { time: formatDuration(pending.expiresAt - Date.now()) })} · ${polls} poll${polls === 1 ? '' : 's'}`;
    this.spinner.start(t(locale, 'waiting.title'), status());
    // The countdown ticks only on a terminal; piped output gets one status per poll.
    const ticker = process.stderr.isTTY
      ? setInterval(() => {
          this.spinner.status = status();
        }, 1000)
      : undefined;
    ticker?.unref();
    try {
      const outcome = await verifier.waitForResult(pending, {
        onPending: () => {
          polls += 1;
          this.spinner.status = status();
        },
      });
      this.spinner.stop(t(locale, `result.${outcome.status}`));
      return outcome;
    } catch (error) {
      this.spinner.stop(t(locale, 'result.failed'));
      throw toSfError(error, locale);
    } finally {
      clearInterval(ticker);
    }
  }

  private showOutcome(result: SendResult, locale: Locale): void {
    if (result.identity) {
      const identity = result.identity;
      const rows: Array<[string, string | undefined]> = [
        [t(locale, 'field.name'), identity.fullName],
        [t(locale, 'field.birthDate'), identity.birthDate],
        [t(locale, 'field.nationalId'), identity.nationalIdMasked],
        [t(locale, 'field.phone'), identity.phoneMasked],
        [t(locale, 'field.eid'), eidLabel(result.eid as EidId)],
        [
          t(locale, 'field.level'),
          t(locale, `level.${identity.levelOfAssurance as 'low' | 'substantial' | 'high'}`),
        ],
        [t(locale, 'field.verifiedAt'), identity.authenticatedAt],
        [t(locale, 'audit.subject'), identity.subject],
        [t(locale, 'audit.transaction'), identity.transactionId],
        [t(locale, 'audit.idToken'), result.evidence?.idTokenSha256],
      ];
      this.table({
        data: rows.filter(([, value]) => value).map(([field, value]) => ({ field, value: value ?? '' })),
      });
      this.logSuccess(t(locale, 'result.approved'));
      return;
    }
    const error = result.error;
    this.log(
      `${t(locale, `result.${result.status as 'denied' | 'expired' | 'failed'}`)}: ${error ? errorMessage(locale, error) : ''}`,
    );
    if (error?.providerDescription)
      this.log(`  ${error.providerError ?? 'provider'}: ${error.providerDescription}`);
    if (error) this.log(`  (${error.code})`);
  }
}
