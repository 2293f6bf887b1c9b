import { readFile } from 'node:fs/promises';
import { Messages } from '@salesforce/core';
import { Flags } from '@salesforce/sf-plugins-core';
import {
  auditRecordSoql,
  CONFIG_SOQL,
  toAuditEntry,
  type AuditEntry,
  type AuditSObject,
  type ConfigSObject,
} from '../../../lib/audit.js';
import { checkIdToken, checkRecord, verdictOf, type AuditCheck } from '../../../lib/audit-checks.js';
import { IdVerifyCommand } from '../../../lib/command.js';
import { messageOf, runtimeError, usageError } from '../../../lib/errors.js';
import { EXIT } from '../../../lib/exit-codes.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('@idverify/sf-plugin', 'idverify.audit.verify');

export interface AuditVerifyResult {
  verdict: 'consistent' | 'inconsistent';
  record: AuditEntry;
  checks: AuditCheck[];
}

const SYMBOL: Record<AuditCheck['result'], string> = { pass: '✔', fail: '✖', warn: '!', skip: '-' };

export default class AuditVerify extends IdVerifyCommand<AuditVerifyResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');

  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    'api-version': Flags.orgApiVersion(),
    record: Flags.salesforceId({
      summary: messages.getMessage('flags.record.summary'),
      required: true,
      char: 'r',
      length: 'both',
    }),
    'id-token': Flags.file({ summary: messages.getMessage('flags.id-token.summary'), exists: true }),
    'client-id': Flags.string({ summary: messages.getMessage('flags.client-id.summary') }),
  };

  public async run(): Promise<AuditVerifyResult> {
    const { flags } = await this.parse(AuditVerify);
    const connection = flags['target-org'].getConnection(flags['api-version']);
    this.spinner.start(`Reading ${flags.record}`);
    let record: AuditSObject | undefined;
    let config: ConfigSObject | undefined;
    try {
      const [records, configs] = await Promise.all([
        connection.query<AuditSObject>(auditRecordSoql(flags.record)),
        connection.query<ConfigSObject>(CONFIG_SOQL),
      ]);
      record = records.records[0];
      config = configs.records[0];
    } catch (error) {
      throw runtimeError(messages.getMessage('error.query', [messageOf(error)]), 'QueryFailed');
    }
    this.spinner.stop();
    if (!record) throw usageError(messages.getMessage('error.notFound', [flags.record]), 'RecordNotFound');

    const checks = checkRecord(record, config);
    if (flags['id-token']) {
      let idToken: string;
      try {
        idToken = await readFile(flags['id-token'], 'utf8');
      } catch {
        throw usageError(messages.getMessage('error.idToken', [flags['id-token']]), 'IdTokenUnreadable');
      }
      this.spinner.start("Verifying the ID token against the issuer's keys");
      checks.push(...(await checkIdToken(record, config, idToken, { clientId: flags['client-id'] })));
      this.spinner.stop();
    }

    const verdict = verdictOf(checks);
    for (const item of checks) this.log(`${SYMBOL[item.result]} ${item.check.padEnd(24)} ${item.detail}`);
    if (verdict === 'consistent') {
      this.logSuccess(`${flags.record}: the recorded evidence is consistent.`);
    } else {
      this.log(`${flags.record}: the recorded evidence is NOT consistent.`);
      process.exitCode = EXIT.negative;
    }
    return { verdict, record: toAuditEntry(record), checks };
  }
}
