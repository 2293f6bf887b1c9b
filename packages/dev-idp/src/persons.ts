// Test persons for each eID. FICTIONAL people with checksum-valid national IDs (see persons.test.ts, which
// re-checks every checksum with an independent implementation). Never use real people's data here.

export type Eid = 'mitid' | 'bankid-se' | 'bankid-no' | 'freja';
export type Country = 'DK' | 'SE' | 'NO';
export type NationalIdKind = 'cpr' | 'personnummer' | 'samordningsnummer' | 'fodselsnummer' | 'd-number';

export interface TestPerson {
  /** Stable slug, used by the control API (`?person=`) and the phone page. */
  id: string;
  /** The eID this person is listed under on the phone page. A Swedish person can also be asked via the other Swedish eID. */
  eid: Eid;
  country: Country;
  givenName: string;
  familyName: string;
  name: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  /** Digits only: CPR 10, personnummer/samordningsnummer 12 (YYYYMMDDNNNC), fødselsnummer/D-number 11. */
  nationalId: string;
  nationalIdKind: NationalIdKind;
  /** E.164 mobile number. */
  phone: string;
  /** Stable pseudonymous subject (the ID token `sub`; for MitID also the MitID person UUID). */
  uuid: string;
}

function person(p: Omit<TestPerson, 'name'>): TestPerson {
  return { ...p, name: `${p.givenName} ${p.familyName}` };
}

export const persons: readonly TestPerson[] = Object.freeze([
  // --- Denmark, MitID (CPR DDMMYY-SSSS; 7th digit 0-3 = 1900s, 4 with YY<=36 = 2000s) ---
  person({
    id: 'soren-aero-hansen',
    eid: 'mitid',
    country: 'DK',
    givenName: 'Søren',
    familyName: 'Ærø-Hansen',
    birthDate: '1985-03-12',
    nationalId: '1203851002',
    nationalIdKind: 'cpr',
    phone: '+4520123456',
    uuid: '8028a8c7-f428-43e7-931d-671cd3c3af7a',
  }),
  person({
    id: 'mette-norgaard',
    eid: 'mitid',
    country: 'DK',
    givenName: 'Mette',
    familyName: 'Nørgaard',
    birthDate: '1972-11-07',
    nationalId: '0711722009',
    nationalIdKind: 'cpr',
    phone: '+4521987654',
    uuid: 'f1f2801a-1652-4630-b6be-9dd40a741e15',
  }),
  person({
    id: 'frederik-lokke',
    eid: 'mitid',
    country: 'DK',
    givenName: 'Frederik',
    familyName: 'Løkke',
    birthDate: '2001-06-15',
    nationalId: '1506014006',
    nationalIdKind: 'cpr',
    phone: '+4528456712',
    uuid: '75b2e7b2-d705-4a35-a067-b34df21ada10',
  }),
  person({
    id: 'ida-kjaer-ostergaard',
    eid: 'mitid',
    country: 'DK',
    givenName: 'Ida',
    familyName: 'Kjær Østergaard',
    birthDate: '1992-02-29',
    nationalId: '2902923007',
    nationalIdKind: 'cpr',
    phone: '+4526341290',
    uuid: '1bddb7f7-88ae-416d-9ca5-90902460f5cb',
  }),

  // --- Sweden, BankID (personnummer YYYYMMDDNNNC, Luhn over the last 10 digits) ---
  person({
    id: 'asa-oberg',
    eid: 'bankid-se',
    country: 'SE',
    givenName: 'Åsa',
    familyName: 'Öberg',
    birthDate: '1968-02-02',
    nationalId: '196802020575',
    nationalIdKind: 'personnummer',
    phone: '+46701234567',
    uuid: '8b39366f-81dd-4448-a6be-3a70c044a4f7',
  }),
  person({
    id: 'lars-akesson',
    eid: 'bankid-se',
    country: 'SE',
    givenName: 'Lars',
    familyName: 'Åkesson',
    birthDate: '1990-05-23',
    nationalId: '199005232385',
    nationalIdKind: 'personnummer',
    phone: '+46702345678',
    uuid: '6b368050-ba23-4c10-8181-c6e7d98bd696',
  }),
  person({
    // samordningsnummer: day of birth + 60 (14 → 74)
    id: 'marta-jonsson',
    eid: 'bankid-se',
    country: 'SE',
    givenName: 'Märta',
    familyName: 'Jönsson',
    birthDate: '1985-07-14',
    nationalId: '198507743816',
    nationalIdKind: 'samordningsnummer',
    phone: '+46703456789',
    uuid: '264acf95-c35c-48c2-abc2-0da5c92ff24d',
  }),

  // --- Sweden, Freja eID ---
  person({
    id: 'elin-sjostrom',
    eid: 'freja',
    country: 'SE',
    givenName: 'Elin',
    familyName: 'Sjöström',
    birthDate: '1995-09-30',
    nationalId: '199509301421',
    nationalIdKind: 'personnummer',
    phone: '+46704567890',
    uuid: '760868b3-d2ff-4c42-bcba-78010a69c999',
  }),
  person({
    id: 'goran-angstrom',
    eid: 'freja',
    country: 'SE',
    givenName: 'Göran',
    familyName: 'Ängström',
    birthDate: '1959-12-01',
    nationalId: '195912012639',
    nationalIdKind: 'personnummer',
    phone: '+46705678901',
    uuid: '0d603a32-87bf-4a6f-adb6-0948654329eb',
  }),
  person({
    id: 'zoe-eklof',
    eid: 'freja',
    country: 'SE',
    givenName: 'Zoë',
    familyName: 'Eklöf',
    birthDate: '2001-03-08',
    nationalId: '200103080461',
    nationalIdKind: 'personnummer',
    phone: '+46706789012',
    uuid: '54268762-2656-4c0d-bedc-42ae39c9c88c',
  }),

  // --- Norway, BankID (fødselsnummer DDMMYYIIIKK, two mod-11 control digits) ---
  person({
    id: 'bjorn-aesoy',
    eid: 'bankid-no',
    country: 'NO',
    givenName: 'Bjørn',
    familyName: 'Æsøy',
    birthDate: '1979-04-17',
    nationalId: '17047910013',
    nationalIdKind: 'fodselsnummer',
    phone: '+4791234567',
    uuid: 'b1d61874-f6da-493f-9281-2332cc35107d',
  }),
  person({
    id: 'ingrid-haland',
    eid: 'bankid-no',
    country: 'NO',
    givenName: 'Ingrid',
    familyName: 'Håland',
    birthDate: '1992-10-03',
    nationalId: '03109240183',
    nationalIdKind: 'fodselsnummer',
    phone: '+4741234567',
    uuid: '95b8163c-4067-4fbb-ab4f-3998fcd9e9ba',
  }),
  person({
    // D-number: day of birth + 40 (25 → 65)
    id: 'oystein-kvaerno',
    eid: 'bankid-no',
    country: 'NO',
    givenName: 'Øystein',
    familyName: 'Kværnø',
    birthDate: '1988-01-25',
    nationalId: '65018823076',
    nationalIdKind: 'd-number',
    phone: '+4792345678',
    uuid: '3e04c9d3-4580-44c7-b5c3-3b40964349e1',
  }),
  person({
    id: 'solveig-rod',
    eid: 'bankid-no',
    country: 'NO',
    givenName: 'Solveig',
    familyName: 'Rød',
    birthDate: '1966-08-21',
    nationalId: '21086615026',
    nationalIdKind: 'fodselsnummer',
    phone: '+4747654321',
    uuid: '0ae8175d-48cc-4d1e-a2b6-ee2dd55baed2',
  }),
  person({
    // born 2003: individual number 500-999
    id: 'ase-braten',
    eid: 'bankid-no',
    country: 'NO',
    givenName: 'Åse',
    familyName: 'Bråten',
    birthDate: '2003-05-12',
    nationalId: '12050351384',
    nationalIdKind: 'fodselsnummer',
    phone: '+4790011223',
    uuid: 'a05ebfeb-f07c-4608-8242-9c0f758737fa',
  }),
]);

export const eidLabels: Record<Eid, string> = {
  mitid: 'MitID (Danmark)',
  'bankid-se': 'BankID (Sverige)',
  'bankid-no': 'BankID (Norge)',
  freja: 'Freja eID (Sverige)',
};

export const eidCountry: Record<Eid, Country> = {
  mitid: 'DK',
  'bankid-se': 'SE',
  'bankid-no': 'NO',
  freja: 'SE',
};

export function findPersonById(id: string): TestPerson | undefined {
  return persons.find((p) => p.id === id);
}

export function findPersonByUuid(uuid: string): TestPerson | undefined {
  const wanted = uuid.toLowerCase();
  return persons.find((p) => p.uuid === wanted);
}

/** Accepts separators (`-`, `+`, spaces): `19680202-0575`, `120385-1002`. */
export function findPersonByNationalId(nationalId: string): TestPerson | undefined {
  const digits = nationalId.replace(/[\s+-]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  return persons.find((p) => p.nationalId === digits);
}

/** E.164 with or without spaces, also the `00` international prefix. */
export function findPersonByPhone(phone: string): TestPerson | undefined {
  let normalized = phone.replace(/[\s()-]/g, '');
  if (normalized.startsWith('00')) normalized = `+${normalized.slice(2)}`;
  return persons.find((p) => p.phone === normalized);
}
