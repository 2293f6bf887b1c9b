import { Messages } from '@salesforce/core';
import { Flags } from '@salesforce/sf-plugins-core';
import { IdVerifyCommand } from '../../../lib/command.js';
import { messageOf, runtimeError, usageError } from '../../../lib/errors.js';
import {
  connectApiVersion,
  credentialInput,
  credentialPath,
  getCredential,
  hasStoredCredentials,
  redactCredentialInput,
  saveCredential,
  storedClientId,
  type CredentialInput,
  type CredentialOutput,
} from '../../../lib/named-credentials.js';
import { SF } from '../../../lib/salesforce-names.js';
import { ENV, io, readSecretFromStdin } from '../../../lib/secrets.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('@idverify/sf-plugin', 'idverify.config.set');

export interface ConfigSetResult {
  username: string;
  externalCredential: string;
  principalName: string;
  apiVersion: string;
  /** `create` (POST: the principal had no credentials) or `replace` (PUT). */
  action: 'create' | 'replace';
  dryRun: boolean;
  /** The request sent (or that would be sent), with the secret replaced by ********. */
  request: { method: 'POST' | 'PUT'; url: string; body: CredentialInput };
  changes: {
    clientId: { from: string | null; to: string };
    clientSecret: 'set' | 'replaced';
  };
  /** The org's authenticationStatus of the principal after the change (before, with --dry-run). */
  authenticationStatus: string | null;
}

export default class ConfigSet extends IdVerifyCommand<ConfigSetResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');

  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    'api-version': Flags.orgApiVersion(),
    'client-id': Flags.string({
      summary: messages.getMessage('flags.client-id.summary'),
      required: true,
      env: ENV.clientId,
    }),
    'client-secret-stdin': Flags.boolean({
      summary: messages.getMessage('flags.client-secret-stdin.summary'),
      default: false,
    }),
    'dry-run': Flags.boolean({ summary: messages.getMessage('flags.dry-run.summary'), default: false }),
  };

  public async run(): Promise<ConfigSetResult> {
    const { flags } = await this.parse(ConfigSet);
    const clientId = flags['client-id'];
    const secret = await this.readSecret(flags['client-secret-stdin'], clientId);
    const org = flags['target-org'];
    const connection = org.getConnection(flags['api-version']);
    const apiVersion = connectApiVersion(connection);

    this.spinner.start(`Reading ${SF.externalCredential} in ${org.getUsername() ?? 'the org'}`);
    const current = await this.readCurrent(() => getCredential(connection, apiVersion));
    this.spinner.stop();

    const method = hasStoredCredentials(current) ? 'PUT' : 'POST';
    const input = credentialInput(clientId, secret);
    const stored = current.credentials?.[SF.clientIdParameter]?.value;
    const previousClientId = stored ? storedClientId(stored) : null;
    const result: ConfigSetResult = {
      username: org.getUsername() ?? '',
      externalCredential: SF.externalCredential,
      principalName: SF.principal,
      apiVersion,
      action: method === 'POST' ? 'create' : 'replace',
      dryRun: flags['dry-run'],
      request: { method, url: credentialPath(apiVersion), body: redactCredentialInput(input) },
      changes: {
        clientId: { from: previousClientId, to: clientId },
        clientSecret: method === 'POST' ? 'set' : 'replaced',
      },
      authenticationStatus: current.authenticationStatus ?? null,
    };

    if (flags['dry-run']) {
      this.log(`Dry run: would ${method} ${result.request.url} (nothing was changed)`);
      this.styledJSON(result.request.body as never);
      this.logChanges(result);
      return result;
    }

    this.spinner.start(`Storing the client credential (${method})`);
    let saved: CredentialOutput;
    try {
      saved = await saveCredential(connection, apiVersion, method, input);
    } catch (error) {
      throw runtimeError(messages.getMessage('error.request', [messageOf(error)]), 'CredentialSaveFailed');
    }
    this.spinner.stop();
    result.authenticationStatus = saved.authenticationStatus ?? null;
    this.logChanges(result);
    this.logSuccess(
      `Stored the client credential in ${SF.externalCredential} (principal ${SF.principal}) of ${result.username}.`,
    );
    return result;
  }

  private async readSecret(fromStdin: boolean, clientId: string): Promise<string> {
    if (fromStdin) return readSecretFromStdin();
    const fromEnv = process.env[ENV.clientSecret];
    if (fromEnv) return fromEnv;
    if (!this.jsonEnabled() && io.stdinIsTty()) {
      const typed = await this.secretPrompt({ message: messages.getMessage('prompt.secret', [clientId]) });
      if (typed) return typed;
    }
    throw usageError(messages.getMessage('error.noSecret'), 'MissingSecret');
  }

  private async readCurrent(read: () => Promise<CredentialOutput>): Promise<CredentialOutput> {
    try {
      return await read();
    } catch (error) {
      if (isNotFound(error)) {
        throw usageError(
          messages.getMessage('error.notFound', [SF.externalCredential, SF.principal, messageOf(error)]),
          'ExternalCredentialNotFound',
          [messages.getMessage('error.notFound.action')],
        );
      }
      throw runtimeError(messages.getMessage('error.request', [messageOf(error)]), 'CredentialReadFailed');
    }
  }

  private logChanges(result: ConfigSetResult): void {
    this.table({
      data: [
        {
          parameter: SF.clientIdParameter,
          change: result.changes.clientId.from === result.changes.clientId.to ? 'unchanged' : 'set',
          value: result.changes.clientId.to,
        },
        { parameter: SF.clientSecretParameter, change: result.changes.clientSecret, value: '(hidden)' },
      ],
    });
  }
}

/** jsforce errors carry Salesforce's errorCode (NOT_FOUND, …) in `errorCode` or `name`. */
function isNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { errorCode, name, statusCode } = error as {
    errorCode?: unknown;
    name?: unknown;
    statusCode?: unknown;
  };
  return errorCode === 'NOT_FOUND' || name === 'NOT_FOUND' || statusCode === 404;
}
