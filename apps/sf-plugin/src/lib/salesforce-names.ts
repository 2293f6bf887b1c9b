/**
 * Names shared with apps/salesforce (Apex controller, LWC, permission sets): see CONTRIBUTING.md,
 * "Salesforce metadata names". Change them only together with apps/salesforce.
 */
export const SF = {
  namedCredential: 'IdVerify_Broker',
  externalCredential: 'IdVerify_Broker_Credential',
  principal: 'IdVerifyPrincipal',
  clientIdParameter: 'ClientId',
  clientSecretParameter: 'ClientSecret',
  configType: 'IdVerify_Config',
  configRecord: 'Default',
  auditObject: 'Identity_Verification__c',
  /** The Connect API's named-credentials resources exist from API 56.0. */
  minConnectApiVersion: 56,
} as const;
