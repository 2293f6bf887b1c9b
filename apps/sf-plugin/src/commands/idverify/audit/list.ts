import { Messages } from '@salesforce/core';
import { Flags } from '@salesforce/sf-plugins-core';
import {
  AUDIT_STATUSES,
  auditListSoql,
  parseSince,
  toAuditEntry,
  type AuditEntry,
  type AuditSObject,
} from '../../../lib/audit.js';
import { IdVerifyCommand } from '../../../lib/command.js';
import { messageOf, runtimeError, usageError } from '../../../lib/errors.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('@idverify/sf-plugin', 'idverify.audit.list');

export interface AuditListResult {
  totalSize: number;
  records: AuditEntry[];
}

export default class AuditList extends IdVerifyCommand<AuditListResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');

  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    'api-version': Flags.orgApiVersion(),
    case: Flags.salesforceId({
      summary: messages.getMessage('flags.case.summary'),
      startsWith: '500',
      length: 'both',
    }),
    since: Flags.string({ summary: messages.getMessage('flags.since.summary') }),
    status: Flags.string({
      summary: messages.getMessage('flags.status.summary'),
      options: [...AUDIT_STATUSES],
    }),
    limit: Flags.integer({
      summary: messages.getMessage('flags.limit.summary'),
      min: 1,
      max: 2000,
      default: 50,
    }),
  };

  public async run(): Promise<AuditListResult> {
    const { flags } = await this.parse(AuditList);
    const since = flags.since === undefined ? undefined : parseSince(flags.since);
    if (flags.since !== undefined && !since)
      throw usageError(messages.getMessage('error.since', [flags.since]), 'InvalidDate');

    const soql = auditListSoql({
      caseId: flags.case,
      since,
      status: flags.status as (typeof AUDIT_STATUSES)[number] | undefined,
      limit: flags.limit,
    });
    const connection = flags['target-org'].getConnection(flags['api-version']);
    this.spinner.start('Querying audit records');
    let records: AuditSObject[];
    try {
      records = (await connection.query<AuditSObject>(soql)).records;
    } catch (error) {
      throw runtimeError(messages.getMessage('error.query', [messageOf(error)]), 'QueryFailed');
    }
    this.spinner.stop();

    const entries = records.map(toAuditEntry);
    if (entries.length === 0) {
      this.log('No audit records found.');
    } else {
      this.table({
        data: entries.map((entry) => ({
          Id: entry.id,
          Created: entry.createdDate ?? '',
          Case: entry.caseId ?? '',
          Status: entry.status ?? '',
          eID: entry.eid ?? '',
          Name: entry.verifiedName ?? '',
          'National ID': entry.nationalIdMasked ?? '',
          Level: entry.levelOfAssurance ?? '',
          Match: entry.matchVerdict ?? '',
          Error: entry.errorCode ?? '',
        })),
      });
    }
    return { totalSize: entries.length, records: entries };
  }
}
