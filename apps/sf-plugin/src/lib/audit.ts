import { SF } from './salesforce-names.js';

/** Identity_Verification__c fields (CONTRIBUTING.md, "Salesforce metadata names"). */
export const AUDIT_FIELDS = [
  'Id',
  'Name',
  'Case__c',
  'Status__c',
  'Eid__c',
  'Verified_Name__c',
  'National_Id_Masked__c',
  'Level_Of_Assurance__c',
  'Issuer__c',
  'Subject_Hash__c',
  'Auth_Req_Id__c',
  'Transaction_Id__c',
  'Id_Token_Sha256__c',
  'Match_Verdict__c',
  'Error_Code__c',
  'Agent__c',
  'Started_At__c',
  'Finished_At__c',
  'Binding_Message__c',
  'CreatedDate',
] as const;

export const AUDIT_STATUSES = ['Pending', 'Approved', 'Denied', 'Expired', 'Failed', 'Cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

export type AuditSObject = { Id?: string } & {
  [K in Exclude<(typeof AUDIT_FIELDS)[number], 'Id'>]?: string | null;
};

/** One audit record as the CLI prints it in --json (camelCase, national ID only masked). */
export interface AuditEntry {
  id: string;
  name: string | null;
  caseId: string | null;
  status: string | null;
  eid: string | null;
  verifiedName: string | null;
  nationalIdMasked: string | null;
  levelOfAssurance: string | null;
  issuer: string | null;
  subjectHash: string | null;
  authReqId: string | null;
  transactionId: string | null;
  idTokenSha256: string | null;
  matchVerdict: string | null;
  errorCode: string | null;
  agentId: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  bindingMessage: string | null;
  createdDate: string | null;
}

export interface AuditQuery {
  caseId?: string;
  since?: Date;
  status?: AuditStatus;
  limit: number;
}

/** SOQL for `audit list`. Every interpolated value was validated by its flag (id format, date, picklist). */
export function auditListSoql(query: AuditQuery): string {
  const where: string[] = [];
  if (query.caseId) where.push(`Case__c = '${query.caseId}'`);
  if (query.since) where.push(`CreatedDate >= ${soqlDateTime(query.since)}`);
  if (query.status) where.push(`Status__c = '${query.status}'`);
  return [
    `SELECT ${AUDIT_FIELDS.join(', ')} FROM ${SF.auditObject}`,
    where.length ? `WHERE ${where.join(' AND ')}` : '',
    `ORDER BY CreatedDate DESC LIMIT ${query.limit}`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function auditRecordSoql(recordId: string): string {
  return `SELECT ${AUDIT_FIELDS.join(', ')} FROM ${SF.auditObject} WHERE Id = '${recordId}' LIMIT 1`;
}

export const CONFIG_SOQL =
  `SELECT DeveloperName, Broker__c, Issuer__c, Client_Id__c, Enabled_Eids__c FROM ${SF.configType}__mdt ` +
  `WHERE DeveloperName = '${SF.configRecord}' LIMIT 1`;

export interface ConfigSObject {
  Id?: string;
  Broker__c?: string | null;
  Issuer__c?: string | null;
  Client_Id__c?: string | null;
  Enabled_Eids__c?: string | null;
}

/** SOQL dateTime literal (UTC, no quotes, no milliseconds). */
export function soqlDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `YYYY-MM-DD` (midnight UTC) or a full ISO 8601 date-time. */
export function parseSince(input: string): Date | undefined {
  const text = input.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function toAuditEntry(record: AuditSObject): AuditEntry {
  const value = (field: (typeof AUDIT_FIELDS)[number]): string | null => record[field] ?? null;
  return {
    id: value('Id') ?? '',
    name: value('Name'),
    caseId: value('Case__c'),
    status: value('Status__c'),
    eid: value('Eid__c'),
    verifiedName: value('Verified_Name__c'),
    nationalIdMasked: safeMasked(value('National_Id_Masked__c')),
    levelOfAssurance: value('Level_Of_Assurance__c'),
    issuer: value('Issuer__c'),
    subjectHash: value('Subject_Hash__c'),
    authReqId: value('Auth_Req_Id__c'),
    transactionId: value('Transaction_Id__c'),
    idTokenSha256: value('Id_Token_Sha256__c'),
    matchVerdict: value('Match_Verdict__c'),
    errorCode: value('Error_Code__c'),
    agentId: value('Agent__c'),
    startedAt: value('Started_At__c'),
    finishedAt: value('Finished_At__c'),
    bindingMessage: value('Binding_Message__c'),
    createdDate: value('CreatedDate'),
  };
}

export const MASK_CHAR = '•';
export const UNMASKED_PLACEHOLDER = '(not masked: hidden; run sf idverify audit verify)';

/** The core's masked forms keep at most the birth date (6 or 8 digits) and mask the rest with •. */
export function looksMasked(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return value.includes(MASK_CHAR) && digits <= 8;
}

/** Never print a national ID that a faulty writer stored unmasked. */
export function safeMasked(value: string | null): string | null {
  if (value === null || value === '') return value;
  return looksMasked(value) ? value : UNMASKED_PLACEHOLDER;
}
