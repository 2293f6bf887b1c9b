// Demo cases for the harness's fake Case record page: one per eID and country, each with a contact that is one
// of dev-idp's fictional test persons (so the challenge reaches that person's "phone"), plus one case whose
// contact record names someone else than the person behind the national ID, to show a mismatch.
import { persons, type TestPerson } from '@idverify/dev-idp';

export interface HarnessContact {
  name: string;
  mobilePhone: string | null;
  phone: string | null;
  birthdate: string | null;
  /** Stands in for a custom national-ID field: the standard Contact has none (the org's Apex returns null). */
  nationalId: string | null;
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

function contactOf(p: TestPerson, overrides: Partial<HarnessContact> = {}): HarnessContact {
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
    nationalId: p.nationalId,
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
      contact: contactOf(person('elin-sjostrom'), { nationalId: null }),
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
      contact: contactOf(mette, { nationalId: person('frederik-lokke').nationalId }),
    },
  ];
}
