// Identity_Verification__c records, kept in memory: what the harness's "Identity Verifications" related list shows.
// Field names are the custom object's API names, so the page reads like the org.
export type AuditStatus = 'Pending' | 'Approved' | 'Denied' | 'Expired' | 'Failed' | 'Cancelled';

export interface IdentityVerificationRecord {
  Id: string;
  Name: string;
  Case__c: string;
  Status__c: AuditStatus;
  Eid__c?: string;
  Verified_Name__c?: string;
  National_Id_Masked__c?: string;
  Level_Of_Assurance__c?: string;
  Issuer__c?: string;
  Subject_Hash__c?: string;
  Auth_Req_Id__c?: string;
  Transaction_Id__c?: string;
  Id_Token_Sha256__c?: string;
  Match_Verdict__c?: string;
  Error_Code__c?: string;
  Agent__c: string;
  Binding_Message__c?: string;
  /** ISO date-times. */
  Started_At__c: string;
  Finished_At__c?: string;
}

export class AuditStore {
  private readonly rows: IdentityVerificationRecord[] = [];
  private counter = 0;

  insert(row: Omit<IdentityVerificationRecord, 'Id' | 'Name'>): IdentityVerificationRecord {
    this.counter += 1;
    const id = `a0B5g00000Hv${String(this.counter).padStart(6, '0')}`;
    const record: IdentityVerificationRecord = {
      Id: id,
      Name: `IV-${String(this.counter).padStart(5, '0')}`,
      ...row,
    };
    this.rows.push(record);
    return record;
  }

  /** Newest first, like a related list. */
  forCase(caseId: string): IdentityVerificationRecord[] {
    return this.rows.filter((row) => row.Case__c === caseId).reverse();
  }

  findByAuthReqId(caseId: string, authReqId: unknown): IdentityVerificationRecord | undefined {
    if (typeof authReqId !== 'string' || !authReqId) return undefined;
    return this.rows.find((row) => row.Case__c === caseId && row.Auth_Req_Id__c === authReqId);
  }

  /** Start times (epoch ms) of the challenges that reached the broker on this case since `since`. */
  challengeTimes(caseId: string, since: number): number[] {
    return this.rows
      .filter((row) => row.Case__c === caseId && row.Auth_Req_Id__c && Date.parse(row.Started_At__c) >= since)
      .map((row) => Date.parse(row.Started_At__c))
      .sort((a, b) => a - b);
  }

  all(): IdentityVerificationRecord[] {
    return [...this.rows];
  }
}
