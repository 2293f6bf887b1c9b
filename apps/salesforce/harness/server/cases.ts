// Demo cases for the harness's fake Case record page: one per eID and country, each with a contact that is one
// of dev-idp's fictional test persons (so the challenge reaches that person's "phone"), plus one case whose
// contact record names someone else than the person behind the national ID, to show a mismatch, and one whose only
// identifier is the national ID in a custom field.
import { persons, type TestPerson } from '@idverify/dev-idp';

/** What Schema describe says about a custom Contact field, to the running user (IdVerificationController checks it). */
export interface ContactFieldDescribe {
  /** Schema.DisplayType: only STRING (text, formula text) may hold a national ID. */
  type: 'STRING' | 'DATE' | 'ENCRYPTEDSTRING';
  /** DescribeFieldResult.isAccessible(): the agent's field-level security allows reading it. */
  accessible: boolean;
}

/**
 * The custom fields of the fake org's Contact, by API name. The standard Contact has no national-ID field; an org
 * adds one and names it in IdVerify_Config__mdt.National_Id_Field__c (the harness's default: `National_Id__c`).
 */
export const CONTACT_CUSTOM_FIELDS: Readonly<Record<string, ContactFieldDescribe>> = {
  National_Id__c: { type: 'STRING', accessible: true },
  /** Hidden from the agent by field-level security. */
  Tax_Id__c: { type: 'STRING', accessible: false },
  Customer_Since__c: { type: 'DATE', accessible: true },
};

/** The harness's default National_Id_Field__c. */
export const NATIONAL_ID_FIELD = 'National_Id__c';

export interface HarnessContact {
  name: string;
  mobilePhone: string | null;
  phone: string | null;
  birthdate: string | null;
  /** Custom fields by API name (CONTACT_CUSTOM_FIELDS); the national ID is in the one the configuration names. */
  fields: Record<string, string | null>;
  email: string | null;
}

export interface HarnessCase {
  id: string;
  caseNumber: string;
  subject: string;
  status: string;
  priority: string;
  origin: string;
  country: 'DK' | 'SE' | 'NO';
  contact: HarnessContact;
}

function person(id: string): TestPerson {
  const found = persons.find((p) => p.id === id);
  if (!found) throw new Error(`dev-idp has no test person ${id}`);
  return found;
}

function contactOf(
  p: TestPerson,
  overrides: Partial<Omit<HarnessContact, 'fields'>> = {},
  fields: Record<string, string | null> = {},
): HarnessContact {
  const email = `${p.givenName}.${p.familyName}`
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Øø]/g, 'o')
    .normalize('NFKD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return {
    name: p.name,
    mobilePhone: p.phone,
    phone: null,
    birthdate: p.birthDate,
    fields: {
      National_Id__c: p.nationalId,
      Tax_Id__c: p.nationalId,
      Customer_Since__c: '2019-05-01',
      ...fields,
    },
    email: `${email}@example.com`,
    ...overrides,
  };
}

export function demoCases(): HarnessCase[] {
  const mette = person('mette-norgaard');
  return [
    {
      id: '5005g00000DkSoRAAZ',
      caseNumber: '00001026',
      subject: 'Card blocked after a trip abroad',
      status: 'New',
      priority: 'High',
      origin: 'Phone',
      country: 'DK',
      contact: contactOf(person('soren-aero-hansen')),
    },
    {
      id: '5005g00000SeAsAAAZ',
      caseNumber: '00001027',
      subject: 'Change of address',
      status: 'Working',
      priority: 'Medium',
      origin: 'Phone',
      country: 'SE',
      contact: contactOf(person('asa-oberg')),
    },
    {
      id: '5005g00000NoBjAAAZ',
      caseNumber: '00001028',
      subject: 'Question about a loan application',
      status: 'New',
      priority: 'Medium',
      origin: 'Phone',
      country: 'NO',
      contact: contactOf(person('bjorn-aesoy')),
    },
    {
      id: '5005g00000SeElAAAZ',
      caseNumber: '00001029',
      subject: 'Reset of online banking password',
      status: 'New',
      priority: 'Low',
      origin: 'Web',
      country: 'SE',
      contact: contactOf(person('elin-sjostrom'), {}, { National_Id__c: null }),
    },
    {
      // The CRM says Mette Nørgaard, but the CPR on file is Frederik Løkke's: the result must say "does not match".
      id: '5005g00000DkMnAAAZ',
      caseNumber: '00001030',
      subject: 'Caller asks to raise the card limit',
      status: 'Escalated',
      priority: 'High',
      origin: 'Phone',
      country: 'DK',
      contact: contactOf(mette, {}, { National_Id__c: person('frederik-lokke').nationalId }),
    },
    {
      // No phone number on file: only the national ID in the Contact field the configuration names.
      id: '5005g00000SeLaAAAZ',
      caseNumber: '00001031',
      subject: 'New card PIN by post',
      status: 'New',
      priority: 'Medium',
      origin: 'Email',
      country: 'SE',
      contact: contactOf(person('lars-akesson'), { mobilePhone: null }),
    },
  ];
}
